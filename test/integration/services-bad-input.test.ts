/**
 * The bad-input walk of the service window: every /api/services route in its valid form (each area's targets are in
 * services-walks/<area>.ts), then garbage derived from it, in both languages. Every answer is a 4xx JSON frame in the
 * caller's language, never a 500, and a refusal of a named field names it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../src/server/clock';
import { createTestContext, signIn, type Client, type TestContext } from '../helpers/app';
import { expectErrorFrame, registeredApiRoutes } from '../helpers/http';
import { garbageFor, send, type Locale } from '../helpers/bad-input';
import { AREA_WALKS } from './services-walks';
import { makeWorld, type BadInputRole, type BadInputTarget, type World } from './services-walks/world';

const STORY = '2026-12-02T10:00:00+08:00';

let ctx: TestContext;
let world: World;
let clients: Record<Locale, Record<BadInputRole, Client>>;
const targets = (): BadInputTarget[] => AREA_WALKS.flatMap((a) => a.targets(world));

beforeAll(async () => {
  ctx = await createTestContext();
  setClock(STORY, { frozen: true });
  world = await makeWorld(ctx);
  for (const area of AREA_WALKS) await area.seed(world);
  const as = async (locale: Locale): Promise<Record<BadInputRole, Client>> => ({
    unit: await signIn(ctx, 'unit_applicant', world.unitA, locale),
    district: await signIn(ctx, 'district_operator', world.A.districtId, locale),
    city: await signIn(ctx, 'office_staff', ctx.cityId, locale),
    admin: await signIn(ctx, 'admin', ctx.cityId, locale),
    leader: await signIn(ctx, 'leader', ctx.cityId, locale),
  });
  clients = { 'zh-CN': await as('zh-CN'), 'en-US': await as('en-US') };
}, 240_000);
afterAll(() => ctx.close());

describe('services bad input', () => {
  it('covers every registered /api/services route, and only those', () => {
    const registered = registeredApiRoutes(ctx.app);
    const services = [...registered].filter((r) => / \/api\/services(\/|$)/.test(r));
    const aimed = new Set(targets().map((t) => t.key));
    expect(
      services.filter((r) => !aimed.has(r)),
      'services routes without a bad-input target',
    ).toEqual([]);
    expect(
      [...aimed].filter((r) => !registered.has(r)),
      'targets of routes that do not exist',
    ).toEqual([]);
  });

  for (const locale of ['zh-CN', 'en-US'] as const) {
    it(`answers garbage with a 4xx JSON frame in ${locale}, never a 500`, async () => {
      const problems: string[] = [];
      for (const t of targets()) {
        for (const g of garbageFor(t, locale)) {
          const res = await send(clients[locale][t.as], t, g, locale);
          try {
            const frame = expectErrorFrame(res, locale);
            expect([401, 403], frame.code).not.toContain(frame.statusCode);
            if (g.field)
              expect(
                frame.fields?.map((f) => f.path),
                frame.code,
              ).toContain(g.field);
          } catch (err) {
            problems.push(`${t.key} [${g.label}] → ${res.statusCode} ${res.body.slice(0, 200)} :: ${(err as Error).message.slice(0, 120)}`);
          }
        }
      }
      expect(problems).toEqual([]);
    }, 240_000);
  }
});
