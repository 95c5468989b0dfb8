import JSZip from 'jszip';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { applicationSchema, stepSchema, type Application, type Step } from '../../../src/shared/contracts/travel';
import { approvalFormDocx } from '../../../src/server/modules/travel/docx/approval-form';
import { publicityNoticeDocx } from '../../../src/server/modules/travel/docx/publicity-notice';
import { batchListColumns, batchListRow, batchListSheetName } from '../../../src/server/modules/travel/travel.excel';
import { packageCalendar } from '../../../src/server/platform/calendar/calendar';
import { readSheet, streamXlsx, type CellValue } from '../../../src/server/platform/files/excel';

const member = (name: string, extra: Record<string, unknown>) => ({
  name,
  unitName: '市商务局',
  post: null,
  rank: 'section',
  passportType: 'official_ordinary',
  passportNumber: null,
  passportExpiry: '2030-01-01',
  role: 'member',
  leadership: false,
  ...extra,
});

/** A delegation of four to Japan and Korea, approved with one member removed and a day cut. */
const app: Application = applicationSchema.parse({
  id: 42,
  orgUnitId: 7,
  orgUnitName: '市商务局',
  year: 2025,
  status: 'approved',
  planItemId: 3,
  task: '开展友好城市经贸交流',
  purpose: '出席友城经贸洽谈会，考察港口物流园区，商谈2026年合作备忘录。',
  inviterName: '大阪府商工劳动部',
  inviterCountry: 'JPN',
  inviterIntermediary: false,
  departDate: '2025-05-12',
  returnDate: '2025-05-18',
  legs: [
    { country: 'JPN', city: '大阪', arriveOn: '2025-05-12', leaveOn: '2025-05-14', transitOnly: false },
    { country: 'JPN', city: '东京', arriveOn: '2025-05-14', leaveOn: '2025-05-15', transitOnly: false },
    { country: 'KOR', city: '釜山', arriveOn: '2025-05-15', leaveOn: '2025-05-18', transitOnly: false },
  ],
  members: [
    member('张伟', { post: '副局长', rank: 'division', role: 'head', leadership: true, passportNumber: 'SE1234567' }),
    member('李娜', { post: '外经贸处处长', rank: 'section', passportNumber: 'SE7654321' }),
    member('王芳', { post: '科员', rank: 'staff', passportNumber: 'SE1111111' }),
    member('陈晨', { unitName: '市外办', post: '翻译', rank: 'staff', role: 'interpreter', passportType: 'official', passportNumber: 'E22222222' }),
  ],
  budget: [
    { category: 'international_travel', country: null, persons: 3, units: 1, unitAmount: 6200, currency: 'CNY', note: '经济舱往返' },
    { category: 'lodging', country: 'JPN', persons: 3, units: 3, unitAmount: 18000, currency: 'JPY', note: null },
    { category: 'lodging', country: 'KOR', persons: 3, units: 2, unitAmount: 150000, currency: 'KRW', note: null },
    { category: 'meals', country: 'JPN', persons: 3, units: 3, unitAmount: 8000, currency: 'JPY', note: null },
  ],
  fundingSource: '部门预算（因公出国（境）经费）',
  publicityStart: '2025-04-07',
  publicityEnd: '2025-04-11',
  contactName: '刘洋',
  contactPhone: '0571-87001234',
  check: {
    findings: [
      { rule: 'budget', severity: 'warn', path: 'budget.1.unitAmount', message: '住宿费标准 JPY 17000/人·晚，申请 JPY 18000（日本，财行〔2013〕516号）' },
    ],
    blocking: 0,
    daysAbroad: 6,
    countries: ['JPN', 'KOR'],
    approverLevel: 'leader',
    totalBudget: 18_600,
    budgetTotals: [
      { currency: 'CNY', amount: 18_600 },
      { currency: 'JPY', amount: 234_000 },
      { currency: 'KRW', amount: 900_000 },
    ],
    rules: { limits: { id: 1, documentNumber: '外办发〔2024〕3号', effectiveFrom: '2024-01-01' }, budget: null, approval: null },
  },
  decision: {
    removedMembers: ['王芳'],
    daysCut: 1,
    approvedDepart: '2025-05-12',
    approvedReturn: '2025-05-17',
    decisionDocNo: '市外办〔2025〕12号',
    forwardedOn: null,
    forwardedTo: null,
    comment: '同意出访，核减1人，压缩1天。',
  },
  followUp: {
    actualDepart: null,
    actualReturn: null,
    actualMembers: [],
    passportsDue: null,
    passportsReturnedOn: null,
    reportDue: null,
    reportFiledOn: null,
    reportSummary: null,
    overdue: [],
  },
  submittedAt: '2025-04-14T01:20:00.000Z',
  decidedAt: '2025-04-20T17:30:00.000Z',
  version: 5,
  updatedAt: '2025-04-20T17:30:00.000Z',
  can: {
    edit: false,
    submit: false,
    withdraw: false,
    cancel: true,
    review: false,
    approve: false,
    return: false,
    refuse: false,
    forward: false,
    recordDecision: false,
    decide: false,
    recordReturn: false,
    passportsReturned: false,
    fileReport: false,
    uploadAttachment: true,
  },
});

