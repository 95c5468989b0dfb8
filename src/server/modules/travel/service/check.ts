/** The rule check of applications, with everything it reads gathered in a fixed number of queries. */
import type { Locale } from '@shared/contracts/common';
import type { CheckResult } from '@shared/contracts/travel';
import type { Db } from '@server/db/client';
import type { Scope } from '@server/platform/access/scope';
import { workingCalendar } from '@server/platform/calendar/calendar.service';
import { AppError } from '@server/platform/http/errors';
import { planFacts } from '../repository/check';
import type { AppRow } from '../repository/applications';
import { checkOne, planContext } from '../travel.check';
import type { RuleVersionRow, TripToCheck } from '../travel.rules';
import { ruleVersions } from './rules';

export interface Subject {
  id?: number;
  orgUnitId: number;
  trip: TripToCheck;
}

/**
 * The checks of a batch of applications: the rule versions, the units' plans and plan items, and which
 * other applications already draw on those items, read once for the whole batch.
 */
export async function checkAll(db: Db, scope: Scope, locale: Locale, subjects: Subject[], loaded?: Array<RuleVersionRow<unknown>>): Promise<CheckResult[]> {
  if (!subjects.length) return [];
  const versions = loaded ?? (await ruleVersions(db));
  const calendar = await workingCalendar(db);
  const facts = await planFacts(
    db,
    scope,
    subjects.map((s) => ({ orgUnitId: s.orgUnitId, year: s.trip.year, planItemId: s.trip.planItemId })),
  );
  return subjects.map((s) => checkOne(versions, s.trip, planContext(facts, s), locale, calendar));
}

/** Blocking findings as field errors, so the form marks each field; warnings never block. */
export async function assertNoBlocking(
  db: Db,
  scope: Scope,
  locale: Locale,
  row: AppRow,
  trip: TripToCheck,
  action: 'submit' | 'approve',
): Promise<CheckResult> {
  const [result] = await checkAll(db, scope, locale, [{ id: row.id, orgUnitId: row.orgUnitId, trip }]);
  const blocking = result.findings.filter((f) => f.severity === 'block');
  if (!blocking.length) return result;
  throw new AppError(
    400,
    action === 'submit' ? 'err.travelBlockingSubmit' : 'err.travelBlockingApprove',
    { count: blocking.length },
    blocking.map((f) => ({ path: f.path, key: 'err.travelFinding' as const, params: { message: f.message } })),
  );
}
