/**
 * What the legalization kind adds to the case machinery. Persons may apply at the window as well as units. Figures:
 * pieces are the sum of the documents' pieces, persons the distinct holders named on them (one when none is named),
 * countries the countries of use. On issue every document enters the register with its number, in the issue's transaction.
 */
import { DOCUMENT_TYPE_RULES, type DocumentType, type LegalizationRoute } from '@shared/contracts/services-legalization';
import { DOCUMENT_TYPE_LABELS } from '@shared/labels/services-legalization';
import { say } from '@shared/labels/labels';
import { unitName } from '@shared/labels/platform';
import type { Db } from '@server/db/client';
import { getOrgUnitById } from '@server/platform/org/org.service';
import { clock } from '@server/clock';
import type { CaseKindHooks, KindProblem } from '../cases/kinds';
import * as repo from './legalization.repository';
import { routeFor } from './legalization.route';
import { mergeStates, personsOf } from './legalization.rules';

/** The capacity the register records for the office's signing officer (the Convention's "capacity in which the signer acted"). */
export const SIGNER_CAPACITY = { zh: '领事认证签署官员', en: 'Authentication officer' };

/** The date the route is decided on: the day the documents were handed in, today while the case is still a draft. */
export const routeDate = (row: { submittedOn: string | null }) => row.submittedOn ?? clock.today();

/** The route of each document of a case, from the table of states as it stands. */
export async function routesOf(tx: Db, items: readonly repo.ItemRow[], on: string): Promise<Map<number, LegalizationRoute>> {
  const states = new Map(mergeStates(await repo.listStateRows(tx)).map((s) => [s.iso3, s]));
  return new Map(items.map((i) => [i.id, routeFor(states.get(i.countryOfUse), on).route]));
}

export const legalizationHooks: CaseKindHooks = {
  kind: 'legalization',
  personsMayApply: true,

  async submitProblems(tx, row) {
    const items = await repo.caseItems(tx, row.id);
    if (!items.length) return [{ key: 'svc.legalization.noItem' }];
    const problems: KindProblem[] = [];
    const today = clock.today();
    items.forEach((item, i) => {
      const n = i + 1;
      if (!item.countryOfUse) problems.push({ key: 'svc.legalization.countryMissing', params: { n }, path: `items.${i}.countryOfUse` });
      const type = item.docType as DocumentType;
      if (DOCUMENT_TYPE_RULES[type]?.notarizeFirst && !item.notarized) {
        problems.push({ key: 'svc.legalization.notNotarized', params: { n, type: say(DOCUMENT_TYPE_LABELS[type], 'zh-CN') }, path: `items.${i}.notarized` });
      }
      if (item.issuedOn > today) problems.push({ key: 'svc.legalization.issuedInFuture', params: { n }, path: `items.${i}.issuedOn` });
    });
    return problems;
  },

  async figures(tx, row) {
    const items = await repo.caseItems(tx, row.id);
    return {
      pieces: items.reduce((sum, i) => sum + i.pieces, 0),
      persons: personsOf(items.map((i) => i.holderName)),
      countries: [...new Set(items.map((i) => i.countryOfUse))].sort(),
    };
  },

  async onIssued(tx, actor, row) {
    const items = await repo.caseItems(tx, row.id);
    const routes = await routesOf(tx, items, routeDate(row));
    const office = await getOrgUnitById(tx, row.officeId);
    const authority = office ? { zh: unitName(office, 'zh-CN'), en: unitName(office, 'en-US') } : { zh: '', en: '' };
    const issuedOn = clock.today();
    await repo.insertRegisterEntries(
      tx,
      actor,
      items.map((item) => ({
        route: routes.get(item.id)!,
        itemId: item.id,
        caseId: row.id,
        orgUnitId: row.orgUnitId,
        caseNumber: row.number,
        applicantName: row.applicantName,
        issuedOn,
        signerName: actor.displayName,
        signerCapacity: SIGNER_CAPACITY.zh,
        signerCapacityEn: SIGNER_CAPACITY.en,
        authority: authority.zh,
        authorityEn: authority.en,
      })),
    );
  },
};
