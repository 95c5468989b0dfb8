import { z } from 'zod';
import { dbIntSchema, pageOf, pageQuerySchema, ymdSchema } from './common';
import type { PermissionSet } from './auth';

/** Outbound travel's permissions: units apply, offices review and export, leaders approve, the city keeps the rules. */
export const TRAVEL_PERMISSIONS = ['travel.read', 'travel.apply', 'travel.review', 'travel.approve', 'travel.export', 'travel.rules'] as const;
declare module './auth' {
  interface ModulePermissions extends PermissionSet<typeof TRAVEL_PERMISSIONS> {}
}

/** 级别 of a delegation member, highest first: the approver follows the highest rank in the delegation. */
export const RANKS = ['provincial', 'bureau', 'division', 'section', 'staff', 'other'] as const;
export type Rank = (typeof RANKS)[number];
export const PASSPORT_TYPES = ['official', 'official_ordinary', 'diplomatic', 'hk_macao_permit', 'taiwan_permit', 'private'] as const;
export const MEMBER_ROLES = ['head', 'member', 'interpreter', 'other'] as const;
export const BUDGET_CATEGORIES = ['international_travel', 'lodging', 'meals', 'incidentals', 'local_transport', 'other'] as const;
/** Budget categories capped per person per night/day by the country standard. */
export const CAPPED_CATEGORIES = ['lodging', 'meals', 'incidentals'] as const;
export const APPLICATION_STATUSES = ['draft', 'submitted', 'returned', 'leader_review', 'forwarded', 'approved', 'refused', 'cancelled'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const APPROVER_LEVELS = ['office', 'leader', 'upward'] as const;
export type ApproverLevel = (typeof APPROVER_LEVELS)[number];
export const RULE_KEYS = ['countries', 'days', 'members', 'leadership', 'unplanned', 'publicity', 'budget', 'passport', 'inviter'] as const;
export type RuleKey = (typeof RULE_KEYS)[number];
export const SEVERITIES = ['block', 'warn'] as const;
export const RULE_KINDS = ['limits', 'budget', 'approval'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];
export const STEP_KINDS = [
  'create',
  'submit',
  'withdraw',
  'return',
  'refuse',
  'approve',
  'leader_approve',
  'leader_return',
  'leader_refuse',
  'forward',
  'record_decision',
  'cancel',
  'trip_return',
  'passports_returned',
  'report_filed',
  'reminder',
] as const;
export const OVERDUE_KINDS = ['return', 'passports', 'report'] as const;

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
const idRef = z.coerce.number().int().positive().max(2_147_483_647);
/** A country in any accepted form (韩国, KOR, South Korea); the server stores alpha-3. */
const country = z.string().trim().min(1).max(60);
const money = z.number().min(0).max(100_000_000);

export const memberSchema = z.object({
  name: z.string().trim().min(1).max(50),
  unitName: text(200),
  post: text(100),
  rank: z.enum(RANKS),
  passportType: z.enum(PASSPORT_TYPES),
  passportNumber: text(30),
  passportExpiry: ymdSchema.nullish().transform((v) => v ?? null),
  role: z.enum(MEMBER_ROLES).default('member'),
  /** A member of the unit's leadership team (领导班子成员). */
  leadership: z.boolean().default(false),
});
export type Member = z.output<typeof memberSchema>;

export const legSchema = z.object({
  country,
  city: text(100),
  arriveOn: ymdSchema,
  leaveOn: ymdSchema,
  /** Transit without leaving the airport does not count as a country visited. */
  transitOnly: z.boolean().default(false),
});
export type Leg = z.output<typeof legSchema>;

export const budgetLineSchema = z.object({
  category: z.enum(BUDGET_CATEGORIES),
  country: country.nullish().transform((v) => v ?? null),
  persons: z.number().int().min(1).max(50),
  /** Nights for lodging, days for meals and incidentals, 1 for a ticket or a lump sum. */
  units: z.number().int().min(1).max(366),
  unitAmount: money,
  currency: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{3}$/, { message: 'err.currency' })
    .transform((v) => v.toUpperCase())
    .default('CNY'),
  note: text(200),
});
export type BudgetLine = z.output<typeof budgetLineSchema>;

