/**
 * Typed calls of the travel module's office side under /api/travel: annual plans, follow-up and
 * reminders, passport custody, statistics and the rule versions. (Applications are in travel.ts.)
 */
import type { z } from 'zod';
import type {
  ApprovalParams,
  BudgetParams,
  LimitsParams,
  Plan,
  RuleKind,
  RuleVersion,
  TravelStats,
  followUpSchema,
  myRemindersSchema,
  overdueItemSchema,
  passportInputSchema,
  passportIssueSchema,
  passportListQuerySchema,
  passportReturnSchema,
  passportSchema,
  passportUpdateSchema,
  planInputSchema,
  planUpdateSchema,
  reminderSchema,
  remindInputSchema,
  ruleInputSchema,
  ruleUpdateSchema,
  unitHoldSchema,
} from '@shared/contracts/travel';
import { buildQuery, http } from '@web/ui/api/client';
import type { Page } from '@web/ui/api/endpoints';

export type { Plan, TravelStats, RuleVersion, RuleKind, LimitsParams, BudgetParams, ApprovalParams };
export type PlanItem = Plan['items'][number];
export type PlanInput = z.input<typeof planInputSchema>;
export type PlanUpdate = z.input<typeof planUpdateSchema>;
export type FollowUp = z.infer<typeof followUpSchema>;
export type OverdueItem = z.infer<typeof overdueItemSchema>;
export type UnitHold = z.infer<typeof unitHoldSchema>;
export type RemindInput = z.input<typeof remindInputSchema>;
export type Reminder = z.infer<typeof reminderSchema>;
export type MyReminders = z.infer<typeof myRemindersSchema>;
export type Passport = z.infer<typeof passportSchema>;
export type PassportInput = z.input<typeof passportInputSchema>;
export type PassportUpdate = z.input<typeof passportUpdateSchema>;
export type PassportIssue = z.input<typeof passportIssueSchema>;
export type PassportReturn = z.input<typeof passportReturnSchema>;
export type PassportQuery = { page?: number; pageSize?: number } & Partial<Omit<z.infer<typeof passportListQuerySchema>, 'page' | 'pageSize'>>;
export type RuleInput = z.input<typeof ruleInputSchema>;
export type RuleUpdate = z.input<typeof ruleUpdateSchema>;

const base = '/travel';

export const plansApi = {
  list: (q: { year?: number; orgUnitId?: number }) => http.get<Plan[]>(`${base}/plans${buildQuery(q)}`),
  get: (id: number) => http.get<Plan>(`${base}/plans/${id}`),
  create: (body: PlanInput) => http.post<Plan>(`${base}/plans`, body),
  update: (id: number, body: PlanUpdate) => http.put<Plan>(`${base}/plans/${id}`, body),
};

export const followUpApi = {
  get: () => http.get<FollowUp>(`${base}/follow-up`),
  remind: (body: RemindInput) => http.post<{ sent: number }>(`${base}/reminders`, body),
  /** A unit's own reminders and hold; for an office, the reminders it sent. */
  reminders: () => http.get<MyReminders>(`${base}/reminders`),
  ack: (id: number) => http.post<Reminder>(`${base}/reminders/${id}/ack`, {}),
};

export const passportsApi = {
  list: (q: PassportQuery) => http.get<Page<Passport>>(`${base}/passports${buildQuery(q)}`),
  create: (body: PassportInput) => http.post<Passport>(`${base}/passports`, body),
  update: (id: number, body: PassportUpdate) => http.put<Passport>(`${base}/passports/${id}`, body),
  issue: (id: number, body: PassportIssue) => http.post<Passport>(`${base}/passports/${id}/issue`, body),
  return: (id: number, body: PassportReturn) => http.post<Passport>(`${base}/passports/${id}/return`, body),
};

export const travelStatsApi = {
  get: (from: string, to: string) => http.get<TravelStats>(`${base}/stats${buildQuery({ from, to })}`),
};

export const rulesApi = {
  list: () => http.get<RuleVersion[]>(`${base}/rules`),
  create: (body: RuleInput) => http.post<RuleVersion>(`${base}/rules`, body),
  update: (id: number, body: RuleUpdate) => http.put<RuleVersion>(`${base}/rules/${id}`, body),
};
