import dayjs, { type Dayjs } from 'dayjs';
import type { Visit, VisitInput } from './api';
import type { VisitStatus, VisitType } from './labels';

export interface ProgrammeRow {
  date?: Dayjs | null;
  time?: string | null;
  item?: string;
  place?: string | null;
}

export interface VisitFormValues {
  orgUnitId?: number | null;
  type?: VisitType;
  status?: VisitStatus;
  startDate?: Dayjs | null;
  endDate?: Dayjs | null;
  countries?: string[];
  organisation?: string;
  headName?: string | null;
  headTitle?: string | null;
  headRank?: string | null;
  peopleCount?: number | null;
  purpose?: string | null;
  hostUnit?: string | null;
  receivingLeader?: string | null;
  programme?: ProgrammeRow[];
  agreementsSigned?: number | null;
  outcomes?: string | null;
  friendshipCityId?: number | null;
  eventId?: number | null;
  notes?: string | null;
}

export const VISIT_FORM_FIELDS = [
  'orgUnitId',
  'type',
  'status',
  'startDate',
  'endDate',
  'countries',
  'organisation',
  'headName',
  'headTitle',
  'headRank',
  'peopleCount',
  'purpose',
  'hostUnit',
  'receivingLeader',
  'programme',
  'agreementsSigned',
  'outcomes',
  'friendshipCityId',
  'eventId',
  'notes',
];

const d = (s: string | null | undefined): Dayjs | null => (s ? dayjs(s) : null);
export const ymd = (v: Dayjs | null | undefined): string => (v && v.isValid() ? v.format('YYYY-MM-DD') : '');
export const txt = (v: string | null | undefined): string | null => (v && v.trim() ? v.trim() : null);

export function visitToForm(v: Visit): VisitFormValues {
  return {
    orgUnitId: v.orgUnitId,
    type: v.type,
    status: v.status,
    startDate: d(v.startDate),
    endDate: d(v.endDate),
    countries: v.countries,
    organisation: v.organisation,
    headName: v.headName,
    headTitle: v.headTitle,
    headRank: v.headRank,
    peopleCount: v.peopleCount,
    purpose: v.purpose,
    hostUnit: v.hostUnit,
    receivingLeader: v.receivingLeader,
    programme: v.programme.map((p) => ({ date: d(p.date), time: p.time, item: p.item, place: p.place })),
    agreementsSigned: v.agreementsSigned,
    outcomes: v.outcomes,
    friendshipCityId: v.friendshipCityId,
    eventId: v.eventId,
    notes: v.notes,
  };
}

export function formToVisit(v: VisitFormValues): VisitInput {
  return {
    orgUnitId: v.orgUnitId ?? undefined,
    type: v.type ?? 'other',
    status: v.status ?? 'planned',
    startDate: ymd(v.startDate),
    endDate: ymd(v.endDate ?? v.startDate),
    countries: v.countries ?? [],
    organisation: (v.organisation ?? '').trim(),
    headName: txt(v.headName),
    headTitle: txt(v.headTitle),
    headRank: txt(v.headRank),
    peopleCount: Number(v.peopleCount ?? 0),
    purpose: txt(v.purpose),
    hostUnit: txt(v.hostUnit),
    receivingLeader: txt(v.receivingLeader),
    programme: (v.programme ?? []).map((p) => ({ date: ymd(p.date), time: txt(p.time), item: (p.item ?? '').trim(), place: txt(p.place) })),
    agreementsSigned: Number(v.agreementsSigned ?? 0),
    outcomes: txt(v.outcomes),
    friendshipCityId: v.friendshipCityId ?? null,
    eventId: v.eventId ?? null,
    notes: txt(v.notes),
  };
}
