// `npm test`: the checks (typecheck, lint, format), then unit tests, integration tests on embedded PGlite and on a PostgreSQL server, then browser tests.
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

const summary = { passed: 0, failed: 0, skipped: 0 };
let broken = false;

const failedChecks = [];

// `npm run check` without its unit tests, which run below anyway. A failed check breaks the run; SKIP_CHECK=1 skips them.
function check(label, args) {
  console.log(`\n=== ${label} ===`);
  const r = spawnSync('npx', args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    failedChecks.push(label);
    broken = true;
  }
}

function vitest(label, project, env = {}) {
  console.log(`\n=== ${label} ===`);
  const r = run(
    'npx',
    [
      'vitest',
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=' + path.join(root, `test-results/${label.replace(/\W+/g, '-')}.json`),
    ],
    env,
  );
  process.stdout.write(r.stdout ?? '');
  try {
    const report = JSON.parse(readFileSync(path.join(root, `test-results/${label.replace(/\W+/g, '-')}.json`), 'utf8'));
    summary.passed += report.numPassedTests;
    summary.failed += report.numFailedTests;
    summary.skipped += report.numPendingTests + report.numTodoTests;
  } catch {
    /* counted as broken below */
  }
  if (r.status !== 0) broken = true;
}

async function reachable(url) {
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: u.hostname, port: Number(u.port || 5432) }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
    socket.setTimeout(2000, () => {
      socket.destroy();
      resolve(false);
    });
  });
}

if (process.env.SKIP_CHECK !== '1') {
  check('typecheck', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
  check('lint', ['eslint', '.']);
  check('format', ['prettier', '--check', '.']);
}
mkdirSync(path.join(root, 'test-results'), { recursive: true });
vitest('unit', 'unit');
vitest('integration (embedded PGlite)', 'integration', { TEST_DATABASE_URL: '' });
const pgUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
if (await reachable(pgUrl)) {
  vitest('integration (PostgreSQL server)', 'integration', { TEST_DATABASE_URL: pgUrl });
} else {
  console.log(`\n(no PostgreSQL server at ${new URL(pgUrl).host}: server integration run skipped; .ci/run starts one)`);
}
// The same integration suite with the app's clock at hostile moments and the process west of UTC: a test
// that quietly depends on when or where it runs fails here rather than on some afternoon.
if (process.env.SKIP_HOSTILE !== '1') {
  const calendar = JSON.parse(readFileSync(path.join(root, 'node_modules/chinese-days/dist/chinese-days.json'), 'utf8'));
  const lastYear = Math.max(...Object.keys(calendar.holidays).map((d) => Number(d.slice(0, 4))));
  let leapYear = lastYear;
  while (!(leapYear % 4 === 0 && (leapYear % 100 !== 0 || leapYear % 400 === 0))) leapYear -= 1;
  const beijingToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const moments = [
    { clock: `${beijingToday}T12:00:30+08:00`, tz: 'America/New_York', why: 'half a minute after the 12:00 report' },
    { clock: `${lastYear}-12-31T23:59:30+08:00`, tz: 'America/Los_Angeles', why: "the calendar's last covered second" },
    { clock: `${leapYear}-02-29T08:00:00+08:00`, tz: 'Pacific/Honolulu', why: '29 February, still the 28th west of UTC' },
  ];
  for (const m of moments) {
    vitest(`integration at ${m.clock} in ${m.tz} (${m.why})`, 'integration', { TEST_DATABASE_URL: '', TEST_CLOCK: m.clock, TZ: m.tz });
  }
}
if (process.env.SKIP_E2E !== '1') {
  const browser = spawnSync('bash', ['scripts/ensure-browser.sh'], { cwd: root, stdio: 'inherit' });
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (browser.status !== 0 || build.status !== 0) broken = true;
  else vitest('browser (Chromium)', 'e2e');
}
if (failedChecks.length > 0) console.log(`\nfailed checks: ${failedChecks.join(', ')}`);
console.log(`\n${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`);
process.exit(broken || summary.failed > 0 ? 1 : 0);
