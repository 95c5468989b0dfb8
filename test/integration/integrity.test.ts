import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, makeSubtree, residentBody, setTestClock, signIn, type Client, type Subtree, type TestContext } from '../helpers/app';
import { expectErrorFrame, multipartFile } from '../helpers/http';
import { makeUnit } from '../helpers/travel';

let ctx: TestContext;
let A: Subtree;
let B: Subtree;
let unit: number;
let city: Client;
let cityStaff: Client;
let districtA: Client;
let districtB: Client;
let leaderA: Client;
let applicant: Client;

beforeAll(async () => {
  ctx = await createTestContext();
  A = await makeSubtree(ctx);
  B = await makeSubtree(ctx);
  unit = await makeUnit(ctx, A.districtId);
  city = await signIn(ctx, 'admin', ctx.cityId);
  cityStaff = await signIn(ctx, 'office_staff', ctx.cityId);
  districtA = await signIn(ctx, 'district_operator', A.districtId);
  districtB = await signIn(ctx, 'district_operator', B.districtId);
  leaderA = await signIn(ctx, 'leader', A.districtId);
  applicant = await signIn(ctx, 'unit_applicant', unit);
});
afterAll(async () => {
  setTestClock();
  await ctx?.close();
});

const hex = () => randomBytes(3).toString('hex').toUpperCase();
const PAIRS = 8;

/** Fires the same request twice at once; on PostgreSQL both race past the check, on PGlite they queue. */
async function pair(send: () => Promise<{ statusCode: number; body: string }>) {
  const results = await Promise.all([send(), send()]);
  return results.sort((x, y) => x.statusCode - y.statusCode);
}

describe('two people creating the same thing at once: one 201, one 409 with its own message, never 500', () => {
  it('passports of one number', async () => {
    for (let i = 0; i < PAIRS; i++) {
      const number = `PZ${hex()}${i}`;
      const [won, lost] = await pair(() =>
        districtA.post('/api/travel/passports', { orgUnitId: unit, holderName: 'Zhang San', passportType: 'official', number, expiry: '2031-01-01' }),
      );
      expect([won.statusCode, lost.statusCode], lost.body).toEqual([201, 409]);
      const body = expectErrorFrame(lost as never);
      expect(body).toMatchObject({ code: 'err.passportDuplicate' });
      expect(body.message).toContain(number);
      expect(body.fields?.[0].path).toBe('number');
    }
  });

  it('plans of one unit and year', async () => {
    for (let i = 0; i < PAIRS; i++) {
      const year = 2040 + i;
      const [won, lost] = await pair(() =>
        applicant.post('/api/travel/plans', { year, items: [{ title: 'Korea trade', countries: ['KOR'], people: 3, days: 5, month: 11, budget: 60000 }] }),
      );
      expect([won.statusCode, lost.statusCode], lost.body).toEqual([201, 409]);
      expect(expectErrorFrame(lost as never)).toMatchObject({ code: 'err.travelPlanExists', message: expect.stringContaining(String(year)) });
    }
  });

  it('rule versions of one kind and date', async () => {
    const rules = (await city.get('/api/travel/rules')).json() as Array<{ kind: string; params: unknown }>;
    const params = rules.find((r) => r.kind === 'limits')!.params;
    for (let i = 0; i < PAIRS; i++) {
      const effectiveFrom = `2060-0${i + 1}-01`;
      const [won, lost] = await pair(() =>
        city.post('/api/travel/rules', { kind: 'limits', effectiveFrom, documentNumber: `示例〔2060〕${i}号`, title: '新规', params }),
      );
      expect([won.statusCode, lost.statusCode], lost.body).toEqual([201, 409]);
      expect(expectErrorFrame(lost as never)).toMatchObject({ code: 'err.travelRuleDate', message: expect.stringContaining(effectiveFrom) });
    }
  });

  it('resident files of one document, users of one name, friendship-city pairs', async () => {
    for (let i = 0; i < PAIRS; i++) {
      const body = residentBody(A.communityIds[0]);
      const [won, lost] = await pair(() => districtA.post('/api/residents', body));
      expect([won.statusCode, lost.statusCode], lost.body).toEqual([201, 409]);
      expect(expectErrorFrame(lost as never)).toMatchObject({ code: 'err.duplicateDocument', fields: [expect.objectContaining({ path: 'docNumber' })] });

      const username = `twin_${hex().toLowerCase()}`;
      const [made, taken] = await pair(() =>
        city.post('/api/users', { username, displayName: 'T', role: 'leader', orgUnitId: A.districtId, password: 'Long-enough-pw-1', locale: 'zh-CN' }),
      );
      expect([made.statusCode, taken.statusCode], taken.body).toEqual([201, 409]);
      expect(expectErrorFrame(taken as never)).toMatchObject({ code: 'err.usernameTaken', fields: [expect.objectContaining({ path: 'username' })] });

      const cityBody = { foreignCityZh: `友城${hex()}`, foreignCityEn: 'Twin', country: 'KOR', relationType: 'friendship', establishedOn: '2020-05-01' };
      const [pairMade, pairTaken] = await pair(() => districtA.post('/api/exchanges/cities', cityBody));
      expect([pairMade.statusCode, pairTaken.statusCode], pairTaken.body).toEqual([201, 409]);
      expect(expectErrorFrame(pairTaken as never)).toMatchObject({ code: 'err.duplicatePair' });
    }
  });

  it('says so in English too, and a duplicate made one after the other gets the same answer', async () => {
    const en = await signIn(ctx, 'district_operator', A.districtId, 'en-US');
    const number = `PE${hex()}`;
    const body = { orgUnitId: unit, holderName: 'Li Si', passportType: 'official', number, expiry: '2031-01-01' };
    expect((await en.post('/api/travel/passports', body)).statusCode).toBe(201);
    const again = await en.post('/api/travel/passports', body);
    expect(expectErrorFrame(again, 'en-US')).toMatchObject({
      statusCode: 409,
      code: 'err.passportDuplicate',
      message: `Passport ${number} is already registered`,
    });
  });
});

