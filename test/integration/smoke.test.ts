import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, makeSubtree, residentBody, signIn, type TestContext } from '../helpers/app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => {
  await ctx?.close();
});

describe('residents smoke', () => {
  it('creates, lists and counts a resident', async () => {
    const tree = await makeSubtree(ctx);
    const staff = await signIn(ctx, 'district_operator', tree.districtId);
    const created = await staff.post('/api/residents', residentBody(tree.communityIds[0], { nationality: '韩国', nameZh: '金民洙' }));
    expect(created.statusCode).toBe(201);
    expect(created.json().nationality).toBe('KOR');
    const list = await staff.get('/api/residents?q=jmz');
    expect(list.json().total).toBe(1);
    const stats = await staff.get('/api/residents/stats');
    expect(stats.statusCode).toBe(200);
    expect(stats.json().byNationality).toEqual([{ code: 'KOR', count: 1 }]);
  });
});
