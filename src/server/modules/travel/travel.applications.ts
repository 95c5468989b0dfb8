import { and, asc, count, desc, eq, gte, ilike, inArray, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  Application, ApplicationInput, ApplicationSummary, Member, OVERDUE_KINDS, Step, applicationListQuerySchema, applicationUpdateSchema,
} from '../../../shared/contracts/travel';
import { toAlpha3 } from '../../../shared/reference/countries';
import type { Db } from '../../db/client';
import { orgUnits } from '../../platform/platform.table';
import { AppError, fieldError, notFound } from '../../platform/http/errors';
import { findOrgUnit, orgUnitNames } from '../../platform/org/org.service';
import { can, type Actor } from '../../platform/access/actor';
import { recordAudit } from '../../platform/audit/audit';
import { saveVersioned } from '../../platform/db/records';
import { escapeLike, inScope, scopeOf, inUnitSubtree } from '../../platform/access/scope';
import { approvedShape, checkAll, normalizeInput, tripOf } from './travel.check';
import { loadRules } from './travel.ruleset';
import { overdueKinds } from './travel.deadlines';
import { applicationCan, reviewActionsFor } from './travel.policy';
import { travelApplications, travelPlanItems, travelSteps } from './travel.table';
import { clock } from '../../clock';

export type AppRow = typeof travelApplications.$inferSelect;
type ListQuery = z.output<typeof applicationListQuerySchema>;

export async function findApplication(db: Db, actor: Actor, id: number): Promise<AppRow> {
  const [row] = await db.select().from(travelApplications)
    .where(and(eq(travelApplications.id, id), inScope(travelApplications.orgUnitId, scopeOf(actor)), isNull(travelApplications.archivedAt)));
  if (!row) throw notFound();
  return row;
}

/** Paths of the offices that forwarded these applications, and the root's, for the review policy. */
async function officePaths(db: Db, rows: AppRow[]) {
  const ids = [...new Set(rows.map((r) => r.forwardedByOrgUnitId).filter((x): x is number => x != null))];
  const found = ids.length ? await db.select({ id: orgUnits.id, path: orgUnits.path }).from(orgUnits).where(inArray(orgUnits.id, ids)) : [];
  const [root] = await db.select({ path: orgUnits.path }).from(orgUnits).where(isNull(orgUnits.parentId)).orderBy(asc(orgUnits.id)).limit(1);
  return { forwarder: new Map(found.map((f) => [f.id, f.path])), root: root?.path ?? '/' };
}

export async function reviewActions(db: Db, actor: Actor, row: AppRow): Promise<string[]> {
  const paths = await officePaths(db, [row]);
  return reviewActionsFor(actor, row, row.forwardedByOrgUnitId ? paths.forwarder.get(row.forwardedByOrgUnitId) ?? null : null, paths.root);
}

export async function presentApplications(db: Db, actor: Actor, rows: AppRow[]): Promise<Application[]> {
  const rules = await loadRules(db);
  const [names, checks, paths] = await Promise.all([
    orgUnitNames(db, rows.map((r) => r.orgUnitId), actor.locale),
    checkAll(db, actor.locale, rows.map((r) => ({ id: r.id, orgUnitId: r.orgUnitId, trip: r.decidedAt || r.approvedReturn ? approvedShape(r) : tripOf(r) })), rules),
    officePaths(db, rows),
  ]);
  const today = clock.today();
  return rows.map((r, i) => {
    const actions = reviewActionsFor(actor, r, r.forwardedByOrgUnitId ? paths.forwarder.get(r.forwardedByOrgUnitId) ?? null : null, paths.root);
    return {
      id: r.id, orgUnitId: r.orgUnitId, orgUnitName: names.get(r.orgUnitId) ?? '', year: r.year, status: r.status as Application['status'],
      planItemId: r.planItemId, task: r.task, purpose: r.purpose, inviterName: r.inviterName, inviterCountry: r.inviterCountry,
      inviterIntermediary: r.inviterIntermediary, departDate: r.departDate, returnDate: r.returnDate,
      legs: r.legs as Application['legs'], members: r.members as Application['members'], budget: r.budget as Application['budget'],
      fundingSource: r.fundingSource, publicityStart: r.publicityStart, publicityEnd: r.publicityEnd, contactName: r.contactName, contactPhone: r.contactPhone,
      check: checks[i],
      decision: {
        removedMembers: r.removedMembers, daysCut: r.daysCut, approvedDepart: r.approvedDepart, approvedReturn: r.approvedReturn,
        decisionDocNo: r.decisionDocNo, forwardedOn: r.forwardedOn, forwardedTo: r.forwardedTo, comment: r.decisionComment,
      },
      followUp: {
        actualDepart: r.actualDepart, actualReturn: r.actualReturn, actualMembers: r.actualMembers, passportsDue: r.passportsDue,
        passportsReturnedOn: r.passportsReturnedOn, reportDue: r.reportDue, reportFiledOn: r.reportFiledOn, reportSummary: r.reportSummary,
        overdue: overdueKinds(r, rules, today).map((o) => o.kind) as Array<(typeof OVERDUE_KINDS)[number]>,
      },
      submittedAt: r.submittedAt?.toISOString() ?? null, decidedAt: r.decidedAt?.toISOString() ?? null,
      version: r.version, updatedAt: r.updatedAt.toISOString(), can: applicationCan(actor, r, actions),
    };
  });
}

