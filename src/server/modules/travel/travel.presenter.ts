/**
 * Rows as the pages receive them: each application with the policy's `can`, plans with what their items are
 * used for, passports, history steps, reminders and rule versions. Pure: the services read what is needed.
 */
import type { z } from 'zod';
import type {
  Application,
  ApplicationSummary,
  CheckResult,
  OVERDUE_KINDS,
  Plan,
  RuleKind,
  RuleVersion,
  Step,
  passportSchema,
  reminderSchema,
} from '@shared/contracts/travel';
import type { Actor } from '@server/platform/access/actor';
import type { AppRow, StepRow } from './repository/applications';
import type { ReminderRow } from './repository/followup';
import type { PassportRow } from './repository/passports';
import type { PlanItemRow, PlanRow } from './repository/plans';
import type { RuleRow } from './repository/rules';
import { reminderResolved } from './travel.deadlines';
import { applicationPolicy, passportPolicy, planPolicy, type ApplicationFacts } from './travel.policy';
import { ruleInForce } from './travel.rules';
import { asVersions } from './travel.ruleset';

type OverdueKind = (typeof OVERDUE_KINDS)[number];
type Passport = z.infer<typeof passportSchema>;
type Reminder = z.infer<typeof reminderSchema>;

/** Where the office paths come from: the forwarding offices' paths by id, and the root's. */
export interface OfficePaths {
  forwarder: Map<number, string>;
  root: string;
}

/** The facts the application policy decides on. */
export function applicationFacts(row: AppRow, paths: OfficePaths): ApplicationFacts {
  return {
    status: row.status,
    orgUnitId: row.orgUnitId,
    actualReturn: row.actualReturn,
    passportsReturnedOn: row.passportsReturnedOn,
    reportFiledOn: row.reportFiledOn,
    forwarderPath: row.forwardedByOrgUnitId ? (paths.forwarder.get(row.forwardedByOrgUnitId) ?? null) : null,
    rootPath: paths.root,
  };
}

/** What the presenter needs besides the row. */
export interface ApplicationContext {
  unitName: string;
  check: CheckResult;
  overdue: OverdueKind[];
  facts: ApplicationFacts;
}

/** The application as the page shows it, with what this caller may do with it now. */
export function toApplication(actor: Actor, r: AppRow, ctx: ApplicationContext): Application {
  return {
    id: r.id,
    orgUnitId: r.orgUnitId,
    orgUnitName: ctx.unitName,
    year: r.year,
    status: r.status as Application['status'],
    planItemId: r.planItemId,
    task: r.task,
    purpose: r.purpose,
    inviterName: r.inviterName,
    inviterCountry: r.inviterCountry,
    inviterIntermediary: r.inviterIntermediary,
    departDate: r.departDate,
    returnDate: r.returnDate,
    legs: r.legs as Application['legs'],
    members: r.members as Application['members'],
    budget: r.budget as Application['budget'],
    fundingSource: r.fundingSource,
    publicityStart: r.publicityStart,
    publicityEnd: r.publicityEnd,
    contactName: r.contactName,
    contactPhone: r.contactPhone,
    check: ctx.check,
    decision: {
      removedMembers: r.removedMembers,
      daysCut: r.daysCut,
      approvedDepart: r.approvedDepart,
      approvedReturn: r.approvedReturn,
      decisionDocNo: r.decisionDocNo,
      forwardedOn: r.forwardedOn,
      forwardedTo: r.forwardedTo,
      comment: r.decisionComment,
    },
    followUp: {
      actualDepart: r.actualDepart,
      actualReturn: r.actualReturn,
      actualMembers: r.actualMembers,
      passportsDue: r.passportsDue,
      passportsReturnedOn: r.passportsReturnedOn,
      reportDue: r.reportDue,
      reportFiledOn: r.reportFiledOn,
      reportSummary: r.reportSummary,
      overdue: ctx.overdue,
    },
    submittedAt: r.submittedAt?.toISOString() ?? null,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
    can: applicationPolicy.can(actor, ctx.facts),
  };
}

