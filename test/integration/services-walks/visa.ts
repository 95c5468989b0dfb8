/**
 * The visa agency's part of the walks: a batch of B's unit (opened, submitted and accepted through the workflow) with a
 * passport whose holder carries B's secret and B's approved trip, A's batches for the bad-input targets, and an approved
 * trip of A's other unit that A's unit contact must not be offered.
 */
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { serviceVisaPassports } from '../../../src/server/modules/services/visa/visa.table';
import type { Call, Route } from '../../helpers/walk';
import { seedTrip } from '../../helpers/services';
import type { Client } from '../../helpers/app';
import { NARNIA } from '../../helpers/bad-input';
import { ok, type AreaWalk, type BadInputTarget, type World } from './world';

const V = '/api/services/visas';
const rec = { caseB: 0, passportB: 0, caseA: 0, draftA: 0, passportA: 0, tripB: '' };

const line = (over: Record<string, unknown> = {}) => ({ holderName: '吴十', passportNumber: 'SE8888888', country: '法国', visaType: 'official', ...over });

/** A batch opened by a unit's contact through the workflow, with one passport; submitted and accepted by the office when asked. */
async function batch(unit: Client, office: Client, holderName: string, passportNumber: string, accept: boolean) {
  const id = ok(await unit.post('/api/services/cases', { kind: 'visa' }), 201).case.id as number;
  const pid = ok(await unit.post(`${V}/${id}/passports`, line({ holderName, passportNumber })), 201).id as number;
  if (accept) {
    const version = async () => ok(await office.get(`/api/services/cases/${id}`)).case.version as number;
    ok(await unit.post(`/api/services/cases/${id}/submit`, { version: await version() }));
    ok(await office.post(`/api/services/cases/${id}/accept`, { version: await version() }));
  }
  return { id, pid };
}

async function seed(w: World) {
  const b = await batch(w.applicantB, w.opB, `${w.secretB}持照人`, 'SEB000001', true);
  rec.caseB = b.id;
  rec.passportB = b.pid;
  rec.tripB = (await seedTrip(w.ctx, w.unitB, 'approved', `${w.secretB}出访团`)).trip.task;
  await seedTrip(w.ctx, w.unitA2, 'approved', `${w.secretA2}出访团`);
  await seedTrip(w.ctx, w.unitA, 'approved', '甲区商务考察团');
  const a = await batch(w.applicantA, w.opA, '吴十', 'SEA000001', true);
  rec.caseA = a.id;
  rec.passportA = a.pid;
  rec.draftA = ok(await w.applicantA.post('/api/services/cases', { kind: 'visa' }), 201).case.id as number;
}

/** A write at B's passport: 404 outside; inside, a stale version (409) proves the id is real, a leader may only read (403). */
const writeB = (url: string, payload: Record<string, unknown>, perm: Call['perm'] = 'services.read') =>
  ((w) => [
    { url, method: url.endsWith(`/${rec.passportB}`) ? 'PATCH' : 'POST', payload, perm, outsider: [404], insider: w.role === 'leader' ? [403] : [409] },
  ]) as Route['calls'];

function routes(w: World): Route[] {
  const pB = () => `${V}/${rec.caseB}/passports/${rec.passportB}`;
  const stale = { version: 999 };
  return [
    {
      key: `GET ${V}/trips`,
      calls: (walker) => [
        {
          url: `${V}/trips`,
          perm: 'services.read',
          outsider: [200],
          insider: [200],
          check: (res) => {
            const tasks = (res.json() as Array<{ task: string }>).map((t) => t.task);
            if (walker.insider) expect(tasks).toContain(rec.tripB);
            else expect(tasks.length).toBeGreaterThan(0);
          },
        },
        { url: `${V}/trips?q=${encodeURIComponent(w.secretB)}`, perm: 'services.read', outsider: [200], insider: [200] },
      ],
    },
    {
      key: `GET ${V}/:caseId/passports`,
      calls: () => [
        {
          url: `${V}/${rec.caseB}/passports`,
          perm: 'services.read',
          outsider: [404],
          insider: [200],
          check: (res, wk) => void (wk.insider && expect(res.body).toContain(w.secretB)),
        },
      ],
    },
    {
      key: `POST ${V}/:caseId/passports`,
      calls: (walker) => [
        {
          url: `${V}/${rec.caseB}/passports`,
          method: 'POST',
          payload: line({ country: '纳尼亚' }),
          perm: 'services.read',
          outsider: [404],
          insider: walker.role === 'leader' ? [403] : [400],
        },
      ],
    },
    { key: `PATCH ${V}/:caseId/passports/:pid`, calls: (walker) => writeB(pB(), { ...line(), ...stale })(walker) },
    { key: `POST ${V}/:caseId/passports/:pid/archive`, calls: (walker) => writeB(`${pB()}/archive`, { ...stale, reason: '走查' })(walker) },
    { key: `POST ${V}/:caseId/passports/:pid/notice`, calls: (walker) => writeB(`${pB()}/notice`, { ...stale, note: '走查' }, 'services.handle')(walker) },
    {
      key: `POST ${V}/:caseId/passports/:pid/not-accept`,
      calls: (walker) => writeB(`${pB()}/not-accept`, { ...stale, reason: '走查' }, 'services.handle')(walker),
    },
    { key: `POST ${V}/:caseId/passports/:pid/send`, calls: (walker) => writeB(`${pB()}/send`, stale, 'services.handle')(walker) },
    { key: `POST ${V}/:caseId/passports/:pid/result`, calls: (walker) => writeB(`${pB()}/result`, { ...stale, outcome: 'issued' }, 'services.handle')(walker) },
    { key: `POST ${V}/:caseId/passports/:pid/return`, calls: (walker) => writeB(`${pB()}/return`, { ...stale, clerkName: '走查' }, 'services.handle')(walker) },
  ];
}

