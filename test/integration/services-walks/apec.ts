/**
 * The APEC card's part of the service window's walks: in each district a unit's draft and a case forwarded to the
 * Ministry with an approved applicant and a card. District B's applicant carries world.secretB.
 */
import { randomBytes } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import {
  serviceApecApplicants,
  serviceApecCardCustody,
  serviceApecCards,
  serviceApecEconomyStatuses,
  serviceApecFilings,
} from '../../../src/server/modules/services/apec/apec.table';
import { ok, type AreaWalk, type World } from './world';
import { apecSeed, applicantBody, approvedApplicant, filingBody, openApecCase, P } from './apec-fixtures';
import { apecTargets } from './apec-targets';
import type { Call, Route, Walker } from '../../helpers/walk';

async function seed(w: World) {
  const tag = randomBytes(3).toString('hex').toUpperCase();
  // A's unit: a draft with one applicant, and a forwarded case with a card (state-owned: the office keeps it).
  ok(await w.applicantA.put(`${P}/filings/${w.unitA}`, filingBody({ stateOwned: true })));
  const draftA = await openApecCase(w.applicantA);
  const draft = ok(await w.applicantA.post(`${P}/${draftA}/applicants`, applicantBody('甲申请人')), 201);
  const a = await approvedApplicant(w.applicantA, w.opA, '甲持卡人', `A${tag}1`);
  // A's other unit: secret to A's unit contact.
  ok(await w.applicantA2.put(`${P}/filings/${w.unitA2}`, filingBody()));
  const caseA2 = await openApecCase(w.applicantA2);
  ok(await w.applicantA2.post(`${P}/${caseA2}/applicants`, applicantBody(`${w.secretA2}申请人`)), 201);
  // B: a forwarded case with an approved applicant named with B's secret, and a card.
  const cardNumberB = `B${tag}9`;
  ok(await w.applicantB.put(`${P}/filings/${w.unitB}`, filingBody({ customsCode: `${w.secretB}` })));
  const b = await approvedApplicant(w.applicantB, w.opB, `${w.secretB}持卡人`, cardNumberB);
  const [card] = await w.ctx.db.select().from(serviceApecCards).where(eq(serviceApecCards.id, b.cardId));
  apecSeed.current = { draftA, draftApplicantA: draft.applicants[0].id, caseA2, a, b: { ...b, cardVersion: card!.version }, cardNumberB };
}

const read = 'services.read' as const;
const handle = 'services.handle' as const;
/** Insiders write with a stale version: the answer (409) proves they reach B's record without changing it. */
const v = (w: Walker, real: number) => (w.insider ? 999_999 : real);
/** A leader reads only: their write to a record they can see is refused by the policy. */
const WRITE_INSIDER = [403, 409];
const toB = (w: Walker, method: Call['method'], url: string, payload: unknown, perm: Call['perm'] = handle): Call => ({
  method,
  url,
  payload,
  perm,
  outsider: [404],
  insider: perm === read ? WRITE_INSIDER : [409],
});

