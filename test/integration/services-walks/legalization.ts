/**
 * The legalization area's part of the walks: the table of states and the fees (installation-wide data, kept by
 * services.manage), a case's documents, the register and its download, and the public check of a number.
 * The public check needs no sign-in (config.public, as /api/health in the central walk): every walker gets the same
 * answer for A's number and a 404 for a number never issued. B's numbers answer too, by design (the Convention's
 * e-Register is open to anyone), which is why the walk asks with A's number: the leak check holds the rest of B's facts.
 */
import { eq, inArray } from 'drizzle-orm';
import { serviceCases } from '../../../src/server/modules/services/cases/cases.table';
import { serviceLegalizationItems, serviceLegalizationRegister } from '../../../src/server/modules/services/legalization/legalization.table';
import { issueThroughWindow, itemBody, openLegalization } from '../../helpers/legalization';
import { ok, type AreaWalk, type BadInputTarget, type World } from './world';
import type { Route } from '../../helpers/walk';

interface Seeded {
  caseA: number;
  caseB: number;
  itemA: number;
  itemB: number;
  numberA: string;
}
let s: Seeded;
let stateCounter = 0;
/** A state code per PUT, so each walker's first save of a default row is allowed and the rest are stale. */
const STATES = ['CHL', 'PER', 'COL', 'ECU', 'ARG', 'BRA', 'MEX', 'URY', 'PRY', 'BOL'];

async function itemsOf(w: World, caseId: number): Promise<number> {
  return ok(await w.cityStaff.get(`/api/services/legalizations/${caseId}/items`)).items[0].id as number;
}

const P = '/api/services/legalization';
const L = '/api/services/legalizations';

