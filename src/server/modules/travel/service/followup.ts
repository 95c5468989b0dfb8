/** The office's follow-up of trips that owe something, reminders to the units, and the hold on a unit that does not answer. */
import type { z } from 'zod';
import type { followUpSchema, remindInputSchema, reminderSchema, unitHoldSchema } from '@shared/contracts/travel';
import { daysBetween } from '@shared/reference/dates';
import type { Db } from '@server/db/client';
import { can, type Actor } from '@server/platform/access/actor';
import { scopeOf } from '@server/platform/access/scope';
import { recordAudit } from '@server/platform/audit/audit';
import { AppError, notFound } from '@server/platform/http/errors';
import { orgUnitNames } from '@server/platform/org/org.service';
import { clock } from '@server/clock';
import { applicationsByIds, insertStep } from '../repository/applications';
import * as repo from '../repository/followup';
import { overdueKinds, reminderResolved } from '../travel.deadlines';
import { toReminder } from '../travel.presenter';
import { ruleInForce, type RuleVersionRow } from '../travel.rules';
import { ruleVersions } from './rules';

type Hold = z.infer<typeof unitHoldSchema>;
type ReminderOut = z.infer<typeof reminderSchema>;

const holdThreshold = (rules: Array<RuleVersionRow<unknown>>, today: string) =>
  (ruleInForce(rules, 'limits', today)?.params as { reminderHoldAfter?: number } | undefined)?.reminderHoldAfter ?? 0;

async function holdsFor(db: Db, actor: Actor, orgUnitIds: number[], rules: Array<RuleVersionRow<unknown>>, today: string): Promise<Map<number, Hold>> {
  const out = new Map<number, Hold>();
  if (!orgUnitIds.length) return out;
  const threshold = holdThreshold(rules, today);
  const reminders = await repo.remindersOfUnits(db, scopeOf(actor), orgUnitIds);
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
export async function unitHold(db: Db, actor: Actor, orgUnitId: number): Promise<Hold> {
  const today = clock.today();
  return (await holdsFor(db, actor, [orgUnitId], await ruleVersions(db), today)).get(orgUnitId)!;
}

/** The office's follow-up list: every overdue item in its tree, and the units with unanswered reminders. */
export async function followUp(db: Db, actor: Actor): Promise<z.infer<typeof followUpSchema>> {
  const today = clock.today();
  const scope = scopeOf(actor);
  const rules = await ruleVersions(db);
  const trips = await repo.openTrips(db, scope, today);
  const sent = await repo.reminderCounts(
    db,
    scope,
    trips.map((t) => t.id),
  );
  const sentBy = new Map(sent.map((x) => [`${x.applicationId}:${x.kind}`, x]));
  const overdue = trips.flatMap((t) => overdueKinds(t, rules, today).map((o) => ({ t, ...o })));
  const reminded = await repo.remindedUnits(db, scope);
  const unitIds = [...new Set([...overdue.map((o) => o.t.orgUnitId), ...reminded])];
  const [names, holds] = await Promise.all([orgUnitNames(db, unitIds, actor.locale), holdsFor(db, actor, unitIds, rules, today)]);
  return {
    today,
    overdue: overdue
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
      .map(({ t, kind, dueOn }) => {
        const s = sentBy.get(`${t.id}:${kind}`);
        return {
          applicationId: t.id,
          orgUnitId: t.orgUnitId,
          orgUnitName: names.get(t.orgUnitId) ?? '',
          task: t.task,
          kind,
          dueOn,
          daysOverdue: daysBetween(dueOn, today),
          remindersSent: Number(s?.n ?? 0),
          lastRemindedAt: s?.last ? new Date(s.last).toISOString() : null,
        };
      }),
    units: [...holds.values()].filter((h) => h.unanswered > 0).map((h) => ({ ...h, orgUnitName: names.get(h.orgUnitId) ?? '' })),
  };
}

/** Reminds units of overdue items in the caller's tree; an item that is not overdue is refused, not silently skipped. */
export async function sendReminders(db: Db, actor: Actor, input: z.output<typeof remindInputSchema>): Promise<{ sent: number }> {
  const today = clock.today();
  const rules = await ruleVersions(db);
  const trips = await applicationsByIds(db, scopeOf(actor), [...new Set(input.items.map((i) => i.applicationId))]);
  const values = input.items.map((item, i) => {
    const trip = trips.find((t) => t.id === item.applicationId);
    if (!trip) throw notFound();
    const due = overdueKinds(trip, rules, today).find((o) => o.kind === item.kind);
    if (!due) throw new AppError(400, 'err.validation', {}, [{ path: `items.${i}`, key: 'err.travelNotOverdue' }]);
    return { trip, kind: item.kind, dueOn: due.dueOn };
  });
  await db.transaction(async (tx) => {
    for (const v of values) {
      await repo.insertReminder(tx, {
        applicationId: v.trip.id,
        orgUnitId: v.trip.orgUnitId,
        kind: v.kind,
        dueOn: v.dueOn,
        message: input.message,
        sentBy: actor.userId,
        sentByName: actor.displayName,
      });
      await insertStep(tx, actor, v.trip, 'reminder', input.message, { kind: v.kind, dueOn: v.dueOn });
      await recordAudit(tx, actor, {
        action: 'travelReminder.send',
        entityType: 'travel_application',
        entityId: v.trip.id,
        orgUnitId: v.trip.orgUnitId,
        detail: { kind: v.kind, dueOn: v.dueOn },
      });
    }
  });
  return { sent: values.length };
}

/** A unit's reminders (newest first) and whether its applications are held; an office sees those it can reach. */
export async function myReminders(db: Db, actor: Actor): Promise<{ items: ReminderOut[]; hold: Hold | null }> {
  const rows = await repo.listReminders(db, scopeOf(actor));
  const items = rows.map(({ r, app }) => toReminder(r, app));
  const hold = can(actor, 'travel.apply') ? await unitHold(db, actor, actor.orgUnitId) : null;
  if (hold) hold.orgUnitName = (await orgUnitNames(db, [actor.orgUnitId], actor.locale)).get(actor.orgUnitId) ?? '';
  return { items, hold };
}

/** The unit has seen the reminder (seeing it does not resolve the item). */
export async function acknowledgeReminder(db: Db, actor: Actor, id: number): Promise<ReminderOut> {
  return db.transaction(async (tx) => {
    const seen = await repo.acknowledgeReminder(tx, scopeOf(actor), id);
    if (!seen) throw notFound();
    const { reminder } = seen;
    await recordAudit(tx, actor, {
      action: 'travelReminder.acknowledge',
      entityType: 'travel_application',
      entityId: reminder.applicationId,
      orgUnitId: reminder.orgUnitId,
      detail: { reminderId: id },
    });
    return toReminder(reminder, seen.app);
  });
}
