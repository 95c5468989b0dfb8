/** Applications: reading them as the page shows them, the list, a new draft, an edit, and the live check of a form. */
import type { z } from 'zod';
import type {
  Application,
  ApplicationInput,
  ApplicationSummary,
  CheckResult,
  OVERDUE_KINDS,
  Step,
  applicationListQuerySchema,
  applicationUpdateSchema,
} from '@shared/contracts/travel';
import { toAlpha3 } from '@shared/reference/countries';
import type { Db } from '@server/db/client';
import { can, type Actor } from '@server/platform/access/actor';
import { scopeOf } from '@server/platform/access/scope';
import { recordAudit } from '@server/platform/audit/audit';
import { fieldError, notFound } from '@server/platform/http/errors';
import { findOrgUnit, orgUnitNames } from '@server/platform/org/org.service';
import { clock } from '@server/clock';
import * as repo from '../repository/applications';
import type { AppRow } from '../repository/applications';
import { isOwnPlanItem } from '../repository/plans';
import { approvedShape, normalizeInput, tripOf } from '../travel.check';
import { overdueKinds } from '../travel.deadlines';
import { applicationPolicy, type ApplicationFacts } from '../travel.policy';
import { applicationFacts, toApplication, toStep, toSummary } from '../travel.presenter';
import { checkAll } from './check';
import { loadRules } from './rules';

type ListQuery = z.output<typeof applicationListQuerySchema>;

/** An application the caller may see (a live one of their subtree), else 404. */
export async function findApplication(db: Db, actor: Actor, id: number): Promise<AppRow> {
  const row = await repo.findApplication(db, scopeOf(actor), id);
  if (!row) throw notFound();
  return row;
}

/** The application with the facts its policy decides on. */
export async function loadForPolicy(db: Db, actor: Actor, id: number): Promise<{ row: AppRow; facts: ApplicationFacts }> {
  const row = await findApplication(db, actor, id);
  return { row, facts: applicationFacts(row, await repo.officePaths(db, [row])) };
}

/** The applications as the page shows them: unit names, the rule check, what is overdue and what the caller may do. */
export async function presentApplications(db: Db, actor: Actor, rows: AppRow[]): Promise<Application[]> {
  const rules = await loadRules(db);
  const [names, checks, paths] = await Promise.all([
    orgUnitNames(
      db,
      rows.map((r) => r.orgUnitId),
      actor.locale,
    ),
    checkAll(
      db,
      scopeOf(actor),
      actor.locale,
      rows.map((r) => ({ id: r.id, orgUnitId: r.orgUnitId, trip: r.decidedAt || r.approvedReturn ? approvedShape(r) : tripOf(r) })),
      rules,
    ),
    repo.officePaths(db, rows),
  ]);
  const today = clock.today();
  return rows.map((r, i) =>
    toApplication(actor, r, {
      unitName: names.get(r.orgUnitId) ?? '',
      check: checks[i],
      facts: applicationFacts(r, paths),
      overdue: overdueKinds(r, rules, today).map((o) => o.kind) as Array<(typeof OVERDUE_KINDS)[number]>,
    }),
  );
}

export const presentApplication = async (db: Db, actor: Actor, row: AppRow) => (await presentApplications(db, actor, [row]))[0];

