/**
 * An export hands out personal data from its first byte, so it is audited before the first byte leaves,
 * not when the download completes (issue 8 §3): the event is there when the headers arrive, and a download
 * cut off at once leaves exactly one.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock } from '../../src/server/clock';
import { auditEvents } from '../../src/server/platform/platform.table';
import { createTestContext, makeSubtree, signIn, type Client, type Subtree, type TestContext } from '../helpers/app';

let ctx: TestContext;
let T: Subtree;
let op: Client;
let base: string;

beforeAll(async () => {
  ctx = await createTestContext();
  T = await makeSubtree(ctx);
  op = await signIn(ctx, 'district_operator', T.districtId);
  // Enough files that the sheet is still being written when the client goes away.
  await ctx.db
    .execute(sql`insert into residents (org_unit_id, surname, given_names, nationality, doc_type, doc_number, doc_issuing_country, arrival_date, created_at, updated_at)
    select ${T.communityIds[0]}, 'Kim', 'N' || i, 'KOR', 'passport', 'EA' || lpad(i::text, 7, '0'), 'KOR', ${clock.today()}::date - 30, ${clock.now()}, ${clock.now()}
    from generate_series(1, 20000) as i`);
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await ctx?.close();
});

/** Starts a download and hangs up as soon as the headers are in. */
function cutOff(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${base}${path}`, { headers: { cookie: op.cookie } }, (res) => {
      resolve(res.statusCode ?? 0);
      res.destroy();
      req.destroy();
    });
    req.on('error', reject);
  });
}

describe('exports are audited', () => {
  it('when the ledger download is cut off at its first byte', async () => {
    const events = async () =>
      (
        await ctx.db
          .select()
          .from(auditEvents)
          .where(and(eq(auditEvents.action, 'resident.export'), eq(auditEvents.actorId, op.userId)))
      ).length;
    expect(await events()).toBe(0);
    // Asked the moment the headers arrive, before any of the 20,000 rows could have been written.
    expect(await cutOff('/api/residents/export.xlsx?nationality=KOR')).toBe(200);
    expect(await events()).toBe(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(await events()).toBe(1);
    const [event] = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'resident.export'), eq(auditEvents.actorId, op.userId)));
    expect(event.detail).toMatchObject({ filter: { nationality: 'KOR' } });
  });
});
