/** The queue's SQL: the cases of the caller's subtree as filtered, the bell's counts, and the open clocks to recompute. */
import { and, asc, count, desc, eq, gte, ilike, inArray, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { CaseFilter } from '@shared/contracts/services-cases';
import type { Db } from '@server/db/client';
import { escapeLike, inScope, type Scope } from '@server/platform/access/scope';
import { users } from '@server/platform/platform.table';
import { serviceCaseEvents, serviceCases } from './cases.table';
import type { CaseEventRow, CaseRow } from './cases.repository';

const OPEN = ['submitted', 'noticed', 'accepted'];
/** The statuses whose stored due date runs: accepted (the promise) and submitted (the acceptance stage, where set). */
const TIMED = ['submitted', 'accepted'];

/** Where the queue's clock views look: per kind, the last due date that is yellow today. */
export interface QueueWindow {
  today: string;
  userId: number;
  horizons: Record<string, string | null>;
}

function dueSoon(w: QueueWindow): SQL {
  const perKind = Object.entries(w.horizons)
    .filter(([, h]) => h)
    .map(([kind, h]) => and(eq(serviceCases.kind, kind), lte(serviceCases.dueOn, h!))!);
  return and(inArray(serviceCases.status, TIMED), gte(serviceCases.dueOn, w.today), perKind.length ? or(...perKind) : sql`false`)!;
}

/** The last `extend` of the case has no `approve-extension` after it (as pendingExtension() reads the history). */
function extensionPending(): SQL {
  return sql`exists (select 1 from ${serviceCaseEvents} asked where asked.case_id = ${serviceCases.id} and asked.step = 'extend'
    and not exists (select 1 from ${serviceCaseEvents} approved where approved.case_id = asked.case_id and approved.step = 'approve-extension' and approved.id > asked.id))`;
}

function conditions(scope: Scope, f: CaseFilter, w: QueueWindow): SQL {
  const c: Array<SQL | undefined> = [inScope(serviceCases.orgUnitId, scope), isNull(serviceCases.archivedAt)];
  if (f.view === 'mine') c.push(eq(serviceCases.assigneeId, w.userId));
  if (f.view === 'unassigned') c.push(isNull(serviceCases.assigneeId), inArray(serviceCases.status, OPEN));
  if (f.view === 'due_soon') c.push(dueSoon(w));
  if (f.view === 'overdue') c.push(inArray(serviceCases.status, TIMED), lt(serviceCases.dueOn, w.today));
  if (f.view === 'extension') c.push(eq(serviceCases.status, 'accepted'), extensionPending());
  if (f.kind) c.push(eq(serviceCases.kind, f.kind));
  if (f.status) c.push(eq(serviceCases.status, f.status));
  if (f.unitId) c.push(eq(serviceCases.unitId, f.unitId));
  if (f.from) c.push(gte(serviceCases.submittedOn, f.from));
  if (f.to) c.push(lte(serviceCases.submittedOn, f.to));
  if (f.q) {
    const p = `%${escapeLike(f.q)}%`;
    c.push(or(ilike(serviceCases.number, p), ilike(serviceCases.applicantName, p), ilike(serviceCases.title, p), ilike(serviceCases.contactName, p)));
  }
  return and(...c)!;
}

export type QueueRowData = CaseRow & { assigneeName: string | null };

/** A page of the queue (all rows when `limit` is null), the due date first (nearest first, none last). */
export async function listQueue(db: Db, scope: Scope, f: CaseFilter, w: QueueWindow, page: { offset: number; limit: number }) {
  const where = conditions(scope, f, w);
  const [rows, [{ n }]] = await Promise.all([
    db
      .select({ c: serviceCases, assigneeName: users.displayName })
      .from(serviceCases)
      .leftJoin(users, eq(users.id, serviceCases.assigneeId))
      .where(where)
      .orderBy(sql`${serviceCases.dueOn} asc nulls last`, desc(serviceCases.id))
      .offset(page.offset)
      .limit(page.limit),
    db.select({ n: count() }).from(serviceCases).where(where),
  ]);
  return { rows: rows.map((r): QueueRowData => ({ ...r.c, assigneeName: r.assigneeName })), total: n };
}

/** The bell's counts in the caller's subtree. */
export async function countAlerts(db: Db, scope: Scope, w: QueueWindow) {
  const base = and(inScope(serviceCases.orgUnitId, scope), isNull(serviceCases.archivedAt), inArray(serviceCases.status, TIMED));
  const n = async (c: SQL) => (await db.select({ n: count() }).from(serviceCases).where(and(base, c)))[0].n;
  const soon = dueSoon(w);
  return {
    dueToday: await n(eq(serviceCases.dueOn, w.today)),
    warning: await n(and(soon, sql`${serviceCases.dueOn} > ${w.today}`)!),
    overdue: await n(lt(serviceCases.dueOn, w.today)),
  };
}

/**
 * Every case whose clock runs or waits (submitted, noticed or accepted: a submitted case's acceptance stage runs where
 * its kind has a limit for it), across the installation, for a recompute.
 */
export async function listRunningCases(db: Db): Promise<CaseRow[]> {
  return db
    .select()
    .from(serviceCases)
    .where(and(inArray(serviceCases.status, OPEN), isNull(serviceCases.archivedAt)))
    .orderBy(asc(serviceCases.id));
}

/** The histories of the cases a recompute has just read. */
export async function listEventsOfCases(db: Db, ids: number[]): Promise<CaseEventRow[]> {
  if (!ids.length) return [];
  const rows = await db.select().from(serviceCaseEvents).where(inArray(serviceCaseEvents.caseId, ids)).orderBy(asc(serviceCaseEvents.id));
  return rows.map((e) => ({ ...e, actorName: null }));
}