// Response shapes carry no transforms: the serializer validates what the server sends, it does not parse it.
const nullableText = z.string().nullable();
export const memberOutSchema = z.object({
  name: z.string(),
  unitName: nullableText,
  post: nullableText,
  rank: z.enum(RANKS),
  passportType: z.enum(PASSPORT_TYPES),
  passportNumber: nullableText,
  passportExpiry: nullableText,
  role: z.enum(MEMBER_ROLES),
  leadership: z.boolean(),
});
export const legOutSchema = z.object({ country: z.string(), city: nullableText, arriveOn: z.string(), leaveOn: z.string(), transitOnly: z.boolean() });
export const budgetLineOutSchema = z.object({
  category: z.enum(BUDGET_CATEGORIES),
  country: nullableText,
  persons: z.number(),
  units: z.number(),
  unitAmount: z.number(),
  currency: z.string(),
  note: nullableText,
});

export const applicationInputSchema = z.object({
  orgUnitId: dbIntSchema.optional(),
  planItemId: dbIntSchema.nullish().transform((v) => v ?? null),
  task: z.string().trim().min(1).max(200),
  purpose: text(2000),
  inviterName: z.string().trim().min(1).max(300),
  inviterCountry: country,
  /** An intermediary agency rather than a counterpart body abroad. */
  inviterIntermediary: z.boolean().default(false),
  departDate: ymdSchema,
  returnDate: ymdSchema,
  legs: z.array(legSchema).min(1).max(20),
  members: z.array(memberSchema).min(1).max(30),
  budget: z.array(budgetLineSchema).max(60).default([]),
  fundingSource: text(200),
  publicityStart: ymdSchema.nullish().transform((v) => v ?? null),
  publicityEnd: ymdSchema.nullish().transform((v) => v ?? null),
  contactName: text(50),
  contactPhone: text(50),
});
export type ApplicationInput = z.output<typeof applicationInputSchema>;
export const applicationUpdateSchema = applicationInputSchema.extend({ version: dbIntSchema });

export const findingSchema = z.object({
  rule: z.enum(RULE_KEYS),
  severity: z.enum(SEVERITIES),
  /** The form field the finding concerns, e.g. "members.2.passportExpiry". */
  path: z.string(),
  message: z.string(),
});
export type Finding = z.infer<typeof findingSchema>;

export const ruleRefSchema = z.object({ id: z.number(), documentNumber: z.string(), effectiveFrom: z.string() });
export const checkResultSchema = z.object({
  findings: z.array(findingSchema),
  blocking: z.number(),
  daysAbroad: z.number(),
  countries: z.array(z.string()),
  approverLevel: z.enum(APPROVER_LEVELS),
  /** Total of the lines in CNY; lines in other currencies are only in budgetTotals (never added across currencies). */
  totalBudget: z.number(),
  budgetTotals: z.array(z.object({ currency: z.string(), amount: z.number() })),
  rules: z.object({ limits: ruleRefSchema.nullable(), budget: ruleRefSchema.nullable(), approval: ruleRefSchema.nullable() }),
});
export type CheckResult = z.infer<typeof checkResultSchema>;

/**
 * What the caller may do with the application now, as the server's policy answers it: the page shows a
 * button only when its flag is true. `review` is any of the office's review steps (approve, return, refuse,
 * forward, recordDecision), each also flagged on its own; `decide` is a leader's approval.
 */
const applicationCan = z.object({
  edit: z.boolean(),
  submit: z.boolean(),
  withdraw: z.boolean(),
  cancel: z.boolean(),
  review: z.boolean(),
  approve: z.boolean(),
  return: z.boolean(),
  refuse: z.boolean(),
  forward: z.boolean(),
  recordDecision: z.boolean(),
  decide: z.boolean(),
  recordReturn: z.boolean(),
  passportsReturned: z.boolean(),
  fileReport: z.boolean(),
  uploadAttachment: z.boolean(),
});

export const applicationSchema = z.object({
  id: z.number(),
  orgUnitId: z.number(),
  orgUnitName: z.string(),
  year: z.number(),
  status: z.enum(APPLICATION_STATUSES),
  planItemId: z.number().nullable(),
  task: z.string(),
  purpose: z.string().nullable(),
  inviterName: z.string(),
  inviterCountry: z.string(),
  inviterIntermediary: z.boolean(),
  departDate: z.string(),
  returnDate: z.string(),
  legs: z.array(legOutSchema),
  members: z.array(memberOutSchema),
  budget: z.array(budgetLineOutSchema),
  fundingSource: z.string().nullable(),
  publicityStart: z.string().nullable(),
  publicityEnd: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  check: checkResultSchema,
  /** What the office approved: members removed and days cut against the application. */
  decision: z.object({
    removedMembers: z.array(z.string()),
    daysCut: z.number(),
    approvedDepart: z.string().nullable(),
    approvedReturn: z.string().nullable(),
    decisionDocNo: z.string().nullable(),
    forwardedOn: z.string().nullable(),
    forwardedTo: z.string().nullable(),
    comment: z.string().nullable(),
  }),
  followUp: z.object({
    actualDepart: z.string().nullable(),
    actualReturn: z.string().nullable(),
    actualMembers: z.array(z.string()),
    passportsDue: z.string().nullable(),
    passportsReturnedOn: z.string().nullable(),
    reportDue: z.string().nullable(),
    reportFiledOn: z.string().nullable(),
    reportSummary: z.string().nullable(),
    overdue: z.array(z.enum(OVERDUE_KINDS)),
  }),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  version: z.number(),
  updatedAt: z.string(),
  can: applicationCan,
});
export type Application = z.infer<typeof applicationSchema>;

