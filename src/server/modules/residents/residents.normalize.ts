import type { z } from 'zod';
import type { residentInputSchema } from '../../../shared/contracts/residents';
import { toAlpha3 } from '../../../shared/reference/countries';
import { normalizeDocNumber, toHalfWidth } from '../../../shared/reference/normalize';
import { nameInitials, namePinyin } from '../../../shared/reference/pinyin';
import { isValidPermanentResidenceId } from '../../../shared/reference/ids';
import { toVisaType } from '../../../shared/reference/visas';
import type { MessageKey } from '../../platform/i18n';
import type { ResidentInsert } from './residents.repository';
import { clock } from '../../clock';

export type ParsedInput = z.output<typeof residentInputSchema>;

export interface FieldProblem { path: string; key: MessageKey; params?: Record<string, string | number> }

/** The stored fields of a file, from validated input; returns the problems instead when the input is not usable. */
export type StoredFields = Omit<ResidentInsert, 'status' | 'version'> & { docNumber: string; docIssuingCountry: string; orgUnitId: number };

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
  const order: Array<[keyof ParsedInput, keyof ParsedInput]> = [
    ['visaIssueDate', 'visaExpiry'], ['arrivalDate', 'departureDate'], ['birthDate', 'arrivalDate'],
  ];
  for (const [earlier, later] of order) {
    const a = input[earlier] as string | null;
    const b = input[later] as string | null;
    if (a && b && b < a) problems.push({ path: later, key: 'err.dateOrder', params: { earlier, later } });
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
      surname, givenNames, nameZh,
      nameSort: nameZh ? namePinyin(nameZh) : latin,
      nameInitials: nameZh ? nameInitials(nameZh) : latin.split(/\s+/).map((w) => w[0] ?? '').join(''),
      sex: input.sex, birthDate: input.birthDate, nationality: nationality!,
      docType: input.docType, docNumber: normalizeDocNumber(input.docNumber), docIssuingCountry: issuing!, docExpiry: input.docExpiry,
      visaType, visaNumber: input.visaNumber ? normalizeDocNumber(input.visaNumber) : null, visaEntries: input.visaEntries,
      visaIssueDate: input.visaIssueDate, visaExpiry: input.visaExpiry,
      purpose: input.purpose, employer: input.employer, occupation: input.occupation,
      addressBuilding: input.addressBuilding, addressRoom: input.addressRoom, addressDetail: input.addressDetail, phone: input.phone,
      arrivalDate: input.arrivalDate, arrivalPort: input.arrivalPort, departureDate: input.departureDate, host: input.host,
      accommodationRegistered: input.accommodationRegistered,
      accommodationRegisteredOn: input.accommodationRegistered ? input.accommodationRegisteredOn : null,
      tags: [...new Set(input.tags)], notes: input.notes,
    },
  };
}

/** Departed once the departure date has come; the status follows the dates so figures and lists agree. */
export function statusFor(departureDate: string | null | undefined, today: string): 'active' | 'departed' {
  return departureDate && departureDate <= today ? 'departed' : 'active';
}
