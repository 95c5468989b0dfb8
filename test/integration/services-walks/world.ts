/**
 * The world the service window's walks run in (services-scope-walk.test.ts, services-bad-input.test.ts): a city with
 * district A (two units) and district B (one unit), users of every role, and the areas' own records. Each area of
 * the window brings its walk in this folder (`<area>.ts`, an AreaWalk), so the walks cover a route the day it lands.
 */
import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Role } from '../../../src/shared/contracts/auth';
import { makeSubtree, signIn, type Client, type Subtree, type TestContext } from '../../helpers/app';
import { makeUnit } from '../../helpers/travel';
import type { Route, Walker } from '../../helpers/walk';
import type { Target } from '../../helpers/bad-input';

export interface World {
  ctx: TestContext;
  A: Subtree;
  B: Subtree;
  unitA: number;
  /** The other unit of district A: secret to A's unit contact. */
  unitA2: number;
  unitB: number;
  /** Text every record of district B carries somewhere (a name, a title): found in an outsider's answer, it is a leak. */
  secretB: string;
  /** Text district A2's records carry: a leak when A's unit contact sees it. */
  secretA2: string;
  /** Makers of records: the district offices, the units' contacts and the city's window. */
  opA: Client;
  opB: Client;
  applicantA: Client;
  applicantA2: Client;
  applicantB: Client;
  cityStaff: Client;
  cityAdmin: Client;
  cityLeader: Client;
}

export async function makeWorld(ctx: TestContext): Promise<World> {
  const tag = randomBytes(3).toString('hex');
  const secretB = `乙${tag}`;
  const secretA2 = `丙${tag}`;
  const A = await makeSubtree(ctx);
  const B = await makeSubtree(ctx, secretB);
  const unitA = await makeUnit(ctx, A.districtId, `甲区商务局${tag}`);
  const unitA2 = await makeUnit(ctx, A.districtId, `${secretA2}局`);
  const unitB = await makeUnit(ctx, B.districtId, `${secretB}教育局`);
  const as = (role: Role, unit: number) => signIn(ctx, role, unit);
  return {
    ctx,
    A,
    B,
    unitA,
    unitA2,
    unitB,
    secretB,
    secretA2,
    opA: await as('district_operator', A.districtId),
    opB: await as('district_operator', B.districtId),
    applicantA: await as('unit_applicant', unitA),
    applicantA2: await as('unit_applicant', unitA2),
    applicantB: await as('unit_applicant', unitB),
    cityStaff: await as('office_staff', ctx.cityId),
    cityAdmin: await as('admin', ctx.cityId),
    cityLeader: await as('leader', ctx.cityId),
  };
}

/** The roles the bad-input walk sends garbage as, each holding the permissions of the routes it aims at. */
export type BadInputRole = 'unit' | 'district' | 'city' | 'admin' | 'leader';
export type BadInputTarget = Target & { as: BadInputRole };

/**
 * One area's part of the walks. `routes` lists every route the area registers, with the calls a walker of district A
 * makes against B's records (see test/helpers/walk.ts for what a Call allows); `snapshotB` reads B's rows of the area
 * so the walk proves nothing of B changed; `targets` are the area's routes in their valid form for the bad-input walk.
 */
export interface AreaWalk {
  name: string;
  /** Makes the area's records in A and B (B's carrying world.secretB in a text field). */
  seed(w: World): Promise<void>;
  routes(w: World): Route[];
  snapshotB(w: World): Promise<unknown>;
  targets(w: World): BadInputTarget[];
  /** More text that marks B's records (numbers, names) beyond world.secretB. */
  secretsB?(w: World): string[];
}

export const ok = (res: LightMyRequestResponse, code = 200) => {
  expect(res.statusCode, `${res.statusCode} ${res.body.slice(0, 300)}`).toBe(code);
  return res.json();
};

export type { Walker };
