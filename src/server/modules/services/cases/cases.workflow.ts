/**
 * A case's way through the window: each step checks the caller and the stage (cases.policy.ts) and the version the
 * caller saw, writes its history row, its status, its audit event and the due date the clock now gives, and calls
 * the kind's hooks, all in one transaction.
 */
import type { CaseKind } from '@shared/contracts/services';
import type { CaseUpdate } from '@shared/contracts/services-cases';
import type { Role } from '@shared/contracts/auth';
import { clock } from '@server/clock';
import type { Db } from '@server/db/client';
import { can, type Actor } from '@server/platform/access/actor';
import { permissionsOf } from '@server/platform/access/roles';
import { scopeOf } from '@server/platform/access/scope';
import type { AuditAction } from '@server/platform/audit/events';
import { workingCalendar } from '@server/platform/calendar/calendar.service';
import { AppError, fieldError, notFound, refusingDuplicates } from '@server/platform/http/errors';
import { KIND_HOOKS } from '../kinds';
import { caseClock, type CaseClock, type ClockEvent } from './cases.clock';
import { casePolicy, type CaseFacts } from './cases.policy';
import * as repo from './cases.repository';
import type { CaseEventRow, CaseRow } from './cases.repository';
import { findCase } from './cases.service';
import { checklistOf, kindSettings } from './settings.service';

/** The prefix of a kind's case numbers (受理编号): YQ-2026-0001. */
const NUMBER_PREFIX: Record<CaseKind, string> = { invitation: 'YQ', apec: 'APEC', legalization: 'RZ', visa: 'QZ' };

/** An extension asked for and not approved yet: the last `extend` with no approval after it. */
export function pendingExtension(events: readonly Pick<CaseEventRow, 'step' | 'detail' | 'reason' | 'onDate'>[]) {
  let pending: { days: number; reason: string | null; onDate: string } | null = null;
  for (const e of events) {
    if (e.step === 'extend') pending = { days: Number((e.detail as { days?: number }).days ?? 0), reason: e.reason, onDate: e.onDate };
    if (e.step === 'approve-extension') pending = null;
  }
  return pending;
}

export const factsOf = (row: CaseRow, events: readonly CaseEventRow[]): CaseFacts => ({ status: row.status, pendingExtension: !!pendingExtension(events) });

/** The clock of a case with its history as given (the steps' own new row included when a step is on its way). */
export async function clockOf(db: Db, row: CaseRow, events: readonly ClockEvent[], today = clock.today()): Promise<CaseClock> {
  const [settings, calendar] = await Promise.all([kindSettings(db, row.kind as CaseKind), workingCalendar(db)]);
  return caseClock(events, settings, row.urgency, calendar, today);
}

/** A case of the caller's subtree of the given kind, else 404: what a kind's own routes check first. */
export async function caseForKind(db: Db, actor: Actor, id: number, kind: CaseKind): Promise<CaseRow> {
  const row = await findCase(db, actor, id);
  if (row.kind !== kind) throw notFound();
  return row;
}

/** Refuses (409 at the wrong stage, 403 without the permission) unless the caller may still edit the draft. */
export function assertDraftEditable(actor: Actor, row: CaseRow): void {
  casePolicy.authorize(actor, 'edit', { status: row.status, pendingExtension: false });
}

const camel = (step: string) => step.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

interface StepSpec {
  step: string;
  version: number;
  to?: string;
  changes?: Partial<CaseRow>;
  reason?: string | null;
  detail?: Record<string, unknown>;
  also?: (tx: Db, saved: CaseRow) => Promise<void>;
}

/** Writes one step: status, due date, history row, audit event and the kind's hook, together or not at all. */
async function step(db: Db, actor: Actor, row: CaseRow, events: readonly CaseEventRow[], s: StepSpec): Promise<CaseRow> {
  const onDate = clock.today();
  const detail = s.detail ?? {};
  const timed = await clockOf(db, row, [...events, { step: s.step, onDate, detail }], onDate);
  const changes: Partial<CaseRow> = { ...s.changes, ...(s.to ? { status: s.to } : {}), dueOn: timed.dueOn };
  const reason = s.reason ?? null;
  const action = `serviceCase.${camel(s.step)}` as AuditAction;
  return saveCase(db, actor, row, s.version, changes, action, {
    detail: { reason, dueOn: timed.dueOn, ...detail } as never,
    alsoInTransaction: async (tx, saved) => {
      await repo.insertCaseEvent(tx, {
        caseId: row.id,
        step: s.step,
        fromStatus: row.status,
        toStatus: saved.status,
        onDate,
        actorId: actor.userId,
        reason,
        detail,
      });
      await s.also?.(tx, saved);
    },
  });
}

const saveCase = repo.saveCase;

async function loaded(db: Db, actor: Actor, id: number) {
  const row = await findCase(db, actor, id);
  const events = await repo.listCaseEvents(db, scopeOf(actor), id);
  return { row, events, facts: factsOf(row, events) };
}

