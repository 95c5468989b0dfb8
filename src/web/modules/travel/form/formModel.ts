/** The application form's values (dayjs dates, optional rows) and their conversion to and from the API shapes. */
import dayjs, { type Dayjs } from 'dayjs';
import type { Rank } from '@shared/contracts/travel';
import type { Application, ApplicationInputBody, CheckBody } from '../api';
import type { BudgetCategory, MemberRole, PassportType } from '../labels';

export interface LegRow {
  country?: string | null;
  city?: string | null;
  arriveOn?: Dayjs | null;
  leaveOn?: Dayjs | null;
  transitOnly?: boolean;
}
export interface MemberRow {
  name?: string;
  unitName?: string | null;
  post?: string | null;
  rank?: Rank;
  passportType?: PassportType;
  passportNumber?: string | null;
  passportExpiry?: Dayjs | null;
  role?: MemberRole;
  leadership?: boolean;
}
export interface BudgetRow {
  category?: BudgetCategory;
  country?: string | null;
  persons?: number | null;
  units?: number | null;
  unitAmount?: number | null;
  currency?: string | null;
  note?: string | null;
}

/** `planItemId` 0 = "not in the plan" (null in the API). */
export interface AppFormValues {
  task?: string;
  purpose?: string | null;
  planItemId?: number | null;
  inviterName?: string;
  inviterCountry?: string | null;
  inviterIntermediary?: boolean;
  departDate?: Dayjs | null;
  returnDate?: Dayjs | null;
  fundingSource?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
  publicityStart?: Dayjs | null;
  publicityEnd?: Dayjs | null;
  legs?: LegRow[];
  members?: MemberRow[];
  budget?: BudgetRow[];
}

/** Top-level names of the form, for placing the server's field messages. */
export const APP_FORM_FIELDS = [
  'task',
  'purpose',
  'planItemId',
  'inviterName',
  'inviterCountry',
  'inviterIntermediary',
  'departDate',
  'returnDate',
  'fundingSource',
  'contactName',
  'contactPhone',
  'publicityStart',
  'publicityEnd',
  'legs',
  'members',
  'budget',
];

export const NEW_MEMBER: MemberRow = { rank: 'section', passportType: 'official', role: 'member', leadership: false };
export const NEW_BUDGET: BudgetRow = { persons: 1, units: 1, currency: 'CNY' };
export const INITIAL_VALUES: AppFormValues = {
  planItemId: 0,
  inviterIntermediary: false,
  legs: [{ transitOnly: false }],
  members: [{ ...NEW_MEMBER, role: 'head' }],
  budget: [],
};

const d = (s: string | null | undefined): Dayjs | null => (s ? dayjs(s) : null);
export const ymd = (v: Dayjs | null | undefined): string => (v && v.isValid() ? v.format('YYYY-MM-DD') : '');
const ymdOrNull = (v: Dayjs | null | undefined): string | null => ymd(v) || null;
const txt = (v: string | null | undefined): string | null => (v && v.trim() ? v.trim() : null);

export function applicationToForm(a: Application): AppFormValues {
  return {
    task: a.task,
    purpose: a.purpose,
    planItemId: a.planItemId ?? 0,
    inviterName: a.inviterName,
    inviterCountry: a.inviterCountry,
    inviterIntermediary: a.inviterIntermediary,
    departDate: d(a.departDate),
    returnDate: d(a.returnDate),
    fundingSource: a.fundingSource,
    contactName: a.contactName,
    contactPhone: a.contactPhone,
    publicityStart: d(a.publicityStart),
    publicityEnd: d(a.publicityEnd),
    legs: a.legs.map((l) => ({ country: l.country, city: l.city, arriveOn: d(l.arriveOn), leaveOn: d(l.leaveOn), transitOnly: l.transitOnly })),
    members: a.members.map((m) => ({ ...m, passportExpiry: d(m.passportExpiry) })),
    budget: a.budget.map((b) => ({ ...b })),
  };
}

const legToInput = (l: LegRow) => ({
  country: l.country ?? '',
  city: txt(l.city),
  arriveOn: ymd(l.arriveOn),
  leaveOn: ymd(l.leaveOn),
  transitOnly: !!l.transitOnly,
});
const memberToInput = (m: MemberRow) => ({
  name: (m.name ?? '').trim(),
  unitName: txt(m.unitName),
  post: txt(m.post),
  rank: m.rank ?? 'other',
  passportType: m.passportType ?? 'official',
  passportNumber: txt(m.passportNumber),
  passportExpiry: ymdOrNull(m.passportExpiry),
  role: m.role ?? 'member',
  leadership: !!m.leadership,
});
const budgetToInput = (b: BudgetRow) => ({
  category: b.category ?? 'other',
  country: txt(b.country),
  persons: Number(b.persons ?? 0),
  units: Number(b.units ?? 0),
  unitAmount: Number(b.unitAmount ?? 0),
  currency: (b.currency ?? 'CNY').trim().toUpperCase() || 'CNY',
  note: txt(b.note),
});

