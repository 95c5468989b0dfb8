/** Follow-up after the trip: the overdue trips and every query of travel_reminders. */
import { and, desc, eq, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '@server/db/client';
import { inScope, type Scope } from '@server/platform/access/scope';
import { clock } from '@server/clock';
import { travelApplications, travelReminders } from '../travel.table';
import type { AppRow } from './applications';

export type ReminderRow = typeof travelReminders.$inferSelect;
const t = travelApplications;
const r = travelReminders;

/**
 * The scope's approved trips that may be overdue on `today`: a return not recorded after the planned return
 * (its due date is later still, so this is a superset), or passports or report past their due dates.
 */
export async function openTrips(db: Db, scope: Scope, today: string): Promise<AppRow[]> {
  return db
    .select()
    .from(t)
    .where(
      and(
        inScope(t.orgUnitId, scope),
        eq(t.status, 'approved'),
        isNull(t.archivedAt),
        or(
          and(isNull(t.actualReturn), sql`coalesce(${t.approvedReturn}, ${t.returnDate}) < ${today}`),
          and(isNotNull(t.actualReturn), isNull(t.passportsReturnedOn), lt(t.passportsDue, today)),
          and(isNotNull(t.actualReturn), isNull(t.reportFiledOn), lt(t.reportDue, today)),
        ),
      ),
    );
}

/** Every reminder sent to these units, with the application it is about (to tell whether it is answered). */
export async function remindersOfUnits(db: Db, scope: Scope, orgUnitIds: number[]) {
  if (!orgUnitIds.length) return [];
  return db
    .select({ orgUnitId: r.orgUnitId, kind: r.kind, app: t })
    .from(r)
    .innerJoin(t, eq(t.id, r.applicationId))
    .where(and(inArray(r.orgUnitId, orgUnitIds), inScope(r.orgUnitId, scope)));
}

/** How many reminders of each kind these applications had, and when the last went out. */
export async function reminderCounts(db: Db, scope: Scope, applicationIds: number[]) {
  if (!applicationIds.length) return [];
  return db
    .select({
      applicationId: r.applicationId,
      kind: r.kind,
      n: sql<number>`count(*)::int`,
      last: sql<string>`max(${r.sentAt})`,
    })
    .from(r)
    .where(and(inArray(r.applicationId, applicationIds), inScope(r.orgUnitId, scope)))
    .groupBy(r.applicationId, r.kind);
}

/** The units of the scope that were ever reminded. */
export async function remindedUnits(db: Db, scope: Scope): Promise<number[]> {
  const rows = await db.selectDistinct({ id: r.orgUnitId }).from(r).where(inScope(r.orgUnitId, scope));
  return rows.map((u) => u.id);
}

export async function insertReminder(tx: Db, values: typeof r.$inferInsert) {
  await tx.insert(r).values(values);
}

/** The scope's reminders, newest first, with their applications. */
export async function listReminders(db: Db, scope: Scope, limit = 200) {
  return db
    .select({ r, app: t })
    .from(r)
    .innerJoin(t, eq(t.id, r.applicationId))
    .where(inScope(r.orgUnitId, scope))
    .orderBy(desc(r.sentAt), desc(r.id))
    .limit(limit);
}

/** Marks a reminder of the scope seen (the first time only); null when there is none. */
export async function acknowledgeReminder(tx: Db, scope: Scope, id: number): Promise<{ reminder: ReminderRow; app: AppRow } | null> {
  const [reminder] = await tx
    .update(r)
    .set({ acknowledgedAt: sql`coalesce(${r.acknowledgedAt}, ${clock.now()})` })
    .where(and(eq(r.id, id), inScope(r.orgUnitId, scope)))
    .returning();
  if (!reminder) return null;
  const [app] = await tx.select().from(t).where(eq(t.id, reminder.applicationId));
  return { reminder, app };
}
