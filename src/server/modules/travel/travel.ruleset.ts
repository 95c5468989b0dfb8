import { and, asc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import {
  approvalParamsSchema, budgetParamsSchema, limitsParamsSchema, type ApprovalParams, type BudgetParams, type LimitsParams, type RuleInput, type RuleKind, type RuleVersion,
  type ruleUpdateSchema,
} from '../../../shared/contracts/travel';
import { COUNTRY_CODES } from '../../../shared/reference/countries';
import { continentOf } from '../../../shared/reference/continents';
import type { Db } from '../../db/client';
import { orgUnits } from '../../platform/platform.table';
import { AppError, forbidden, notFound, refusingDuplicates } from '../../platform/http/errors';
import { insertAudited, saveVersioned } from '../../platform/db/records';
import type { Actor } from '../../platform/access/actor';
import { ruleInForce, type RuleVersionRow } from './travel.rules';
import { travelRules } from './travel.table';
import { clock } from '../../clock';

type RuleRow = typeof travelRules.$inferSelect;

// Mexico, Central America and the Caribbean: Latin America that countries-list files under North America.
const LATIN_NORTH = ['MEX', 'GTM', 'BLZ', 'SLV', 'HND', 'NIC', 'CRI', 'PAN', 'CUB', 'DOM', 'HTI', 'JAM', 'TTO', 'BHS', 'BRB', 'GRD', 'LCA', 'VCT', 'ATG', 'DMA', 'KNA'];
const extraDayCountries = () => COUNTRY_CODES.filter((c) => ['AF', 'SA'].includes(continentOf(c) ?? '') || LATIN_NORTH.includes(c));

const limits = (maxDays: number[]): LimitsParams => ({
  maxCountries: 3, maxDays, extraDays: 1, extraDayCountries: extraDayCountries(), maxMembers: 6, publicityWorkingDays: 5,
  passportReturnDays: 7, reportMonths: 1, passportValidityMonths: 6, reminderHoldAfter: 3,
  severities: { countries: 'block', days: 'block', members: 'block', leadership: 'block', unplanned: 'warn', publicity: 'block', budget: 'warn', passport: 'block', inviter: 'block' },
});

/**
 * The versions a new installation starts with. The limits follow 中办发〔2013〕16号 and the rules before it
 * (6/10/12 days); the budget standards are a few sample rows that an administrator replaces with the
 * table in force (财行〔2013〕516号 and later adjustments); the rank → approver mapping follows a typical
 * city's implementing rules. All of them are editable and dated.
 */
export const DEFAULT_RULES: RuleInput[] = [
  { kind: 'limits', effectiveFrom: '2008-01-01', documentNumber: '中办发〔2008〕9号', title: '因公临时出国（境）管理规定（2013年前）', params: limits([6, 10, 12]) },
  { kind: 'limits', effectiveFrom: '2013-10-01', documentNumber: '中办发〔2013〕16号', title: '关于加强和规范党政机关因公临时出国（境）管理的意见', params: limits([5, 8, 10]) },
  { kind: 'budget', effectiveFrom: '2014-01-01', documentNumber: '财行〔2013〕516号', title: '因公临时出国经费开支标准（示例行，请按附件核对）', params: {
    standards: [
      { country: 'USA', city: null, currency: 'USD', lodging: 200, meals: 70, incidentals: 60 },
      { country: 'USA', city: '纽约', currency: 'USD', lodging: 315, meals: 105, incidentals: 80 },
      { country: 'JPN', city: null, currency: 'JPY', lodging: 20000, meals: 7000, incidentals: 5000 },
      { country: 'KOR', city: null, currency: 'USD', lodging: 160, meals: 60, incidentals: 40 },
      { country: 'DEU', city: null, currency: 'EUR', lodging: 160, meals: 55, incidentals: 40 },
      { country: 'FRA', city: null, currency: 'EUR', lodging: 170, meals: 60, incidentals: 40 },
      { country: 'GBR', city: null, currency: 'GBP', lodging: 150, meals: 50, incidentals: 40 },
      { country: 'BRA', city: null, currency: 'USD', lodging: 180, meals: 60, incidentals: 40 },
      { country: 'ZAF', city: null, currency: 'USD', lodging: 150, meals: 50, incidentals: 35 },
    ],
  } },
  { kind: 'approval', effectiveFrom: '2013-10-01', documentNumber: '中办发〔2013〕16号', title: '审批权限（示例，按本地实施办法核对）', params: {
    ranks: { provincial: 'upward', bureau: 'leader', division: 'leader', section: 'office', staff: 'office', other: 'office' },
  } },
];

const paramsSchemas = { limits: limitsParamsSchema, budget: budgetParamsSchema, approval: approvalParamsSchema } as const;

async function rootUnitId(db: Db): Promise<number | null> {
  const [root] = await db.select({ id: orgUnits.id }).from(orgUnits).where(isNull(orgUnits.parentId)).orderBy(asc(orgUnits.id)).limit(1);
  return root?.id ?? null;
}

/** Every stored version, seeding the defaults the first time any are needed. */
export async function loadRules(db: Db): Promise<RuleRow[]> {
  let rows = await db.select().from(travelRules).orderBy(asc(travelRules.kind), asc(travelRules.effectiveFrom));
  if (rows.length) return rows;
  const root = await rootUnitId(db);
  if (root == null) return [];
  await db.insert(travelRules).values(DEFAULT_RULES.map((r) => ({ ...r, orgUnitId: root }))).onConflictDoNothing();
  rows = await db.select().from(travelRules).orderBy(asc(travelRules.kind), asc(travelRules.effectiveFrom));
  return rows;
}

export const asVersions = (rows: RuleRow[]): Array<RuleVersionRow<unknown>> => rows;

/** The three rule kinds in force on a date. */
export async function rulesOn(db: Db, date: string) {
  const versions = asVersions(await loadRules(db));
  return {
    limits: ruleInForce(versions, 'limits', date) as RuleVersionRow<LimitsParams> | null,
    budget: ruleInForce(versions, 'budget', date) as RuleVersionRow<BudgetParams> | null,
    approval: ruleInForce(versions, 'approval', date) as RuleVersionRow<ApprovalParams> | null,
  };
}

export function presentRules(rows: RuleRow[]): RuleVersion[] {
  const today = clock.today();
  const versions = asVersions(rows);
  const inForce = new Set((['limits', 'budget', 'approval'] as const).map((k) => ruleInForce(versions, k, today)?.id));
  return rows.filter((r) => !r.archivedAt).map((r) => ({
    id: r.id, kind: r.kind as RuleKind, effectiveFrom: r.effectiveFrom, documentNumber: r.documentNumber, title: r.title,
    params: r.params as Record<string, unknown>, inForceToday: inForce.has(r.id), version: r.version, updatedAt: r.updatedAt.toISOString(),
  }));
}

/** Rules are one set for the whole installation: only an administrator of the root office edits them. */
async function assertRuleKeeper(db: Db, actor: Actor) {
  if (actor.scopePath.split('/').filter(Boolean).length !== 1 || (await rootUnitId(db)) !== actor.orgUnitId) throw forbidden();
}

export async function createRule(db: Db, actor: Actor, input: RuleInput): Promise<RuleRow> {
  await assertRuleKeeper(db, actor);
  await loadRules(db);
  const [clash] = await db.select({ id: travelRules.id }).from(travelRules)
    .where(and(eq(travelRules.kind, input.kind), eq(travelRules.effectiveFrom, input.effectiveFrom)));
  if (clash) throw dateTaken(input.effectiveFrom);
  return refusingDuplicates(
    () => insertAudited<RuleRow>(db, actor, travelRules, { ...input, orgUnitId: actor.orgUnitId }, 'travelRule.create', 'travel_rule'),
    { travel_rules_kind_from_idx: () => dateTaken(input.effectiveFrom) },
  );
}

export async function updateRule(db: Db, actor: Actor, id: number, input: z.output<typeof ruleUpdateSchema>): Promise<RuleRow> {
  await assertRuleKeeper(db, actor);
  const [current] = await db.select().from(travelRules).where(eq(travelRules.id, id));
  if (!current) throw notFound();
  const parsed = paramsSchemas[current.kind as RuleKind].safeParse(input.params);
  if (!parsed.success) {
    throw new AppError(400, 'err.validation', {}, parsed.error.issues.map((i) => ({ path: ['params', ...i.path].join('.'), key: 'err.travelRuleParams' as const })));
  }
  if (input.effectiveFrom !== current.effectiveFrom) {
    const [clash] = await db.select({ id: travelRules.id }).from(travelRules)
      .where(and(eq(travelRules.kind, current.kind), eq(travelRules.effectiveFrom, input.effectiveFrom)));
    if (clash) throw dateTaken(input.effectiveFrom);
  }
  const changes = { effectiveFrom: input.effectiveFrom, documentNumber: input.documentNumber, title: input.title, params: parsed.data };
  return refusingDuplicates(() => saveVersioned(db, actor, travelRules as never, current, input.version, changes, 'travelRule.update', 'travel_rule'),
    { travel_rules_kind_from_idx: () => dateTaken(input.effectiveFrom) });
}

/** One version of a kind per effective date: the check answers the usual case, the unique index the race. */
const dateTaken = (date: string) => new AppError(409, 'err.travelRuleDate', { date });

