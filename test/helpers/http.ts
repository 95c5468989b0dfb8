import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { Client } from './app';

/** Every /api route the running app answers, as "METHOD /path" (HEAD left out, no trailing slash). */
export function registeredApiRoutes(app: FastifyInstance): Set<string> {
  const out = new Set<string>();
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^([│ ]*)(?:[├└]── )?(.+?) \(([A-Z, ]+)\)$/.exec(line);
    if (!m) continue;
    const depth = m[1].length / 4;
    stack.length = depth;
    stack[depth] = m[2];
    const path = stack.join('').replace(/\/+$/, '') || '/';
    if (!path.startsWith('/api/')) continue;
    for (const method of m[3].split(',').map((s) => s.trim())) if (method !== 'HEAD') out.add(`${method} ${path}`);
  }
  return out;
}

/** The routes the OpenAPI document lists, in the same "METHOD /path" form. */
export function documentedApiRoutes(app: FastifyInstance): Set<string> {
  const doc = app.swagger() as { paths: Record<string, Record<string, unknown>> };
  const out = new Set<string>();
  for (const [p, ops] of Object.entries(doc.paths)) {
    for (const method of Object.keys(ops)) out.add(`${method.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1').replace(/\/+$/, '')}`);
  }
  return out;
}

const CJK = /[\u4e00-\u9fff]/;
const INTERNAL_NAME = /(?<![A-Za-z])[a-z]+[A-Z][A-Za-z]*/;

/** A 4xx answered as our JSON error frame, in the expected language. */
export function expectErrorFrame(res: LightMyRequestResponse, locale: 'zh-CN' | 'en-US' = 'zh-CN') {
  expect(res.statusCode, `${res.statusCode} ${res.body.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(500);
  expect(res.headers['content-type']).toMatch(/application\/json/);
  const body = res.json() as { statusCode: number; code: string; message: string; fields?: Array<{ path: string; message: string }> };
  expect(body.statusCode).toBe(res.statusCode);
  expect(typeof body.code).toBe('string');
  expect(body.message.length).toBeGreaterThan(0);
  const texts = [body.message, ...(body.fields ?? []).map((f) => f.message)];
  for (const t of texts) {
    if (locale === 'zh-CN') expect(t, t).toMatch(CJK);
    else expect(t, t).not.toMatch(CJK);
    // Words a clerk understands: no internal field name (docNumber, visaExpiry), no "received undefined".
    expect(t, t).not.toMatch(INTERNAL_NAME);
    expect(t, t).not.toMatch(/\bundefined\b|\breceived\b|\bexpected\b/i);
  }
  return body;
}

/** A one-sheet .xlsx made from rows of cell values (Dates become date cells, numbers stay numbers). */
export async function buildWorkbook(rows: unknown[][], sheetName = '台账'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The first worksheet of an .xlsx as rows of plain values (row 1 first). */
export async function readWorkbook(data: Buffer): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0];
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as unknown[]).slice(1);
  });
  return rows.map((r) => r ?? []);
}

/** A multipart/form-data body with one file under the field name "file", built by hand. */
export function multipartFile(content: Buffer, filename: string, contentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') {
  const boundary = `----waishi${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export interface JobView {
  id: number;
  status: string;
  error: string | null;
  result: { inserted: number; updated: number; unchanged: number; rejected: number; errorFileId: number | null } | null;
}

/** Uploads a sheet to the residents import and waits for its job to finish. */
export async function importSheet(client: Client, content: Buffer, filename = 'x.xlsx'): Promise<JobView> {
  const { payload, headers } = multipartFile(content, filename);
  const res = await client.post('/api/residents/import', payload, headers);
  expect(res.statusCode, res.body).toBe(202);
  return waitForJob(client, res.json().id as number);
}

export async function waitForJob(client: Client, id: number, timeoutMs = 30_000): Promise<JobView> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await client.get(`/api/jobs/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    const job = res.json() as JobView;
    if (job.status === 'succeeded' || job.status === 'failed') return job;
    if (Date.now() > until) throw new Error(`job ${id} still ${job.status}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