describe('a role that sees numbers masked cannot recover them by searching', () => {
  it('a leader finds by name, not by a number prefix; a clerk finds by both', async () => {
    const docNumber = `M1234${hex()}`;
    const made = await districtA.post(
      '/api/residents',
      residentBody(A.communityIds[1], { docNumber, nameZh: '欧阳娜娜', surname: 'OUYANG', givenNames: 'NANA' }),
    );
    expect(made.statusCode, made.body).toBe(201);
    const total = async (c: Client, q: string) => {
      const res = await c.get(`/api/residents?status=all&q=${encodeURIComponent(q)}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().total as number;
    };
    for (const q of [docNumber.slice(0, 5), docNumber.slice(0, 8), docNumber]) {
      expect(await total(districtA, q), q).toBe(1);
      expect(await total(leaderA, q), q).toBe(0);
    }
    // A wrong number answers the same: the leader learns nothing either way.
    expect(await total(leaderA, 'M9999')).toBe(0);
    for (const q of ['欧阳娜', 'ouyang nana']) {
      expect(await total(districtA, q), q).toBe(1);
      expect(await total(leaderA, q), q).toBe(1);
    }
    const shown = (await leaderA.get(`/api/residents?status=all&q=${encodeURIComponent('欧阳娜')}`)).json().items[0];
    expect(shown).toMatchObject({ docNumberMasked: true });
    expect(shown.docNumber).not.toBe(docNumber);
  });
});

describe('an attachment follows its record', () => {
  const visit = (orgUnitId: number) => ({
    orgUnitId,
    type: 'government',
    status: 'completed',
    startDate: '2026-03-10',
    endDate: '2026-03-12',
    countries: ['韩国'],
    organisation: '京畿道代表团',
    headName: '金某',
    headTitle: '副知事',
    headRank: '副部级',
    peopleCount: 8,
    purpose: '友好访问',
    programme: [],
    agreementsSigned: 0,
  });

  it('after the city moves a visit from district A to B, B downloads its files and A no longer can', async () => {
    const v = (await cityStaff.post('/api/exchanges/visits', visit(A.districtId))).json();
    const { payload, headers } = multipartFile(Buffer.from('%PDF-1.4 invitation'), '邀请函.pdf', 'application/pdf');
    const up = await districtA.post(`/api/exchanges/visits/${v.id}/attachments`, payload, headers);
    expect(up.statusCode, up.body).toBe(201);
    const file = `/api/attachments/${up.json().id}`;
    expect((await districtA.get(file)).statusCode).toBe(200);
    expect((await districtB.get(file)).statusCode).toBe(404);

    const moved = await cityStaff.put(`/api/exchanges/visits/${v.id}`, { ...visit(B.districtId), version: v.version });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().orgUnitId).toBe(B.districtId);
    expect((await districtA.get(file)).statusCode).toBe(404);
    const b = await districtB.get(file);
    expect(b.statusCode).toBe(200);
    expect(b.body).toBe('%PDF-1.4 invitation');
    expect((await cityStaff.get(file)).statusCode).toBe(200);
  });

  it("a travel application's files are for those who may read the application", async () => {
    // The unit's applicant and its district read the application; another district and a street office do not.
    const street = await signIn(ctx, 'street_operator', A.streetIds[0]);
    const { tripBody } = await import('../helpers/travel');
    const app = await applicant.post('/api/travel/applications', tripBody());
    expect(app.statusCode, app.body).toBe(201);
    const { payload, headers } = multipartFile(Buffer.from('invitation letter'), 'invitation.pdf', 'application/pdf');
    const up = await applicant.post(`/api/travel/applications/${app.json().id}/attachments`, payload, headers);
    expect(up.statusCode, up.body).toBe(201);
    const file = `/api/attachments/${up.json().id}`;
    expect((await applicant.get(file)).statusCode).toBe(200);
    expect((await districtA.get(file)).statusCode).toBe(200);
    expect((await districtB.get(file)).statusCode).toBe(404);
    expect((await street.get(file)).statusCode).toBe(404);
  });
});
