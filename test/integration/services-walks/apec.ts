/**
 * The APEC card's part of the service window's walks, and the fixtures its own test shares: an APEC case of a unit,
 * forwarded to the Ministry, with an approved applicant and a card. District B's applicant carries world.secretB.
 */
import { randomBytes } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { Client } from '../../helpers/app';
import {
  serviceApecApplicants,
  serviceApecCardCustody,
  serviceApecCards,
  serviceApecEconomyStatuses,
  serviceApecFilings,
} from '../../../src/server/modules/services/apec/apec.table';
import { ok, type AreaWalk, type BadInputTarget, type World } from './world';
import type { Call, Route, Walker } from '../../helpers/walk';

export const P = '/api/services/apec';

export const filingBody = (over: Record<string, unknown> = {}) => ({
  staffCount: 12,
  tradeYuan: 800_000,
  customsRegistered: true,
  customsCode: '3204960001',
  taxGrade: 'B',
  taxPaidYuan: 400_000,
  stateOwned: false,
  version: 0,
  ...over,
});

/** An applicant whose passport runs five more years from the story's day and whose certificate is a month old. */
export const applicantBody = (name: string, over: Record<string, unknown> = {}) => ({
  name,
  idNumber: '32040219800101123X',
  passportNumber: `E${randomBytes(4).toString('hex').toUpperCase()}`,
  passportExpiry: '2031-12-01',
  post: '总经理',
  socialInsurance6m: true,
  noCriminalCertOn: '2026-11-02',
  ...over,
});

/** A draft APEC case of the client's unit (or of `unitId`, opened by the window). */
export async function openApecCase(client: Client, unitId?: number): Promise<number> {
  return ok(await client.post('/api/services/cases', { kind: 'apec', ...(unitId ? { unitId } : {}) }), 201).case.id as number;
}

/** Takes a case through the workflow to where the office has forwarded it to the Ministry ("issued" at the window). */
export async function forward(unit: Client, office: Client, caseId: number): Promise<void> {
  const version = async () => ok(await office.get(`/api/services/cases/${caseId}`)).case.version as number;
  ok(await unit.post(`/api/services/cases/${caseId}/submit`, { version: await version() }));
  ok(await office.post(`/api/services/cases/${caseId}/accept`, { version: await version() }));
  ok(await office.post(`/api/services/cases/${caseId}/issue`, { version: await version() }));
}

/** An applicant on a case, approved by the Ministry once the case is forwarded, with a card when `cardNumber` is given. */
export async function approvedApplicant(unit: Client, office: Client, name: string, cardNumber?: string) {
  const caseId = await openApecCase(unit);
  const view = ok(await unit.post(`${P}/${caseId}/applicants`, applicantBody(name)), 201);
  const applicant = view.applicants[0];
  await forward(unit, office, caseId);
  const approved = ok(
    await office.post(`${P}/${caseId}/applicants/${applicant.id}/ministry`, {
      version: applicant.version,
      decision: 'approved',
      decidedOn: '2026-12-01',
      feePaidOn: '2026-12-01',
    }),
  );
  let a = approved.applicants[0];
  let cardId = 0;
  if (cardNumber) {
    const carded = ok(
      await office.post(`${P}/${caseId}/applicants/${a.id}/card`, { version: a.version, number: cardNumber, validFrom: '2026-12-02', validTo: '2031-12-01' }),
      201,
    );
    a = carded.applicants[0];
    cardId = a.cards[0].id;
  }
  return { caseId, applicantId: a.id as number, version: a.version as number, cardId };
}

interface Seeded {
  draftA: number;
  draftApplicantA: number;
  caseA2: number;
  b: { caseId: number; applicantId: number; version: number; cardId: number; cardVersion: number };
  a: { caseId: number; applicantId: number; cardId: number };
  cardNumberB: string;
}
let seeded: Seeded;

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
  seeded = { draftA, draftApplicantA: draft.applicants[0].id, caseA2, a, b: { ...b, cardVersion: card!.version }, cardNumberB };
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
  const s = seeded;
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

