/** Rows → the contracts the pages read: a case's APEC facts with `can`, filings with their unmet conditions, cards. */
import type {
  ApecApplicant,
  ApecCard,
  ApecCase,
  CancelReason,
  CardOrigin,
  CardState,
  CustodyDirection,
  EconomyStatus,
  MinistryDecision,
} from '@shared/contracts/services-apec';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { scopeOf } from '@server/platform/access/scope';
import { translate } from '@server/platform/i18n/i18n';
import { orgUnitNames } from '@server/platform/org/org.service';
import { clock } from '@server/clock';
import type { CaseRow } from '../cases/cases.repository';
import { effectiveConditions, filingOfRow } from './apec.conditions';
import { apecCasePolicy, filingPolicy } from './apec.policy';
import * as repo from './apec.repository';
import { applicantProblems, isExpiring, unmetConditions } from './apec.rules';

type CardWithHolder = { card: repo.CardRow; holderName: string };

export async function presentCards(db: Db, actor: Actor, rows: CardWithHolder[]): Promise<ApecCard[]> {
  const [names, moves] = await Promise.all([
    orgUnitNames(
      db,
      rows.map((r) => r.card.orgUnitId),
      actor.locale,
    ),
    repo.listCustody(
      db,
      scopeOf(actor),
      rows.map((r) => r.card.id),
    ),
  ]);
  const today = clock.today();
  return rows.map(({ card: c, holderName }) => ({
    id: c.id,
    applicantId: c.applicantId,
    caseId: c.caseId,
    unitId: c.orgUnitId,
    unitName: names.get(c.orgUnitId) ?? '',
    holderName,
    number: c.number,
    validFrom: c.validFrom,
    validTo: c.validTo,
    passportNumber: c.passportNumber,
    passportExpiry: c.passportExpiry,
    state: c.state as CardState,
    expiring: c.state === 'valid' && isExpiring(c.validTo, today),
    origin: c.origin as CardOrigin,
    previousCardId: c.previousCardId,
    cancelReason: c.cancelReason as CancelReason | null,
    cancelledOn: c.cancelledOn,
    cancelNote: c.cancelNote,
    officeCustody: c.officeCustody,
    inOffice: c.inOffice,
    custody: moves.filter((m) => m.cardId === c.id).map((m) => ({ id: m.id, direction: m.direction as CustodyDirection, onDate: m.onDate, note: m.note })),
    version: c.version,
  }));
}

/** A unit's filing with every condition of its city it misses, said in the caller's language. */
export async function presentFiling(db: Db, actor: Actor, unit: { id: number; name: string }, filing: repo.FilingRow | null) {
  const { conditions } = await effectiveConditions(db, unit.id);
  const unmet = filing ? unmetConditions(filingOfRow(filing), conditions) : [];
  return {
    unitId: unit.id,
    unitName: unit.name,
    filing: filing ? { ...filingOfRow(filing), version: filing.version, updatedAt: filing.updatedAt.toISOString() } : null,
    unmet: unmet.map((p) => ({ key: p.key, message: translate(actor.locale, p.key, p.params) })),
    canEdit: filingPolicy.allows(actor, 'edit', null),
  };
}

/** The filings of the caller's scope, for the office's list of enterprises. */
export async function presentFilings(db: Db, actor: Actor, rows: repo.FilingRow[]) {
  const names = await orgUnitNames(
    db,
    rows.map((r) => r.orgUnitId),
    actor.locale,
  );
  return Promise.all(rows.map((r) => presentFiling(db, actor, { id: r.orgUnitId, name: names.get(r.orgUnitId) ?? '' }, r)));
}

/** A case's APEC facts: the enterprise's filing, each applicant with what stops them today, their economies and cards. */
export async function presentCase(db: Db, actor: Actor, row: CaseRow): Promise<ApecCase> {
  const scope = scopeOf(actor);
  const people = await repo.listApplicants(db, scope, row.id);
  const ids = people.map((p) => p.id);
  const [economies, cardRows, filing] = await Promise.all([
    repo.listEconomies(db, scope, ids),
    repo.listCardsOfApplicants(db, scope, ids),
    row.unitId ? repo.findFiling(db, scope, row.unitId) : Promise.resolve(null),
  ]);
  const cards = await presentCards(db, actor, cardRows);
  const today = row.submittedOn ?? clock.today();
  const applicants: ApecApplicant[] = people.map((p) => ({
    id: p.id,
    caseId: p.caseId,
    version: p.version,
    name: p.name,
    idNumber: p.idNumber,
    passportNumber: p.passportNumber,
    passportExpiry: p.passportExpiry,
    post: p.post,
    socialInsurance6m: p.socialInsurance6m,
    noCriminalCertOn: p.noCriminalCertOn,
    photoAttachmentId: p.photoAttachmentId,
    ministryDecision: p.ministryDecision as MinistryDecision | null,
    ministryDecidedOn: p.ministryDecidedOn,
    feePaidOn: p.feePaidOn,
    feeAmount: p.feeAmount,
    economies: economies
      .filter((e) => e.applicantId === p.id)
      .map((e) => ({ economy: e.economy as ApecApplicant['economies'][number]['economy'], status: e.status as EconomyStatus, decidedOn: e.decidedOn })),
    cards: cards.filter((c) => c.applicantId === p.id),
    problems: applicantProblems(p, today).map((x) => translate(actor.locale, x.key, { ...x.params, name: p.name })),
  }));
  const unitRow = row.unitId ? { id: row.unitId, name: (await orgUnitNames(db, [row.unitId], actor.locale)).get(row.unitId) ?? row.applicantName } : null;
  return {
    caseId: row.id,
    status: row.status,
    unitId: row.unitId,
    filing: unitRow ? await presentFiling(db, actor, unitRow, filing) : null,
    applicants,
    can: apecCasePolicy.can(actor, row),
  };
}
