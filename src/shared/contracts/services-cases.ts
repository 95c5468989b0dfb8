/** The case machinery's requests and answers: opening a case, its steps, its clock, its history and its checklist. */
import { z } from 'zod';
import { dbIntSchema, pageOf, pageQuerySchema, ymdSchema } from './common';
import { CASE_STATUSES, CLOCK_SIGNALS, DELIVERY_METHODS, ORIGINAL_OR_COPY, URGENCIES, caseKindSchema } from './services';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();
const version = dbIntSchema;

export const openCaseInputSchema = z.strictObject({
  kind: caseKindSchema,
  unitId: dbIntSchema.optional(),
  personName: optionalText(100),
  applicantIdNumber: optionalText(40),
  contactName: optionalText(100),
  contactPhone: optionalText(40),
  urgency: z.enum(URGENCIES).optional(),
  title: optionalText(200),
  delivery: z.enum(DELIVERY_METHODS).optional(),
  deliveryAddress: optionalText(300),
});
export type OpenCaseInputBody = z.infer<typeof openCaseInputSchema>;

/** The draft's own fields (a kind's facts are edited under the kind's path). */
export const caseUpdateSchema = z.strictObject({
  version,
  contactName: optionalText(100),
  contactPhone: optionalText(40),
  urgency: z.enum(URGENCIES).optional(),
  title: optionalText(200),
  delivery: z.enum(DELIVERY_METHODS).optional(),
  deliveryAddress: optionalText(300),
});
export type CaseUpdate = z.infer<typeof caseUpdateSchema>;

/** The steps of a case, as their routes name them. */
export const CASE_STEPS = ['submit', 'accept', 'notice', 'answer', 'extend', 'approve-extension', 'assign', 'issue', 'refuse', 'withdraw', 'close'] as const;
export type CaseStep = (typeof CASE_STEPS)[number];

export const stepVersionSchema = z.strictObject({ version, note: optionalText(1000) });
/** A one-time notice lists every missing item at once: checklist items, free text, or both. */
export const noticeSchema = z
  .strictObject({ version, missingItemIds: z.array(dbIntSchema).max(100).default([]), text: optionalText(2000) })
  .refine((b) => b.missingItemIds.length > 0 || !!b.text, { path: ['missingItemIds'], message: 'svc.case.noticeEmpty' });
export const extendSchema = z.strictObject({ version, days: z.number().int().min(1).max(60), reason: text(1000) });
export const assignSchema = z.strictObject({ version, assigneeId: dbIntSchema.optional() });
export const reasonSchema = z.strictObject({ version, reason: text(1000) });
export const withdrawSchema = z.strictObject({ version, reason: optionalText(1000) });

/** Which limit a due date belongs to: the acceptance stage's (before acceptance) or the promised one. */
export const CLOCK_STAGES = ['accept', 'decide'] as const;
export type ClockStage = (typeof CLOCK_STAGES)[number];

export const caseClockSchema = z.object({
  dueOn: z.string().nullable(),
  stage: z.enum(CLOCK_STAGES).nullable(),
  legalDueOn: z.string().nullable(),
  workingDaysLeft: z.number().int().nullable(),
  signal: z.enum(CLOCK_SIGNALS),
  elapsedWorkingDays: z.number().int(),
  paused: z.boolean(),
  onTime: z.boolean().nullable(),
  calendarNotCovered: z.number().int().nullable(),
});
export type CaseClockView = z.infer<typeof caseClockSchema>;

