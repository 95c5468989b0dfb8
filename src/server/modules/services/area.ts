import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { MessageCatalog } from '@server/platform/i18n/i18n';
import type { FieldLabels } from '@server/platform/i18n/fields';
import type { AuditEventSchemas } from '@server/platform/audit/events';
import type { AttachmentOwners } from '@server/platform/files/attachments';

/**
 * One area of the service window (the case machinery, a kind of case, unit accounts, the figures): the part of the
 * module's manifest it contributes. Each area is a folder shaped like a module (table, repository, policy, service,
 * presenter, routes, messages, audit, fields); services.module.ts joins the areas into the one manifest.
 */
export interface ServiceArea {
  name: string;
  /** Mounted under /api/services; each area registers its own paths (/cases, /invitations, /apec …). */
  routes?: FastifyPluginAsyncZod;
  messages?: MessageCatalog;
  auditEvents?: AuditEventSchemas;
  /** Field names keyed by the path under /api/services they serve ('' for all of the module). */
  fields?: Readonly<Record<string, FieldLabels>>;
  attachmentOwners?: AttachmentOwners;
}

export const defineArea = (area: ServiceArea): ServiceArea => area;

/** The areas' messages as one catalog; two areas may not define the same key. */
export function joinMessages(areas: readonly ServiceArea[]): MessageCatalog {
  const zh: Record<string, string> = {};
  const en: Record<string, string> = {};
  for (const a of areas) {
    if (!a.messages) continue;
    for (const key of Object.keys(a.messages['zh-CN'])) if (key in zh) throw new Error(`message ${key} is defined twice (area ${a.name})`);
    Object.assign(zh, a.messages['zh-CN']);
    Object.assign(en, a.messages['en-US']);
  }
  return { 'zh-CN': zh, 'en-US': en };
}

/** Merges records keyed by name (audit events, attachment owners), refusing a key two areas both claim. */
export function joinRecords<T>(areas: readonly ServiceArea[], pick: (a: ServiceArea) => Readonly<Record<string, T>> | undefined): Record<string, T> {
  const out: Record<string, T> = {};
  for (const a of areas) {
    for (const [key, value] of Object.entries(pick(a) ?? {})) {
      if (key in out) throw new Error(`${key} is claimed twice (area ${a.name})`);
      out[key] = value;
    }
  }
  return out;
}

/** The areas' field names by path; a path two areas share gets both areas' names. */
export function joinFields(areas: readonly ServiceArea[]): Record<string, FieldLabels> {
  const out: Record<string, FieldLabels> = {};
  for (const a of areas) for (const [p, labels] of Object.entries(a.fields ?? {})) out[p] = { ...out[p], ...labels };
  return out;
}