export function formToInput(v: AppFormValues): ApplicationInputBody {
  return {
    planItemId: v.planItemId ? v.planItemId : null,
    task: (v.task ?? '').trim(),
    purpose: txt(v.purpose),
    inviterName: (v.inviterName ?? '').trim(),
    inviterCountry: v.inviterCountry ?? '',
    inviterIntermediary: !!v.inviterIntermediary,
    departDate: ymd(v.departDate),
    returnDate: ymd(v.returnDate),
    legs: (v.legs ?? []).map(legToInput),
    members: (v.members ?? []).map(memberToInput),
    budget: (v.budget ?? []).map(budgetToInput),
    fundingSource: txt(v.fundingSource),
    publicityStart: ymdOrNull(v.publicityStart),
    publicityEnd: ymdOrNull(v.publicityEnd),
    contactName: txt(v.contactName),
    contactPhone: txt(v.contactPhone),
  };
}

/** For each list, the form row of each row sent to the check (incomplete rows are left out). */
export interface RowMaps {
  legs: number[];
  members: number[];
  budget: number[];
}

function keep<T>(rows: T[] | undefined, complete: (r: T) => boolean): { rows: T[]; map: number[] } {
  const out: T[] = [];
  const map: number[] = [];
  (rows ?? []).forEach((r, i) => {
    if (r && complete(r)) {
      out.push(r);
      map.push(i);
    }
  });
  return { rows: out, map };
}

/**
 * The form as the rules can judge it while it is being filled in: rows still missing what the
 * schema needs are left out (their findings come once they are complete) and texts the rules do
 * not read are stood in for. Null until there are dates, a leg and a member to check.
 */
export function formToCheck(v: AppFormValues, id?: number): { body: CheckBody; maps: RowMaps } | null {
  if (!ymd(v.departDate) || !ymd(v.returnDate)) return null;
  const legs = keep(v.legs, (l) => !!l.country && !!ymd(l.arriveOn) && !!ymd(l.leaveOn));
  const members = keep(v.members, (m) => !!m.name?.trim() && !!m.rank && !!m.passportType);
  const budget = keep(
    v.budget,
    (b) => !!b.category && !!b.persons && !!b.units && b.unitAmount != null && (!b.currency || /^[A-Za-z]{3}$/.test(b.currency.trim())),
  );
  if (!legs.rows.length || !members.rows.length) return null;
  const input = formToInput({ ...v, legs: legs.rows, members: members.rows, budget: budget.rows });
  const body: CheckBody = {
    ...input,
    task: input.task || '-',
    inviterName: input.inviterName || '-',
    inviterCountry: input.inviterCountry || input.legs[0].country,
    ...(id != null ? { id } : {}),
  };
  return { body, maps: { legs: legs.map, members: members.map, budget: budget.map } };
}

/** "members.2.passportExpiry" of the checked body → the same field's path in the form. */
export function toFormPath(path: string, maps: RowMaps): string {
  const [list, index, ...rest] = path.split('.');
  if ((list === 'legs' || list === 'members' || list === 'budget') && index != null && /^\d+$/.test(index)) {
    const row = maps[list][Number(index)];
    return [list, String(row ?? index), ...rest].join('.');
  }
  return path;
}

/**
 * When the trip's dates are entered, the itinerary's open ends follow: the first stop's arrival
 * takes the departure date and the last stop's departure the return date, where still empty.
 */
export function fillLegEnds(changed: AppFormValues, values: AppFormValues): LegRow[] | null {
  const legs = [...(values.legs ?? [])];
  if (!legs.length) return null;
  let touched = false;
  if (changed.departDate && !legs[0]?.arriveOn) {
    legs[0] = { ...legs[0], arriveOn: changed.departDate };
    touched = true;
  }
  const last = legs.length - 1;
  if (changed.returnDate && !legs[last]?.leaveOn) {
    legs[last] = { ...legs[last], leaveOn: changed.returnDate };
    touched = true;
  }
  return touched ? legs : null;
}
