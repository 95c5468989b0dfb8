import type { FieldSpec } from './FieldsModal';

/** An applicant's record as the unit fills it in. */
export const APPLICANT_FIELDS: FieldSpec[] = [
  { name: 'name', label: 'svc.apec.a.name', kind: 'text', required: true },
  { name: 'idNumber', label: 'svc.apec.a.idNumber', kind: 'text', required: true },
  { name: 'post', label: 'svc.apec.a.post', kind: 'text', required: true },
  { name: 'passportNumber', label: 'svc.apec.a.passportNumber', kind: 'text', required: true },
  { name: 'passportExpiry', label: 'svc.apec.a.passportExpiry', kind: 'date', required: true },
  { name: 'noCriminalCertOn', label: 'svc.apec.a.noCriminalCertOn', kind: 'date' },
  { name: 'socialInsurance6m', label: 'svc.apec.a.socialInsurance6m', kind: 'bool' },
];
