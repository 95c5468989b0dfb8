/**
 * The scope walk of the service window: every /api/services route, walked by every role of district A with district
 * B's ids in params, filters and bodies (each area's calls are in services-walks/<area>.ts). Nothing of B may appear
 * in any answer to a user whose scope is district A, B's ids answer 404 (403 where the role lacks the permission),
 * writes against B never succeed and B's rows are the same afterwards; a unit's contact sees its own unit only.
 * City-level users make the same calls as insiders and reach B's records, so the ids are real.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../src/server/clock';
import { createTestContext, signIn, type TestContext } from '../helpers/app';
import { registeredApiRoutes } from '../helpers/http';
import { walk, type Walker } from '../helpers/walk';
import { AREA_WALKS } from './services-walks';
import { makeWorld, type World } from './services-walks/world';

// The walk's records tell one story of a December 2026 window day, whenever the suite runs.
const STORY = '2026-12-02T10:00:00+08:00';
const WALK_TIMEOUT = 240_000;

let ctx: TestContext;
let world: World;

beforeAll(async () => {
  ctx = await createTestContext();
  setClock(STORY, { frozen: true });
  world = await makeWorld(ctx);
  for (const area of AREA_WALKS) await area.seed(world);
}, WALK_TIMEOUT);
afterAll(() => ctx.close());

const routes = () => AREA_WALKS.flatMap((a) => a.routes(world));

function leaksIn(text: string, _json: unknown, w: Walker): string[] {
  const secrets = [world.secretB, world.opB.username, world.applicantB.username, ...AREA_WALKS.flatMap((a) => a.secretsB?.(world) ?? [])];
  if (w.unitOnly) secrets.push(world.secretA2, world.applicantA2.username);
  return [...new Set(secrets)].filter((s) => text.includes(s)).map((s) => `text ${s}`);
}

async function snapshotB() {
  return JSON.parse(JSON.stringify(await Promise.all(AREA_WALKS.map((a) => a.snapshotB(world))))) as unknown[];
}

describe('services scope walk', () => {
  it('walks every registered /api/services route, and names no route that does not exist', () => {
    const registered = registeredApiRoutes(ctx.app);
    const services = [...registered].filter((r) => / \/api\/services(\/|$)/.test(r));
    const walked = new Set(routes().map((r) => r.key));
    expect(
      services.filter((r) => !walked.has(r)),
      'services routes the walk does not cover',
    ).toEqual([]);
    expect(
      [...walked].filter((r) => !registered.has(r)),
      'walk entries for routes that do not exist',
    ).toEqual([]);
  });

  it(
    'users of district A never see, read or change anything of district B',
    async () => {
      const before = await snapshotB();
      const walkers: Walker[] = [
        { role: 'admin', client: await signIn(ctx, 'admin', world.A.districtId), insider: false },
        { role: 'district_operator', client: await signIn(ctx, 'district_operator', world.A.districtId), insider: false },
        { role: 'leader', client: await signIn(ctx, 'leader', world.A.districtId), insider: false },
        {
          role: 'street_operator',
          client: await signIn(ctx, 'street_operator', world.A.streetIds[0]),
          insider: false,
          streetOnly: true,
          label: 'street_operator@A-street',
        },
        { role: 'unit_applicant', client: await signIn(ctx, 'unit_applicant', world.unitA), insider: false, unitOnly: true, label: 'unit_applicant@A-unit' },
      ];
      const problems: string[] = [];
      for (const w of walkers) problems.push(...(await walk(routes(), w, leaksIn)));
      expect.soft(problems).toEqual([]);
      expect(await snapshotB(), "B's rows changed").toEqual(before);
    },
    WALK_TIMEOUT,
  );

  it(
    'city-level users reach B’s records, so the ids above are real',
    async () => {
      const walkers: Walker[] = [
        { role: 'admin', client: world.cityAdmin, insider: true },
        { role: 'office_staff', client: world.cityStaff, insider: true },
        { role: 'leader', client: world.cityLeader, insider: true },
      ];
      const problems: string[] = [];
      for (const w of walkers) problems.push(...(await walk(routes(), w, leaksIn)));
      expect(problems).toEqual([]);
    },
    WALK_TIMEOUT,
  );
});
