/**
 * The machinery of the scope walks (test/integration/scope-walk.test.ts, travel-scope-walk.test.ts): a list
 * of routes, each with the calls a walker makes and the statuses it may get, walked by one signed-in user.
 * What counts as a leak is the walk file's business; this file only runs the calls and collects problems.
 */
import JSZip from 'jszip';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { permissionsOf } from '../../src/server/platform/access/roles';
import type { Permission, Role } from '../../src/shared/contracts/auth';
import type { Client } from './app';
import { readWorkbook } from './http';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { MODULES } from '../../src/server/modules/registry';

export interface Walker {
  role: Role;
  client: Client;
  insider: boolean;
  streetOnly?: boolean;
  /** A unit's user (unit_applicant): its scope is its own unit, not the district around it. */
  unitOnly?: boolean;
  /** How problems name the walker; `role@city` / `role@A` unless given. */
  label?: string;
}
export interface Call {
  url: string;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH';
  payload?: unknown;
  headers?: Record<string, string>;
  perm?: Permission;
  outsider: number[];
  insider: number[];
  /** The answer is public by design (the districts' names on a public page): not searched for another subtree's text. */
  publicAnswer?: boolean;
  check?: (res: LightMyRequestResponse, w: Walker) => Promise<void> | void;
}
export type Route = { key: string; calls: (w: Walker) => Promise<Call[]> | Call[] };
/** Everything of the other district found in one answer: empty when there is none. */
export type LeakFinder = (text: string, json: unknown, w: Walker) => string[];

export const json = (res: LightMyRequestResponse) => {
  try {
    return res.json();
  } catch {
    return null;
  }
};
export const xlsxText = async (res: LightMyRequestResponse) => (res.statusCode === 200 ? JSON.stringify(await readWorkbook(res.rawPayload)) : res.body);

/** The text of a Word file: every XML part under word/ (body, headers, footers) with the tags taken out, so runs join up. */
export async function docxText(res: LightMyRequestResponse): Promise<string> {
  if (res.statusCode !== 200) return res.body;
  const zip = await JSZip.loadAsync(res.rawPayload);
  const parts = Object.keys(zip.files)
    .filter((n) => /^word\/.*\.xml$/.test(n))
    .sort();
  expect(parts, 'a .docx without word/document.xml').toContain('word/document.xml');
  const xml = await Promise.all(parts.map((n) => zip.file(n)!.async('string')));
  return xml
    .map((x) =>
      x
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&'),
    )
    .join('\n');
}

/** What a person could read in the answer: the JSON or text as sent, a workbook's cells, a Word file's text. */
export async function responseText(res: LightMyRequestResponse): Promise<string> {
  const type = res.headers['content-type']?.toString() ?? '';
  if (type.includes('spreadsheetml')) return xlsxText(res);
  if (type.includes('wordprocessingml')) return docxText(res);
  return res.body;
}

const labelOf = (w: Walker) => w.label ?? `${w.role}${w.insider ? '@city' : '@A'}`;

/**
 * Makes every call of every route as the walker, in order, and returns the problems: a 5xx, a status the
 * call does not allow (403 when the walker's role lacks the call's permission), a leak in an outsider's
 * answer, an error that is not the JSON frame, a failed check.
 */
export async function walk(routes: Route[], w: Walker, leaksIn: LeakFinder): Promise<string[]> {
  const problems: string[] = [];
  for (const route of routes) {
    for (const call of await route.calls(w)) {
      const res = await w.client.request(call.method ?? 'GET', call.url, call.payload, call.headers ?? {});
      const label = `${labelOf(w)} ${call.method ?? 'GET'} ${call.url.slice(0, 80)} → ${res.statusCode}`;
      const lacks = call.perm && !permissionsOf(w.role).includes(call.perm);
      const allowed = lacks ? [403] : w.insider ? call.insider : call.outsider;
      if (res.statusCode >= 500) problems.push(`${label}: server error ${res.body.slice(0, 200)}`);
      else if (!allowed.includes(res.statusCode)) problems.push(`${label}: expected ${allowed.join('/')} ${res.body.slice(0, 200)}`);
      if (!w.insider && !call.publicAnswer) {
        const text = await responseText(res);
        for (const leak of leaksIn(text, json(res), w)) problems.push(`${label}: LEAK ${leak}`);
      }
      if (res.statusCode >= 400 && call.url.startsWith('/api/') && !call.url.startsWith('/api/docs') && typeof json(res)?.message !== 'string') {
        problems.push(`${label}: error body is not the JSON frame`);
      }
      if (!lacks && allowed.includes(res.statusCode) && call.check) {
        try {
          await call.check(res, w);
        } catch (err) {
          problems.push(`${label}: ${(err as Error).message}`);
        }
      }
    }
  }
  return problems;
}

/**
 * Routes a module walks in its own file: a registered module with `test/integration/<name>-<kind>.test.ts` owns
 * /api/<name> and everything under it for that walk (travel today; its root routes too, as "GET /api/<name>" comes
 * without a trailing slash), so the central walk leaves them to it and a new module either brings its
 * own file or is walked centrally — a route neither covers fails the central walk's coverage check.
 */
export function walkedByTheirModule(kind: 'scope-walk' | 'bad-input'): (route: string) => boolean {
  const dir = path.resolve(import.meta.dirname, '../integration');
  const own = MODULES.map((m) => m.name).filter((name) => existsSync(path.join(dir, `${name}-${kind}.test.ts`)));
  return (route) => {
    const url = route.split(' ')[1];
    return own.some((name) => url === `/api/${name}` || url.startsWith(`/api/${name}/`));
  };
}
