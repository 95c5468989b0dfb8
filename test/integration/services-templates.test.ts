/**
 * The window's templates through HTTP: the defaults, the office's own text checked against the template's fields,
 * versions, reset to default, who may edit, the preview's Word file, and the audit of every save.
 */
import JSZip from 'jszip';
import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/server/platform/platform.table';
import { renderTemplate } from '../../src/server/modules/services/templates/templates.service';
import { sampleValues } from '../../src/server/modules/services/templates/templates.samples';
import { createTestContext, makeSubtree, signIn, type Client, type Subtree, type TestContext } from '../helpers/app';
import { expectErrorFrame } from '../helpers/http';

let ctx: TestContext;
let A: Subtree;
let staff: Client;
let staffEn: Client;

beforeAll(async () => {
  ctx = await createTestContext();
  A = await makeSubtree(ctx);
  staff = await signIn(ctx, 'office_staff', ctx.cityId);
  staffEn = await signIn(ctx, 'office_staff', ctx.cityId, 'en-US');
});
afterAll(() => ctx?.close());

const URL = '/api/services/templates/case.notice/zh-CN';
const docxText = async (data: Buffer) => ((await (await JSZip.loadAsync(data)).file('word/document.xml')?.async('string')) ?? '').replace(/<[^>]+>/g, '');

describe('service templates', () => {
  it('lists every template in both languages with its default text and fields', async () => {
    const res = await staff.get('/api/services/templates');
    expect(res.statusCode).toBe(200);
    const list = res.json() as Array<{ key: string; locale: string; edited: boolean; version: number; fields: Array<{ name: string }> }>;
    expect(list.map((t) => `${t.key}|${t.locale}`).sort()).toEqual(
      ['case.acceptance', 'case.notice', 'case.refusal', 'invitation.letter'].flatMap((k) => [`${k}|en-US`, `${k}|zh-CN`]).sort(),
    );
    expect(list.every((t) => !t.edited && t.version === 0)).toBe(true);
    expect(list.find((t) => t.key === 'invitation.letter')!.fields.map((f) => f.name)).toContain('invitees');
  });

  it('refuses a body naming an unknown field, in the office’s words and both languages', async () => {
    const zh = await staff.put(URL, { title: '告知书', body: '# 告知书\n尊敬的{{applicant}}：', version: 0 });
    expect(zh.statusCode).toBe(400);
    const body = expectErrorFrame(zh);
    expect(body.fields?.find((f) => f.path === 'body')?.message).toContain('applicant');
    expect(body.fields?.find((f) => f.path === 'body')?.message).toContain('第2行');
    const en = await staffEn.put(URL, { title: 'Notice', body: '{{#items}}{{name}}', version: 0 });
    expect(en.statusCode).toBe(400);
    expect(expectErrorFrame(en, 'en-US').fields?.[0].message).toMatch(/items.*line 1|line 1.*items/);
  });

  it('saves the office’s text on its version, refuses a stale one, and prints it in the preview', async () => {
    const first = await staff.put(URL, { title: '补正告知书', body: '# 补正告知书（本办）\n{{#items}}\n{{no}}. {{name}}\n{{/items}}', version: 0 });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ edited: true, version: 1, title: '补正告知书' });
    expect((await staff.put(URL, { title: 'x', body: 'y', version: 0 })).statusCode).toBe(409);
    const second = await staff.put(URL, {
      title: '补正告知书',
      body: '# 补正告知书（本办）\n{{#items}}\n{{no}}. {{name}}（{{requirement}}）\n{{/items}}',
      version: 1,
    });
    expect(second.json().version).toBe(2);
    const preview = await staff.get(`${URL}/preview.docx`);
    expect(preview.statusCode).toBe(200);
    expect(preview.headers['content-type']).toContain('wordprocessingml');
    const text = await docxText(preview.rawPayload);
    expect(text).toContain('补正告知书（本办）');
    expect(text).toContain('1. 被邀请人护照首页复印件（复印件）');
    expect((await staff.get(URL)).json()).toMatchObject({ edited: true, version: 2 });
  });

  it('resets to the default, keeping the history in the audit', async () => {
    expect((await staff.post(`${URL}/reset`, { version: 1 })).statusCode).toBe(409);
    const res = await staff.post(`${URL}/reset`, { version: 2 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ edited: false, version: 0, title: '一次性告知书' });
    const events = await ctx.db.select().from(auditEvents).where(like(auditEvents.action, 'serviceTemplate.%'));
    expect(events.map((e) => e.action)).toEqual(['serviceTemplate.edit', 'serviceTemplate.edit', 'serviceTemplate.reset']);
    // After a reset the office edits the default again from version 0.
    expect((await staff.put(URL, { title: '告知书', body: '{{applicantName}}', version: 0 })).json().version).toBe(1);
  });

  it('lets only the city office’s managers edit: a district’s admin and the window’s handlers are refused', async () => {
    const districtAdmin = await signIn(ctx, 'admin', A.districtId);
    const operator = await signIn(ctx, 'district_operator', A.districtId);
    const body = { title: 't', body: 'b', version: 0 };
    const url = '/api/services/templates/case.acceptance/en-US';
    expect((await districtAdmin.put(url, body)).statusCode).toBe(403);
    expect((await operator.put(url, body)).statusCode).toBe(403);
    expect((await ctx.db.select().from(auditEvents).where(eq(auditEvents.action, 'serviceTemplate.edit'))).length).toBe(3);
  });

  it('renders the invitation letter in both languages in one document', async () => {
    const file = await renderTemplate(ctx.db, 'invitation.letter', 'bilingual', sampleValues('invitation.letter', 'zh-CN'));
    const text = await docxText(file);
    expect(text).toContain('邀 请 函');
    expect(text).toContain('INVITATION LETTER');
    expect(text).toContain('Anna SCHMIDT');
    const zhOnly = await docxText(await renderTemplate(ctx.db, 'invitation.letter', 'zh-CN', sampleValues('invitation.letter', 'zh-CN')));
    expect(zhOnly).not.toContain('INVITATION LETTER');
  });
});
