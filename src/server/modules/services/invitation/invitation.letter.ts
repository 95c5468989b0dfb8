/**
 * The invitation letter (邀请函) as .docx. The values carry the fixed names the templates area's
 * `renderTemplate(db, 'invitation.letter', locale, values)` fills in; until that engine is on main the letter is
 * drafted here with the platform's Word blocks, from the same values, so switching is one call.
 */
import type { Locale } from '@shared/contracts/common';
import { labelOf, type Labels } from '@shared/labels/labels';
import { LETTER_ENTRIES_LABELS, PAYER_LABELS, VALIDITY_UNIT_LABELS, VISA_TYPE_LABELS } from '@shared/labels/services-invitation';
import { countryName } from '@shared/reference/countries';
import { AlignmentType, SIZE, TITLE_FONT, columns, contentWidth, packA4, para, table, type Paragraph, type Table } from '@server/platform/files/docx';
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

const TEXT = {
  'zh-CN': {
    title: '邀  请  函',
    number: '编号：{letterNumber}',
    body: '兹邀请下列人员于{entryDate}前后来华{purpose}，访问城市：{cities}。申请{visaType}签证，{entries}入境，有效期{validity}，每次停留不超过{stayDays}天，拟在{visaPlace}申办签证。费用承担：{payer}。',
    itinerary: '行程安排：{itinerary}',
    cols: ['姓名', '性别', '出生日期', '国籍', '护照号码', '工作单位', '职务'],
    unit: '邀请单位：{unitName}',
    address: '地址：{unitAddress}',
    contact: '联系人：{contactName}　电话：{contactPhone}',
    signer: '签发人：{signerName}（{signerTitle}）',
    date: '{issuedOn}',
  },
  'en-US': {
    title: 'INVITATION LETTER',
    number: 'No. {letterNumber}',
    body: 'We hereby invite the persons below to visit China around {entryDate} for {purpose}, visiting {cities}. They apply for a {visaType} visa, {entries}, valid for {validity}, each stay not exceeding {stayDays} days, to be applied for in {visaPlace}. Costs borne by: {payer}.',
    itinerary: 'Itinerary: {itinerary}',
    cols: ['Name', 'Sex', 'Date of birth', 'Nationality', 'Passport No.', 'Employer', 'Title'],
    unit: 'Inviting unit: {unitName}',
    address: 'Address: {unitAddress}',
    contact: 'Contact: {contactName}  Tel.: {contactPhone}',
    signer: 'Signed by: {signerName} ({signerTitle})',
    date: '{issuedOn}',
  },
} as const;

const fill = (template: string, v: LetterValues) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String((v as unknown as Record<string, unknown>)[k] ?? ''));

function part(lang: Locale, v: LetterValues, width: number): Array<Paragraph | Table> {
  const t = TEXT[lang];
  const rows = v.invitees.map((p) => [p.name, p.sex, p.birthDate, p.nationality, p.passportNo, p.employer, p.title]);
  return [
    para(t.title, { align: AlignmentType.CENTER, size: SIZE.title, font: TITLE_FONT, after: 200 }),
    para(fill(t.number, v), { align: AlignmentType.RIGHT, size: SIZE.small, after: 200 }),
    para(fill(t.body, v), { indent: true, size: SIZE.small, after: 120 }),
    table(columns(width, [3, 1, 2, 2, 2, 3, 2]), [[...t.cols], ...rows], { header: true }),
    para(fill(t.itinerary, v), { size: SIZE.small, before: 200, after: 200 }),
    para(fill(t.unit, v), { align: AlignmentType.RIGHT, size: SIZE.small }),
    para(fill(t.address, v), { align: AlignmentType.RIGHT, size: SIZE.small }),
    para(fill(t.contact, v), { align: AlignmentType.RIGHT, size: SIZE.small }),
    para(fill(t.signer, v), { align: AlignmentType.RIGHT, size: SIZE.small }),
    para(fill(t.date, v), { align: AlignmentType.RIGHT, size: SIZE.small, after: 400 }),
  ];
}

export interface LetterSource {
  c: CaseRow;
  letter: InvitationRow;
  invitees: InviteeRow[];
  unit: { nameZh: string; nameEn: string; address: string };
}

/**
 * The letter as a Word file: Chinese, English, or the Chinese letter followed by the English one (each part with
 * the values in its own language).
 */
export function letterDocx(src: LetterSource, locale: LetterLocale): Promise<Buffer> {
  const width = contentWidth(25, 25);
  const langs: Locale[] = locale === 'bilingual' ? ['zh-CN', 'en-US'] : [locale];
  const values = (l: Locale) => letterValues(src.c, src.letter, src.invitees, src.unit, l);
  return packA4(
    locale === 'en-US' ? 'en-US' : 'zh-CN',
    `${TEXT[langs[0]!].title} ${src.letter.letterNumber ?? ''}`,
    { top: 30, right: 25, bottom: 25, left: 25 },
    langs.flatMap((l) => part(l, values(l), width)),
  );
}