const steps: Step[] = [
  { id: 1, kind: 'create', actorName: '刘洋', orgUnitName: '市商务局', comment: null, detail: null, createdAt: '2025-04-01T02:00:00.000Z' },
  { id: 2, kind: 'submit', actorName: '刘洋', orgUnitName: '市商务局', comment: null, detail: null, createdAt: '2025-04-14T01:20:00.000Z' },
  {
    id: 3,
    kind: 'approve',
    actorName: '赵敏',
    orgUnitName: '市外办',
    comment: '王芳非必要人员，建议核减；在外时间压缩1天。',
    detail: { removeMembers: [2] },
    createdAt: '2025-04-16T06:00:00.000Z',
  },
  { id: 4, kind: 'leader_approve', actorName: '孙立', orgUnitName: '市政府', comment: '同意。', detail: null, createdAt: '2025-04-20T17:30:00.000Z' },
].map((s) => stepSchema.parse(s));

/** The visible text of a .docx part: paragraphs on lines, tags stripped, entities decoded. */
async function docxParts(buffer: Buffer): Promise<{ text: string; documentXml: string; stylesXml: string }> {
  const zip = await JSZip.loadAsync(buffer);
  const documentXml = await zip.file('word/document.xml')!.async('string');
  const stylesXml = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  const text = documentXml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
  return { text, documentXml, stylesXml };
}

