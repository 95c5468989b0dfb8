import { z } from 'zod';
import type { PermissionSet } from './auth';

/**
 * The one-stop service window (一窗受理): the case machinery every kind shares. Each kind's own fields live in
 * its own contract file (services-invitation.ts, services-apec.ts, services-legalization.ts, services-visa.ts),
 * unit accounts in services-accounts.ts, the figures in services-stats.ts.
 *
 * - services.apply: a unit's contact files its unit's cases, answers a one-time notice, downloads its results.
 * - services.read: sees the cases of its subtree and their figures (leaders, districts).
 * - services.handle: window staff accept, notify, review and decide.
 * - services.approve: approves an extension of a case's time limit (the office's head).
 * - services.manage: the office's settings: time limits, checklists, fees, templates, the table of states.
 * - services.export: Excel of any list.
 */
export const SERVICES_PERMISSIONS = ['services.read', 'services.apply', 'services.handle', 'services.approve', 'services.manage', 'services.export'] as const;
declare module './auth' {
  interface ModulePermissions extends PermissionSet<typeof SERVICES_PERMISSIONS> {}
}

/** The kinds of case the window handles. */
export const CASE_KINDS = ['invitation', 'apec', 'legalization', 'visa'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];
export const caseKindSchema = z.enum(CASE_KINDS);

/**
 * A case's status. `draft` is the applicant's; `submitted` waits for the window to accept (受理); `noticed` is paused
 * on a one-time notice of missing material (一次性告知) until the applicant answers; `accepted` is under review;
 * `issued` / `refused` are decided; `closed` is finished (picked up, delivered, closed out); `withdrawn` ends it
 * without a decision (by the applicant, or by the office with a reason). Nothing is deleted.
 */
export const CASE_STATUSES = ['draft', 'submitted', 'noticed', 'accepted', 'issued', 'refused', 'closed', 'withdrawn'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const caseStatusSchema = z.enum(CASE_STATUSES);

export const URGENCIES = ['normal', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** How the applicant gets the result. */
export const DELIVERY_METHODS = ['pickup', 'post', 'online'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

/** Whether a checklist item is handed in as the original, a copy, or either. */
export const ORIGINAL_OR_COPY = ['original', 'copy', 'either'] as const;
export type OriginalOrCopy = (typeof ORIGINAL_OR_COPY)[number];

/** The clock's signal in every queue: on time, due today, the yellow warning, the red card (overdue). */
export const CLOCK_SIGNALS = ['none', 'on_time', 'due_today', 'warning', 'overdue', 'paused', 'stopped'] as const;
export type ClockSignal = (typeof CLOCK_SIGNALS)[number];