/** A list row: the delegation as approved (members removed left out, approved dates), and the check's counts. */
export function toSummary(a: Application): ApplicationSummary {
  const removed = new Set(a.decision.removedMembers);
  const members = a.members.filter((m) => !removed.has(m.name));
  return {
    id: a.id,
    orgUnitId: a.orgUnitId,
    orgUnitName: a.orgUnitName,
    year: a.year,
    status: a.status,
    task: a.task,
    inviterName: a.inviterName,
    departDate: a.decision.approvedDepart ?? a.departDate,
    returnDate: a.decision.approvedReturn ?? a.returnDate,
    submittedAt: a.submittedAt,
    decidedAt: a.decidedAt,
    version: a.version,
    countries: a.check.countries,
    people: members.length,
    headName: (members.find((m) => m.role === 'head') ?? members[0])?.name ?? null,
    blocking: a.check.blocking,
    warnings: a.check.findings.length - a.check.blocking,
    approverLevel: a.check.approverLevel,
  };
}

export function toStep(r: StepRow, unitNames: Map<number, string>): Step {
  return {
    id: r.id,
    kind: r.kind as Step['kind'],
    actorName: r.actorName,
    orgUnitName: r.actorOrgUnitId ? (unitNames.get(r.actorOrgUnitId) ?? null) : null,
    comment: r.comment,
    detail: (r.detail as Record<string, unknown> | null) ?? null,
    createdAt: r.createdAt.toISOString(),
  };
}

type ItemUse = { id: number; planItemId: number | null; members: unknown };

/** A plan with its items, what each is used by, and the totals planned and used. */
export function toPlan(actor: Actor, r: PlanRow, unitName: string, items: PlanItemRow[], uses: ItemUse[]): Plan {
  const own = items
    .filter((i) => i.planId === r.id)
    .map((i) => {
      const usedBy = uses.filter((u) => u.planItemId === i.id);
      return {
        id: i.id,
        title: i.title,
        countries: i.countries,
        people: i.people,
        days: i.days,
        month: i.month,
        budget: i.budget,
        usedBy: usedBy.map((u) => u.id),
        usedPeople: usedBy.reduce((s, u) => s + (u.members as unknown[]).length, 0),
      };
    });
  return {
    id: r.id,
    orgUnitId: r.orgUnitId,
    orgUnitName: unitName,
    year: r.year,
    notes: r.notes,
    items: own.map(({ usedPeople, ...i }) => {
      void usedPeople;
      return i;
    }),
    totals: {
      trips: own.length,
      people: own.reduce((s, i) => s + i.people, 0),
      budget: own.reduce((s, i) => s + i.budget, 0),
      usedTrips: own.filter((i) => i.usedBy.length).length,
      usedPeople: own.reduce((s, i) => s + i.usedPeople, 0),
    },
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
    can: planPolicy.can(actor, r),
  };
}

export function toPassport(actor: Actor, r: PassportRow, unitName: string): Passport {
  return {
    id: r.id,
    orgUnitId: r.orgUnitId,
    orgUnitName: unitName,
    holderName: r.holderName,
    passportType: r.passportType as Passport['passportType'],
    number: r.number,
    expiry: r.expiry,
    state: r.state as Passport['state'],
    heldBy: r.heldBy,
    issuedOn: r.issuedOn,
    returnedOn: r.returnedOn,
    applicationId: r.applicationId,
    dueBack: r.dueBack,
    notes: r.notes,
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
    can: passportPolicy.can(actor, r),
  };
}

/** The versions not archived, each marked when it is the one in force today. */
export function toRuleVersions(rows: RuleRow[], today: string): RuleVersion[] {
  const versions = asVersions(rows);
  const inForce = new Set((['limits', 'budget', 'approval'] as const).map((k) => ruleInForce(versions, k, today)?.id));
  return rows
    .filter((r) => !r.archivedAt)
    .map((r) => ({
      id: r.id,
      kind: r.kind as RuleKind,
      effectiveFrom: r.effectiveFrom,
      documentNumber: r.documentNumber,
      title: r.title,
      params: r.params as Record<string, unknown>,
      inForceToday: inForce.has(r.id),
      version: r.version,
      updatedAt: r.updatedAt.toISOString(),
    }));
}

/** A reminder with the task it is about, and whether the item it reminds of is dealt with. */
export function toReminder(r: ReminderRow, app: AppRow): Reminder {
  return {
    id: r.id,
    applicationId: r.applicationId,
    orgUnitId: r.orgUnitId,
    task: app.task,
    kind: r.kind as Reminder['kind'],
    dueOn: r.dueOn,
    message: r.message,
    sentAt: r.sentAt.toISOString(),
    sentBy: r.sentByName,
    acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null,
    resolved: reminderResolved(app, r.kind),
  };
}
