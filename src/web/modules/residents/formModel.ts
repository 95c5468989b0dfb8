import dayjs, { type Dayjs } from 'dayjs';
import type { Resident, ResidentInput } from '@web/ui/api/endpoints';
import { DOC_TYPE_CODES } from '@shared/contracts/residents';

export const DATE_FIELDS = ['birthDate', 'docExpiry', 'visaIssueDate', 'visaExpiry', 'arrivalDate', 'departureDate', 'accommodationRegisteredOn'] as const;
type DateField = (typeof DATE_FIELDS)[number];

export type FormValues = Omit<ResidentInput, DateField | 'sex' | 'docType'> & {
  [K in DateField]?: Dayjs | null;
} & { sex?: 'M' | 'F' | 'X' | null; docType?: (typeof DOC_TYPE_CODES)[number] };

export const FORM_FIELDS = [
  'orgUnitId',
  'surname',
  'givenNames',
  'nameZh',
  'sex',
  'birthDate',
  'nationality',
  'docType',
  'docNumber',
  'docIssuingCountry',
  'docExpiry',
  'visaType',
  'visaNumber',
  'visaEntries',
  'visaIssueDate',
  'visaExpiry',
  'purpose',
  'employer',
  'occupation',
  'addressBuilding',
  'addressRoom',
  'addressDetail',
  'phone',
  'arrivalDate',
  'arrivalPort',
  'departureDate',
  'host',
  'accommodationRegistered',
  'accommodationRegisteredOn',
  'tags',
  'notes',
];

const d = (s: string | null | undefined): Dayjs | null => (s ? dayjs(s) : null);
const ymd = (v: Dayjs | null | undefined): string | null => (v && v.isValid() ? v.format('YYYY-MM-DD') : null);
const txt = (v: string | null | undefined): string | null => (v && v.trim() ? v.trim() : null);

export function toFormValues(r: Resident): FormValues {
  return {
    orgUnitId: r.orgUnitId,
    surname: r.surname,
    givenNames: r.givenNames,
    nameZh: r.nameZh,
    sex: (r.sex as FormValues['sex']) ?? null,
    birthDate: d(r.birthDate),
    nationality: r.nationality,
    docType: (DOC_TYPE_CODES as readonly string[]).includes(r.docType) ? (r.docType as FormValues['docType']) : 'other',
    // A masked number must not be sent back as if it were the number: the field is left for the server to keep.
    docNumber: r.docNumber,
    docIssuingCountry: r.docIssuingCountry,
    docExpiry: d(r.docExpiry),
    visaType: r.visaType,
    visaNumber: r.visaNumber,
    visaEntries: (r.visaEntries as FormValues['visaEntries']) ?? null,
    visaIssueDate: d(r.visaIssueDate),
    visaExpiry: d(r.visaExpiry),
    purpose: r.purpose,
    employer: r.employer,
    occupation: r.occupation,
    addressBuilding: r.addressBuilding,
    addressRoom: r.addressRoom,
    addressDetail: r.addressDetail,
    phone: r.phone,
    arrivalDate: d(r.arrivalDate),
    arrivalPort: r.arrivalPort,
    departureDate: d(r.departureDate),
    host: r.host,
    accommodationRegistered: r.accommodationRegistered,
    accommodationRegisteredOn: d(r.accommodationRegisteredOn),
    tags: r.tags,
    notes: r.notes,
  };
}

export function toInput(v: FormValues): ResidentInput {
  return {
    orgUnitId: Number(v.orgUnitId),
    surname: (v.surname ?? '').trim().toUpperCase(),
    givenNames: (v.givenNames ?? '').trim().toUpperCase(),
    nameZh: txt(v.nameZh),
    sex: v.sex ?? null,
    birthDate: ymd(v.birthDate),
    nationality: v.nationality ?? '',
    docType: v.docType ?? 'passport',
    docNumber: (v.docNumber ?? '').trim(),
    docIssuingCountry: txt(v.docIssuingCountry),
    docExpiry: ymd(v.docExpiry),
    visaType: txt(v.visaType),
    visaNumber: txt(v.visaNumber),
    visaEntries: v.visaEntries ?? null,
    visaIssueDate: ymd(v.visaIssueDate),
    visaExpiry: ymd(v.visaExpiry),
    purpose: txt(v.purpose),
    employer: txt(v.employer),
    occupation: txt(v.occupation),
    addressBuilding: txt(v.addressBuilding),
    addressRoom: txt(v.addressRoom),
    addressDetail: txt(v.addressDetail),
    phone: txt(v.phone),
    arrivalDate: ymd(v.arrivalDate),
    arrivalPort: txt(v.arrivalPort),
    departureDate: ymd(v.departureDate),
    host: txt(v.host),
    accommodationRegistered: !!v.accommodationRegistered,
    accommodationRegisteredOn: v.accommodationRegistered ? ymd(v.accommodationRegisteredOn) : null,
    tags: (v.tags ?? []).map((x) => x.trim()).filter(Boolean),
    notes: txt(v.notes),
  };
}
