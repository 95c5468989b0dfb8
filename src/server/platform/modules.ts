import type { FastifyPluginAsync } from 'fastify';
import { is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import * as platformTables from './platform.table';
import * as calendarTables from './calendar/calendar.table';
import type { Permission, Role } from '@shared/contracts/auth';
import type { AttachmentOwners } from './files/attachments';
import { installRoleGrants } from './access/roles';
import { installMessages, type MessageCatalog } from './i18n/i18n';
import type { FieldLabels } from './i18n/fields';
import { installAuditEvents, type AuditEventSchemas } from './audit/events';

/**
 * What a business module tells the platform about itself, in one place (its `<module>.module.ts`).
 * The app, the role table and the attachment download are built from the registered manifests
 * (src/server/modules/registry.ts), so the platform names no module and adding one touches its own
 * folder plus one registry line.
 */
export interface ModuleManifest {
  /** The module's folder name, also the last part of its API prefix: /api/<name>. */
  name: string;
  /** Its tables: the namespace of its `<name>.table.ts` (import * as tables). Migrations are generated from every *.table.ts (drizzle.config.ts); a test checks each belongs to a registered module. */
  tables: Readonly<Record<string, unknown>>;
  /** Its HTTP routes, mounted under /api/<name>. */
  routes: FastifyPluginAsync;
  /** The permissions the module defines; every route it registers asks one of these. */
  permissions: readonly Permission[];
  /** Which roles hold which of its permissions; where they may use them is their org subtree. */
  grants: Partial<Record<Role, readonly Permission[]>>;
  /** Its messages (refusals and problems in the office's words), installed beside the platform's. */
  messages?: MessageCatalog;
  /**
   * The office's names of its input fields, so a refusal says "证件号码必填" and not "docNumber": keyed by the path
   * under /api/<name> they serve ('' for the whole module, 'visits' for /api/<name>/visits and below).
   */
  fields?: Readonly<Record<string, FieldLabels>>;
  /** Its audit event types: each action it records with a zod schema of the event's detail (audit/events.ts). */
  auditEvents?: AuditEventSchemas;
  /** The kinds of record of this module that own attachments (see files/attachments.ts). */
  attachmentOwners?: AttachmentOwners;
}

/** Declares a module; the identity function, there so a manifest is checked against the type where it is written. */
export const defineModule = (manifest: ModuleManifest): ModuleManifest => manifest;

/** All attachment owner kinds of the given modules; two modules may not claim the same kind. */
export function attachmentOwnersOf(modules: readonly ModuleManifest[]): AttachmentOwners {
  const owners: AttachmentOwners = {};
  for (const m of modules) {
    for (const [kind, owner] of Object.entries(m.attachmentOwners ?? {})) {
      if (owners[kind]) throw new Error(`attachment owner kind "${kind}" is claimed twice (module ${m.name})`);
      owners[kind] = owner;
    }
  }
  return owners;
}

/** Installs what the registered modules declare: role grants, messages and audit event types. buildApp calls it first. */
export function installModules(modules: readonly ModuleManifest[]): void {
  installRoleGrants(modules);
  installMessages(modules.flatMap((m) => (m.messages ? [m.messages] : [])));
  installAuditEvents(modules.flatMap((m) => (m.auditEvents ? [m.auditEvents] : [])));
}

/** Every table of the app: the platform's and the given modules', for tests and benchmarks that walk the schema. */
export function tablesOf(modules: readonly Pick<ModuleManifest, 'tables'>[]): PgTable[] {
  return [platformTables, calendarTables, ...modules.map((m) => m.tables)].flatMap((ns) => Object.values(ns).filter((t): t is PgTable => is(t, PgTable)));
}
