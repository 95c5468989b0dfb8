/**
 * The forms a case prints at its steps (受理通知书 at acceptance, 一次性告知书 at a notice, 不予受理告知书 at a
 * refusal), filled from the case, its events and the office's name. The case is read through the cases area's
 * service (findCase scopes it), so a unit's contact prints only its own unit's forms.
 */
import type { Locale } from '@shared/contracts/common';
import type { CaseKind } from '@shared/contracts/services';
import type { CaseForm, TemplateKey } from '@shared/contracts/services-templates';
import { CASE_KIND_LABELS, ORIGINAL_OR_COPY_LABELS } from '@shared/labels/services';
import { labelOf, say } from '@shared/labels/labels';
import { unitName } from '@shared/labels/platform';
import { TEMPLATE_KEY_LABELS } from '@shared/labels/services-templates';
import { clock } from '@server/clock';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { AppError } from '@server/platform/http/errors';
import { getOrgUnitById } from '@server/platform/org/org.service';
import { caseEvents, findCase } from '../cases/cases.service';
import { checklistOf, kindSettings } from '../cases/settings.service';
import { renderTemplate } from './templates.service';
import type { TemplateValues } from './templates.render';

const FORM_STEP: Record<CaseForm, { step: string; key: TemplateKey }> = {
  acceptance: { step: 'accept', key: 'case.acceptance' },
  notice: { step: 'notice', key: 'case.notice' },
  refusal: { step: 'refuse', key: 'case.refusal' },
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A date as an official letter writes it: 2026年12月2日, or 2 December 2026. */
export function letterDate(ymd: string | null | undefined, locale: Locale): string {
  if (!ymd) return '';
  const [y, m, d] = ymd.split('-').map(Number);
  return locale === 'en-US' ? `${d} ${MONTHS[m - 1]} ${y}` : `${y}年${m}月${d}日`;
}

/** The values of a case's form, from the case, the latest event of the form's step and the office. */
async function formValues(db: Db, actor: Actor, id: number, form: CaseForm, locale: Locale): Promise<TemplateValues> {
  const row = await findCase(db, actor, id);
  const event = [...(await caseEvents(db, actor, row))].reverse().find((e) => e.step === FORM_STEP[form].step);
  if (!event) throw new AppError(409, 'svc.templates.noStep');
  const office = await getOrgUnitById(db, row.officeId);
  const kind = row.kind as CaseKind;
  const values: TemplateValues = {
    officeName: office ? unitName(office, locale) : '',
    caseNumber: row.number ?? '',
    kindName: labelOf(CASE_KIND_LABELS, kind, locale),
    applicantName: row.applicantName,
    contactName: row.contactName ?? '',
    contactPhone: row.contactPhone ?? '',
    submittedOn: letterDate(row.submittedOn, locale),
    issuedOn: letterDate(event.onDate, locale),
  };
  if (form === 'acceptance') {
    const settings = await kindSettings(db, kind);
    const days = row.urgency === 'urgent' && settings.urgentLimitDays ? settings.urgentLimitDays : settings.promisedLimitDays;
    return { ...values, acceptedOn: letterDate(row.acceptedOn ?? event.onDate, locale), dueOn: letterDate(row.dueOn, locale), promisedDays: days };
  }
  if (form === 'notice') {
    const detail = event.detail as { missingItemIds?: number[]; items?: number[]; text?: string | null; note?: string | null };
    const ids = detail.missingItemIds ?? detail.items ?? [];
    // Archived items too: a notice names what the checklist said on its day.
    const byId = new Map((await checklistOf(db, kind, true)).map((i) => [i.id, i]));
    const items = ids.flatMap((itemId) => {
      const item = byId.get(itemId);
      if (!item) return [];
      return [
        {
          name: locale === 'en-US' ? item.nameEn : item.nameZh,
          requirement: labelOf(ORIGINAL_OR_COPY_LABELS, item.originalOrCopy, locale),
          note: item.note ?? '',
        },
      ];
    });
    return { ...values, items, note: detail.text ?? detail.note ?? event.reason ?? '' };
  }
  return { ...values, reason: event.reason ?? row.resultNote ?? '', decidedOn: letterDate(row.decidedOn ?? event.onDate, locale) };
}

/** A case's form as a .docx, with the file name the office would give it. */
export async function caseForm(db: Db, actor: Actor, id: number, form: CaseForm, locale: Locale): Promise<{ file: Buffer; name: string }> {
  const values = await formValues(db, actor, id, form, locale);
  const key = FORM_STEP[form].key;
  const file = await renderTemplate(db, key, locale, values);
  return { file, name: `${say(TEMPLATE_KEY_LABELS[key], locale)}-${values.caseNumber || id}-${clock.today()}.docx` };
}
