import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { clock, setClock } from '../../src/server/clock';
import { freePort } from '../helpers/net';

// The browser tests and the server they drive read one time: TEST_CLOCK when set, else the machine's.
if (process.env.TEST_CLOCK) setClock(process.env.TEST_CLOCK);

export const ADMIN = { username: 'admin', password: 'Admin-Pass-2026' };

export interface RunningApp {
  url: string;
  stop(): Promise<void>;
}

/**
 * The real server (npm start's entry) on a fresh embedded database, on a free port. A test that needs time to pass
 * between two moments (a case accepted, then overdue) passes its own `dataDir` (kept when the server stops) and
 * starts the server again on it with a later `clockStart`.
 */
export async function startServer(opts: { dataDir?: string; clockStart?: string } = {}): Promise<RunningApp> {
  const dataDir = opts.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'waishi-e2e-'));
  const port = await freePort();
  // node itself (not npx → tsx → node), so stopping the child really stops the server.
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      CLOCK_START: opts.clockStart ?? clock.now().toISOString(),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    // Our server prints its address once listening: a health answer before that would be someone else's.
    if (output.includes(`:${port}`)) {
      try {
        if ((await fetch(`${url}/api/health`)).ok) break;
      } catch {
        /* not listening yet */
      }
    }
    if (Date.now() > deadline) throw new Error(`server did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    url,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, never a downloaded one; flags keep it off this machine's closed network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** A new page in its own context, signed in through the login form (as the first administrator by default). */
export async function signedInPage(browser: Browser, url: string, who: { username: string; password: string } = ADMIN): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true, locale: 'zh-CN' });
  const page = await context.newPage();
  await signIn(page, url, who);
  return page;
}

export async function signIn(page: Page, url: string, who: { username: string; password: string } = ADMIN): Promise<void> {
  await page.goto(`${url}/login`);
  await page.getByTestId('login-username').fill(who.username);
  await page.getByTestId('login-password').fill(who.password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user').waitFor();
}

/** Types into an antd Select with search and takes the first match, as a person would. */
export async function choose(page: Page, testId: string, text: string) {
  await page.getByTestId(testId).click();
  await page.keyboard.type(text);
  await page.locator('.ant-select-item-option-active').filter({ visible: true }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
}

export async function typeDate(page: Page, testId: string, ymd: string) {
  await page.getByTestId(testId).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(ymd);
  await page.keyboard.press('Enter');
}

/** Waits until nothing is loading and charts have finished animating, so a screenshot shows the settled page. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .locator('.ant-spin-spinning')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => {});
  await page.waitForTimeout(1500);
}

/** Starts the server and Chromium for a test file and stops both after it; read the fields inside tests. */
export function useAppAndBrowser(): { server: RunningApp; browser: Browser } {
  const handles = {} as { server: RunningApp; browser: Browser };
  beforeAll(async () => {
    handles.server = await startServer();
    handles.browser = await launchBrowser();
  });
  afterAll(async () => {
    await handles.browser?.close();
    await handles.server?.stop();
  });
  return handles;
}
