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
import { makeUnit } from '../helpers/travel';
import { fillInvitation } from '../helpers/invitation';

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
    expect((await districtAdmin.get(url)).json().canEdit).toBe(false);
    expect((await staff.get(url)).json().canEdit).toBe(true);
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

describe('the forms of a case', () => {
  const C = '/api/services/cases';
  it('prints each form from its step: the notice lists every missing item at once, the refusal its reason, only in the case’s scope', async () => {
    // The tests above left the office's own notice text; the forms here read the defaults.
    const edited = (await staff.get(URL)).json() as { version: number; edited: boolean };
    if (edited.edited) expect((await staff.post(`${URL}/reset`, { version: edited.version })).statusCode).toBe(200);
    const unit = await makeUnit(ctx, A.districtId, '甲区外经贸局');
    const applicant = await signIn(ctx, 'unit_applicant', unit);
    const other = await signIn(ctx, 'unit_applicant', await makeUnit(ctx, A.districtId, '甲区文旅局'));
    const opened = await applicant.post(C, { kind: 'invitation', title: '德国客商来访', contactName: '李四', contactPhone: '13800000000' });
    expect(opened.statusCode, opened.body).toBe(201);
    let detail = opened.json() as { case: { id: number; version: number; number: string | null }; checklist: Array<{ id: number; nameZh: string }> };
    const id = detail.case.id;
    await fillInvitation(applicant, id);
    const step = async (who: Client, name: string, body: Record<string, unknown> = {}) => {
      const res = await who.post(`${C}/${id}/${name}`, { version: detail.case.version, ...body });
      expect(res.statusCode, `${name}: ${res.body}`).toBe(200);
      detail = res.json();
    };
    await step(applicant, 'submit');
    const form = (name: string, who: Client = staff, locale = 'zh-CN') => who.get(`${C}/${id}/forms/${name}.docx?locale=${locale}`);
    expect((await form('notice')).statusCode).toBe(409);
    expect(expectErrorFrame(await form('acceptance')).message).toMatch(/环节/);

    const [first, second] = detail.checklist;
    await step(staff, 'notice', { missingItemIds: [first.id, second.id], text: '请加盖单位公章' });
    const notice = await form('notice', applicant);
    expect(notice.statusCode, notice.body).toBe(200);
    const noticeText = await docxText(notice.rawPayload);
    expect(noticeText).toContain(first.nameZh);
    expect(noticeText).toContain(second.nameZh);
    expect(noticeText).toContain('请加盖单位公章');
    expect(noticeText).toContain(detail.case.number!);
    expect(noticeText).toContain('甲区外经贸局');
    // Another unit's contact never prints this unit's forms.
    expect((await form('notice', other)).statusCode).toBe(404);

    await step(applicant, 'answer', { note: '已补齐' });
    await step(staff, 'accept');
    const acceptance = await docxText((await form('acceptance', staff, 'en-US')).rawPayload);
    expect(acceptance).toContain('Notice of Acceptance');
    expect(acceptance).toContain(detail.case.number!);
    expect(acceptance).not.toContain('{{');

    expect((await form('refusal')).statusCode).toBe(409);
    await step(staff, 'refuse', { reason: '邀请事由与单位职能不符' });
    const refusal = await docxText((await form('refusal')).rawPayload);
    expect(refusal).toContain('邀请事由与单位职能不符');
    expect(refusal).toContain('行政复议');
  });
});
