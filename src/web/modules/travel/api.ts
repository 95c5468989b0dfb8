/**
 * Typed calls for the outbound-travel module (因公出国(境)网审) under /api/travel: applications and
 * their workflow, the live rule check, the working-day publicity end, Word/Excel downloads and the
 * plan items the application form may draw on. The office pages (plans, follow-up, passports,
 * stats, rules) have their own api file.
 */
import type { z } from 'zod';
import type {
  Application,
  ApplicationStatus,
  ApplicationSummary,
  CheckResult,
  Finding,
  Plan,
  Step,
  applicationInputSchema,
  applicationListQuerySchema,
  applicationUpdateSchema,
  leaderDecisionSchema,
  publicityEndSchema,
  reviewActionSchema,
  tripReturnSchema,
} from '@shared/contracts/travel';
import { buildQuery, http, upload } from '@web/ui/api/client';
import type { Page } from '@web/ui/api/endpoints';
import type { Attachment } from '@web/ui/api/attachments';

export type { Application, ApplicationStatus, ApplicationSummary, Attachment, CheckResult, Finding, Plan, Step };
export type ApplicationInputBody = z.input<typeof applicationInputSchema>;
export type ApplicationUpdateBody = z.input<typeof applicationUpdateSchema>;
/** The check takes the same body as a save, plus the application's id so it does not compete with itself for a plan item. */
export type CheckBody = ApplicationInputBody & { id?: number };
export type ReviewBody = z.input<typeof reviewActionSchema>;
export type LeaderDecisionBody = z.input<typeof leaderDecisionSchema>;
export type TripReturnBody = z.input<typeof tripReturnSchema>;
export type PublicityEnd = z.infer<typeof publicityEndSchema>;
type ListFilters = Omit<z.infer<typeof applicationListQuerySchema>, 'page' | 'pageSize' | 'todo'>;
/** Query strings as sent: `todo` is the "true"-or-absent URL flag. */
export type ApplicationQuery = { page?: number; pageSize?: number; todo?: 'true' } & Partial<ListFilters>;

const base = '/travel';
const app = (id: number) => `${base}/applications/${id}`;

export const applicationsApi = {
  list: (q: ApplicationQuery) => http.get<Page<ApplicationSummary>>(`${base}/applications${buildQuery(q)}`),
  get: (id: number) => http.get<Application>(app(id)),
  create: (body: ApplicationInputBody) => http.post<Application>(`${base}/applications`, body),
  update: (id: number, body: ApplicationUpdateBody) => http.put<Application>(app(id), body),
  submit: (id: number, version: number) => http.post<Application>(`${app(id)}/submit`, { version }),
  withdraw: (id: number, version: number) => http.post<Application>(`${app(id)}/withdraw`, { version }),
  cancel: (id: number, version: number, reason: string) => http.post<Application>(`${app(id)}/cancel`, { version, reason }),
  review: (id: number, body: ReviewBody) => http.post<Application>(`${app(id)}/review`, body),
  decide: (id: number, body: LeaderDecisionBody) => http.post<Application>(`${app(id)}/decide`, body),
  tripReturn: (id: number, body: TripReturnBody) => http.post<Application>(`${app(id)}/trip-return`, body),
  passportsReturned: (id: number, version: number, on: string) => http.post<Application>(`${app(id)}/passports-returned`, { version, on }),
  report: (id: number, version: number, filedOn: string, summary: string) => http.post<Application>(`${app(id)}/report`, { version, filedOn, summary }),
  steps: (id: number) => http.get<Step[]>(`${app(id)}/steps`),
  attachments: (id: number) => http.get<Attachment[]>(`${app(id)}/attachments`),
  /** multipart 'file' with the CSRF header (invitation letters, scans of the approval, the report). */
  uploadAttachment: (id: number, file: File) => upload<Attachment>(`${app(id)}/attachments`, file, file.name),
  attachmentUrl: (attachmentId: number) => `/api/attachments/${attachmentId}`,
  publicityNoticeUrl: (id: number) => `/api${app(id)}/publicity-notice.docx`,
  approvalFormUrl: (id: number) => `/api${app(id)}/approval-form.docx`,
  /** Approved applications decided in the period, as the office's batch list (.xlsx). */
  batchListUrl: (from: string, to: string) => `/api${base}/batch-list.xlsx${buildQuery({ from, to })}`,
};

export const travelApi = {
  /** The rules in force on the departure date applied to the form as it stands. */
  check: (body: CheckBody, signal?: AbortSignal) => http.post<CheckResult>(`${base}/check`, body, { signal }),
  /**
   * The day the publicity ends after the working days the limits in force on `departDate` require (or `days`),
   * on the office's working-day calendar (400 when it does not cover the year).
   */
  publicityEnd: (start: string, departDate?: string | null, days?: number) =>
    http.get<PublicityEnd>(`${base}/publicity-end${buildQuery({ start, departDate, days })}`),
};

export const plansApi = {
  /** The annual plans of the year in the caller's scope (a unit sees its own). */
  list: (year: number, orgUnitId?: number) => http.get<Plan[]>(`${base}/plans${buildQuery({ year, orgUnitId })}`),
};
