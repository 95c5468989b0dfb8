import { randomBytes } from 'node:crypto';
import { parse as parseDisposition } from 'content-disposition';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentHeader } from '../../src/server/platform/files/download';
import { createTestContext, makeSubtree, signIn, type Client, type Subtree, type TestContext } from '../helpers/app';
import { buildWorkbook, expectErrorFrame, importSheet, waitForJob } from '../helpers/http';
import { deflated, deflatedRepeat, inline, SHEET_HEAD, SHEET_TAIL, SST_HEAD, SST_TAIL, zipOf } from '../helpers/zip';

let ctx: TestContext;
let T: Subtree;
let op: Client;
let visitId: number;
beforeAll(async () => {
  ctx = await createTestContext();
  T = await makeSubtree(ctx);
  op = await signIn(ctx, 'district_operator', T.districtId);
  const visit = await op.post('/api/exchanges/visits', {
    type: 'government',
    status: 'completed',
    startDate: '2026-03-10',
    endDate: '2026-03-12',
    countries: ['韩国'],
    organisation: '上传测试团组',
    headName: '金某',
    headTitle: '副知事',
    headRank: '副部级',
    peopleCount: 2,
    purpose: '友好访问',
    programme: [],
    agreementsSigned: 0,
  });
  expect(visit.statusCode, visit.body).toBe(201);
  visitId = visit.json().id;
});
afterAll(async () => {
  await ctx?.close();
});

