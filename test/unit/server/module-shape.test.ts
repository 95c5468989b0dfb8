/**
 * The shape of every server module (docs/architecture.md), read from the folders so a new module is covered
 * without editing this file: the SQL lives in the repository, and every read a repository exports takes the
 * caller's Scope, so a new unscoped read fails here instead of leaking another subtree's rows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../../src/server/modules');
const modules = readdirSync(root, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

/** Every .ts file of a module, subfolders included, as a path relative to the module's folder. */
function filesOf(module: string): string[] {
  return (readdirSync(path.join(root, module), { recursive: true, encoding: 'utf8' }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('.ts'))
    .sort();
}

const isRepository = (file: string) => /(^|\/)[\w-]+\.repository\.ts$/.test(file) || /(^|\/)repository\/[\w-]+\.ts$/.test(file);
/** Table files (the module's, or an area's inside it) declare tables; the manifest names them (import * as tables) and queries nothing. */
const maySql = (module: string, file: string) => isRepository(file) || /(^|\/)[\w-]+\.table\.ts$/.test(file) || file === `${module}.module.ts`;

/** What a file imports or re-exports: the module name and whether the whole statement is type-only. */
function importsOf(text: string): Array<{ from: string; typeOnly: boolean }> {
  const statements = [...text.matchAll(/^(?:import|export)\s+(type\s+)?(?:[\w*{][^;]*?\s+from\s+)?'([^']+)'/gm)];
  const dynamic = [...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)];
  return [...statements.map(([, type, from]) => ({ from, typeOnly: !!type })), ...dynamic.map(([, from]) => ({ from, typeOnly: false }))];
}

/** A drizzle value (a query builder, `sql`, an operator) or any table file, the platform's included. */
const buildsSql = ({ from, typeOnly }: { from: string; typeOnly: boolean }) => (!typeOnly && /^drizzle-orm(\/|$)/.test(from)) || /\.table$/.test(from);

/** Exported functions with their parameter list (generics and nested parentheses allowed), `export const f = (…) =>` too. */
function exportedFunctions(text: string): Array<{ name: string; params: string }> {
  const found: Array<{ name: string; params: string }> = [];
  for (const m of text.matchAll(/^export\s+(?:async\s+)?(?:function\s*\*?\s*(\w+)\s*(?:<[^(]*?>)?\s*|const\s+(\w+)\s*=\s*(?:async\s+)?(?:<[^(]*?>)?\s*)\(/gm)) {
    let depth = 1;
    let i = m.index + m[0].length;
    const start = i;
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')') depth--;
    }
    found.push({ name: (m[1] ?? m[2])!, params: text.slice(start, i - 1) });
  }
  return found;
}

/** Reads by their name: never excused as a write. */
const READ = /^(list|count|find|iterate)/;
/** A write: it changes rows the service has already read in scope (or creates them), so it needs no Scope of its own. */
const WRITE = /^(insert|update|save|add|remove|delete|seed|return)[A-Z]/;

/**
 * The deliberate unscoped reads, each with its reason. An entry whose function is gone or has gained a Scope fails
 * the test too, so this list never outlives what it excuses.
 */
const UNSCOPED: Record<string, string> = {
  'travel/repository/rules.ts:rootUnitId': 'the root unit of the org tree: the office the rules belong to, the same for every caller',
  'travel/repository/rules.ts:allRules': 'the travel rules are one set for the whole installation (every office applies the same limits)',
  'travel/repository/rules.ts:findRule': 'the travel rules are one set for the whole installation; only the root office edits them',
  'travel/repository/rules.ts:ruleDateTaken': 'uniqueness of a rule version date, installation-wide like the rules',
  'travel/repository/passports.ts:passportIdWithNumber':
    'a passport number is one passport in the whole installation; the check answers only "taken", never whose',
  'travel/repository/plans.ts:planExists': 'one plan per unit and year: the unit was resolved in scope first, and the answer is only yes or no',
  'travel/repository/plans.ts:liveItemsOfPlan': 'inside the transaction that rewrites a plan the service has just read in scope',
  'travel/repository/plans.ts:firstUsedItem': 'whether any application holds an item of a plan read in scope, whoever may see that application',
  'services/visa/visa.repository.ts:livePassportsOfCase': "a visa case's passports for its kind hooks, on a case the workflow has already read in scope",
  'services/invitation/invitation.repository.ts:caseLetter': "the kind's hooks, inside the workflow's transaction on a case it has just read in scope",
  'services/invitation/invitation.repository.ts:caseInvitees': "the kind's hooks, inside the workflow's transaction on a case it has just read in scope",
  'services/invitation/invitation.repository.ts:lastLetterSeq':
    "an office's letter numbering runs over all its letters, whoever issues; the answer is only a number",
  'services/cases/cases.repository.ts:findLastCaseNumber':
    'case numbers are one series per kind and year for the whole installation; only the highest is read, to give the next',
  'services/cases/settings.repository.ts:findKindSettings': 'a kind’s time limits are one set for the whole installation, like the travel rules',
  'services/cases/settings.repository.ts:listChecklistItems': 'a kind’s documents checklist is one list for the whole installation, shown to every applicant',
  'services/apec/apec.repository.ts:conditionsOfOffices':
    "the conditions of a unit's own chain of offices (the unit read in scope first): the thresholds that apply to it, shown to it",
  'services/apec/apec.repository.ts:filingOfUnit':
    "the case's own unit's filing, read by the kind's hooks inside the workflow's transaction on a case read in scope",
  'services/apec/apec.repository.ts:applicantsOfCase':
    "a case's applicants, read by the kind's hooks inside the workflow's transaction on a case read in scope",
  'services/templates/templates.repository.ts:findLiveTemplate': "the window's templates are one set for the installation, kept by the city office",
  'services/templates/templates.repository.ts:listLiveTemplates': "the window's templates are one set for the installation, kept by the city office",
  'services/accounts/accounts.repository.ts:findRegistrationByToken':
    "the public status check: a unit's own registration, found by the hash of the secret token only the applicant was given",
  'services/legalization/legalization.repository.ts:listStateRows': 'the table of states is one for the installation, like the Convention it records',
  'services/legalization/legalization.repository.ts:findStateRow': 'the table of states is one for the installation; only services.manage edits it',
  'services/legalization/legalization.repository.ts:listFeeRows': 'the legalization fees are one schedule for the installation',
  'services/legalization/legalization.repository.ts:caseItems':
    "a case's documents inside the workflow's transaction on a case it has read in scope (the kind's hooks)",
  'services/legalization/legalization.repository.ts:findRegisterNumber':
    "the public check of an issued number (the e-Register): it answers only the register's own facts",
  'services/cases/queue.repository.ts:listRunningCases':
    'the recompute after a calendar change moves every running case’s due date, whoever’s it is; nothing is sent to a caller',
  'services/cases/queue.repository.ts:listEventsOfCases': 'the histories of the cases listRunningCases has just read, for the same recompute',
  'services/cases/settings.repository.ts:findChecklistItem': 'one item of the installation-wide checklist, for the city window that keeps it',
  'travel/repository/applications.ts:officePaths': 'the paths of the offices named by applications already read in scope, and the root, for the review policy',
};

const repositories = modules.flatMap((m) =>
  filesOf(m)
    .filter(isRepository)
    .map((f) => `${m}/${f}`),
);

describe('module shape', () => {
  it('finds the modules and their repositories', () => {
    expect(modules).toEqual(expect.arrayContaining(['residents', 'travel', 'exchanges']));
    for (const m of ['residents', 'travel', 'exchanges'])
      expect(
        repositories.some((r) => r.startsWith(`${m}/`)),
        m,
      ).toBe(true);
  });

  it.each(modules)('%s: only the repository, the tables and the manifest import drizzle-orm (types aside) or a table', (m) => {
    const offenders = filesOf(m)
      .filter((f) => !maySql(m, f))
      .flatMap((f) =>
        importsOf(readFileSync(path.join(root, m, f), 'utf8'))
          .filter(buildsSql)
          .map(({ from }) => `${m}/${f}: ${from}`),
      );
    expect(offenders).toEqual([]);
  });

  it("every exported read of a repository takes the caller's Scope, apart from the listed exceptions", () => {
    const unscoped: string[] = [];
    let scoped = 0;
    for (const file of repositories) {
      for (const { name, params } of exportedFunctions(readFileSync(path.join(root, file), 'utf8'))) {
        // A function without a database handle is a pure helper (a where-clause builder) and runs no query; a
        // list, count, find or iterate is a read by its name, whatever its parameters.
        if (!/:\s*Db\b/.test(params) && !READ.test(name)) continue;
        if (/\bscope\??:\s*Scope\b/.test(params)) scoped++;
        else if (READ.test(name) || !WRITE.test(name)) unscoped.push(`${file}:${name}`);
      }
    }
    expect(unscoped.filter((k) => !(k in UNSCOPED))).toEqual([]);
    // Stale exceptions: the function is gone, renamed, or takes a Scope now.
    expect(Object.keys(UNSCOPED).filter((k) => !unscoped.includes(k))).toEqual([]);
    expect(scoped).toBeGreaterThan(30);
  });

  it('reads imports and exported functions the way the checks above rely on', () => {
    const text = [
      "import { and, eq } from 'drizzle-orm';",
      "import type { SQL } from 'drizzle-orm';",
      "import {\n  travelApplications,\n  travelSteps,\n} from '../travel.table';",
      "export { x } from './residents.table';",
      "const t = await import('drizzle-orm/pg-core');",
      'export async function listThings<A extends B>(db: Db, scope: Scope, f: Parameters<typeof g>[0] = h()) {}',
      'export const countThings = async (db: Db, id: number) => 1;',
      'export function* iterate(tx: Db) {}',
    ].join('\n');
    expect(
      importsOf(text)
        .filter(buildsSql)
        .map((i) => i.from),
    ).toEqual(['drizzle-orm', '../travel.table', './residents.table', 'drizzle-orm/pg-core']);
    expect(exportedFunctions(text)).toEqual([
      { name: 'listThings', params: 'db: Db, scope: Scope, f: Parameters<typeof g>[0] = h()' },
      { name: 'countThings', params: 'db: Db, id: number' },
      { name: 'iterate', params: 'tx: Db' },
    ]);
  });
});
