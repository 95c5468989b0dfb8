import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from '../../src/server/app';
import { clock, setClock } from '../../src/server/clock';
import { addDays } from '../../src/shared/reference/dates';
import { loadConfig } from '../../src/server/config';
import type { Database, Db } from '../../src/server/db/client';
import { orgUnits, users } from '../../src/server/platform/platform.table';
import { fillPaths } from '../../src/server/platform/org/org.seed';
import { hashPassword } from '../../src/server/platform/auth/sessions';
import type { Role } from '../../src/shared/contracts/auth';
import { freshDatabase } from './db';

export interface TestContext {
  app: FastifyInstance;
  database: Database;
  db: Db;
  cityId: number;
  close(): Promise<void>;
}

/** The whole app on a fresh database with only a city: each test builds the subtree it needs. */
export async function createTestContext(opts: { loginRateLimit?: number; env?: Record<string, string> } = {}): Promise<TestContext> {
  setTestClock();
  const database = await freshDatabase();
  const config = loadConfig({ LOG_LEVEL: 'silent', LOGIN_MAX_FAILURES: '5', ...opts.env });
  const app = await buildApp({ config, database, logger: false, loginRateLimit: opts.loginRateLimit ?? 10_000 });
  await app.ready();
  const [city] = await database.db.insert(orgUnits).values({ kind: 'city', nameZh: '测试市', nameEn: 'Test City', path: '', depth: 0 }).returning();
  await fillPaths(database.db);
  return {
    app,
    database,
    db: database.db,
    cityId: city.id,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/**
 * Stops the app's clock at TEST_CLOCK (the hostile-moment runs of `npm test` set it: 12:00:30 in
 * Beijing, the calendar's last second, 29 February) or else at the moment the file starts. A test
 * that needs another moment sets the clock itself.
 */
export function setTestClock(): void {
  setClock(process.env.TEST_CLOCK || new Date(), { frozen: true });
}

// Test files compute "today" at import time too: the clock must be set before they do.
setTestClock();

const uid = () => randomBytes(4).toString('hex');

export interface Subtree {
  districtId: number;
  streetIds: [number, number];
  communityIds: [number, number, number, number];
}

/** A new district with two streets of two communities each, named uniquely so tests never share rows. */
export async function makeSubtree(ctx: TestContext, label = uid()): Promise<Subtree> {
  const insert = async (parentId: number, kind: string, nameZh: string, depth: number) => {
    const [row] = await ctx.db.insert(orgUnits).values({ parentId, kind, nameZh, nameEn: nameZh, path: '', depth }).returning();
    await fillPaths(ctx.db);
    return row.id;
  };
  const districtId = await insert(ctx.cityId, 'district', `${label}区`, 1);
  const streets = [await insert(districtId, 'street', `${label}甲街道`, 2), await insert(districtId, 'street', `${label}乙街道`, 2)] as [number, number];
  const communities = [
    await insert(streets[0], 'community', `${label}一社区`, 3),
    await insert(streets[0], 'community', `${label}二社区`, 3),
    await insert(streets[1], 'community', `${label}三社区`, 3),
    await insert(streets[1], 'community', `${label}四社区`, 3),
  ] as [number, number, number, number];
  return { districtId, streetIds: streets, communityIds: communities };
}

export const TEST_PASSWORD = 'Correct-Horse-9';
let cachedHash: Promise<string> | null = null;

/** A user of a role at a unit, already signed in: requests carry its cookie and CSRF token. */
export async function signIn(ctx: TestContext, role: Role, orgUnitId: number, locale: 'zh-CN' | 'en-US' = 'zh-CN'): Promise<Client> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const username = `${role}_${uid()}`;
  const [user] = await ctx.db
    .insert(users)
    .values({ username, displayName: username, role, orgUnitId, passwordHash: await cachedHash, locale })
    .returning();
  const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: TEST_PASSWORD } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'waishi_session')!;
  return new Client(ctx.app, `${cookie.name}=${cookie.value}`, res.json().csrfToken, user.id, username);
}

export class Client {
  constructor(
    readonly app: FastifyInstance,
    readonly cookie: string,
    readonly csrf: string,
    readonly userId: number,
    readonly username: string,
  ) {}

  request(method: InjectOptions['method'], url: string, payload?: unknown, headers: Record<string, string> = {}) {
    return this.app.inject({
      method,
      url,
      payload: payload as InjectOptions['payload'],
      headers: { cookie: this.cookie, 'x-csrf-token': this.csrf, ...headers },
    });
  }
  get(url: string, headers?: Record<string, string>) {
    return this.request('GET', url, undefined, headers);
  }
  post(url: string, payload?: unknown, headers?: Record<string, string>) {
    return this.request('POST', url, payload, headers);
  }
  put(url: string, payload?: unknown) {
    return this.request('PUT', url, payload);
  }
  patch(url: string, payload?: unknown) {
    return this.request('PATCH', url, payload);
  }
}

let docCounter = 0;
/** A valid resident body, arrived a month ago with a visa for seven more; a unique document number unless one is given. */
export function residentBody(orgUnitId: number, overrides: Record<string, unknown> = {}) {
  docCounter += 1;
  return {
    orgUnitId,
    surname: 'Smith',
    givenNames: 'John',
    nationality: 'USA',
    docType: 'passport',
    docNumber: `P${uid().toUpperCase()}${docCounter}`,
    arrivalDate: addDays(clock.today(), -30),
    visaType: 'Z',
    visaExpiry: addDays(clock.today(), 210),
    ...overrides,
  };
}
