/**
 * The invitation letter through HTTP against the real database: a unit fills in its letter and invitees (from an
 * MRZ paste too), the sixth invitee is refused, the submission's problems come all at once, issuing numbers the
 * letters per office and year, the letter downloads as a Word file, and the close-out is due, reminded, overdue, done.
 */
import JSZip from 'jszip';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../src/server/clock';
import { serviceUnitRegistrations } from '../../src/server/modules/services/accounts/accounts.table';
import { serviceCases } from '../../src/server/modules/services/cases/cases.table';
import { auditEvents } from '../../src/server/platform/platform.table';
import { createTestContext, makeSubtree, signIn, type Client, type TestContext } from '../helpers/app';
import { expectErrorFrame } from '../helpers/http';
import { caseStep, fillInvitation, inviteeBody, issueInvitation, letterFacts, openInvitation, passportMrz } from '../helpers/invitation';
import { makeUnit } from '../helpers/travel';

const STORY = '2026-12-02T10:00:00+08:00';
const base = '/api/services/invitations';

let ctx: TestContext;
let unitA: number;
let districtA: number;
let unitB: number;
let otherUnit: number;
let applicant: Client;
let otherApplicant: Client;
let applicantB: Client;
let staff: Client;

beforeAll(async () => {
  ctx = await createTestContext();
  setClock(STORY, { frozen: true });
  const A = await makeSubtree(ctx);
  const B = await makeSubtree(ctx);
  districtA = A.districtId;
  unitA = await makeUnit(ctx, A.districtId, '常州某科技有限公司');
  otherUnit = await makeUnit(ctx, A.districtId);
  unitB = await makeUnit(ctx, B.districtId);
  await signInAll();
}, 120_000);
afterAll(() => ctx.close());

