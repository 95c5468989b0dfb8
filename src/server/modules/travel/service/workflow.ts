/** The application's way through the office: submit, withdraw, cancel, the office's review and a leader's decision. */
import type { z } from 'zod';
import type { ReviewAction, leaderDecisionSchema } from '@shared/contracts/travel';
import { daysBetween } from '@shared/reference/dates';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { scopeOf } from '@server/platform/access/scope';
import { AppError } from '@server/platform/http/errors';
import { clock } from '@server/clock';
import { insertStep, saveApplication, type AppRow } from '../repository/applications';
import { approvedShape, tripOf } from '../travel.check';
import { applicationPolicy, type ReviewPolicyAction } from '../travel.policy';
import { loadForPolicy } from './applications';
import { assertNoBlocking } from './check';
import { unitHold } from './followup';

type Changes = Partial<AppRow>;

/** One workflow step: the change, its history row and its audit event in one transaction, on the version the caller saw. */
export async function step(
  db: Db,
  actor: Actor,
  row: AppRow,
  version: number,
  changes: Changes,
  kind: Parameters<typeof insertStep>[3],
  comment: string | null = null,
  detail: Record<string, unknown> | null = null,
  also?: (tx: Db) => Promise<void>,
): Promise<AppRow> {
  return saveApplication(db, actor, row, version, changes, `travelApplication.${kind}`, {
    detail: { comment, ...detail },
    alsoInTransaction: async (tx) => {
      await insertStep(tx, actor, row, kind, comment, detail);
      await also?.(tx);
    },
  });
}

const now = () => ({ at: clock.now(), on: clock.today() });

/** To the office: refused while the unit is held for unanswered reminders, or while a rule blocks it. */
export async function submitApplication(db: Db, actor: Actor, id: number, version: number): Promise<AppRow> {
  const { row, facts } = await loadForPolicy(db, actor, id);
  applicationPolicy.authorize(actor, 'submit', facts);
  const hold = await unitHold(db, actor, row.orgUnitId);
  if (hold.held) throw new AppError(423, 'err.travelUnitHeld', { count: hold.unanswered });
  await assertNoBlocking(db, scopeOf(actor), actor.locale, row, tripOf(row), 'submit');
  const t = now();
  return step(db, actor, row, version, { status: 'submitted', submittedAt: t.at, firstSubmittedOn: row.firstSubmittedOn ?? t.on }, 'submit');
}

/** Back to a draft before the office has acted on it. */
export async function withdrawApplication(db: Db, actor: Actor, id: number, version: number): Promise<AppRow> {
  const { row, facts } = await loadForPolicy(db, actor, id);
  applicationPolicy.authorize(actor, 'withdraw', facts);
  return step(db, actor, row, version, { status: 'draft' }, 'withdraw');
}

/** Called off before the trip, with the reason. */
export async function cancelApplication(db: Db, actor: Actor, id: number, version: number, reason: string): Promise<AppRow> {
  const { row, facts } = await loadForPolicy(db, actor, id);
  applicationPolicy.authorize(actor, 'cancel', facts);
  return step(db, actor, row, version, { status: 'cancelled' }, 'cancel', reason);
}

/** What approving with changes means: members taken off by index, dates shortened within those applied for. */
function approvalChanges(row: AppRow, action: Extract<ReviewAction, { action: 'approve' }>): Changes {
  const members = row.members as Array<{ name: string }>;
  for (const i of action.removeMembers)
    if (i >= members.length) throw new AppError(400, 'err.validation', {}, [{ path: `removeMembers`, key: 'err.travelMemberIndex', params: { index: i + 1 } }]);
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

const POLICY_ACTION: Record<ReviewAction['action'], ReviewPolicyAction> = {
  approve: 'approve',
  return: 'return',
  refuse: 'refuse',
  forward: 'forward',
  record_decision: 'recordDecision',
};

/** The office's review: approve (possibly shrunk), return for changes, refuse, forward upward, or record the upper decision. */
export async function reviewApplication(db: Db, actor: Actor, id: number, action: ReviewAction): Promise<AppRow> {
  const { row, facts } = await loadForPolicy(db, actor, id);
  applicationPolicy.authorize(actor, POLICY_ACTION[action.action], facts);
  const t = now();
  switch (action.action) {
    case 'approve': {
      const changes = approvalChanges(row, action);
      const shaped = { ...row, ...changes } as AppRow;
      const result = await assertNoBlocking(db, scopeOf(actor), actor.locale, row, approvedShape(shaped), 'approve');
      if (result.approverLevel === 'upward') throw new AppError(400, 'err.travelNeedsForward');
      const final = result.approverLevel === 'office';
      const detail = { removedMembers: changes.removedMembers, daysCut: changes.daysCut, approverLevel: result.approverLevel };
      return step(
        db,
        actor,
        row,
        action.version,
        {
          ...changes,
          status: final ? 'approved' : 'leader_review',
          reviewedByOrgUnitId: actor.orgUnitId,
          decisionComment: action.comment,
          ...(final ? { decidedAt: t.at, decidedOn: t.on } : {}),
        },
        'approve',
        action.comment,
        detail,
      );
    }
    case 'return':
      return step(db, actor, row, action.version, { status: 'returned', decisionComment: action.comment }, 'return', action.comment);
    case 'refuse':
      return step(
        db,
        actor,
        row,
        action.version,
        { status: 'refused', decisionComment: action.comment, decidedAt: t.at, decidedOn: t.on },
        'refuse',
        action.comment,
      );
    case 'forward':
      return step(
        db,
        actor,
        row,
        action.version,
        {
          status: 'forwarded',
          forwardedOn: action.forwardedOn,
          forwardedTo: action.forwardedTo,
          forwardedByOrgUnitId: actor.orgUnitId,
        },
        'forward',
        action.comment,
        { forwardedOn: action.forwardedOn, forwardedTo: action.forwardedTo },
      );
    case 'record_decision':
      return step(
        db,
        actor,
        row,
        action.version,
        {
          status: action.decision,
          decisionDocNo: action.decisionDocNo,
          decisionComment: action.comment,
          decidedAt: t.at,
          decidedOn: t.on,
        },
        'record_decision',
        action.comment,
        { decision: action.decision, decisionDocNo: action.decisionDocNo },
      );
  }
}

const reasonRequired = () => new AppError(400, 'err.validation', {}, [{ path: 'comment', key: 'err.reasonRequired' }]);

/** A leader's approval where the delegation's rank requires it: approve, return to the office, or refuse (with a reason). */
export async function leaderDecision(db: Db, actor: Actor, id: number, input: z.output<typeof leaderDecisionSchema>): Promise<AppRow> {
  const { row, facts } = await loadForPolicy(db, actor, id);
  applicationPolicy.authorize(actor, 'decide', facts);
  const t = now();
  if (input.decision === 'approve') {
    await assertNoBlocking(db, scopeOf(actor), actor.locale, row, approvedShape(row), 'approve');
    return step(db, actor, row, input.version, { status: 'approved', decidedAt: t.at, decidedOn: t.on }, 'leader_approve', input.comment);
  }
  if (input.decision === 'refuse') {
    if (!input.comment) throw reasonRequired();
    return step(
      db,
      actor,
      row,
      input.version,
      { status: 'refused', decisionComment: input.comment, decidedAt: t.at, decidedOn: t.on },
      'leader_refuse',
      input.comment,
    );
  }
  if (!input.comment) throw reasonRequired();
  return step(db, actor, row, input.version, { status: 'submitted', decisionComment: input.comment }, 'leader_return', input.comment);
}