/** A multipart body with one file part whose Content-Disposition is written as given (quotes escaped the RFC 7578 way). */
function multipart(content: Buffer, disposition: string, contentType = 'application/octet-stream') {
  const boundary = `----waishi${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; ${disposition}\r\nContent-Type: ${contentType}\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
const quoted = (name: string) => `filename="${name.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

const IMPORT = '/api/residents/import';
/** One quoted ASCII parameter with no quote or backslash inside, then the encoded one: nothing else can be smuggled in. */
const SAFE_DISPOSITION = /^attachment; filename="[\x20-\x21\x23-\x5b\x5d-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9%._~!-]+$/;
const attachUrl = () => `/api/exchanges/visits/${visitId}/attachments`;

describe('malformed uploads answer 4xx in the user’s language', () => {
  it('a body that is not multipart, though it says so with a boundary, is a 400', async () => {
    const enOp = await signIn(ctx, 'district_operator', T.districtId, 'en-US');
    for (const url of [IMPORT, attachUrl()]) {
      const res = await op.post(url, 'x', { 'content-type': 'multipart/form-data; boundary=----abc' });
      expect(res.statusCode, res.body).toBe(400);
      expect(expectErrorFrame(res).message, url).toBe('文件上传不完整，请重新上传');
      const en = await enOp.post(url, 'x', { 'content-type': 'multipart/form-data; boundary=----abc' });
      expect(en.statusCode, en.body).toBe(400);
      expect(expectErrorFrame(en, 'en-US').message).toBe('The upload did not arrive complete; please upload the file again');
      // A part without a valid header is no file at all.
      const headless = await op.post(url, '--xyz\r\nnot a header\r\n\r\nx\r\n--xyz--\r\n', { 'content-type': 'multipart/form-data; boundary=xyz' });
      expect(headless.statusCode, headless.body).toBe(400);
      expectErrorFrame(headless);
    }
  });

  it('a multipart body cut off in the middle of the file is a 400', async () => {
    const { payload, headers } = multipart(Buffer.from('PK\u0003\u0004 partial'), quoted('台账.xlsx'));
    for (const url of [IMPORT, attachUrl()]) {
      const res = await op.post(url, payload.subarray(0, payload.length - 30), headers);
      expect(res.statusCode, `${url} ${res.body}`).toBe(400);
      expect(expectErrorFrame(res).message).toBe('文件上传不完整，请重新上传');
    }
  });

  it('a file name with NUL or other control characters is a 400, nothing stored', async () => {
    for (const name of [quoted('a\u0000b.xlsx'), quoted('bell\u0007.xlsx'), quoted('esc\u001b[31m.xlsx'), quoted('del\u007f.xlsx')]) {
      for (const url of [IMPORT, attachUrl()]) {
        const { payload, headers } = multipart(await buildWorkbook([['证件号码', '国籍']]), name);
        const res = await op.post(url, payload, headers);
        expect(res.statusCode, `${url} ${JSON.stringify(name)} ${res.body}`).toBe(400);
        expect(expectErrorFrame(res).message).toBe('文件名含有不允许的控制字符，请改名后重新上传');
      }
    }
    expect((await op.get(attachUrl())).json()).toEqual([]);
  });
});

describe('a file name never reaches a header unescaped', () => {
  const evil = 'q"; filename="evil.html".xlsx';

  it('attachmentHeader: ASCII fallback without quotes, backslashes or percent signs; the full name in filename*', () => {
    expect(attachmentHeader(evil)).toBe(`attachment; filename="q_; filename=_evil.html_.xlsx"; filename*=UTF-8''q%22%3B%20filename%3D%22evil.html%22.xlsx`);
    expect(attachmentHeader("台账(2026)*'s\\100%.xlsx")).toBe(
      `attachment; filename="__(2026)*'s_100_.xlsx"; filename*=UTF-8''%E5%8F%B0%E8%B4%A6%282026%29%2A%27s%5C100%25.xlsx`,
    );
    expect(attachmentHeader('a\u0000b\r\n.pdf')).toBe(`attachment; filename="ab.pdf"; filename*=UTF-8''ab.pdf`);
    for (const name of [evil, '境外人员日报-2026-11-01.xlsx', 'a;b,c=d "e" \\f.docx', '\u{20bb7}.pdf']) {
      expect(parseDisposition(attachmentHeader(name))).toEqual({ type: 'attachment', parameters: { filename: name } });
    }
  });

  it('an attachment named to break the header downloads under its own name', async () => {
    const { payload, headers } = multipart(Buffer.from('<script>alert(1)</script>'), quoted(evil), 'text/html');
    const up = await op.post(attachUrl(), payload, headers);
    expect(up.statusCode, up.body).toBe(201);
    expect(up.json().name).toBe(evil);
    const down = await op.get(`/api/attachments/${up.json().id}`);
    expect(down.statusCode).toBe(200);
    expect(down.headers['content-disposition']).toBe(attachmentHeader(evil));
    expect(down.headers['content-disposition']).toMatch(SAFE_DISPOSITION);
    expect(parseDisposition(String(down.headers['content-disposition'])).parameters).toEqual({ filename: evil });
    expect(down.headers['x-content-type-options']).toBe('nosniff');
  });

  it('the rejected-rows report of a sheet named so downloads under its own name', async () => {
    const job = await importSheet(
      op,
      await buildWorkbook([
        ['证件号码', '国籍'],
        ['J0000001', 'Atlantis'],
      ]),
      evil.replace(/"/g, '\\"'),
    );
    expect(job.result?.rejected, job.error ?? '').toBe(1);
    const down = await op.get(`/api/files/${job.result!.errorFileId}`);
    const expected = 'q"; filename="evil.html"-未导入行.xlsx';
    expect(down.headers['content-disposition']).toBe(attachmentHeader(expected));
    expect(down.headers['content-disposition']).toMatch(SAFE_DISPOSITION);
    expect(parseDisposition(String(down.headers['content-disposition'])).parameters).toEqual({ filename: expected });
  });
});

describe('the server stays up, whatever is uploaded', () => {
  const upload = async (zip: Buffer, name = 'bomb.xlsx') => {
    const { payload, headers } = multipart(zip, quoted(name));
    const res = await op.post(IMPORT, payload, headers);
    expect(res.statusCode, res.body).toBe(202);
    return res.json().id as number;
  };

  it('a one-cell workbook referencing AAAAAAA2 fails its job with the reason', async () => {
    const zip = zipOf([deflated('xl/worksheets/sheet1.xml', `${SHEET_HEAD}<row r="2"><c r="AAAAAAA2"><v>1</v></c></row>${SHEET_TAIL}`)]);
    expect(zip.length).toBeLessThan(2000);
    const job = await waitForJob(op, await upload(zip));
    expect(job).toMatchObject({ status: 'failed', error: '单元格引用 AAAAAAA2 超出 Excel 的范围（最大为 XFD1048576），文件可能已损坏' });
  });

  it('a zip bomb declaring its size is refused before inflating; one lying about it, while inflating — and the app answers meanwhile', async () => {
    // ~1 GB of shared strings in ~1 MB, declared truthfully: refused at once.
    const honest = await deflatedRepeat('xl/sharedStrings.xml', {
      head: SST_HEAD,
      unit: `<si><t>${'a'.repeat(1000)}</t></si>`,
      count: 300_000,
      tail: SST_TAIL,
    });
    const sheet = deflated('xl/worksheets/sheet1.xml', `${SHEET_HEAD}<row r="1">${inline('A1', '证件号码')}${inline('B1', '国籍')}</row>${SHEET_TAIL}`);
    expect(honest.size).toBeGreaterThan(250 * 1024 * 1024);
    const first = await waitForJob(op, await upload(zipOf([sheet, honest])));
    expect(first).toMatchObject({ status: 'failed', error: '文件解压后过大（超过 100 MB），疑似恶意文件' });

    // 300 MB of blank rows under a valid header, declared as 1 KB: stopped at 200 MB inflated.
    const lying = await deflatedRepeat(
      'xl/worksheets/sheet1.xml',
      {
        head: `${SHEET_HEAD}<row r="1">${inline('A1', '证件号码')}${inline('B1', '国籍')}</row>`,
        unit: `<row>${inline('A2', ' '.repeat(300))}</row>`,
        count: 900_000,
        tail: SHEET_TAIL,
      },
      1024,
    );
    const id = await upload(zipOf([lying]), 'bomb-en.xlsx');
    const slowest = { ms: 0, answers: 0 };
    for (;;) {
      const t0 = performance.now();
      const health = await ctx.app.inject({ method: 'GET', url: '/api/health' });
      slowest.ms = Math.max(slowest.ms, performance.now() - t0);
      expect(health.statusCode).toBe(200);
      slowest.answers++;
      const job = (await op.get(`/api/jobs/${id}`)).json();
      if (job.status !== 'running') {
        expect(job).toMatchObject({ status: 'failed', error: '文件解压后过大（超过 200 MB），疑似恶意文件' });
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(slowest.answers).toBeGreaterThan(1); // the job did run while the app answered
    expect(slowest.ms).toBeLessThan(1000);
  }, 120_000);

  it('a job failing on a limit says so in the importer’s language', async () => {
    const en = await signIn(ctx, 'district_operator', T.districtId, 'en-US');
    const zip = zipOf([deflated('xl/worksheets/sheet1.xml', `${SHEET_HEAD}<row r="1048577"/>${SHEET_TAIL}`)]);
    const { payload, headers } = multipart(zip, quoted('x.xlsx'));
    const res = await en.post(IMPORT, payload, headers);
    expect(res.statusCode).toBe(202);
    const job = await waitForJob(en, res.json().id);
    expect(job.error).toBe('Row number 1048577 lies outside Excel’s range (1,048,576 rows at most); the file may be damaged');
  });
});