export const legalizationWalk: AreaWalk = {
  name: 'legalization',

  async seed(w) {
    const caseA = await openLegalization(w.applicantA);
    ok(await w.applicantA.post(`${L}/${caseA}/items`, itemBody({ issuer: '甲区公证处' })), 201);
    const caseB = await openLegalization(w.applicantB);
    ok(await w.applicantB.post(`${L}/${caseB}/items`, itemBody({ issuer: `${w.secretB}公证处`, holderName: `${w.secretB}持有人` })), 201);
    // An issued case in each district, so both registers have rows.
    for (const [client, issuer] of [
      [w.applicantA, '甲区档案馆'],
      [w.applicantB, `${w.secretB}档案馆`],
    ] as const) {
      const id = await openLegalization(client);
      ok(await client.post(`${L}/${id}/items`, itemBody({ issuer, countryOfUse: 'VNM' })), 201);
      await issueThroughWindow(client, w.cityStaff, id);
    }
    const [regA] = await w.ctx.db
      .select({ number: serviceLegalizationRegister.number })
      .from(serviceLegalizationRegister)
      .where(eq(serviceLegalizationRegister.orgUnitId, w.unitA));
    s = { caseA, caseB, itemA: await itemsOf(w, caseA), itemB: await itemsOf(w, caseB), numberA: regA!.number };
  },

  routes(w): Route[] {
    const read = 'services.read' as const;
    const manage = 'services.manage' as const;
    const stateBody = () => ({ apostilleFrom: '2023-11-07', objection: false, embassyStep: false, source: 'HCCH status table', version: 0 });
    return [
      { key: `GET ${P}/states`, calls: () => [{ url: `${P}/states`, perm: read, outsider: [200], insider: [200] }] },
      {
        key: `PUT ${P}/states/:iso3`,
        calls: () => [
          {
            method: 'PUT',
            url: `${P}/states/${STATES[stateCounter++ % STATES.length]}`,
            payload: stateBody(),
            perm: manage,
            outsider: [200, 409],
            insider: [200, 409],
          },
        ],
      },
      { key: `GET ${P}/fees`, calls: () => [{ url: `${P}/fees`, perm: read, outsider: [200], insider: [200] }] },
      {
        key: `PUT ${P}/fees`,
        calls: () => [
          {
            method: 'PUT',
            url: `${P}/fees`,
            payload: { fees: [{ category: 'civil', urgency: 'normal', amount: 50, version: 0 }] },
            perm: manage,
            outsider: [200, 409],
            insider: [200, 409],
          },
        ],
      },
      {
        key: `GET ${P}/register`,
        calls: () => [
          { url: `${P}/register?q=${encodeURIComponent(w.secretB)}`, perm: read, outsider: [200], insider: [200] },
          { url: `${P}/register`, perm: read, outsider: [200], insider: [200] },
        ],
      },
      { key: `GET ${P}/register/export.xlsx`, calls: () => [{ url: `${P}/register/export.xlsx`, perm: read, outsider: [200], insider: [200] }] },
      { key: `GET ${L}/:id/items`, calls: () => [{ url: `${L}/${s.caseB}/items`, perm: read, outsider: [404], insider: [200] }] },
      {
        key: `POST ${L}/:id/items`,
        calls: () => [{ method: 'POST', url: `${L}/${s.caseB}/items`, payload: itemBody(), perm: read, outsider: [403, 404], insider: [201, 403, 409] }],
      },
      {
        key: `PATCH ${L}/:id/items/:itemId`,
        calls: () => [
          {
            method: 'PATCH',
            url: `${L}/${s.caseB}/items/${s.itemB}`,
            payload: { version: 1, pieces: 2 },
            perm: read,
            outsider: [403, 404],
            insider: [200, 403, 409],
          },
          {
            method: 'PATCH',
            url: `${L}/${s.caseA}/items/${s.itemB}`,
            payload: { version: 1, pieces: 2 },
            perm: read,
            outsider: [403, 404],
            insider: [403, 404],
          },
        ],
      },
      {
        key: `POST ${L}/:id/items/:itemId/archive`,
        calls: () => [
          {
            method: 'POST',
            url: `${L}/${s.caseB}/items/${s.itemB}/archive`,
            payload: { version: 99, reason: '走查' },
            perm: read,
            outsider: [403, 404],
            insider: [403, 409],
          },
        ],
      },
      { key: `GET ${L}/:id/fees`, calls: () => [{ url: `${L}/${s.caseB}/fees`, perm: read, outsider: [404], insider: [200] }] },
      {
        key: 'GET /api/services/public/apostilles/:number',
        calls: () => [
          { url: `/api/services/public/apostilles/${s.numberA}`, outsider: [200], insider: [200] },
          { url: '/api/services/public/apostilles/L2099-999999', outsider: [404], insider: [404] },
        ],
      },
    ];
  },

  async snapshotB(w) {
    const db = w.ctx.db;
    const cases = await db.select().from(serviceCases).where(eq(serviceCases.orgUnitId, w.unitB));
    const ids = cases.map((c) => c.id);
    return {
      cases: cases.filter((c) => c.kind === 'legalization'),
      items: ids.length ? await db.select().from(serviceLegalizationItems).where(inArray(serviceLegalizationItems.caseId, ids)) : [],
      register: await db.select().from(serviceLegalizationRegister).where(eq(serviceLegalizationRegister.orgUnitId, w.unitB)),
    };
  },

  targets(): BadInputTarget[] {
    const item = () => itemBody();
    return [
      { key: `GET ${P}/states`, method: 'GET', url: () => `${P}/states`, as: 'city' },
      {
        key: `PUT ${P}/states/:iso3`,
        method: 'PUT',
        url: () => `${P}/states/FRA`,
        // A stale version: whatever of the garbage happens to be valid is a 409, and nothing is saved.
        body: () => ({ apostilleFrom: '2023-11-07', objection: false, embassyStep: false, source: 'HCCH status table', version: 99 }),
        required: ['objection', 'embassyStep', 'source', 'version'],
        // 0 is a real version here: the first save of a state still at the code's default.
        zeroOk: ['version'],
        bad: () => [['a date that is not one', { apostilleFrom: '2023-02-30' }, 'apostilleFrom']],
        as: 'city',
      },
      { key: `GET ${P}/fees`, method: 'GET', url: () => `${P}/fees`, as: 'city' },
      {
        key: `PUT ${P}/fees`,
        method: 'PUT',
        url: () => `${P}/fees`,
        body: () => ({ fees: [{ category: 'civil', urgency: 'normal', amount: 50, version: 99 }] }),
        required: ['fees'],
        bad: () => [['a fee below zero', { fees: [{ category: 'civil', urgency: 'normal', amount: -1, version: 0 }] }, 'fees.0.amount']],
        as: 'city',
      },
      {
        key: `GET ${P}/register`,
        method: 'GET',
        url: () => `${P}/register`,
        queries: ['route={narnia}', 'from=2026-13-01', 'to=yesterday', 'country=XX', `q=${'x'.repeat(200)}`],
        as: 'district',
      },
      {
        key: `GET ${P}/register/export.xlsx`,
        method: 'GET',
        url: () => `${P}/register/export.xlsx`,
        queries: ['route={narnia}', 'country=ZZZ'],
        as: 'district',
      },
      { key: `GET ${L}/:id/items`, method: 'GET', url: (id) => `${L}/${id}/items`, id: () => s.caseA, as: 'unit' },
      {
        key: `POST ${L}/:id/items`,
        method: 'POST',
        url: (id) => `${L}/${id}/items`,
        id: () => s.caseA,
        body: item,
        required: ['docType', 'issuer', 'issuedOn', 'countryOfUse', 'pieces'],
        bad: () => [
          ['a country that is not one', { countryOfUse: 'XYZ' }, 'countryOfUse'],
          ['an issue date after today', { issuedOn: '2026-12-31' }, 'issuedOn'],
        ],
        as: 'unit',
      },
      {
        key: `PATCH ${L}/:id/items/:itemId`,
        method: 'PATCH',
        url: (id) => `${L}/${id}/items/${s.itemA}`,
        id: () => s.caseA,
        body: () => ({ version: 99, pieces: 2 }),
        required: ['version'],
        as: 'unit',
      },
      {
        key: `POST ${L}/:id/items/:itemId/archive`,
        method: 'POST',
        url: (id) => `${L}/${id}/items/${s.itemA}/archive`,
        id: () => s.caseA,
        body: () => ({ version: 99, reason: '重复登记' }),
        required: ['version', 'reason'],
        as: 'unit',
      },
      { key: `GET ${L}/:id/fees`, method: 'GET', url: (id) => `${L}/${id}/fees`, id: () => s.caseA, as: 'unit' },
      { key: 'GET /api/services/public/apostilles/:number', method: 'GET', url: () => '/api/services/public/apostilles/A2026-000001', as: 'unit' },
    ];
  },

  secretsB: (w) => [`${w.secretB}公证处`],
};
