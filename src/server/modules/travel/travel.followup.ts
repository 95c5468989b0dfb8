import { and, desc, eq, inArray, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { followUpSchema, remindInputSchema, reminderSchema, unitHoldSchema } from '../../../shared/contracts/travel';
import { daysBetween } from '../../../shared/reference/dates';
import type { Db } from '../../db/client';
import { recordAudit } from '../../platform/audit/audit';
import { AppError, notFound } from '../../platform/http/errors';
import { orgUnitNames } from '../../platform/org/org.service';
import { can, type Actor } from '../../platform/access/actor';
import { inScope, scopeOf } from '../../platform/access/scope';
import { overdueKinds, reminderResolved } from './travel.deadlines';
import { ruleInForce, type RuleVersionRow } from './travel.rules';
import { asVersions, loadRules } from './travel.ruleset';
import { travelApplications, travelReminders, travelSteps } from './travel.table';
import { clock } from '../../clock';

type AppRow = typeof travelApplications.$inferSelect;
type Hold = z.infer<typeof unitHoldSchema>;

const holdThreshold = (rules: Array<RuleVersionRow<unknown>>, today: string) =>
  (ruleInForce(rules, 'limits', today)?.params as { reminderHoldAfter?: number } | undefined)?.reminderHoldAfter ?? 0;

/**
 * Approved trips that may be overdue on `today`: a return not recorded after the planned return (its due
 * date is later still, so this is a superset), or passports or report past their due dates.
 */
async function openTrips(db: Db, where: SQL, today: string): Promise<AppRow[]> {
  const t = travelApplications;
  return db.select().from(t).where(and(where, eq(t.status, 'approved'), isNull(t.archivedAt), or(
    and(isNull(t.actualReturn), sql`coalesce(${t.approvedReturn}, ${t.returnDate}) < ${today}`),
    and(isNotNull(t.actualReturn), isNull(t.passportsReturnedOn), lt(t.passportsDue, today)),
    and(isNotNull(t.actualReturn), isNull(t.reportFiledOn), lt(t.reportDue, today)),
  )));
}

async function holdsFor(db: Db, orgUnitIds: number[], rules: Array<RuleVersionRow<unknown>>, today: string): Promise<Map<number, Hold>> {
  const out = new Map<number, Hold>();
  if (!orgUnitIds.length) return out;
  const threshold = holdThreshold(rules, today);
  const reminders = await db.select({ orgUnitId: travelReminders.orgUnitId, kind: travelReminders.kind, app: travelApplications })
    .from(travelReminders).innerJoin(travelApplications, eq(travelApplications.id, travelReminders.applicationId))
    .where(inArray(travelReminders.orgUnitId, orgUnitIds));
  for (const id of orgUnitIds) out.set(id, { orgUnitId: id, orgUnitName: '', unanswered: 0, threshold, held: false });
  for (const r of reminders) {
    if (reminderResolved(r.app, r.kind)) continue;
    const h = out.get(r.orgUnitId)!;
    h.unanswered += 1;
    h.held = threshold > 0 && h.unanswered >= threshold;
  }
  return out;
}

/** Whether a unit's new applications are held: this many reminders about items still outstanding (0 in the rules = never). */
export async function unitHold(db: Db, orgUnitId: number): Promise<Hold> {
  const today = clock.today();
  const rules = asVersions(await loadRules(db));
  return (await holdsFor(db, [orgUnitId], rules, today)).get(orgUnitId)!;
}

/** The office's follow-up list: every overdue item in its tree, and the units with unanswered reminders. */
export async function followUp(db: Db, actor: Actor): Promise<z.infer<typeof followUpSchema>> {
  const today = clock.today();
  const rules = asVersions(await loadRules(db));
  const trips = await openTrips(db, inScope(travelApplications.orgUnitId, scopeOf(actor)), today);
  const ids = trips.map((t) => t.id);
  const sent = ids.length ? await db.select({
    applicationId: travelReminders.applicationId, kind: travelReminders.kind, n: sql<number>`count(*)::int`, last: sql<string>`max(${travelReminders.sentAt})`,
  }).from(travelReminders).where(inArray(travelReminders.applicationId, ids)).groupBy(travelReminders.applicationId, travelReminders.kind) : [];
  const sentBy = new Map(sent.map((x) => [`${x.applicationId}:${x.kind}`, x]));
  const overdue = trips.flatMap((t) => overdueKinds(t, rules, today).map((o) => ({ t, ...o })));
  const remindedUnits = await db.selectDistinct({ id: travelReminders.orgUnitId }).from(travelReminders).where(inScope(travelReminders.orgUnitId, scopeOf(actor)));
  const unitIds = [...new Set([...overdue.map((o) => o.t.orgUnitId), ...remindedUnits.map((u) => u.id)])];
  const [names, holds] = await Promise.all([orgUnitNames(db, unitIds, actor.locale), holdsFor(db, unitIds, rules, today)]);
  return {
    today,
    overdue: overdue.sort((a, b) => a.dueOn.localeCompare(b.dueOn)).map(({ t, kind, dueOn }) => {
      const s = sentBy.get(`${t.id}:${kind}`);
      return {
        applicationId: t.id, orgUnitId: t.orgUnitId, orgUnitName: names.get(t.orgUnitId) ?? '', task: t.task, kind, dueOn,
        daysOverdue: daysBetween(dueOn, today), remindersSent: Number(s?.n ?? 0), lastRemindedAt: s?.last ? new Date(s.last).toISOString() : null,
      };
    }),
    units: [...holds.values()].filter((h) => h.unanswered > 0).map((h) => ({ ...h, orgUnitName: names.get(h.orgUnitId) ?? '' })),
  };
}

/** Reminds units of overdue items in the caller's tree; an item that is not overdue is refused, not silently skipped. */
export async function sendReminders(db: Db, actor: Actor, input: z.output<typeof remindInputSchema>): Promise<{ sent: number }> {
  const today = clock.today();
  const rules = asVersions(await loadRules(db));
  const ids = [...new Set(input.items.map((i) => i.applicationId))];
  const trips = await db.select().from(travelApplications)
    .where(and(inArray(travelApplications.id, ids), inScope(travelApplications.orgUnitId, scopeOf(actor)), isNull(travelApplications.archivedAt)));
  const values = input.items.map((item, i) => {
    const trip = trips.find((t) => t.id === item.applicationId);
    if (!trip) throw notFound();
    const due = overdueKinds(trip, rules, today).find((o) => o.kind === item.kind);
    if (!due) throw new AppError(400, 'err.validation', {}, [{ path: `items.${i}`, key: 'err.travelNotOverdue' }]);
    return { trip, kind: item.kind, dueOn: due.dueOn };
  });
  await db.transaction(async (tx) => {
    for (const v of values) {
      await tx.insert(travelReminders).values({
        applicationId: v.trip.id, orgUnitId: v.trip.orgUnitId, kind: v.kind, dueOn: v.dueOn, message: input.message, sentBy: actor.userId, sentByName: actor.displayName,
      });
      await tx.insert(travelSteps).values({
        applicationId: v.trip.id, orgUnitId: v.trip.orgUnitId, kind: 'reminder', actorId: actor.userId, actorName: actor.displayName,
        actorOrgUnitId: actor.orgUnitId, comment: input.message, detail: { kind: v.kind, dueOn: v.dueOn },
      });
      await recordAudit(tx, actor, { action: 'travelReminder.send', entityType: 'travel_application', entityId: v.trip.id, orgUnitId: v.trip.orgUnitId, detail: { kind: v.kind, dueOn: v.dueOn } });
    }
  });
  return { sent: values.length };
}

type ReminderOut = z.infer<typeof reminderSchema>;

/** A unit's reminders (newest first) and whether its applications are held; an office sees those it can reach. */
export async function myReminders(db: Db, actor: Actor): Promise<{ items: ReminderOut[]; hold: Hold | null }> {
  const rows = await db.select({ r: travelReminders, app: travelApplications }).from(travelReminders)
    .innerJoin(travelApplications, eq(travelApplications.id, travelReminders.applicationId))
    .where(inScope(travelReminders.orgUnitId, scopeOf(actor))).orderBy(desc(travelReminders.sentAt), desc(travelReminders.id)).limit(200);
  const items = rows.map(({ r, app }) => ({
    id: r.id, applicationId: r.applicationId, orgUnitId: r.orgUnitId, task: app.task, kind: r.kind as ReminderOut['kind'], dueOn: r.dueOn,
    message: r.message, sentAt: r.sentAt.toISOString(), sentBy: r.sentByName, acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null,
    resolved: reminderResolved(app, r.kind),
  }));
  const hold = can(actor, 'travel.apply') ? await unitHold(db, actor.orgUnitId) : null;
  if (hold) hold.orgUnitName = (await orgUnitNames(db, [actor.orgUnitId], actor.locale)).get(actor.orgUnitId) ?? '';
  return { items, hold };
}

/** The unit has seen the reminder (seeing it does not resolve the item). */
export async function acknowledgeReminder(db: Db, actor: Actor, id: number): Promise<ReminderOut> {
  return db.transaction(async (tx) => {
    const [updated] = await tx.update(travelReminders).set({ acknowledgedAt: sql`coalesce(${travelReminders.acknowledgedAt}, ${clock.now()})` })
      .where(and(eq(travelReminders.id, id), inScope(travelReminders.orgUnitId, scopeOf(actor)))).returning();
    if (!updated) throw notFound();
    await recordAudit(tx, actor, { action: 'travelReminder.acknowledge', entityType: 'travel_application', entityId: updated.applicationId, orgUnitId: updated.orgUnitId, detail: { reminderId: id } });
    const [app] = await tx.select().from(travelApplications).where(eq(travelApplications.id, updated.applicationId));
    return {
      id: updated.id, applicationId: updated.applicationId, orgUnitId: updated.orgUnitId, task: app.task, kind: updated.kind as ReminderOut['kind'],
      dueOn: updated.dueOn, message: updated.message, sentAt: updated.sentAt.toISOString(), sentBy: updated.sentByName,
      acknowledgedAt: updated.acknowledgedAt?.toISOString() ?? null, resolved: reminderResolved(app, updated.kind),
    };
  });
}