function targets(w: World): BadInputTarget[] {
  const s = seeded;
  const draft = `${P}/${s.draftA}/applicants`;
  const aApplicant = `${P}/${s.a.caseId}/applicants/${s.a.applicantId}`;
  const stale = 999_999;
  const terms = { number: 'BAD-0001', validFrom: '2026-12-02', validTo: '2029-12-01' };
  return [
    { key: `GET ${P}/conditions`, method: 'GET', url: () => `${P}/conditions`, as: 'city' },
    {
      key: `PUT ${P}/conditions`,
      method: 'PUT',
      url: () => `${P}/conditions`,
      as: 'city',
      body: () => ({
        minStaff: 5,
        minTradeYuan: 500000,
        customsRequired: true,
        allowedTaxGrades: ['A', 'B', 'M'],
        minTaxYuan: null,
        source: '常州',
        version: stale,
      }),
      zeroOk: ['minStaff', 'minTradeYuan', 'version'],
      required: ['customsRequired', 'allowedTaxGrades', 'version'],
      bad: () => [['an unknown grade', { allowedTaxGrades: ['Z'] }, 'allowedTaxGrades.0']],
    },
    { key: `GET ${P}/filings`, method: 'GET', url: () => `${P}/filings`, as: 'unit' },
    { key: `GET ${P}/filings/:unitId`, method: 'GET', url: (id) => `${P}/filings/${id}`, id: () => w.unitA, as: 'unit' },
    {
      key: `PUT ${P}/filings/:unitId`,
      method: 'PUT',
      url: (id) => `${P}/filings/${id}`,
      id: () => w.unitA,
      as: 'unit',
      body: () => filingBody({ version: stale }),
      zeroOk: ['staffCount', 'tradeYuan', 'taxPaidYuan', 'version'],
      required: ['staffCount', 'tradeYuan', 'customsRegistered', 'taxGrade', 'taxPaidYuan', 'stateOwned', 'version'],
      bad: () => [['an unknown grade', { taxGrade: 'Q' }, 'taxGrade']],
    },
    {
      key: `GET ${P}/cards`,
      method: 'GET',
      url: () => `${P}/cards`,
      as: 'city',
      queries: ['state=lost', 'unitId=abc', 'unitId=3000000000', 'page=0', 'pageSize=1000', `q=${'x'.repeat(200)}`],
    },
    { key: `GET ${P}/cards/export.xlsx`, method: 'GET', url: () => `${P}/cards/export.xlsx`, as: 'city', queries: ['state=lost', 'unitId=-1'] },
    { key: `GET ${P}/cards/:cardId`, method: 'GET', url: (id) => `${P}/cards/${id}`, id: () => s.a.cardId, as: 'city' },
    {
      key: `POST ${P}/cards/:cardId/cancel`,
      method: 'POST',
      url: (id) => `${P}/cards/${id}/cancel`,
      id: () => s.a.cardId,
      as: 'city',
      body: () => ({ version: stale, reason: 'left', cancelledOn: '2026-12-02', note: '离职' }),
      required: ['version', 'reason', 'cancelledOn'],
      bad: () => [
        ['an unknown reason', { reason: 'bored' }, 'reason'],
        ['an impossible date', { cancelledOn: '2026-02-30' }, 'cancelledOn'],
      ],
    },
    {
      key: `POST ${P}/cards/:cardId/replace`,
      method: 'POST',
      url: (id) => `${P}/cards/${id}/replace`,
      id: () => s.a.cardId,
      as: 'city',
      body: () => ({ version: stale, ...terms, passportNumber: 'E55667788', passportExpiry: '2035-01-01' }),
      required: ['version', 'number', 'validFrom', 'validTo', 'passportNumber', 'passportExpiry'],
      bad: () => [['a card number with spaces', { number: 'A B C' }, 'number']],
    },
    {
      key: `POST ${P}/cards/:cardId/reissue`,
      method: 'POST',
      url: (id) => `${P}/cards/${id}/reissue`,
      id: () => s.a.cardId,
      as: 'city',
      body: () => ({ version: stale, ...terms }),
      required: ['version', 'number', 'validFrom', 'validTo'],
    },
    {
      key: `POST ${P}/cards/:cardId/custody`,
      method: 'POST',
      url: (id) => `${P}/cards/${id}/custody`,
      id: () => s.a.cardId,
      as: 'city',
      body: () => ({ version: stale, direction: 'out', onDate: '2026-12-02', note: '出访日本' }),
      required: ['version', 'direction', 'onDate'],
      bad: () => [['an unknown direction', { direction: 'sideways' }, 'direction']],
    },
    { key: `GET ${P}/:caseId`, method: 'GET', url: (id) => `${P}/${id}`, id: () => s.draftA, as: 'unit' },
    {
      key: `POST ${P}/:caseId/applicants`,
      method: 'POST',
      url: (id) => `${P}/${id}/applicants`,
      id: () => s.draftA,
      as: 'unit',
      body: () => applicantBody('坏输入'),
      required: ['name', 'idNumber', 'passportNumber', 'passportExpiry', 'post', 'socialInsurance6m'],
      bad: () => [
        ['a short id number', { idNumber: '1234' }, 'idNumber'],
        ['an impossible expiry', { passportExpiry: '2031-13-01' }, 'passportExpiry'],
      ],
    },
    {
      key: `PUT ${P}/:caseId/applicants/:applicantId`,
      method: 'PUT',
      url: (id) => `${draft}/${id}`,
      id: () => s.draftApplicantA,
      as: 'unit',
      body: () => ({ ...applicantBody('坏输入'), version: stale }),
      required: ['name', 'idNumber', 'passportNumber', 'version'],
    },
    {
      key: `POST ${P}/:caseId/applicants/:applicantId/archive`,
      method: 'POST',
      url: (id) => `${draft}/${id}/archive`,
      id: () => s.draftApplicantA,
      as: 'unit',
      body: () => ({ version: stale, reason: '不再申请' }),
      required: ['version', 'reason'],
    },
    {
      key: `POST ${P}/:caseId/applicants/:applicantId/ministry`,
      method: 'POST',
      url: () => `${aApplicant}/ministry`,
      as: 'city',
      body: () => ({ version: stale, decision: 'approved', decidedOn: '2026-12-01', feePaidOn: '2026-12-01', feeAmount: 720 }),
      zeroOk: ['feeAmount'],
      required: ['version', 'decision', 'decidedOn'],
      bad: () => [['an unknown decision', { decision: 'maybe' }, 'decision']],
    },
    {
      key: `PUT ${P}/:caseId/applicants/:applicantId/economies`,
      method: 'PUT',
      url: () => `${aApplicant}/economies`,
      as: 'city',
      body: () => ({ version: stale, items: [{ economy: 'JP', status: 'approved', decidedOn: '2026-12-02' }] }),
      required: ['version', 'items'],
      bad: () => [
        ['an economy outside APEC', { items: [{ economy: 'US', status: 'approved' }] }, 'items.0.economy'],
        ['an unknown status', { items: [{ economy: 'JP', status: 'lost' }] }, 'items.0.status'],
      ],
    },
    {
      key: `POST ${P}/:caseId/applicants/:applicantId/card`,
      method: 'POST',
      url: () => `${aApplicant}/card`,
      as: 'city',
      body: () => ({ version: stale, ...terms }),
      required: ['version', 'number', 'validFrom', 'validTo'],
    },
  ];
}

export const apecWalk: AreaWalk = {
  name: 'apec',
  seed,
  routes,
  snapshotB,
  targets,
  secretsB: () => [seeded.cardNumberB],
};
