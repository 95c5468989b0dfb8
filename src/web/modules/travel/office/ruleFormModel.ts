/** The rule form's values, where the server's messages about them go, and the parameters to start from and to send. */
import type { Dayjs } from 'dayjs';
import { pathName, type PlaceError } from '@web/ui/formErrors';
import type { ApprovalParams, BudgetParams, LimitsParams, RuleKind, RuleVersion } from './api';
import { DEFAULT_SEVERITIES } from './RuleParamsView';

type Standard = BudgetParams['standards'][number];

/** The form's values: the version's head, and its parameters as the fields of its kind hold them. */
export interface RuleValues {
  effectiveFrom?: Dayjs;
  documentNumber?: string;
  title?: string;
  params: Record<string, unknown>;
}

/** How deep each parameter's fields go in the form (a message on a deeper path sits on that field). */
const PARAM_DEPTH: Record<string, number> = { maxDays: 3, severities: 3, ranks: 3, standards: 4, extraDayCountries: 2 };
export const placeRuleError: PlaceError = (path) => {
  if (['effectiveFrom', 'documentNumber', 'title'].includes(path)) return [path];
  const [head, key, index] = path.split('.');
  if (head !== 'params' || !key) return null;
  const depth = PARAM_DEPTH[key] ?? 2;
  // A message about a whole list (too many rows) has no single field to sit beside.
  if (depth > 2 && index === undefined) return null;
  return pathName(path, depth);
};

const EMPTY_LIMITS: LimitsParams = {
  maxCountries: 3,
  maxDays: [5, 8, 10],
  extraDays: 1,
  extraDayCountries: [],
  maxMembers: 6,
  publicityWorkingDays: 5,
  passportReturnDays: 7,
  reportMonths: 1,
  passportValidityMonths: 6,
  reminderHoldAfter: 3,
  severities: DEFAULT_SEVERITIES,
};
const EMPTY_APPROVAL: ApprovalParams = {
  ranks: { provincial: 'upward', bureau: 'leader', division: 'leader', section: 'office', staff: 'office', other: 'office' },
};

/** The parameters to start from, filled out where a stored version lacks something. */
export function startParams(kind: RuleKind, source: RuleVersion | null): Record<string, unknown> {
  const p = (source?.params ?? {}) as Record<string, unknown>;
  if (kind === 'limits') {
    const l = { ...EMPTY_LIMITS, ...(p as Partial<LimitsParams>) };
    return { ...l, severities: { ...DEFAULT_SEVERITIES, ...(l.severities ?? {}) } };
  }
  if (kind === 'budget') return { standards: ((p as Partial<BudgetParams>).standards ?? []).map((s) => ({ ...s })) };
  return { ranks: { ...EMPTY_APPROVAL.ranks, ...((p as Partial<ApprovalParams>).ranks ?? {}) } };
}

/** The form's values as the contract wants them (upper-case codes, empty cities as null). */
export function cleanParams(kind: RuleKind, p: Record<string, unknown>): Record<string, unknown> {
  if (kind === 'budget') {
    const standards = ((p.standards ?? []) as Array<Partial<Standard>>).map((s) => ({
      country: (s.country ?? '').toUpperCase(),
      city: s.city?.trim() || null,
      currency: (s.currency ?? '').trim().toUpperCase(),
      lodging: s.lodging ?? 0,
      meals: s.meals ?? 0,
      incidentals: s.incidentals ?? 0,
    }));
    return { standards };
  }
  if (kind === 'limits') {
    const l = p as unknown as LimitsParams;
    return { ...l, maxDays: (l.maxDays ?? []).filter((d) => d != null), extraDayCountries: l.extraDayCountries ?? [] };
  }
  return p;
}
