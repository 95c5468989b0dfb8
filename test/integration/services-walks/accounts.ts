/**
 * The unit accounts' part of the walks: B's registration (its unit named with B's secret) must stay out of A's review
 * list, and A's managers get 404 for its id; the public routes answer every walker alike and leak nothing but the
 * districts' names, which the registration page shows to anyone.
 */
import { eq } from 'drizzle-orm';
import { serviceUnitRegistrations } from '../../../src/server/modules/services/accounts/accounts.table';
import { registrationBody, registerWithFiles } from '../../helpers/registration';
import type { Route } from '../../helpers/walk';
import { type AreaWalk, type World } from './world';

const R = '/api/services/accounts/registrations';
const NO_TOKEN = 'a'.repeat(32);
const seeded = new WeakMap<World, { a: number; b: number; tokenA: string; bodyB: ReturnType<typeof registrationBody> }>();
const of = (w: World) => seeded.get(w)!;

async function idOf(w: World, creditCode: string): Promise<number> {
  const [row] = await w.ctx.db.select().from(serviceUnitRegistrations).where(eq(serviceUnitRegistrations.creditCode, creditCode));
  return row.id;
}

export const accountsWalk: AreaWalk = {
  name: 'accounts',
  async seed(w) {
    const bodyA = registrationBody(w.A.districtId);
    const bodyB = registrationBody(w.B.districtId, { unitNameZh: `${w.secretB}科技有限公司` });
    const tokenA = await registerWithFiles(w.ctx.app, w.A.districtId, bodyA);
    await registerWithFiles(w.ctx.app, w.B.districtId, bodyB);
    seeded.set(w, { a: await idOf(w, bodyA.creditCode), b: await idOf(w, bodyB.creditCode), tokenA, bodyB });
  },
  secretsB: (w) => [of(w).bodyB.creditCode, of(w).bodyB.username],
  routes(w): Route[] {
    const { b } = of(w);
    return [
      {
        key: 'GET /api/services/accounts/districts',
        calls: () => [{ url: '/api/services/accounts/districts', outsider: [200], insider: [200], publicAnswer: true }],
      },
      { key: `POST ${R}`, calls: () => [{ url: R, method: 'POST', payload: {}, outsider: [400], insider: [400] }] },
      { key: `GET ${R}/status/:token`, calls: () => [{ url: `${R}/status/${NO_TOKEN}`, outsider: [404], insider: [404] }] },
      {
        key: `POST ${R}/status/:token/files/:kind`,
        calls: () => [{ url: `${R}/status/${NO_TOKEN}/files/filing`, method: 'POST', payload: {}, outsider: [404], insider: [404] }],
      },
      {
        key: `GET ${R}`,
        calls: () => [
          {
            url: `${R}?state=pending`,
            perm: 'services.manage',
            outsider: [200],
            insider: [200],
            check: (res, walker) => {
              if (walker.insider && !(res.json() as Array<{ id: number }>).some((r) => r.id === b)) throw new Error("the city does not see B's registration");
            },
          },
        ],
      },
      // A stale version: an insider's 409 proves the id is real, an outsider's 404 that it is hidden.
      {
        key: `POST ${R}/:id/approve`,
        calls: () => [{ url: `${R}/${b}/approve`, method: 'POST', payload: { version: 999 }, perm: 'services.manage', outsider: [404], insider: [409] }],
      },
      {
        key: `POST ${R}/:id/reject`,
        calls: () => [
          { url: `${R}/${b}/reject`, method: 'POST', payload: { version: 999, reason: '材料不全' }, perm: 'services.manage', outsider: [404], insider: [409] },
        ],
      },
    ];
  },
  async snapshotB(w) {
    return w.ctx.db.select().from(serviceUnitRegistrations).where(eq(serviceUnitRegistrations.orgUnitId, w.B.districtId));
  },
  targets(w) {
    const { a, tokenA } = of(w);
    const wrongCheck = (code: string) => code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    return [
      { key: 'GET /api/services/accounts/districts', method: 'GET', url: () => '/api/services/accounts/districts', as: 'city' },
      {
        key: `POST ${R}`,
        method: 'POST',
        url: () => R,
        body: () => registrationBody(w.A.districtId),
        required: ['unitNameZh', 'creditCode', 'address', 'districtId', 'clerkName', 'clerkIdNumber', 'phone', 'email', 'username', 'password'],
        bad: () => [
          ['credit code check digit', { creditCode: wrongCheck(registrationBody(0).creditCode) }, 'creditCode'],
          ['ID number check digit', { clerkIdNumber: '110105194912310021' }, 'clerkIdNumber'],
          ['a street for a district', { districtId: w.A.streetIds[0] }, 'districtId'],
          ['weak password', { password: 'password1234' }, 'password'],
        ],
        as: 'unit',
      },
      { key: `GET ${R}/status/:token`, method: 'GET', url: () => `${R}/status/not-a-token`, queries: [], as: 'unit' },
      { key: `POST ${R}/status/:token/files/:kind`, method: 'POST', url: () => `${R}/status/${tokenA}/files/filing`, generic: true, as: 'unit' },
      { key: `GET ${R}`, method: 'GET', url: () => R, queries: ['state=nope', 'state=%00'], as: 'city' },
      {
        key: `POST ${R}/:id/approve`,
        method: 'POST',
        url: (id) => `${R}/${id}/approve`,
        id: () => a,
        body: () => ({ version: 999 }),
        required: ['version'],
        as: 'city',
      },
      {
        key: `POST ${R}/:id/reject`,
        method: 'POST',
        url: (id) => `${R}/${id}/reject`,
        id: () => a,
        body: () => ({ version: 999, reason: '材料不全' }),
        required: ['version', 'reason'],
        as: 'city',
      },
    ];
  },
};