export const caseSchema = z.object({
  id: z.number().int(),
  kind: caseKindSchema,
  number: z.string().nullable(),
  status: z.enum(CASE_STATUSES),
  orgUnitId: z.number().int(),
  officeId: z.number().int(),
  unitId: z.number().int().nullable(),
  applicantName: z.string(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  applicantIdNumber: z.string().nullable(),
  urgency: z.enum(URGENCIES),
  title: z.string().nullable(),
  submittedOn: z.string().nullable(),
  acceptedOn: z.string().nullable(),
  decidedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  assigneeId: z.number().int().nullable(),
  assigneeName: z.string().nullable(),
  pieces: z.number().int(),
  persons: z.number().int(),
  countries: z.array(z.string()),
  delivery: z.enum(DELIVERY_METHODS),
  deliveryAddress: z.string().nullable(),
  resultNote: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ServiceCase = z.infer<typeof caseSchema>;

/** What the caller may do to the case now: the page shows exactly these buttons. */
export const CASE_ACTIONS = [
  'edit',
  'submit',
  'accept',
  'notice',
  'answer',
  'extend',
  'approveExtension',
  'assign',
  'issue',
  'refuse',
  'withdraw',
  'close',
  'upload',
  'checkDocument',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];
export const caseCanSchema = z.record(z.enum(CASE_ACTIONS), z.boolean());

export const caseEventSchema = z.object({
  id: z.number().int(),
  step: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  onDate: z.string(),
  actorName: z.string().nullable(),
  reason: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  at: z.string(),
});
export type CaseEvent = z.infer<typeof caseEventSchema>;

export const checklistItemSchema = z.object({
  id: z.number().int(),
  kind: caseKindSchema,
  position: z.number().int(),
  nameZh: z.string(),
  nameEn: z.string(),
  required: z.boolean(),
  originalOrCopy: z.enum(ORIGINAL_OR_COPY),
  fileTypes: z.array(z.string()),
  maxKb: z.number().int().nullable(),
  note: z.string().nullable(),
  archived: z.boolean(),
  version: z.number().int(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const DOCUMENT_STATUSES = ['received', 'missing', 'rejected'] as const;
export const caseDocumentSchema = z.object({
  id: z.number().int(),
  itemId: z.number().int(),
  attachmentId: z.number().int().nullable(),
  fileName: z.string().nullable(),
  sizeBytes: z.number().int().nullable(),
  status: z.enum(DOCUMENT_STATUSES),
  originalSeen: z.boolean(),
  note: z.string().nullable(),
  version: z.number().int(),
});
export type CaseDocument = z.infer<typeof caseDocumentSchema>;

export const caseDetailSchema = z.object({
  case: caseSchema,
  clock: caseClockSchema,
  can: caseCanSchema,
  events: z.array(caseEventSchema),
  checklist: z.array(checklistItemSchema.extend({ documents: z.array(caseDocumentSchema) })),
  /** An extension asked for and not yet approved: its days and reason. */
  pendingExtension: z.object({ days: z.number().int(), reason: z.string().nullable(), onDate: z.string() }).nullable(),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

export const kindSettingsSchema = z.object({
  kind: caseKindSchema,
  legalLimitDays: z.number().int(),
  promisedLimitDays: z.number().int(),
  urgentLimitDays: z.number().int().nullable(),
  warningDays: z.number().int(),
  stageLimits: z.record(z.string(), z.number().int()),
  source: z.string().nullable(),
  version: z.number().int(),
});
export type KindSettings = z.infer<typeof kindSettingsSchema>;

/** The queue's views: my cases, nobody's yet, yellow or due today, red, everything in scope. */
/** `extension`: accepted cases whose extension request waits for the office's head (a leader's list). */
export const QUEUE_VIEWS = ['mine', 'unassigned', 'due_soon', 'overdue', 'extension', 'all'] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

const idRef = z.coerce.number().int().positive().max(2_147_483_647);
/** The queue's filters; the export takes the same ones, so the file is the list as filtered. */
export const caseFilterSchema = z.object({
  view: z.enum(QUEUE_VIEWS).default('all'),
  kind: caseKindSchema.optional(),
  status: z.enum(CASE_STATUSES).optional(),
  unitId: idRef.optional(),
  q: z.string().trim().max(50).optional(),
  /** Submitted on or after / on or before. */
  from: ymdSchema.optional(),
  to: ymdSchema.optional(),
});
export type CaseFilter = z.infer<typeof caseFilterSchema>;
export const caseQuerySchema = pageQuerySchema.extend(caseFilterSchema.shape);
export type CaseQuery = z.infer<typeof caseQuerySchema>;

export const queueRowSchema = caseSchema.extend({
  signal: z.enum(CLOCK_SIGNALS),
  workingDaysLeft: z.number().int().nullable(),
  stage: z.enum(CLOCK_STAGES).nullable(),
});
export type QueueRow = z.infer<typeof queueRowSchema>;
export const queuePageSchema = pageOf(queueRowSchema);

/** The bell: counts in the caller's scope, all zero on a day that is not a working day. */
export const caseAlertsSchema = z.object({ workingDay: z.boolean(), dueToday: z.number().int(), warning: z.number().int(), overdue: z.number().int() });
export type CaseAlerts = z.infer<typeof caseAlertsSchema>;

/** A kind's limits as the office sets them. */
export const kindSettingsUpdateSchema = z
  .strictObject({
    version,
    legalLimitDays: z.number().int().min(1).max(365),
    promisedLimitDays: z.number().int().min(1).max(365),
    urgentLimitDays: z.number().int().min(1).max(365).nullable(),
    warningDays: z.number().int().min(0).max(30),
    stageLimits: z.record(z.string().max(40), z.number().int().min(1).max(365)).optional(),
    source: z.string().trim().max(500).nullable(),
  })
  .refine((b) => b.promisedLimitDays <= b.legalLimitDays, { path: ['promisedLimitDays'], message: 'svc.case.promiseOverLegal' })
  .refine((b) => b.urgentLimitDays == null || b.urgentLimitDays <= b.promisedLimitDays, { path: ['urgentLimitDays'], message: 'svc.case.urgentOverPromise' });
export const kindParamSchema = z.object({ kind: caseKindSchema });

export const FILE_TYPES = ['jpg', 'jpeg', 'png', 'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ofd'] as const;
const itemFields = {
  nameZh: text(200),
  nameEn: text(200),
  required: z.boolean(),
  originalOrCopy: z.enum(ORIGINAL_OR_COPY),
  fileTypes: z.array(z.enum(FILE_TYPES)).max(FILE_TYPES.length),
  maxKb: z.number().int().min(1).max(51_200).nullable(),
  note: z.string().trim().max(500).nullable().optional(),
  position: z.number().int().min(0).max(999).optional(),
};
export const checklistItemInputSchema = z.strictObject(itemFields);
export const checklistItemUpdateSchema = z.strictObject({ version, ...itemFields });
export const archiveSchema = z.strictObject({ version, reason: text(500) });

export const kindSettingsPageSchema = z.object({ settings: kindSettingsSchema, checklist: z.array(checklistItemSchema), canManage: z.boolean() });
export type KindSettingsPage = z.infer<typeof kindSettingsPageSchema>;

/** The window's check of one handed-in document. */
export const documentCheckSchema = z.strictObject({
  version,
  status: z.enum(DOCUMENT_STATUSES).optional(),
  originalSeen: z.boolean().optional(),
  note: z.string().trim().max(500).nullable().optional(),
});
export const docParamsSchema = z.object({ id: idRef, docId: idRef });