function listWhere(actor: Actor, q: Partial<ListQuery>): SQL {
  const country = q.country ? toAlpha3(q.country) : undefined;
  if (q.country && !country) throw fieldError('country', 'err.unknownCountry', { value: q.country });
  const t = travelApplications;
  let todo: SQL | undefined;
  if (q.todo) {
    const parts: SQL[] = [];
    if (can(actor, 'travel.review')) {
      parts.push(and(eq(t.status, 'submitted'), ne(t.orgUnitId, actor.orgUnitId))!);
      // As the review policy: the office above the forwarding one takes it over; the root records an outside decision.
      parts.push(and(eq(t.status, 'forwarded'), or(
        sql`exists (select 1 from org_units f where f.id = ${t.forwardedByOrgUnitId} and f.id <> ${actor.orgUnitId} and f.path like ${`${escapeLike(actor.scopePath)}%`})`,
        and(eq(t.forwardedByOrgUnitId, actor.orgUnitId), sql`exists (select 1 from org_units p where p.id = ${actor.orgUnitId} and p.parent_id is null)`),
      ))!);
    }
    if (can(actor, 'travel.approve')) parts.push(eq(t.status, 'leader_review'));
    if (can(actor, 'travel.apply')) parts.push(inArray(t.status, ['draft', 'returned']));
    todo = parts.length ? or(...parts) : sql`false`;
  }
  return and(
    inScope(t.orgUnitId, scopeOf(actor)), isNull(t.archivedAt), todo,
    q.status ? eq(t.status, q.status) : undefined,
    q.year ? eq(t.year, q.year) : undefined,
    country ? sql`${t.countries} @> array[${country}]::text[]` : undefined,
    q.from ? gte(t.returnDate, q.from) : undefined,
    q.to ? lte(t.departDate, q.to) : undefined,
    q.orgUnitId ? inUnitSubtree(t.orgUnitId, q.orgUnitId) : undefined,
    // Members by name or passport number, not by the JSON's keys.
    q.q ? or(ilike(t.task, `%${escapeLike(q.q)}%`), ilike(t.inviterName, `%${escapeLike(q.q)}%`), sql`(jsonb_path_query_array(${t.members}, '$[*].name')::text || jsonb_path_query_array(${t.members}, '$[*].passportNumber')::text) ilike ${`%${escapeLike(q.q)}%`}`) : undefined,
  )!;
}

export async function listApplications(db: Db, actor: Actor, q: ListQuery) {
  const where = listWhere(actor, q);
  const [rows, [{ n }]] = await Promise.all([
    db.select().from(travelApplications).where(where).orderBy(desc(travelApplications.departDate), desc(travelApplications.id))
      .limit(q.pageSize).offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(travelApplications).where(where),
  ]);
  const shown = await presentApplications(db, actor, rows);
  const items: ApplicationSummary[] = shown.map((a) => {
    const removed = new Set(a.decision.removedMembers);
    const members = a.members.filter((m) => !removed.has(m.name));
    return {
      id: a.id, orgUnitId: a.orgUnitId, orgUnitName: a.orgUnitName, year: a.year, status: a.status, task: a.task, inviterName: a.inviterName,
      departDate: a.decision.approvedDepart ?? a.departDate, returnDate: a.decision.approvedReturn ?? a.returnDate,
      submittedAt: a.submittedAt, decidedAt: a.decidedAt, version: a.version, countries: a.check.countries, people: members.length,
      headName: (members.find((m) => m.role === 'head') ?? members[0])?.name ?? null,
      blocking: a.check.blocking, warnings: a.check.findings.length - a.check.blocking, approverLevel: a.check.approverLevel,
    };
  });
  return { items, total: Number(n), page: q.page, pageSize: q.pageSize };
}

