import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  Member, ReviewAction, leaderDecisionSchema, passportsReturnedSchema, reportSchema, tripReturnSchema,
} from '../../../shared/contracts/travel';
import { daysBetween } from '../../../shared/reference/dates';
import type { Db } from '../../db/client';
import { AppError, forbidden } from '../../platform/http/errors';
import { can, type Actor } from '../../platform/access/actor';
import { saveVersioned } from '../../platform/db/records';
import { addStep, assertNoBlocking, findApplication, membersOf, reviewActions, statusError, type AppRow } from './travel.applications';
import { approvedShape, tripOf } from './travel.check';
import { deadlinesAfterReturn, limitsFor } from './travel.deadlines';
import { unitHold } from './travel.followup';
import { asVersions, loadRules } from './travel.ruleset';
import { travelApplications, travelPassports } from './travel.table';
import { clock } from '../../clock';

type Changes = Partial<AppRow>;

/** One workflow step: the change, its history row and its audit event in one transaction, on the version the caller saw. */
async function step(
  db: Db, actor: Actor, row: AppRow, version: number, changes: Changes, kind: Parameters<typeof addStep>[3], comment: string | null = null,
  detail: Record<string, unknown> | null = null, also?: (tx: Db) => Promise<void>,
): Promise<AppRow> {
  return saveVersioned(db, actor, travelApplications as never, row, version, changes, `travelApplication.${kind}`, 'travel_application', {
    detail: { comment, ...detail },
    alsoInTransaction: async (tx) => { await addStep(tx, actor, row, kind, comment, detail); await also?.(tx); },
  });
}

const now = () => ({ at: clock.now(), on: clock.today() });

export async function submitApplication(db: Db, actor: Actor, id: number, version: number): Promise<AppRow> {
  const row = await findApplication(db, actor, id);
  if (!['draft', 'returned'].includes(row.status)) throw statusError(row);
  const hold = await unitHold(db, row.orgUnitId);
  if (hold.held) throw new AppError(423, 'err.travelUnitHeld', { count: hold.unanswered });
  await assertNoBlocking(db, actor, row, tripOf(row), 'submit');
  const t = now();
  return step(db, actor, row, version, { status: 'submitted', submittedAt: t.at, firstSubmittedOn: row.firstSubmittedOn ?? t.on }, 'submit');
}

export async function withdrawApplication(db: Db, actor: Actor, id: number, version: number): Promise<AppRow> {
  const row = await findApplication(db, actor, id);
  if (row.status !== 'submitted') throw statusError(row);
  return step(db, actor, row, version, { status: 'draft' }, 'withdraw');
}

export async function cancelApplication(db: Db, actor: Actor, id: number, version: number, reason: string): Promise<AppRow> {
  const row = await findApplication(db, actor, id);
  if (!(['draft', 'returned'].includes(row.status) || (row.status === 'approved' && !row.actualReturn))) throw statusError(row);
  return step(db, actor, row, version, { status: 'cancelled' }, 'cancel', reason);
}

/** What approving with changes means: members taken off by index, dates shortened within those applied for. */
function approvalChanges(row: AppRow, action: Extract<ReviewAction, { action: 'approve' }>): Changes {
  const members = membersOf(row);
  for (const i of action.removeMembers) if (i >= members.length) throw new AppError(400, 'err.validation', {}, [{ path: `removeMembers`, key: 'err.travelMemberIndex', params: { index: i + 1 } }]);
  const removed = [...new Set(action.removeMembers)].map((i) => members[i].name);
  if (removed.length >= members.length) throw new AppError(400, 'err.validation', {}, [{ path: 'removeMembers', key: 'err.travelNoMembers' }]);
  const depart = action.departDate ?? row.departDate;
  const ret = action.returnDate ?? row.returnDate;
  if (depart < row.departDate || ret > row.returnDate || ret < depart) {
    // Mark the date that is wrong: a departure before the one applied for, or moved past the return; else the return.
    const path = depart < row.departDate || (ret < depart && !action.returnDate) ? 'departDate' : 'returnDate';
    throw new AppError(400, 'err.validation', {}, [{ path, key: 'err.travelApprovedDates' }]);
  }
  const cut = daysBetween(row.departDate, row.returnDate) - daysBetween(depart, ret);
  return { removedMembers: removed, approvedDepart: depart, approvedReturn: ret, daysCut: cut };
}

