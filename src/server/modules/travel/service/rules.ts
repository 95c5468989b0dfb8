/** The rules as data: loading (seeding a new installation), the versions in force, editing, and the publicity end they imply. */
import type { z } from 'zod';
import type { RuleInput, RuleKind, RuleVersion, ruleUpdateSchema } from '@shared/contracts/travel';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { CalendarNotCovered } from '@server/platform/calendar/calendar';
import { workingCalendar } from '@server/platform/calendar/calendar.service';
import { fieldError, notFound, refusingDuplicates } from '@server/platform/http/errors';
import { clock } from '@server/clock';
import { addRule, allRules, findRule, rootUnitId, ruleDateTaken, saveRule, seedRules, type RuleRow } from '../repository/rules';
import { rulePolicy } from '../travel.policy';
import { toRuleVersions } from '../travel.presenter';
import { DEFAULT_RULES, asVersions, dateTaken, parseRuleParams, rulesInForce } from '../travel.ruleset';

/** Every stored version, seeding the defaults the first time any are needed. */
export async function loadRules(db: Db): Promise<RuleRow[]> {
  const rows = await allRules(db);
  if (rows.length) return rows;
  const root = await rootUnitId(db);
  if (root == null) return [];
  await seedRules(db, DEFAULT_RULES, root);
  return allRules(db);
}

/** Every version as stored, for the rule functions. */
export const ruleVersions = async (db: Db) => asVersions(await loadRules(db));

/** The three rule kinds in force on a date. */
export async function rulesOn(db: Db, date: string) {
  return rulesInForce(await ruleVersions(db), date);
}

/** The versions as the rules page lists them. */
export async function listRuleVersions(db: Db): Promise<RuleVersion[]> {
  return toRuleVersions(await loadRules(db), clock.today());
}

const ruleKeeper = async (db: Db, actor: Actor) => rulePolicy.authorize(actor, 'edit', { rootUnitId: await rootUnitId(db) });
const uniqueDate = (date: string) => ({ travel_rules_kind_from_idx: () => dateTaken(date) });

/** A new version of a kind, taking effect on its date; the page receives it as listed. */
export async function createRule(db: Db, actor: Actor, input: RuleInput): Promise<RuleVersion> {
  await ruleKeeper(db, actor);
  await loadRules(db);
  if (await ruleDateTaken(db, input.kind, input.effectiveFrom)) throw dateTaken(input.effectiveFrom);
  await refusingDuplicates(() => addRule(db, actor, { ...input, orgUnitId: actor.orgUnitId }, 'travelRule.create'), uniqueDate(input.effectiveFrom));
  return (await listRuleVersions(db)).find((r) => r.kind === input.kind && r.effectiveFrom === input.effectiveFrom)!;
}

/** An edit of a version made on `version`; its parameters must fit its kind. */
export async function updateRule(db: Db, actor: Actor, id: number, input: z.output<typeof ruleUpdateSchema>): Promise<RuleVersion> {
  await ruleKeeper(db, actor);
  const current = await findRule(db, id);
  if (!current) throw notFound();
  const params = parseRuleParams(current.kind as RuleKind, input.params);
  if (input.effectiveFrom !== current.effectiveFrom && (await ruleDateTaken(db, current.kind, input.effectiveFrom))) throw dateTaken(input.effectiveFrom);
  const changes = { effectiveFrom: input.effectiveFrom, documentNumber: input.documentNumber, title: input.title, params };
  const saved = await refusingDuplicates(() => saveRule(db, actor, current, input.version, changes, 'travelRule.update'), uniqueDate(input.effectiveFrom));
  return (await listRuleVersions(db)).find((r) => r.id === saved.id)!;
}

/** Where no limits are in force (a new installation before its rules are seeded): the national rule's five. */
const DEFAULT_PUBLICITY_DAYS = 5;

/**
 * The end of the publicity: `days` working days, or as many as the limits in force on the departure date
 * (else on the start) require, counted on the office's working-day calendar.
 */
export async function publicityEnd(db: Db, q: { start: string; departDate?: string; days?: number }) {
  const { start, departDate } = q;
  const limits = q.days == null ? (await rulesOn(db, departDate ?? start)).limits : null;
  const days = q.days ?? limits?.params.publicityWorkingDays ?? DEFAULT_PUBLICITY_DAYS;
  const calendar = await workingCalendar(db);
  try {
    const end = days > 0 ? calendar.workingDaysEnd(start, days) : start;
    return { start, end, workingDays: days > 0 ? calendar.workingDaysBetween(start, end) : 0, days, documentNumber: limits?.documentNumber ?? null };
  } catch (err) {
    if (!(err instanceof CalendarNotCovered)) throw err;
    throw fieldError('start', 'err.calendarNotCovered', { year: err.year });
  }
}
