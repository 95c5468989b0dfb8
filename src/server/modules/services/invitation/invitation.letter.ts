/**
 * The invitation letter (邀请函) as .docx, from the office's editable template (the templates area's
 * `renderTemplate(db, 'invitation.letter', …)`): here the letter's values under the template's field names, each
 * text in the letter's language, or in both for a bilingual letter.
 */
import type { Locale } from '@shared/contracts/common';
import { labelOf, type Labels } from '@shared/labels/labels';
import { LETTER_ENTRIES_LABELS, PAYER_LABELS, VALIDITY_UNIT_LABELS, VISA_TYPE_LABELS } from '@shared/labels/services-invitation';
import { countryName } from '@shared/reference/countries';
import type { Db } from '@server/db/client';
import { renderTemplate } from '../templates/templates.service';
import type { CaseRow } from '../cases/cases.repository';
import type { InvitationRow, InviteeRow } from './invitation.repository';

export type LetterLocale = Locale | 'bilingual';

export interface LetterInvitee {
  name: string;
  sex: string;
  birthDate: string;
  nationality: string;
  passportNo: string;
  employer: string;
  title: string;
}

/** The letter's values by their template names; each text already in the letter's language(s). */
export interface LetterValues {
  letterNumber: string;
  issuedOn: string;
  unitName: string;
  unitAddress: string;
  contactName: string;
  contactPhone: string;
  purpose: string;
  cities: string;
  entryDate: string;
  visaType: string;
  entries: string;
  validity: string;
  stayDays: string;
  visaPlace: string;
  payer: string;
  itinerary: string;
  signerName: string;
  signerTitle: string;
  invitees: LetterInvitee[];
}

const SEX = { M: { zh: '男', en: 'Male' }, F: { zh: '女', en: 'Female' }, X: { zh: '未指明', en: 'Unspecified' } } as Labels<'M' | 'F' | 'X'>;

/** A label in one language, or both ("多次 / Multiple entries") for a bilingual letter. */
function labelIn<E extends string>(labels: Labels<E>, value: string | null, locale: LetterLocale): string {
  if (locale !== 'bilingual') return labelOf(labels, value, locale);
  const zh = labelOf(labels, value, 'zh-CN');
  const en = labelOf(labels, value, 'en-US');
  return zh === en ? zh : `${zh} / ${en}`;
}
const country = (code: string | null, locale: LetterLocale) =>
  !code ? '' : locale === 'bilingual' ? `${countryName(code, 'zh-CN')} / ${countryName(code, 'en-US')}` : countryName(code, locale);

export function letterValues(
  c: CaseRow,
  letter: InvitationRow,
  invitees: InviteeRow[],
  unit: { nameZh: string; nameEn: string; address: string },
  locale: LetterLocale,
): LetterValues {
  const unitName = locale === 'en-US' ? unit.nameEn || unit.nameZh : locale === 'bilingual' ? `${unit.nameZh} / ${unit.nameEn}` : unit.nameZh;
  const unitLabel = labelIn(VALIDITY_UNIT_LABELS, letter.validityUnit, locale);
  return {
    letterNumber: letter.letterNumber ?? '',
    issuedOn: letter.issuedOn ?? '',
    unitName,
    unitAddress: unit.address,
    contactName: c.contactName ?? '',
    contactPhone: c.contactPhone ?? '',
    purpose: letter.purpose ?? '',
    cities: letter.cities ?? '',
    entryDate: letter.entryDate ?? '',
    visaType: labelIn(VISA_TYPE_LABELS, letter.visaType, locale),
    entries: labelIn(LETTER_ENTRIES_LABELS, letter.entries, locale),
    validity: letter.validityValue ? `${letter.validityValue} ${unitLabel}` : '',
    stayDays: letter.stayDays ? String(letter.stayDays) : '',
    visaPlace: [country(letter.visaCountry, locale), letter.visaCity].filter(Boolean).join(' '),
    payer: [labelIn(PAYER_LABELS, letter.payer, locale), letter.payerNote].filter(Boolean).join('：'),
    itinerary: letter.itinerary ?? '',
    signerName: letter.signerName ?? '',
    signerTitle: letter.signerTitle ?? '',
    invitees: invitees.map((p) => ({
      name: p.name,
      sex: labelIn(SEX, p.sex, locale),
      birthDate: p.birthDate,
      nationality: country(p.nationality, locale),
      passportNo: p.passportNo,
      employer: p.employer ?? '',
      title: p.title ?? '',
    })),
  };
}

export interface LetterSource {
  c: CaseRow;
  letter: InvitationRow;
  invitees: InviteeRow[];
  unit: { nameZh: string; nameEn: string; address: string };
}

/** The letter as a Word file from the office's template: Chinese, English, or both in one file. */
export function letterDocx(db: Db, src: LetterSource, locale: LetterLocale): Promise<Buffer> {
  const values = letterValues(src.c, src.letter, src.invitees, src.unit, locale);
  return renderTemplate(db, 'invitation.letter', locale, { ...values, invitees: values.invitees.map((p) => ({ ...p })) });
}