/** A page of the caller's applications; `todo` keeps those the caller can act on now. */
export async function listApplications(db: Db, actor: Actor, q: ListQuery) {
  const country = q.country ? (toAlpha3(q.country) ?? undefined) : undefined;
  if (q.country && !country) throw fieldError('country', 'err.unknownCountry', { value: q.country });
  const todo = q.todo
    ? { orgUnitId: actor.orgUnitId, review: can(actor, 'travel.review'), approve: can(actor, 'travel.approve'), apply: can(actor, 'travel.apply') }
    : undefined;
  const { rows, total } = await repo.listApplications(
    db,
    scopeOf(actor),
    {
      todo,
      status: q.status,
      year: q.year,
      country,
      from: q.from,
      to: q.to,
      orgUnitId: q.orgUnitId,
      q: q.q,
    },
    q,
  );
  const items: ApplicationSummary[] = (await presentApplications(db, actor, rows)).map(toSummary);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/** The application's history with the names of the offices that took each step. */
export async function applicationSteps(db: Db, actor: Actor, id: number): Promise<Step[]> {
  const row = await findApplication(db, actor, id);
  const rows = await repo.listSteps(db, scopeOf(actor), row.id);
  const names = await orgUnitNames(
    db,
    rows.map((r) => r.actorOrgUnitId).filter((x): x is number => x != null),
    actor.locale,
  );
  return rows.map((r) => toStep(r, names));
}

/** The applying unit: the caller's own, or a unit of the caller's tree. */
export async function applyingUnit(db: Db, actor: Actor, orgUnitId: number | undefined): Promise<number> {
  const unit = await findOrgUnit(db, scopeOf(actor), orgUnitId ?? actor.orgUnitId);
  if (!unit || !['unit', 'department'].includes(unit.kind)) throw fieldError('orgUnitId', 'err.travelUnit');
  return unit.id;
}

function columns(input: ApplicationInput) {
  const { orgUnitId, ...rest } = input;
  void orgUnitId;
  return {
    ...rest,
    year: Number(input.departDate.slice(0, 4)),
    countries: [...new Set(input.legs.filter((l) => !l.transitOnly).map((l) => l.country))],
  };
}

/** A plan item must be one of the applying unit's own: another unit's plan is neither visible nor usable. */
async function assertOwnPlanItem(db: Db, actor: Actor, orgUnitId: number, planItemId: number | null) {
  if (planItemId == null) return;
  if (!(await isOwnPlanItem(db, scopeOf(actor), orgUnitId, planItemId))) throw fieldError('planItemId', 'err.linkOutOfScope');
}

/** A new draft of the caller's unit (or a unit of their tree). */
export async function createApplication(db: Db, actor: Actor, raw: ApplicationInput): Promise<AppRow> {
  const input = normalizeInput(raw);
  const orgUnitId = await applyingUnit(db, actor, raw.orgUnitId);
  await assertOwnPlanItem(db, actor, orgUnitId, input.planItemId);
  return db.transaction(async (tx) => {
    const row = await repo.insertApplication(tx, { ...columns(input), orgUnitId, status: 'draft', createdBy: actor.userId, updatedBy: actor.userId });
    await repo.insertStep(tx, actor, row, 'create');
    await recordAudit(tx, actor, { action: 'travelApplication.create', entityType: 'travel_application', entityId: row.id, orgUnitId, after: input });
    return row;
  });
}

/** An edit of a draft or a returned application, made on `version`. */
export async function updateApplication(db: Db, actor: Actor, id: number, raw: z.output<typeof applicationUpdateSchema>): Promise<AppRow> {
  const { row: current, facts } = await loadForPolicy(db, actor, id);
  applicationPolicy.authorize(actor, 'edit', facts);
  const input = normalizeInput(raw);
  const orgUnitId = raw.orgUnitId === undefined ? current.orgUnitId : await applyingUnit(db, actor, raw.orgUnitId);
  await assertOwnPlanItem(db, actor, orgUnitId, input.planItemId);
  return repo.saveApplication(db, actor, current, raw.version, { ...columns(input), orgUnitId } as Partial<AppRow>, 'travelApplication.update');
}

/** The rule checks of a form's current content, for the page to show beside each field while the user types. */
export async function checkForm(db: Db, actor: Actor, body: ApplicationInput & { id?: number }): Promise<CheckResult> {
  const input = normalizeInput(body);
  // The unit's plan takes part in the checks, so the unit must be one the caller may see.
  const orgUnitId = body.id ? (await findApplication(db, actor, body.id)).orgUnitId : await applyingUnit(db, actor, input.orgUnitId);
  const [result] = await checkAll(db, scopeOf(actor), actor.locale, [
    {
      id: body.id,
      orgUnitId,
      trip: { ...input, year: Number(input.departDate.slice(0, 4)), planItemId: input.planItemId, inviterIntermediary: input.inviterIntermediary },
    },
  ]);
  return result;
}