function routes(w: World): Route[] {
  const s = apecSeed.current!;
  const bCase = `${P}/${s.b.caseId}`;
  const bApplicant = `${bCase}/applicants/${s.b.applicantId}`;
  const bCard = `${P}/cards/${s.b.cardId}`;
  const terms = { number: 'WALK-0001', validFrom: '2026-12-02', validTo: '2029-12-01' };
  return [
    { key: `GET ${P}/conditions`, calls: () => [{ url: `${P}/conditions`, perm: 'services.manage', outsider: [200], insider: [200] }] },
    {
      key: `PUT ${P}/conditions`,
      calls: () => [
        {
          method: 'PUT',
          url: `${P}/conditions`,
          payload: { minStaff: 1, minTradeYuan: null, customsRequired: false, allowedTaxGrades: [], minTaxYuan: null, version: 999_999 },
          perm: 'services.manage',
          outsider: [409],
          insider: [409],
        },
      ],
    },
    { key: `GET ${P}/filings`, calls: () => [{ url: `${P}/filings`, perm: read, outsider: [200], insider: [200] }] },
    {
      key: `GET ${P}/filings/:unitId`,
      calls: (wk) => [
        { url: `${P}/filings/${w.unitB}`, perm: read, outsider: [404], insider: [200] },
        { url: `${P}/filings/${w.unitA2}`, perm: read, outsider: wk.unitOnly ? [404] : [200], insider: [200] },
      ],
    },
    {
      key: `PUT ${P}/filings/:unitId`,
      calls: (wk) => [toB(wk, 'PUT', `${P}/filings/${w.unitB}`, filingBody({ version: v(wk, 1) }), read)],
    },
    {
      key: `GET ${P}/cards`,
      calls: () => [
        { url: `${P}/cards`, perm: read, outsider: [200], insider: [200] },
        { url: `${P}/cards?unitId=${w.unitB}&state=valid&q=${s.cardNumberB}`, perm: read, outsider: [200], insider: [200] },
      ],
    },
    { key: `GET ${P}/cards/export.xlsx`, calls: () => [{ url: `${P}/cards/export.xlsx`, perm: 'services.export', outsider: [200], insider: [200] }] },
    { key: `GET ${P}/cards/:cardId`, calls: () => [{ url: bCard, perm: read, outsider: [404], insider: [200] }] },
    {
      key: `POST ${P}/cards/:cardId/cancel`,
      calls: (wk) => [toB(wk, 'POST', `${bCard}/cancel`, { version: v(wk, s.b.cardVersion), reason: 'left', cancelledOn: '2026-12-02' })],
    },
    {
      key: `POST ${P}/cards/:cardId/replace`,
      calls: (wk) => [
        toB(wk, 'POST', `${bCard}/replace`, { version: v(wk, s.b.cardVersion), ...terms, passportNumber: 'E99887766', passportExpiry: '2035-01-01' }),
      ],
    },
    { key: `POST ${P}/cards/:cardId/reissue`, calls: (wk) => [toB(wk, 'POST', `${bCard}/reissue`, { version: v(wk, s.b.cardVersion), ...terms })] },
    {
      key: `POST ${P}/cards/:cardId/custody`,
      calls: (wk) => [toB(wk, 'POST', `${bCard}/custody`, { version: v(wk, s.b.cardVersion), direction: 'in', onDate: '2026-12-02' })],
    },
    {
      key: `GET ${P}/:caseId`,
      calls: (wk) => [
        { url: bCase, perm: read, outsider: [404], insider: [200] },
        { url: `${P}/${s.caseA2}`, perm: read, outsider: wk.unitOnly ? [404] : [200], insider: [200] },
      ],
    },
    { key: `POST ${P}/:caseId/applicants`, calls: (wk) => [toB(wk, 'POST', `${bCase}/applicants`, applicantBody('走查'), read)] },
    {
      key: `PUT ${P}/:caseId/applicants/:applicantId`,
      calls: (wk) => [toB(wk, 'PUT', bApplicant, { ...applicantBody('走查'), version: v(wk, s.b.version) }, read)],
    },
    {
      key: `POST ${P}/:caseId/applicants/:applicantId/archive`,
      calls: (wk) => [toB(wk, 'POST', `${bApplicant}/archive`, { version: v(wk, s.b.version), reason: '走查撤回' }, read)],
    },
    { key: `POST ${P}/:caseId/applicants/:applicantId/photo`, calls: (wk) => [toB(wk, 'POST', `${bApplicant}/photo`, undefined, read)] },
    {
      key: `POST ${P}/:caseId/applicants/:applicantId/ministry`,
      calls: (wk) => [
        toB(wk, 'POST', `${bApplicant}/ministry`, { version: v(wk, s.b.version), decision: 'refused', decidedOn: '2026-12-02', feePaidOn: null }),
      ],
    },
    {
      key: `PUT ${P}/:caseId/applicants/:applicantId/economies`,
      calls: (wk) => [toB(wk, 'PUT', `${bApplicant}/economies`, { version: v(wk, s.b.version), items: [{ economy: 'JP', status: 'refused' }] })],
    },
    {
      key: `POST ${P}/:caseId/applicants/:applicantId/card`,
      calls: (wk) => [toB(wk, 'POST', `${bApplicant}/card`, { version: v(wk, s.b.version), ...terms })],
    },
  ];
}

async function snapshotB(w: World) {
  const db = w.ctx.db;
  const units = [w.unitB];
  return {
    filings: await db.select().from(serviceApecFilings).where(inArray(serviceApecFilings.orgUnitId, units)),
    applicants: await db.select().from(serviceApecApplicants).where(inArray(serviceApecApplicants.orgUnitId, units)),
    economies: await db.select().from(serviceApecEconomyStatuses).where(inArray(serviceApecEconomyStatuses.orgUnitId, units)),
    cards: await db.select().from(serviceApecCards).where(inArray(serviceApecCards.orgUnitId, units)),
    custody: await db.select().from(serviceApecCardCustody).where(inArray(serviceApecCardCustody.orgUnitId, units)),
  };
}

export const apecWalk: AreaWalk = {
  name: 'apec',
  seed,
  routes,
  snapshotB,
  targets: apecTargets,
  secretsB: () => [apecSeed.current!.cardNumberB],
};