describe('publicity notice', () => {
  it('drafts the Chinese notice from the application', async () => {
    const buffer = await publicityNoticeDocx(app, 'zh-CN', '杭州市商务局', '2025-04-07', packageCalendar);
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    const { text, documentXml, stylesXml } = await docxParts(buffer);
    expect(text).toContain('关于杭州市商务局张伟等3人赴日本、韩国开展友好城市经贸交流的公示');
    expect(text).toContain('公示期为2025年4月7日至2025年4月11日（5个工作日）');
    expect(text).toContain('向刘洋反映，联系电话：0571-87001234');
    for (const name of ['张伟', '李娜', '陈晨']) expect(text).toContain(name);
    expect(text).not.toContain('王芳'); // removed by the office
    expect(text).toContain('县处级');
    expect(text).toContain('团内身份');
    expect(text).toContain('翻译');
    expect(text).toContain('釜山');
    expect(text).toContain('2025年5月15日');
    expect(text).toContain('出境 — 日本大阪 — 日本东京 — 韩国釜山 — 入境');
    expect(text).toContain('大阪府商工劳动部（日本）');
    expect(text).toContain('经费来源：部门预算（因公出国（境）经费）');
    expect(text).toContain('CNY 18,600.00 + JPY 234,000.00 + KRW 900,000.00');
    expect(text).toMatch(/杭州市商务局\n2025年4月7日\n*$/);
    expect(stylesXml + documentXml).toContain('w:eastAsia="SimSun"');
    expect(documentXml).toContain('w:eastAsia="SimHei"');
    // Every run names the East Asian font, so no run falls back to the theme's.
    const runs = documentXml.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
    expect(runs.length).toBeGreaterThan(20);
    for (const run of runs) expect(run).toMatch(/w:eastAsia="Sim(Sun|Hei)"/);
    expect(documentXml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(documentXml).toMatch(/<w:jc w:val="center"\/>[\s\S]*?关于杭州市商务局/);
  });

  it('drafts the English notice', async () => {
    const { text } = await docxParts(await publicityNoticeDocx(app, 'en-US', 'Hangzhou Municipal Bureau of Commerce', '2025-04-07', packageCalendar));
    expect(text).toContain('Public Notice on the Visit of 张伟 and Others of Hangzhou Municipal Bureau of Commerce (3 Persons) to Japan, South Korea');
    expect(text).toContain('The notice runs from 7 April 2025 to 11 April 2025 (5 working days).');
    expect(text).toContain('telephone 0571-87001234');
    expect(text).toContain('Division / county');
    expect(text).toContain('Interpreter');
    expect(text).toContain('大阪府商工劳动部 (Japan)');
    expect(text).not.toContain('公示期');
  });

  it('leaves the period blank when the dates are missing', async () => {
    const draft = applicationSchema.parse({ ...app, publicityStart: null, publicityEnd: null, contactName: null, contactPhone: null });
    const { text } = await docxParts(await publicityNoticeDocx(draft, 'zh-CN', '杭州市商务局', '2025-04-07', packageCalendar));
    expect(text).toContain('公示期为____年__月__日至____年__月__日。');
    expect(text).toContain('向本单位反映。');
  });
});

describe('approval form', () => {
  it('lays out the task, members, budget, findings, decision and opinions in Chinese', async () => {
    const buffer = await approvalFormDocx(app, steps, 'zh-CN', '杭州市商务局');
    const { text, documentXml, stylesXml } = await docxParts(buffer);
    expect(text).toContain('因公临时出国（境）任务和预算审批意见表');
    expect(text).toContain('申请编号：42');
    expect(text).toContain('领导审批');
    for (const label of ['组团单位', '团组名称/任务', '团长', '人数', '出访国家（地区）及城市', '出入境日期', '在外天数', '邀请单位'])
      expect(text).toContain(label);
    expect(text).toContain('张伟（副局长）');
    expect(text).toContain('3（申请4人，核减1人）');
    expect(text).toContain('日本（大阪、东京）；韩国（釜山）');
    expect(text).toContain('2025年5月12日至2025年5月18日');
    expect(text).toContain('7天');
    for (const name of ['张伟', '李娜', '王芳', '陈晨']) expect(text).toContain(name);
    expect(text).toContain('核减');
    expect(text).toContain('公务普通护照');
    expect(text).toContain('住宿费');
    expect(text).toContain('合计（JPY）');
    expect(text).toContain('234,000.00');
    expect(text).toContain('财行〔2013〕516号');
    expect(text).toContain('提示');
    expect(text).toContain('市外办〔2025〕12号');
    expect(text).toContain('2025年5月12日至2025年5月17日');
    expect(text).toContain('同意出访，核减1人，压缩1天。');
    expect(text).toContain('王芳非必要人员，建议核减；在外时间压缩1天。');
    expect(text).toContain('外办审核同意');
    expect(text).toContain('赵敏，市外办');
    expect(text).toContain('2025-04-16 14:00'); // Asia/Shanghai
    expect(text).toContain('2025-04-21 01:30');
    expect(text).not.toContain('创建'); // not a review step
    for (const cell of ['单位意见（盖章）', '外办审核意见', '领导审批意见']) expect(text).toContain(cell);
    expect(stylesXml + documentXml).toContain('w:eastAsia="SimSun"');
    expect(documentXml).toContain('<w:tblBorders>');
    expect(documentXml).toContain('w:gridSpan w:val="3"');
  });

  it('writes the form in English', async () => {
    const { text } = await docxParts(await approvalFormDocx(app, steps, 'en-US', 'Hangzhou Municipal Bureau of Commerce'));
    expect(text).toContain('Approval Form for the Task and Budget of a Temporary Official Trip Abroad');
    expect(text).toContain('Japan (大阪, 东京); South Korea (釜山)');
    expect(text).toContain('12 May 2025 – 17 May 2025');
    expect(text).toContain('1 day');
    expect(text).not.toContain('1 days');
    expect(text).toContain('Total (KRW)');
    expect(text).toContain('Approved by the office');
    expect(text).toContain('市外办〔2025〕12号');
    expect(text).toContain('Opinion of the unit (seal)');
    expect(text).not.toContain('组团单位');
  });

  it('leaves out the findings section when the check found nothing', async () => {
    const clean = applicationSchema.parse({ ...app, check: { ...app.check, findings: [] }, budget: [] });
    const { text } = await docxParts(await approvalFormDocx(clean, [], 'zh-CN', '杭州市商务局'));
    expect(text).not.toContain('规则核验结果');
    expect(text).toContain('审核意见');
    expect(text).toContain('无');
  });
});

describe('batch list', () => {
  it('streams rows that read back under their headers', async () => {
    const refused = applicationSchema.parse({
      ...app,
      id: 43,
      status: 'refused',
      decidedAt: null,
      decision: { ...app.decision, removedMembers: [], daysCut: 0, approvedDepart: null, approvedReturn: null, decisionDocNo: null },
    });
    const columns = batchListColumns('zh-CN');
    expect(columns.map((c) => c.header)).toEqual([
      '申请编号',
      '组团单位',
      '任务',
      '团长',
      '人数',
      '出访国家（地区）',
      '出境日期',
      '入境日期',
      '在外天数',
      '审批级别',
      '审批结果/状态',
      '审批日期',
      '批准文号',
      '减员',
      '压缩天数',
      '预算合计（人民币）',
      '外币预算',
    ]);
    async function* rows() {
      for (const a of [app, refused]) yield batchListRow(a, 'zh-CN');
    }
    const stream = streamXlsx(batchListSheetName('zh-CN'), columns, rows());
    const specs = columns.map((c) => ({ key: c.key, headers: [c.header] }));
    const read: Array<Partial<Record<string, CellValue>>> = [];
    for await (const row of readSheet(stream as Readable, specs, ['id'])) read.push(row.values);
    expect(read).toHaveLength(2);
    expect(read[0]).toEqual({
      id: 42,
      orgUnit: '市商务局',
      task: '开展友好城市经贸交流',
      head: '张伟',
      people: 3,
      countries: '日本、韩国',
      departDate: '2025-05-12',
      returnDate: '2025-05-17',
      daysAbroad: 6,
      approverLevel: '领导审批',
      status: '已批准',
      decidedOn: '2025-04-21',
      decisionDocNo: '市外办〔2025〕12号',
      removedMembers: 1,
      daysCut: 1,
      totalBudget: 18_600,
      budgetOther: 'JPY 234,000.00 + KRW 900,000.00',
    });
    expect(read[1]).toMatchObject({
      id: 43,
      people: 4,
      returnDate: '2025-05-18',
      daysAbroad: 7,
      status: '不予批准',
      decidedOn: null,
      decisionDocNo: null,
      removedMembers: 0,
    });
  });

  it('has English headers and values', () => {
    expect(batchListColumns('en-US').map((c) => c.header)).toContain('Decision document no.');
    expect(batchListRow(app, 'en-US')).toMatchObject({ countries: 'Japan, South Korea', status: 'Approved', approverLevel: 'Leader' });
  });
});