export const applicationListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  status: z.enum(APPLICATION_STATUSES).optional(),
  /** Only what the caller can act on now (a reviewer's queue, a leader's pending approvals). */
  todo: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  orgUnitId: idRef.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  country: z.string().trim().max(60).optional(),
  from: ymdSchema.optional(),
  to: ymdSchema.optional(),
});
const applicationSummarySchema = applicationSchema
  .pick({
    id: true,
    orgUnitId: true,
    orgUnitName: true,
    year: true,
    status: true,
    task: true,
    inviterName: true,
    departDate: true,
    returnDate: true,
    submittedAt: true,
    decidedAt: true,
    version: true,
  })
  .extend({
    countries: z.array(z.string()),
    people: z.number(),
    headName: z.string().nullable(),
    blocking: z.number(),
    warnings: z.number(),
    approverLevel: z.enum(APPROVER_LEVELS),
  });
export type ApplicationSummary = z.infer<typeof applicationSummarySchema>;
export const applicationPageSchema = pageOf(applicationSummarySchema);

export const stepSchema = z.object({
  id: z.number(),
  kind: z.enum(STEP_KINDS),
  actorName: z.string().nullable(),
  orgUnitName: z.string().nullable(),
  comment: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
  createdAt: z.string(),
});
export type Step = z.infer<typeof stepSchema>;

const comment = z
  .string()
  .trim()
  .max(2000)
  .nullish()
  .transform((v) => (v ? v : null));
const reason = z.string().trim().min(2, { message: 'err.reasonRequired' }).max(2000);
export const reviewActionSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('approve'),
    version: dbIntSchema,
    comment,
    /** Indexes into the application's members of those the office takes off the delegation. */
    removeMembers: z.array(z.number().int().min(0).max(29)).max(30).default([]),
    /** Shortened dates (days cut); absent = as applied. */
    departDate: ymdSchema.optional(),
    returnDate: ymdSchema.optional(),
  }),
  z.object({ action: z.literal('return'), version: dbIntSchema, comment: reason }),
  z.object({ action: z.literal('refuse'), version: dbIntSchema, comment: reason }),
  z.object({ action: z.literal('forward'), version: dbIntSchema, forwardedOn: ymdSchema, forwardedTo: z.string().trim().min(1).max(200), comment }),
  z.object({ action: z.literal('record_decision'), version: dbIntSchema, decision: z.enum(['approved', 'refused']), decisionDocNo: text(100), comment }),
]);
export type ReviewAction = z.output<typeof reviewActionSchema>;
export const leaderDecisionSchema = z.object({
  decision: z.enum(['approve', 'return', 'refuse']),
  version: dbIntSchema,
  comment,
});
export const cancelSchema = z.object({ version: dbIntSchema, reason });
export const tripReturnSchema = z.object({
  version: dbIntSchema,
  actualDepart: ymdSchema,
  actualReturn: ymdSchema,
  actualMembers: z.array(z.string().trim().min(1).max(50)).min(1).max(30),
});
export const passportsReturnedSchema = z.object({ version: dbIntSchema, on: ymdSchema });
export const reportSchema = z.object({
  version: dbIntSchema,
  filedOn: ymdSchema,
  summary: z.string().trim().min(2, { message: 'err.reasonRequired' }).max(5000),
});

