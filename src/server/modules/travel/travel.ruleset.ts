/** The rule versions a new installation starts with, and how stored versions are read: pure, no database. */
import {
  approvalParamsSchema,
  budgetParamsSchema,
  limitsParamsSchema,
  type ApprovalParams,
  type BudgetParams,
  type LimitsParams,
  type RuleInput,
  type RuleKind,
} from '@shared/contracts/travel';
import { COUNTRY_CODES } from '@shared/reference/countries';
import { continentOf } from '@shared/reference/continents';
import { AppError } from '@server/platform/http/errors';
import { ruleInForce, type RuleVersionRow } from './travel.rules';

// Mexico, Central America and the Caribbean: Latin America that countries-list files under North America.
const LATIN_NORTH = [
  'MEX',
  'GTM',
  'BLZ',
  'SLV',
  'HND',
  'NIC',
  'CRI',
  'PAN',
  'CUB',
  'DOM',
  'HTI',
  'JAM',
  'TTO',
  'BHS',
  'BRB',
  'GRD',
  'LCA',
  'VCT',
  'ATG',
  'DMA',
  'KNA',
];
const extraDayCountries = () => COUNTRY_CODES.filter((c) => ['AF', 'SA'].includes(continentOf(c) ?? '') || LATIN_NORTH.includes(c));

const limits = (maxDays: number[]): LimitsParams => ({
  maxCountries: 3,
  maxDays,
  extraDays: 1,
  extraDayCountries: extraDayCountries(),
  maxMembers: 6,
  publicityWorkingDays: 5,
  passportReturnDays: 7,
  reportMonths: 1,
  passportValidityMonths: 6,
  reminderHoldAfter: 3,
  severities: {
    countries: 'block',
    days: 'block',
    members: 'block',
    leadership: 'block',
    unplanned: 'warn',
    publicity: 'block',
    budget: 'warn',
    passport: 'block',
    inviter: 'block',
  },
});

/**
 * The versions a new installation starts with. The limits follow 中办发〔2013〕16号 and the rules before it
 * (6/10/12 days); the budget standards are a few sample rows that an administrator replaces with the
 * table in force (财行〔2013〕516号 and later adjustments); the rank → approver mapping follows a typical
 * city's implementing rules. All of them are editable and dated.
 */
export const DEFAULT_RULES: RuleInput[] = [
  {
    kind: 'limits',
    effectiveFrom: '2008-01-01',
    documentNumber: '中办发〔2008〕9号',
    title: '因公临时出国（境）管理规定（2013年前）',
    params: limits([6, 10, 12]),
  },
  {
    kind: 'limits',
    effectiveFrom: '2013-10-01',
    documentNumber: '中办发〔2013〕16号',
    title: '关于加强和规范党政机关因公临时出国（境）管理的意见',
    params: limits([5, 8, 10]),
  },
  {
    kind: 'budget',
    effectiveFrom: '2014-01-01',
    documentNumber: '财行〔2013〕516号',
    title: '因公临时出国经费开支标准（示例行，请按附件核对）',
    params: {
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
    },
  },
  {
    kind: 'approval',
    effectiveFrom: '2013-10-01',
    documentNumber: '中办发〔2013〕16号',
    title: '审批权限（示例，按本地实施办法核对）',
    params: {
      ranks: { provincial: 'upward', bureau: 'leader', division: 'leader', section: 'office', staff: 'office', other: 'office' },
    },
  },
];

const paramsSchemas = { limits: limitsParamsSchema, budget: budgetParamsSchema, approval: approvalParamsSchema } as const;

/** A version's parameters checked against its kind's schema, or a 400 at each parameter that is wrong. */
export function parseRuleParams(kind: RuleKind, params: unknown) {
  const parsed = paramsSchemas[kind].safeParse(params);
  if (!parsed.success) {
    throw new AppError(
      400,
      'err.validation',
      {},
      parsed.error.issues.map((i) => ({ path: ['params', ...i.path].join('.'), key: 'err.travelRuleParams' as const })),
    );
  }
  return parsed.data;
}

export const asVersions = <R extends RuleVersionRow<unknown>>(rows: R[]): Array<RuleVersionRow<unknown>> => rows;

/** The three rule kinds in force on a date. */
export function rulesInForce(versions: Array<RuleVersionRow<unknown>>, date: string) {
  return {
    limits: ruleInForce(versions, 'limits', date) as RuleVersionRow<LimitsParams> | null,
    budget: ruleInForce(versions, 'budget', date) as RuleVersionRow<BudgetParams> | null,
    approval: ruleInForce(versions, 'approval', date) as RuleVersionRow<ApprovalParams> | null,
  };
}

/** One version of a kind per effective date: the check answers the usual case, the unique index the race. */
export const dateTaken = (date: string) => new AppError(409, 'err.travelRuleDate', { date });
