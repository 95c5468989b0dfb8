import type { Locale } from '@shared/contracts/common';
import type { Template, TemplateKey } from '@shared/contracts/services-templates';
import type { Actor } from '@server/platform/access/actor';
import { TEMPLATE_DEFAULTS } from './templates.defaults';
import { templatePolicy } from './templates.policy';
import type { TemplateRow } from './templates.repository';

/** A template as the editor shows it: the office's text where it has one, else the default (version 0). */
export function presentTemplate(key: TemplateKey, locale: Locale, row: TemplateRow | null): Omit<Template, 'canEdit'> {
  const def = TEMPLATE_DEFAULTS[key];
  return {
    key,
    locale,
    title: row?.title ?? def.text[locale].title,
    body: row?.body ?? def.text[locale].body,
    version: row?.version ?? 0,
    edited: !!row,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    fields: def.fields,
  };
}

/** The template as the caller sees it: with whether they may edit it. */
export const forCaller = <T extends Omit<Template, 'canEdit'>>(actor: Actor, t: T): T & { canEdit: boolean } => ({
  ...t,
  canEdit: templatePolicy.allows(actor, 'edit', null),
});