// Annual plans
export const planItemInputSchema = z.object({
  id: dbIntSchema.optional(),
  title: z.string().trim().min(1).max(200),
  countries: z.array(country).min(1).max(10),
  people: z.number().int().min(1).max(50),
  days: z.number().int().min(1).max(60),
  month: z
    .number()
    .int()
    .min(1)
    .max(12)
    .nullish()
    .transform((v) => v ?? null),
  budget: money.default(0),
});
export const planInputSchema = z.object({
  orgUnitId: dbIntSchema.optional(),
  year: z.number().int().min(2000).max(2100),
  items: z.array(planItemInputSchema).max(200),
  notes: text(2000),
});
export const planUpdateSchema = planInputSchema.omit({ orgUnitId: true, year: true }).extend({ version: dbIntSchema });
export const planSchema = z.object({
  id: z.number(),
  orgUnitId: z.number(),
  orgUnitName: z.string(),
  year: z.number(),
  notes: z.string().nullable(),
  items: z.array(
    z.object({
      id: z.number(),
      title: z.string(),
      countries: z.array(z.string()),
      people: z.number(),
      days: z.number(),
      month: z.number().nullable(),
      budget: z.number(),
      usedBy: z.array(z.number()),
    }),
  ),
  totals: z.object({ trips: z.number(), people: z.number(), budget: z.number(), usedTrips: z.number(), usedPeople: z.number() }),
  version: z.number(),
  updatedAt: z.string(),
  can: z.object({ update: z.boolean() }),
});
export type Plan = z.infer<typeof planSchema>;
export const planListQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional(), orgUnitId: idRef.optional() });

// Follow-up, reminders, holds
export const overdueItemSchema = z.object({
  applicationId: z.number(),
  orgUnitId: z.number(),
  orgUnitName: z.string(),
  task: z.string(),
  kind: z.enum(OVERDUE_KINDS),
  dueOn: z.string(),
  daysOverdue: z.number(),
  remindersSent: z.number(),
  lastRemindedAt: z.string().nullable(),
});
export const unitHoldSchema = z.object({ orgUnitId: z.number(), orgUnitName: z.string(), unanswered: z.number(), threshold: z.number(), held: z.boolean() });
export const followUpSchema = z.object({ today: z.string(), overdue: z.array(overdueItemSchema), units: z.array(unitHoldSchema) });
export const remindInputSchema = z.object({
  items: z
    .array(z.object({ applicationId: dbIntSchema, kind: z.enum(OVERDUE_KINDS) }))
    .min(1)
    .max(500),
  message: text(500),
});
export const reminderSchema = z.object({
  id: z.number(),
  applicationId: z.number(),
  orgUnitId: z.number(),
  task: z.string(),
  kind: z.enum(OVERDUE_KINDS),
  dueOn: z.string(),
  message: z.string().nullable(),
  sentAt: z.string(),
  sentBy: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  resolved: z.boolean(),
});
export const myRemindersSchema = z.object({ items: z.array(reminderSchema), hold: unitHoldSchema.nullable() });

// Passport custody
export const PASSPORT_STATES = ['in_custody', 'issued', 'cancelled'] as const;
export const passportInputSchema = z.object({
  orgUnitId: dbIntSchema.optional(),
  holderName: z.string().trim().min(1).max(50),
  passportType: z.enum(PASSPORT_TYPES),
  number: z
    .string()
    .trim()
    .min(3)
    .max(30)
    .regex(/^[A-Za-z0-9]+$/, { message: 'err.passportNumber' })
    .transform((v) => v.toUpperCase()),
  expiry: ymdSchema,
  notes: text(500),
});
export const passportUpdateSchema = passportInputSchema.omit({ orgUnitId: true }).extend({ version: dbIntSchema });
export const passportIssueSchema = z.object({
  version: dbIntSchema,
  on: ymdSchema,
  to: z.string().trim().min(1).max(50),
  applicationId: dbIntSchema.nullish().transform((v) => v ?? null),
});
export const passportReturnSchema = z.object({ version: dbIntSchema, on: ymdSchema });
export const passportSchema = z.object({
  id: z.number(),
  orgUnitId: z.number(),
  orgUnitName: z.string(),
  holderName: z.string(),
  passportType: z.enum(PASSPORT_TYPES),
  number: z.string(),
  expiry: z.string(),
  state: z.enum(PASSPORT_STATES),
  heldBy: z.string().nullable(),
  issuedOn: z.string().nullable(),
  returnedOn: z.string().nullable(),
  applicationId: z.number().nullable(),
  dueBack: z.string().nullable(),
  notes: z.string().nullable(),
  version: z.number(),
  updatedAt: z.string(),
  /** What the caller may do with it now (the passport policy's answer): the page shows exactly these buttons. */
  can: z.object({ update: z.boolean(), issue: z.boolean(), return: z.boolean() }),
});
export const passportListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(50).optional(),
  state: z.enum(PASSPORT_STATES).optional(),
  orgUnitId: idRef.optional(),
});
export const passportPageSchema = pageOf(passportSchema);

