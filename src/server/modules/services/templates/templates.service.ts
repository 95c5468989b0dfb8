/** The templates: the office's text or the default, saved after its fields are checked, rendered into Word files. */
import type { Locale } from '@shared/contracts/common';
import type { RenderLocale, TemplateKey } from '@shared/contracts/services-templates';
import { clock } from '@server/clock';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { conflict, fieldError, refusingDuplicates } from '@server/platform/http/errors';
import type { MessageKey } from '@server/platform/i18n/i18n';
import { templatePolicy } from './templates.policy';
import { presentTemplate as present } from './templates.presenter';
import * as repo from './templates.repository';
import { BILINGUAL_KEYS, TEMPLATE_DEFAULTS } from './templates.defaults';
import { packBlocks } from './templates.docx';
import { parseTemplate, renderBlocks, TemplateError, type TemplateValues } from './templates.render';
import { sampleValues } from './templates.samples';

const LOCALES: Locale[] = ['zh-CN', 'en-US'];

/** Every template in both languages, the office's text where it has one. */
export async function listTemplates(db: Db) {
  const rows = await repo.listLiveTemplates(db);
  const byKey = new Map(rows.map((r) => [`${r.key}|${r.locale}`, r]));
  return (Object.keys(TEMPLATE_DEFAULTS) as TemplateKey[]).flatMap((key) => LOCALES.map((l) => present(key, l, byKey.get(`${key}|${l}`) ?? null)));
}

export async function getTemplate(db: Db, key: TemplateKey, locale: Locale) {
  return present(key, locale, await repo.findLiveTemplate(db, key, locale));
}

const PROBLEM_KEYS: Record<TemplateError['problem'], MessageKey> = {
  unknown: 'svc.templates.unknownField',
  unclosed: 'svc.templates.unclosed',
  mismatch: 'svc.templates.mismatch',
  stray: 'svc.templates.stray',
  malformed: 'svc.templates.malformed',
  notList: 'svc.templates.notList',
  isList: 'svc.templates.isList',
};

/** A body the template's fields cannot fill: a 400 on `body` naming the field and line. */
function checkBody(key: TemplateKey, body: string): void {
  try {
    parseTemplate(body, TEMPLATE_DEFAULTS[key].fields);
  } catch (err) {
    if (!(err instanceof TemplateError)) throw err;
    throw fieldError('body', PROBLEM_KEYS[err.problem], { name: err.field, line: err.line });
  }
}

/** Saves the office's text made on `version` (0: over the default); a stale version is a 409. */
export async function saveTemplate(db: Db, actor: Actor, key: TemplateKey, locale: Locale, input: { title: string; body: string; version: number }) {
  templatePolicy.authorize(actor, 'edit', null);
  checkBody(key, input.body);
  const current = await repo.findLiveTemplate(db, key, locale);
  if ((current?.version ?? 0) !== input.version) throw conflict();
  const values = { title: input.title, body: input.body };
  // Two first saves at once: the unique index lets one in, the other is told someone saved first.
  await refusingDuplicates(
    () =>
      current
        ? repo.saveTemplate(db, actor, current, input.version, values, 'serviceTemplate.edit')
        : repo.insertTemplate(db, actor, { key, locale, ...values }),
    { service_templates_live_idx: conflict },
  );
  return getTemplate(db, key, locale);
}

/** Goes back to the default text: the office's copy is archived (kept, with the audit), not deleted. */
export async function resetTemplate(db: Db, actor: Actor, key: TemplateKey, locale: Locale, input: { version: number }) {
  templatePolicy.authorize(actor, 'edit', null);
  const current = await repo.findLiveTemplate(db, key, locale);
  if (!current || current.version !== input.version) throw conflict();
  await repo.saveTemplate(db, actor, current, input.version, { archivedAt: clock.now(), archiveReason: 'reset to default' }, 'serviceTemplate.reset');
  return getTemplate(db, key, locale);
}

/** A filled-in template as a .docx; 'bilingual' puts the Chinese and the English text in one file (letters only). */
export async function renderTemplate(db: Db, key: TemplateKey, locale: RenderLocale, values: TemplateValues): Promise<Buffer> {
  const locales: Locale[] = locale === 'bilingual' ? (BILINGUAL_KEYS.includes(key) ? LOCALES : ['zh-CN']) : [locale];
  const parts = [];
  for (const l of locales) {
    const t = await getTemplate(db, key, l);
    parts.push(renderBlocks(t.body, t.fields, values));
  }
  const title = (await getTemplate(db, key, locales[0])).title;
  return packBlocks(locales[0], title, parts);
}

/** The template filled with sample values, for the office to look at. */
export async function previewTemplate(db: Db, key: TemplateKey, locale: Locale): Promise<{ file: Buffer; title: string }> {
  const t = await getTemplate(db, key, locale);
  return { file: await renderTemplate(db, key, locale, sampleValues(key, locale)), title: t.title };
}