/** Signs everyone in afresh: after the clock has been moved a month on and back, the old sessions are gone. */
async function signInAll() {
  applicant = await signIn(ctx, 'unit_applicant', unitA);
  otherApplicant = await signIn(ctx, 'unit_applicant', otherUnit);
  applicantB = await signIn(ctx, 'unit_applicant', unitB);
  staff = await signIn(ctx, 'office_staff', ctx.cityId);
}
/** Back to the story's day, signed in again. */
async function backToStory() {
  setClock(STORY, { frozen: true });
  await signInAll();
}
const caseRow = async (id: number) => (await ctx.db.select().from(serviceCases).where(eq(serviceCases.id, id)))[0]!;
const letterOf = async (client: Client, id: number) => {
  const res = await client.get(`${base}/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('the letter’s facts', () => {
  it('starts empty at version 0, saves on it once, and refuses a stale version', async () => {
    const id = await openInvitation(applicant);
    const empty = await letterOf(applicant, id);
    expect(empty).toMatchObject({ version: 0, purpose: null, invitees: [], can: { edit: true, download: false } });
    const saved = await applicant.put(`${base}/${id}`, letterFacts({ visaCountry: '德国' }));
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, purpose: '商务洽谈', visaCountry: 'DEU', visaType: 'M' });
    expect((await applicant.put(`${base}/${id}`, letterFacts())).statusCode).toBe(409);
    expect((await applicant.put(`${base}/${id}`, letterFacts({ version: 1, cities: '无锡' }))).json().cities).toBe('无锡');
    expect((await applicant.put(`${base}/${id}`, letterFacts({ version: 1 }))).statusCode).toBe(409);
    const audit = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'invitation.update'), eq(auditEvents.entityType, 'service_invitation')));
    expect(audit.length).toBeGreaterThan(0);
  });

  it('names an unknown country in the office’s words', async () => {
    const id = await openInvitation(applicant);
    const res = await applicant.put(`${base}/${id}`, letterFacts({ visaCountry: '纳尼亚' }));
    const frame = expectErrorFrame(res);
    expect(frame.fields?.map((f) => f.path)).toContain('visaCountry');
  });

  it('is filled in by the window only while a draft, never by a leader, and invisible to another unit', async () => {
    const leader = await signIn(ctx, 'leader', ctx.cityId);
    const id = await openInvitation(applicant);
    await fillInvitation(applicant, id, 1);
    const seen = await letterOf(staff, id);
    expect(seen.can.edit).toBe(true);
    expect((await staff.put(`${base}/${id}`, letterFacts({ version: seen.version, purpose: '窗口代填' }))).statusCode).toBe(200);
    expect((await leader.put(`${base}/${id}`, letterFacts({ version: seen.version + 1 }))).statusCode).toBe(403);
    await caseStep(applicant, id, 'submit');
    const submitted = await letterOf(staff, id);
    expect(submitted.can.edit).toBe(false);
    expect((await staff.put(`${base}/${id}`, letterFacts({ version: submitted.version }))).statusCode).toBe(409);
    expect((await otherApplicant.get(`${base}/${id}`)).statusCode).toBe(404);
    expect((await applicantB.post(`${base}/${id}/invitees`, inviteeBody())).statusCode).toBe(404);
  });
});

describe('invitees', () => {
  it('takes five a letter and refuses the sixth in the office’s words; the case counts persons and countries', async () => {
    const id = await openInvitation(applicant);
    await fillInvitation(applicant, id, 4);
    expect((await applicant.post(`${base}/${id}/invitees`, inviteeBody({ nationality: 'France' }))).statusCode).toBe(201);
    const sixth = await applicant.post(`${base}/${id}/invitees`, inviteeBody());
    expect(sixth.statusCode).toBe(400);
    expect(sixth.json().message).toContain('最多邀请 5 人');
    const row = await caseRow(id);
    expect({ pieces: row.pieces, persons: row.persons, countries: row.countries }).toEqual({ pieces: 1, persons: 5, countries: ['DEU', 'FRA'] });
  });

  it('removes an invitee with a reason only, keeping the row archived, and counts again', async () => {
    const id = await openInvitation(applicant);
    await fillInvitation(applicant, id, 2);
    const [first] = (await letterOf(applicant, id)).invitees;
    expect((await applicant.post(`${base}/${id}/invitees/${first.id}/archive`, { version: first.version })).statusCode).toBe(400);
    const removed = await applicant.post(`${base}/${id}/invitees/${first.id}/archive`, { version: first.version, reason: '行程调整' });
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await letterOf(applicant, id)).invitees).toHaveLength(1);
    expect((await caseRow(id)).persons).toBe(1);
    expect((await applicant.put(`${base}/${id}/invitees/${first.id}`, { ...inviteeBody(), version: first.version + 1 })).statusCode).toBe(404);
  });

  it('edits an invitee on its version', async () => {
    const id = await openInvitation(applicant);
    await fillInvitation(applicant, id, 1);
    const [p] = (await letterOf(applicant, id)).invitees;
    const res = await applicant.put(`${base}/${id}/invitees/${p.id}`, { ...inviteeBody({ title: 'CEO', nationality: 'JPN' }), version: p.version });
    expect(res.json()).toMatchObject({ title: 'CEO', nationality: 'JPN', nationalityName: '日本' });
    expect((await applicant.put(`${base}/${id}/invitees/${p.id}`, { ...inviteeBody(), version: p.version })).statusCode).toBe(409);
    expect((await caseRow(id)).countries).toEqual(['JPN']);
  });

  it('reads an MRZ paste into passport fields without writing, or adds the invitee it names', async () => {
    const id = await openInvitation(applicant);
    await fillInvitation(applicant, id, 0);
    const read = await applicant.post(`${base}/${id}/invitees/mrz`, { text: passportMrz() });
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({
      valid: true,
      fields: { name: 'MUSTERMANN ERIKA', sex: 'F', birthDate: '1980-08-12', nationality: 'DEU', passportNo: 'C01X00T47', passportExpiry: '2032-02-28' },
      invitee: null,
    });
    expect((await letterOf(applicant, id)).invitees).toHaveLength(0);
    const added = await applicant.post(`${base}/${id}/invitees/mrz`, {
      text: passportMrz({ name: 'DOE<<JOHN', nat: 'USA', sex: 'M' }),
      add: true,
      employer: 'ACME',
    });
    expect(added.json().invitee).toMatchObject({ name: 'DOE JOHN', nationality: 'USA', employer: 'ACME' });
    expect((await letterOf(applicant, id)).invitees).toHaveLength(1);
    const bad = await applicant.post(`${base}/${id}/invitees/mrz`, { text: 'this is not a machine readable zone' });
    expect(bad.statusCode).toBe(400);
  });
});

describe('submission', () => {
  it('lists every problem at once, in the office’s words', async () => {
    const id = await openInvitation(applicant);
    await fillInvitation(applicant, id, 0, { entryDate: '2026-12-05', entries: 'multiple', signerName: null });
    const { case: c } = (await applicant.get(`/api/services/cases/${id}`)).json();
    const res = await applicant.post(`/api/services/cases/${id}/submit`, { version: c.version });
    const frame = expectErrorFrame(res);
    expect(frame.statusCode).toBe(400);
    expect(frame.fields?.map((f) => f.path).sort()).toEqual(['entryDate', 'invitees', 'multipleEntryReason', 'signerName']);
    expect(frame.fields?.find((f) => f.path === 'entryDate')?.message).toContain('不足 7 天');
    expect(frame.fields?.find((f) => f.path === 'signerName')?.message).toContain('签发人姓名');
  });

  it('submits a complete letter', async () => {
    const id = await openInvitation(applicant);
    await fillInvitation(applicant, id, 2);
    const detail = await caseStep(applicant, id, 'submit');
    expect(detail.case.status).toBe('submitted');
    expect((await letterOf(applicant, id)).can.edit).toBe(false);
  });
});

describe('issue, number and download', () => {
  it('numbers letters per office and year, in sequence, and starts again each year', async () => {
    const first = await openInvitation(applicant);
    await fillInvitation(applicant, first, 1);
    const second = await openInvitation(applicant);
    await fillInvitation(applicant, second, 1);
    const inB = await openInvitation(applicantB);
    await fillInvitation(applicantB, inB, 1);
    const n1 = await issueInvitation(applicant, staff, first);
    const n2 = await issueInvitation(applicant, staff, second);
    const seq = (n: string) => Number(/第(\d+)号/.exec(n)![1]);
    expect(n1).toMatch(/^2026邀字第\d{3}号$/);
    expect(seq(n2)).toBe(seq(n1) + 1);
    // District B's office keeps its own sequence.
    expect(await issueInvitation(applicantB, staff, inB)).toBe('2026邀字第001号');
    const letter = await letterOf(applicant, first);
    expect(letter).toMatchObject({ issuedOn: '2026-12-02', can: { edit: false, download: true } });
    expect((await applicant.put(`${base}/${first}`, letterFacts({ version: letter.version }))).statusCode).toBe(409);

    setClock('2027-01-04T09:00:00+08:00', { frozen: true });
    try {
      // A month on, the sessions have expired: sign in again.
      const [unit, office] = [await signIn(ctx, 'unit_applicant', unitB), await signIn(ctx, 'office_staff', ctx.cityId)];
      const next = await openInvitation(unit);
      await fillInvitation(unit, next, 1);
      expect(await issueInvitation(unit, office, next)).toBe('2027邀字第001号');
    } finally {
      await backToStory();
    }
  });

  it('downloads the issued letter as a Word file with its number, for the unit and the office; not before', async () => {
    // The unit's account was approved with its address: the letter carries it.
    await ctx.db.insert(serviceUnitRegistrations).values({
      tokenHash: 'x'.repeat(64),
      state: 'approved',
      unitNameZh: '常州某科技有限公司',
      creditCode: '91320400MA1XXXXXXX',
      address: '常州市新北区太湖东路9号',
      orgUnitId: districtA,
      clerkName: '王伟',
      clerkIdNumber: '320400199001010000',
      phone: '13800000000',
      email: 'clerk@example.com',
      username: 'clerk_invitation',
      passwordHash: 'not-a-hash',
      unitId: unitA,
    });
    const id = await openInvitation(applicant);
    await fillInvitation(applicant, id, 1);
    expect((await applicant.get(`${base}/${id}/letter.docx`)).statusCode).toBe(409);
    const number = await issueInvitation(applicant, staff, id);
    for (const client of [applicant, staff]) {
      const res = await client.get(`${base}/${id}/letter.docx?lang=bilingual`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('wordprocessingml');
      const zip = await JSZip.loadAsync(res.rawPayload);
      const xml = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
      expect(xml).toContain(number);
      expect(xml).toContain('MUSTERMANN ERIKA');
      expect(xml).toContain('INVITATION LETTER');
      expect(xml).toContain('常州某科技有限公司');
      expect(xml).toContain('常州市新北区太湖东路9号');
    }
    expect((await otherApplicant.get(`${base}/${id}/letter.docx`)).statusCode).toBe(404);
  });
});

describe('close-out (销签)', () => {
  const list = async (client: Client, state: string) =>
    (await client.get(`${base}/close-outs?state=${state}&pageSize=200`)).json().items as Array<Record<string, unknown>>;

  it('is due 30 days after the planned departure, reminded in its last week, red after it, done when reported', async () => {
    const id = await openInvitation(applicant);
    // Entry 2027-01-01, ten days' stay: planned departure 2027-01-11, close-out due 2027-02-10.
    await fillInvitation(applicant, id, 1, { entryDate: '2027-01-01', stayDays: 10 });
    await issueInvitation(applicant, staff, id);
    expect((await letterOf(applicant, id)).closeOutDueOn).toBe('2027-02-10');
    expect((await list(applicant, 'due')).find((r) => r.caseId === id)).toMatchObject({ reminder: false, state: 'due' });
    expect((await list(otherApplicant, 'due')).find((r) => r.caseId === id)).toBeUndefined();

    // Two months on, the sessions have expired: sign in again at each moment.
    const at = async (moment: string) => {
      setClock(moment, { frozen: true });
      return { unit: await signIn(ctx, 'unit_applicant', unitA), office: await signIn(ctx, 'office_staff', ctx.cityId) };
    };
    try {
      let c = await at('2027-02-03T09:00:00+08:00');
      expect((await list(c.office, 'due')).find((r) => r.caseId === id)).toMatchObject({ reminder: true, daysLeft: 7 });
      c = await at('2027-02-10T09:00:00+08:00');
      expect((await list(c.office, 'due')).find((r) => r.caseId === id)).toMatchObject({ daysLeft: 0 });
      c = await at('2027-02-11T09:00:00+08:00');
      expect((await list(c.office, 'overdue')).find((r) => r.caseId === id)).toMatchObject({ state: 'overdue', daysLeft: -1 });
      expect((await list(c.office, 'due')).find((r) => r.caseId === id)).toBeUndefined();

      const { version } = await letterOf(c.unit, id);
      expect((await c.unit.post(`${base}/${id}/close-out`, { version, departedOn: '2027-02-12' })).statusCode).toBe(400);
      const done = await c.unit.post(`${base}/${id}/close-out`, { version, departedOn: '2027-01-09' });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json()).toMatchObject({
        closeOutKind: 'left',
        departedOn: '2027-01-09',
        closeOutDueOn: '2027-02-08',
        closedOutOn: '2027-02-11',
        closeOutState: 'done',
      });
      expect((await list(c.unit, 'done')).find((r) => r.caseId === id)).toMatchObject({ state: 'done' });
      expect((await list(c.office, 'overdue')).find((r) => r.caseId === id)).toBeUndefined();
      const [audit] = await ctx.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'invitation.closeOut'), eq(auditEvents.entityId, String(await letterId(id)))));
      expect(audit?.detail).toMatchObject({ kind: 'left', late: true });
      expect((await c.unit.post(`${base}/${id}/close-out`, { version: version + 1, cancelled: true })).statusCode).toBe(409);
    } finally {
      await backToStory();
    }
  });

  it('closes out a cancelled visit, and refuses both or neither of departure and cancellation', async () => {
    const id = await openInvitation(applicant);
    await fillInvitation(applicant, id, 1);
    const early = await applicant.post(`${base}/${id}/close-out`, { version: 1, cancelled: true });
    expect(early.statusCode).toBe(409);
    await issueInvitation(applicant, staff, id);
    const { version } = await letterOf(applicant, id);
    expect((await applicant.post(`${base}/${id}/close-out`, { version })).statusCode).toBe(400);
    expect((await applicant.post(`${base}/${id}/close-out`, { version, cancelled: true, departedOn: '2026-12-01' })).statusCode).toBe(400);
    const res = await applicant.post(`${base}/${id}/close-out`, { version, cancelled: true });
    expect(res.json()).toMatchObject({ closeOutKind: 'cancelled', closedOutOn: '2026-12-02', closeOutDueOn: '2027-01-01' });
  });
});

async function letterId(caseId: number) {
  const { serviceInvitations } = await import('../../src/server/modules/services/invitation/invitation.table');
  return (await ctx.db.select().from(serviceInvitations).where(eq(serviceInvitations.caseId, caseId)))[0]!.id;
}