/** The office's review: approve (possibly shrunk), return for changes, refuse, forward upward, or record the upper decision. */
export async function reviewApplication(db: Db, actor: Actor, id: number, action: ReviewAction): Promise<AppRow> {
  const row = await findApplication(db, actor, id);
  const allowed = await reviewActions(db, actor, row);
  if (!allowed.includes(action.action)) {
    if (actor.orgUnitId === row.orgUnitId) throw new AppError(403, 'err.travelSelfReview');
    throw statusError(row);
  }
  const t = now();
  switch (action.action) {
    case 'approve': {
      const changes = approvalChanges(row, action);
      const shaped = { ...row, ...changes } as AppRow;
      const result = await assertNoBlocking(db, actor, row, approvedShape(shaped), 'approve');
      if (result.approverLevel === 'upward') throw new AppError(400, 'err.travelNeedsForward');
      const final = result.approverLevel === 'office';
      const detail = { removedMembers: changes.removedMembers, daysCut: changes.daysCut, approverLevel: result.approverLevel };
      return step(db, actor, row, action.version, {
        ...changes, status: final ? 'approved' : 'leader_review', reviewedByOrgUnitId: actor.orgUnitId, decisionComment: action.comment,
        ...(final ? { decidedAt: t.at, decidedOn: t.on } : {}),
      }, 'approve', action.comment, detail);
    }
    case 'return':
      return step(db, actor, row, action.version, { status: 'returned', decisionComment: action.comment }, 'return', action.comment);
    case 'refuse':
      return step(db, actor, row, action.version, { status: 'refused', decisionComment: action.comment, decidedAt: t.at, decidedOn: t.on }, 'refuse', action.comment);
    case 'forward':
      return step(db, actor, row, action.version, {
        status: 'forwarded', forwardedOn: action.forwardedOn, forwardedTo: action.forwardedTo, forwardedByOrgUnitId: actor.orgUnitId,
      }, 'forward', action.comment, { forwardedOn: action.forwardedOn, forwardedTo: action.forwardedTo });
    case 'record_decision':
      return step(db, actor, row, action.version, {
        status: action.decision, decisionDocNo: action.decisionDocNo, decisionComment: action.comment, decidedAt: t.at, decidedOn: t.on,
      }, 'record_decision', action.comment, { decision: action.decision, decisionDocNo: action.decisionDocNo });
  }
}

/** A leader's approval where the delegation's rank requires it. */
export async function leaderDecision(db: Db, actor: Actor, id: number, input: z.output<typeof leaderDecisionSchema>): Promise<AppRow> {
  const row = await findApplication(db, actor, id);
  if (row.status !== 'leader_review') throw statusError(row);
  const t = now();
  if (input.decision === 'approve') {
    await assertNoBlocking(db, actor, row, approvedShape(row), 'approve');
    return step(db, actor, row, input.version, { status: 'approved', decidedAt: t.at, decidedOn: t.on }, 'leader_approve', input.comment);
  }
  if (input.decision === 'refuse') {
    if (!input.comment) throw new AppError(400, 'err.validation', {}, [{ path: 'comment', key: 'err.reasonRequired' }]);
    return step(db, actor, row, input.version, { status: 'refused', decisionComment: input.comment, decidedAt: t.at, decidedOn: t.on }, 'leader_refuse', input.comment);
  }
  if (!input.comment) throw new AppError(400, 'err.validation', {}, [{ path: 'comment', key: 'err.reasonRequired' }]);
  return step(db, actor, row, input.version, { status: 'submitted', decisionComment: input.comment }, 'leader_return', input.comment);
}

const followsUp = (actor: Actor) => can(actor, 'travel.apply') || can(actor, 'travel.review');

/** The trip as it happened; the passport and report deadlines start from the actual return date. */
export async function recordReturn(db: Db, actor: Actor, id: number, input: z.output<typeof tripReturnSchema>): Promise<AppRow> {
  const row = await findApplication(db, actor, id);
  if (!followsUp(actor)) throw forbidden();
  if (row.status !== 'approved') throw statusError(row);
  if (input.actualReturn < input.actualDepart) throw new AppError(400, 'err.validation', {}, [{ path: 'actualReturn', key: 'err.dateRange' }]);
  const approved = approvedShape(row).members;
  const names = new Set(approved.map((m) => m.name));
  const stranger = input.actualMembers.find((n) => !names.has(n));
  if (stranger) throw new AppError(400, 'err.validation', {}, [{ path: 'actualMembers', key: 'err.travelActualMembers', params: { name: stranger } }]);
  const rules = asVersions(await loadRules(db));
  const due = deadlinesAfterReturn(limitsFor(rules, row.departDate), input.actualReturn);
  const official = approved.some((m: Member) => input.actualMembers.includes(m.name) && m.passportType !== 'private');
  return step(db, actor, row, input.version, {
    actualDepart: input.actualDepart, actualReturn: input.actualReturn, actualMembers: [...new Set(input.actualMembers)],
    passportsDue: official ? due.passportsDue : null, reportDue: due.reportDue,
  }, 'trip_return', null, { actualDepart: input.actualDepart, actualReturn: input.actualReturn, members: input.actualMembers.length });
}

/** The office has the trip's passports back; passports it issued for the trip return to custody. */
export async function passportsReturned(db: Db, actor: Actor, id: number, input: z.output<typeof passportsReturnedSchema>): Promise<AppRow> {
  const row = await findApplication(db, actor, id);
  if (row.status !== 'approved' || !row.actualReturn || row.passportsReturnedOn) throw statusError(row);
  return step(db, actor, row, input.version, { passportsReturnedOn: input.on }, 'passports_returned', null, { on: input.on }, async (tx) => {
    await tx.update(travelPassports).set({ state: 'in_custody', heldBy: null, returnedOn: input.on, updatedAt: clock.now(), updatedBy: actor.userId })
      .where(and(eq(travelPassports.applicationId, row.id), eq(travelPassports.state, 'issued')));
  });
}

export async function fileReport(db: Db, actor: Actor, id: number, input: z.output<typeof reportSchema>): Promise<AppRow> {
  const row = await findApplication(db, actor, id);
  if (!followsUp(actor)) throw forbidden();
  if (row.status !== 'approved' || !row.actualReturn || row.reportFiledOn) throw statusError(row);
  return step(db, actor, row, input.version, { reportFiledOn: input.filedOn, reportSummary: input.summary }, 'report_filed', null, { filedOn: input.filedOn });
}

