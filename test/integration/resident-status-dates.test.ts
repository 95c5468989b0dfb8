/**
 * A resident's status follows the dates (issue 8 §3): once the recorded departure date has come, the file
 * no longer counts as present anywhere, without anyone saving it again. The clock moves days ahead here,
 * so this lives in its own file: sessions of other tests would run out meanwhile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock, setClock } from '../../src/server/clock';
import { addDays } from '../../src/shared/reference/dates';
import { readWorkbook } from '../helpers/http';
import { createTestContext, makeSubtree, residentBody, setTestClock, signIn, type TestContext } from '../helpers/app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => {
  setTestClock();
  await ctx?.close();
});

describe('a file follows its dates: departed once the recorded departure has come, without being saved again', () => {
  it('counts as departed in the list, the status filter, the record, the stats and the daily report', async () => {
    const T = await makeSubtree(ctx);
    // Days counted from the suite's clock, whatever moment that is; a fresh sign-in at each moment, as a
    // clerk coming back two days later would have.
    const day0 = clock.today();
    const at = async (day: string) => {
      setClock(`${day}T09:00:00+08:00`, { frozen: true });
      return signIn(ctx, 'district_operator', T.districtId);
    };
    let op = await at(day0);
    const made = await op.post(
      '/api/residents',
      residentBody(T.communityIds[0], { arrivalDate: addDays(day0, -40), departureDate: addDays(day0, 1), nationality: 'KOR' }),
    );
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json().id as number;
    const ids = async (qs: string) => (await op.get(`/api/residents?pageSize=200&${qs}`)).json().items as Array<{ id: number; status: string }>;
    expect(made.json().status).toBe('active');
    expect((await ids('status=active')).map((r) => r.id)).toEqual([id]);
    expect((await op.get('/api/residents/stats')).json().total).toBe(1);

    // Two days on, the departure date was yesterday. Nobody has touched the file.
    op = await at(addDays(day0, 2));
    expect(await ids('status=active')).toEqual([]);
    expect((await op.get('/api/residents?status=active')).json().total).toBe(0);
    expect(await ids('status=departed')).toEqual([expect.objectContaining({ id, status: 'departed' })]);
    expect(await ids('status=all')).toEqual([expect.objectContaining({ id, status: 'departed' })]);
    expect((await op.get(`/api/residents/${id}`)).json()).toMatchObject({ status: 'departed', version: 1 });
    const stats = (await op.get('/api/residents/stats')).json();
    expect(stats).toMatchObject({ total: 0, byNationality: [] });
    expect((await op.get('/api/residents/daily-report')).json().total).toBe(0);
    // The export says so too, in its status column.
    const sheet = await readWorkbook((await op.get('/api/residents/export.xlsx?status=all')).rawPayload);
    expect(sheet[1][(sheet[0] as string[]).indexOf('状态')]).toBe('已离境');
    // The report of a day it was still here still holds it.
    expect((await op.get(`/api/residents/daily-report?date=${day0}`)).json().total).toBe(1);

    // On the departure day itself it has left (statusFor: departure date <= today), in lists and figures alike.
    op = await at(addDays(day0, 1));
    expect(await ids('status=departed')).toEqual([expect.objectContaining({ id, status: 'departed' })]);
    expect((await op.get('/api/residents/stats')).json().total).toBe(0);
    op = await at(day0);
    expect(await ids('status=departed')).toEqual([]);
    setTestClock();
  });
});