// Statistics
export const travelPeriodSchema = z.object({ from: ymdSchema, to: ymdSchema });
const pairFigure = z.object({ now: z.number(), prev: z.number() });
const groupRow = z.object({ key: z.string(), label: z.string(), batches: pairFigure, people: pairFigure });
export const travelStatsSchema = z.object({
  from: z.string(),
  to: z.string(),
  previousFrom: z.string(),
  previousTo: z.string(),
  applied: z.object({ batches: pairFigure, people: pairFigure }),
  approved: z.object({ batches: pairFigure, people: pairFigure }),
  refused: z.object({ batches: pairFigure, people: pairFigure }),
  shrunk: z.object({ batches: pairFigure, membersRemoved: pairFigure, daysCut: pairFigure }),
  byUnit: z.array(groupRow),
  byRank: z.array(groupRow),
  byDestination: z.array(groupRow),
});
export type TravelStats = z.infer<typeof travelStatsSchema>;

// Rules as data
const severities = z.record(z.enum(RULE_KEYS), z.enum(SEVERITIES));
export const limitsParamsSchema = z.object({
  maxCountries: z.number().int().min(1).max(20),
  /** Days abroad allowed for 1, 2, 3 … countries (the last applies to any larger number). */
  maxDays: z.array(z.number().int().min(1).max(90)).min(1).max(20),
  extraDays: z.number().int().min(0).max(10),
  /** Countries whose poor connections earn the extra day (Latin America, Africa). */
  extraDayCountries: z.array(z.string().regex(/^[A-Z]{3}$/)).max(250),
  maxMembers: z.number().int().min(1).max(50),
  publicityWorkingDays: z.number().int().min(0).max(30),
  passportReturnDays: z.number().int().min(1).max(90),
  reportMonths: z.number().int().min(1).max(12),
  passportValidityMonths: z.number().int().min(0).max(24),
  /** After this many unanswered reminders a unit's new applications are held; 0 = never. */
  reminderHoldAfter: z.number().int().min(0).max(20),
  severities: severities,
});
export type LimitsParams = z.infer<typeof limitsParamsSchema>;
export const budgetStandardSchema = z.object({
  country: z.string().regex(/^[A-Z]{3}$/),
  city: text(100),
  currency: z.string().regex(/^[A-Z]{3}$/),
  lodging: money,
  meals: money,
  incidentals: money,
});
export const budgetParamsSchema = z.object({ standards: z.array(budgetStandardSchema).max(2000) });
export type BudgetParams = z.infer<typeof budgetParamsSchema>;
export const approvalParamsSchema = z.object({ ranks: z.record(z.enum(RANKS), z.enum(APPROVER_LEVELS)) });
export type ApprovalParams = z.infer<typeof approvalParamsSchema>;

const ruleBase = { effectiveFrom: ymdSchema, documentNumber: z.string().trim().min(2).max(100), title: z.string().trim().min(1).max(200) };
export const ruleInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('limits'), ...ruleBase, params: limitsParamsSchema }),
  z.object({ kind: z.literal('budget'), ...ruleBase, params: budgetParamsSchema }),
  z.object({ kind: z.literal('approval'), ...ruleBase, params: approvalParamsSchema }),
]);
export type RuleInput = z.output<typeof ruleInputSchema>;
export const ruleUpdateSchema = z.object({
  version: dbIntSchema,
  effectiveFrom: ymdSchema,
  documentNumber: ruleBase.documentNumber,
  title: ruleBase.title,
  params: z.record(z.string(), z.unknown()),
});
export const ruleSchema = z.object({
  id: z.number(),
  kind: z.enum(RULE_KINDS),
  effectiveFrom: z.string(),
  documentNumber: z.string(),
  title: z.string(),
  params: z.record(z.string(), z.unknown()),
  inForceToday: z.boolean(),
  version: z.number(),
  updatedAt: z.string(),
});
export type RuleVersion = z.infer<typeof ruleSchema>;

/** `days` given: that many working days; absent: as many as the limits in force on `departDate` (else `start`) require. */
export const publicityEndQuerySchema = z.object({
  start: ymdSchema,
  departDate: ymdSchema.optional(),
  days: z.coerce.number().int().min(1).max(30).optional(),
});
/** `days`: the working days asked for; `documentNumber`: the rule they come from, when the server looked them up. */
export const publicityEndSchema = z.object({
  start: z.string(),
  end: z.string(),
  workingDays: z.number(),
  days: z.number(),
  documentNumber: z.string().nullable(),
});
export const batchListQuerySchema = z.object({ from: ymdSchema, to: ymdSchema });
