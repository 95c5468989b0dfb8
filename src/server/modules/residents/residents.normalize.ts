import type { z } from 'zod';
import type { residentInputSchema } from '@shared/contracts/residents';
import { toAlpha3 } from '@shared/reference/countries';
import { normalizeDocNumber, toHalfWidth } from '@shared/reference/normalize';
import { nameInitials, namePinyin } from '@shared/reference/pinyin';
import { isValidHkMacaoPermitNumber, isValidPermanentResidenceId, isValidTaiwanPermitNumber } from '@shared/reference/ids';
import { toVisaType } from '@shared/reference/visas';
import type { MessageKey, MessageParam } from '@server/platform/i18n/i18n';
import { DOC_TYPE_LABELS } from '@shared/labels/residents';
import { RESIDENT_FIELDS } from './residents.fields';
import type { Localized } from '@server/platform/i18n/fields';
import type { ResidentInsert } from './residents.repository';
import { clock } from '@server/clock';

export type ParsedInput = z.output<typeof residentInputSchema>;

export interface FieldProblem {
  path: string;
  key: MessageKey;
  params?: Record<string, MessageParam>;
}

/** The stored fields of a file, from validated input; returns the problems instead when the input is not usable. */
export type StoredFields = Omit<ResidentInsert, 'status' | 'version'> & { docNumber: string; docIssuingCountry: string; orgUnitId: number };

const PERMITS: Partial<Record<ParsedInput['docType'], { valid: (n: string) => boolean; format: Localized; regions: string[]; regionNames: Localized }>> = {
  hk_macao_permit: {
    valid: isValidHkMacaoPermitNumber,
    regions: ['HKG', 'MAC'],
    format: { zh: 'H 或 M 加 8 位数字（旧证另有 2 位换证次数）', en: 'H or M and 8 digits (older cards add 2 digits)' },
    regionNames: { zh: '中国香港或中国澳门', en: 'Hong Kong (China) or Macao (China)' },
  },
  taiwan_permit: {
    valid: isValidTaiwanPermitNumber,
    regions: ['TWN'],
    format: { zh: '8 位数字（旧证另有 2 位签发次数）', en: '8 digits (older permits add 2 digits)' },
    regionNames: { zh: '中国台湾', en: 'Taiwan (China)' },
  },
};

export function toStoredFields(input: ParsedInput, today = clock.today()): { fields: StoredFields } | { problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const nationality = toAlpha3(input.nationality);
  if (!nationality) problems.push({ path: 'nationality', key: 'err.unknownCountry', params: { value: input.nationality } });
  const issuing = input.docIssuingCountry ? toAlpha3(input.docIssuingCountry) : nationality;
  if (input.docIssuingCountry && !issuing) problems.push({ path: 'docIssuingCountry', key: 'err.unknownCountry', params: { value: input.docIssuingCountry } });
  const visaType = input.visaType ? toVisaType(input.visaType) : null;
  if (input.visaType && !visaType) problems.push({ path: 'visaType', key: 'err.unknownVisaType', params: { value: input.visaType } });
  // The 2023 permanent residence ID: 18 digits starting with 9, MOD 11-2 check character like a resident ID.
  if (visaType === 'PR' && input.visaNumber && !isValidPermanentResidenceId(normalizeDocNumber(input.visaNumber))) {
    problems.push({ path: 'visaNumber', key: 'err.permanentId' });
  }
  // The foreigners' ledger keeps no Chinese nationals; residents of Hong Kong, Macao and Taiwan come with their permits.
  if (nationality === 'CHN') problems.push({ path: 'nationality', key: 'err.chineseNationality' });
  const permit = PERMITS[input.docType];
  if (permit) {
    const docType = DOC_TYPE_LABELS[input.docType];
    if (!permit.valid(normalizeDocNumber(input.docNumber)))
      problems.push({ path: 'docNumber', key: 'err.docNumberFormat', params: { docType, format: permit.format } });
    if (nationality && !permit.regions.includes(nationality)) {
      problems.push({ path: 'nationality', key: 'err.permitNationality', params: { docType, regions: permit.regionNames } });
    }
  }
  const order: Array<[keyof ParsedInput, keyof ParsedInput]> = [
    ['visaIssueDate', 'visaExpiry'],
    ['arrivalDate', 'departureDate'],
    ['birthDate', 'arrivalDate'],
  ];
  for (const [earlier, later] of order) {
    const a = input[earlier] as string | null;
    const b = input[later] as string | null;
    if (a && b && b < a) problems.push({ path: later, key: 'err.dateOrder', params: { earlier: RESIDENT_FIELDS[earlier]!, later: RESIDENT_FIELDS[later]! } });
  }
  if (input.birthDate && input.birthDate > today) problems.push({ path: 'birthDate', key: 'err.date' });
  if (problems.length) return { problems };

  const surname = toHalfWidth(input.surname).toUpperCase();
  const givenNames = toHalfWidth(input.givenNames).toUpperCase();
  const latin = `${surname} ${givenNames}`.trim().toLowerCase();
  const nameZh = input.nameZh ? toHalfWidth(input.nameZh).replace(/\s+/g, '') : null;
  return {
    fields: {
      orgUnitId: input.orgUnitId,
      surname,
      givenNames,
      nameZh,
      nameSort: nameZh ? namePinyin(nameZh) : latin,
      nameInitials: nameZh
        ? nameInitials(nameZh)
        : latin
            .split(/\s+/)
            .map((w) => w[0] ?? '')
            .join(''),
      sex: input.sex,
      birthDate: input.birthDate,
      nationality: nationality!,
      docType: input.docType,
      docNumber: normalizeDocNumber(input.docNumber),
      docIssuingCountry: issuing!,
      docExpiry: input.docExpiry,
      visaType,
      visaNumber: input.visaNumber ? normalizeDocNumber(input.visaNumber) : null,
      visaEntries: input.visaEntries,
      visaIssueDate: input.visaIssueDate,
      visaExpiry: input.visaExpiry,
      purpose: input.purpose,
      employer: input.employer,
      occupation: input.occupation,
      addressBuilding: input.addressBuilding,
      addressRoom: input.addressRoom,
      addressDetail: input.addressDetail,
      phone: input.phone,
      arrivalDate: input.arrivalDate,
      arrivalPort: input.arrivalPort,
      departureDate: input.departureDate,
      host: input.host,
      accommodationRegistered: input.accommodationRegistered,
      accommodationRegisteredOn: input.accommodationRegistered ? input.accommodationRegisteredOn : null,
      tags: [...new Set(input.tags)],
      notes: input.notes,
    },
  };
}

/** Departed once the departure date has come; the status follows the dates so figures and lists agree. */
export function statusFor(departureDate: string | null | undefined, today: string): 'active' | 'departed' {
  return departureDate && departureDate <= today ? 'departed' : 'active';
}

export type ReviewFlag = 'taiwanPassport';

/**
 * What a clerk should look at again on an accepted file. A resident of Taiwan (中国台湾) comes to the mainland on
 * the 台湾居民来往大陆通行证; a file with an ordinary passport is kept but flagged, computed from the stored fields
 * so it disappears the moment the document is corrected.
 */
export function reviewFlags(r: { nationality: string; docType: string }): ReviewFlag[] {
  return r.nationality === 'TWN' && r.docType === 'passport' ? ['taiwanPassport'] : [];
}