function targets(): BadInputTarget[] {
  const pA =
    (step = '') =>
    () =>
      `${V}/${rec.caseA}/passports/${rec.passportA}${step}`;
  const bad = (): Array<[string, Record<string, unknown>, string?]> => [
    ['an unknown country', { country: NARNIA }, 'country'],
    ['a passport number with spaces', { passportNumber: 'SE 12' }, 'passportNumber'],
    ['an unknown visa type', { visaType: 'tourist' }, 'visaType'],
  ];
  return [
    { key: `GET ${V}/trips`, method: 'GET', url: () => `${V}/trips`, as: 'unit', queries: [`q=${'x'.repeat(101)}`, 'q=%00'] },
    { key: `GET ${V}/:caseId/passports`, method: 'GET', url: () => `${V}/${rec.caseA}/passports`, as: 'district' },
    {
      key: `POST ${V}/:caseId/passports`,
      method: 'POST',
      url: () => `${V}/${rec.draftA}/passports`,
      as: 'unit',
      body: () => line(),
      required: ['holderName', 'passportNumber', 'country'],
      bad,
    },
    {
      key: `PATCH ${V}/:caseId/passports/:pid`,
      method: 'PATCH',
      url: pA(),
      as: 'district',
      body: () => ({ ...line(), version: 1 }),
      required: ['version', 'holderName'],
      bad,
    },
    {
      key: `POST ${V}/:caseId/passports/:pid/archive`,
      method: 'POST',
      url: pA('/archive'),
      as: 'district',
      body: () => ({ version: 1, reason: '' }),
      required: ['version', 'reason'],
    },
    {
      key: `POST ${V}/:caseId/passports/:pid/notice`,
      method: 'POST',
      url: pA('/notice'),
      as: 'district',
      body: () => ({ version: 1, note: 'x' }),
      required: ['version', 'note'],
    },
    {
      key: `POST ${V}/:caseId/passports/:pid/not-accept`,
      method: 'POST',
      url: pA('/not-accept'),
      as: 'district',
      body: () => ({ version: 1, reason: '' }),
      required: ['version', 'reason'],
    },
    {
      key: `POST ${V}/:caseId/passports/:pid/send`,
      method: 'POST',
      url: pA('/send'),
      as: 'district',
      body: () => ({ version: 1, on: '2026-12-31' }),
      required: ['version'],
      bad: () => [
        ['a date after today', { on: '2026-12-31' }, 'on'],
        ['no such date', { on: '2026-02-30' }, 'on'],
      ],
    },
    {
      key: `POST ${V}/:caseId/passports/:pid/result`,
      method: 'POST',
      url: pA('/result'),
      as: 'district',
      body: () => ({ version: 1, outcome: 'maybe' }),
      required: ['version', 'outcome'],
    },
    {
      key: `POST ${V}/:caseId/passports/:pid/return`,
      method: 'POST',
      url: pA('/return'),
      as: 'district',
      body: () => ({ version: 1, clerkName: '' }),
      required: ['version', 'clerkName'],
    },
  ];
}

export const visaWalk: AreaWalk = {
  name: 'visa',
  seed,
  routes,
  targets,
  async snapshotB(w) {
    return w.ctx.db.select().from(serviceVisaPassports).where(eq(serviceVisaPassports.caseId, rec.caseB));
  },
  secretsB: () => ['SEB000001'],
};