/** The draft's own fields. */
export async function updateCase(db: Db, actor: Actor, id: number, body: CaseUpdate): Promise<CaseRow> {
  const { row } = await loaded(db, actor, id);
  assertDraftEditable(actor, row);
  const { version, ...changes } = body;
  return saveCase(db, actor, row, version, changes as Partial<CaseRow>, 'serviceCase.update');
}

async function nextNumber(db: Db, kind: CaseKind): Promise<string> {
  const prefix = `${NUMBER_PREFIX[kind]}-${clock.today().slice(0, 4)}-`;
  const last = await repo.findLastCaseNumber(db, prefix);
  const seq = last ? Number(last.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(seq).padStart(4, '0')}`;
}

export interface StepBody {
  version: number;
  note?: string;
  reason?: string;
  missingItemIds?: number[];
  text?: string;
  days?: number;
  assigneeId?: number;
}

async function assignee(db: Db, actor: Actor, id: number | undefined): Promise<number> {
  if (!id || id === actor.userId) return actor.userId;
  const user = await repo.findUserInScope(db, scopeOf(actor), id);
  if (!user) throw fieldError('assigneeId', 'err.notFound');
  if (!permissionsOf(user.role as Role).includes('services.handle')) throw fieldError('assigneeId', 'svc.case.assigneeNotStaff');
  return user.id;
}

/** One step of the case, by its route name; answers the saved case. */
export async function takeStep(db: Db, actor: Actor, id: number, name: string, body: StepBody): Promise<CaseRow> {
  const { row, events, facts } = await loaded(db, actor, id);
  const action = camel(name) as Parameters<typeof casePolicy.authorize>[1];
  casePolicy.authorize(actor, action, facts);
  const hooks = KIND_HOOKS[row.kind as CaseKind];
  const today = clock.today();
  const base = { step: name, version: body.version };
  switch (name) {
    case 'submit': {
      const problems = (await hooks.submitProblems?.(db, row)) ?? [];
      if (problems.length) {
        throw new AppError(
          400,
          'svc.case.submitProblems',
          { count: problems.length },
          problems.map((p) => ({ path: p.path ?? '', key: p.key, params: p.params })),
        );
      }
      const number = row.number ?? (await nextNumber(db, row.kind as CaseKind));
      return refusingDuplicates(() => step(db, actor, row, events, { ...base, to: 'submitted', changes: { number, submittedOn: today }, detail: { number } }), {
        service_cases_number_idx: () => new AppError(409, 'err.conflict'),
      });
    }
    case 'accept':
      return step(db, actor, row, events, {
        ...base,
        to: 'accepted',
        changes: { acceptedOn: today, assigneeId: row.assigneeId ?? actor.userId },
        reason: body.note,
      });
    case 'notice': {
      const ids = [...new Set(body.missingItemIds ?? [])];
      const live = new Set((await checklistOf(db, row.kind as CaseKind)).map((i) => i.id));
      const unknown = ids.find((i) => !live.has(i));
      if (unknown) throw fieldError('missingItemIds', 'svc.case.unknownItem', { id: unknown });
      return step(db, actor, row, events, { ...base, to: 'noticed', reason: body.text ?? null, detail: { missingItemIds: ids, text: body.text ?? null } });
    }
    case 'answer': {
      const notice = [...events].reverse().find((e) => e.step === 'notice');
      return step(db, actor, row, events, { ...base, to: notice?.fromStatus ?? 'submitted', reason: body.note });
    }
    case 'extend':
      return step(db, actor, row, events, { ...base, reason: body.reason, detail: { days: body.days } });
    case 'approve-extension':
      return step(db, actor, row, events, { ...base, detail: { days: pendingExtension(events)!.days } });
    case 'assign': {
      const to = await assignee(db, actor, body.assigneeId);
      return step(db, actor, row, events, { ...base, changes: { assigneeId: to }, detail: { assigneeId: to } });
    }
    case 'issue':
      return step(db, actor, row, events, {
        ...base,
        to: 'issued',
        changes: { decidedOn: today, resultNote: body.note ?? row.resultNote },
        reason: body.note,
        also: (tx, saved) => hooks.onIssued?.(tx, actor, saved) ?? Promise.resolve(),
      });
    case 'refuse':
      return step(db, actor, row, events, {
        ...base,
        to: 'refused',
        changes: { decidedOn: today, resultNote: body.reason },
        reason: body.reason,
        also: ended(hooks, actor),
      });
    case 'withdraw':
      // The office ends someone else's case only with a reason the applicant will read.
      if (can(actor, 'services.handle') && !body.reason) throw fieldError('reason', 'err.required');
      return step(db, actor, row, events, { ...base, to: 'withdrawn', reason: body.reason, also: ended(hooks, actor) });
    case 'close':
      return step(db, actor, row, events, { ...base, to: 'closed', changes: { closedOn: today }, reason: body.note });
    default:
      throw notFound();
  }
}

const ended = (hooks: (typeof KIND_HOOKS)[CaseKind], actor: Actor) => (tx: Db, saved: CaseRow) => hooks.onEnded?.(tx, actor, saved) ?? Promise.resolve();