/** Approved applications decided in a period, for the batch list. */
export async function decidedApplications(db: Db, actor: Actor, from: string, to: string): Promise<AppRow[]> {
  return db.select().from(travelApplications).where(and(
    inScope(travelApplications.orgUnitId, scopeOf(actor)), isNull(travelApplications.archivedAt),
    inArray(travelApplications.status, ['approved']), gte(travelApplications.decidedOn, from), lte(travelApplications.decidedOn, to),
  )).orderBy(asc(travelApplications.decidedOn), asc(travelApplications.id));
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
    ...rest, year: Number(input.departDate.slice(0, 4)),
    countries: [...new Set(input.legs.filter((l) => !l.transitOnly).map((l) => l.country))],
  };
}

/** A plan item must be one of the applying unit's own: another unit's plan is neither visible nor usable. */
async function assertOwnPlanItem(db: Db, orgUnitId: number, planItemId: number | null) {
  if (planItemId == null) return;
  const [item] = await db.select({ id: travelPlanItems.id }).from(travelPlanItems)
    .where(and(eq(travelPlanItems.id, planItemId), eq(travelPlanItems.orgUnitId, orgUnitId), isNull(travelPlanItems.removedAt)));
  if (!item) throw fieldError('planItemId', 'err.linkOutOfScope');
}

/** Writes a step of the application's history; call it inside the transaction of the change. */
export async function addStep(tx: Db, actor: Actor, row: Pick<AppRow, 'id' | 'orgUnitId'>, kind: Step['kind'], comment: string | null = null, detail: Record<string, unknown> | null = null) {
  await tx.insert(travelSteps).values({
    applicationId: row.id, orgUnitId: row.orgUnitId, kind, actorId: actor.userId, actorName: actor.displayName, actorOrgUnitId: actor.orgUnitId, comment, detail,
  });
}

/** A new draft of the caller's unit (or a unit of their tree). */
export async function createApplication(db: Db, actor: Actor, raw: ApplicationInput): Promise<AppRow> {
  const input = normalizeInput(raw);
  const orgUnitId = await applyingUnit(db, actor, raw.orgUnitId);
  await assertOwnPlanItem(db, orgUnitId, input.planItemId);
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(travelApplications).values({ ...columns(input), orgUnitId, status: 'draft', createdBy: actor.userId, updatedBy: actor.userId }).returning();
    await addStep(tx, actor, row, 'create');
    await recordAudit(tx, actor, { action: 'travelApplication.create', entityType: 'travel_application', entityId: row.id, orgUnitId, after: input });
    return row;
  });
}

export async function updateApplication(db: Db, actor: Actor, id: number, raw: z.output<typeof applicationUpdateSchema>): Promise<AppRow> {
  const current = await findApplication(db, actor, id);
  if (!['draft', 'returned'].includes(current.status)) throw statusError(current);
  const input = normalizeInput(raw);
  const orgUnitId = raw.orgUnitId === undefined ? current.orgUnitId : await applyingUnit(db, actor, raw.orgUnitId);
  await assertOwnPlanItem(db, orgUnitId, input.planItemId);
  return saveVersioned(db, actor, travelApplications as never, current, raw.version, { ...columns(input), orgUnitId } as Partial<AppRow>,
    'travelApplication.update', 'travel_application');
}

export const statusError = (row: Pick<AppRow, 'status'>) => new AppError(409, 'err.travelStatus', { status: row.status });

/** Blocking findings as field errors, so the form marks each field; warnings never block. */
export async function assertNoBlocking(db: Db, actor: Actor, row: AppRow, trip: ReturnType<typeof tripOf>, action: 'submit' | 'approve') {
  const [result] = await checkAll(db, actor.locale, [{ id: row.id, orgUnitId: row.orgUnitId, trip }]);
  const blocking = result.findings.filter((f) => f.severity === 'block');
  if (!blocking.length) return result;
  throw new AppError(400, action === 'submit' ? 'err.travelBlockingSubmit' : 'err.travelBlockingApprove', { count: blocking.length },
    blocking.map((f) => ({ path: f.path, key: 'err.travelFinding' as const, params: { message: f.message } })));
}

export const membersOf = (row: AppRow) => row.members as Member[];
