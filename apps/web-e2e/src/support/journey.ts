import { execFile } from 'child_process';
import { existsSync, mkdirSync, rmSync } from 'fs';
import { promisify } from 'util';
import { resolve } from 'path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { ApiProcess, registerAdmin, Session, TestEnvironment } from '../../../api/test/support/test-app';
import { expectNoAxeViolations } from './axe';

const SPA_DIR = resolve(__dirname, '../../../../dist/apps/web');
const SEED = resolve(__dirname, '../../../../dist/apps/api/seed.js');
const OUTPUT_DIR = resolve(__dirname, '../../output');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The admin registered on every journey's fresh database. */
export const ADMIN = { email: 'admin@example.com', password: 'correct-horse-1', name: 'Ada Admin' };

/** The demo users `npm run seed` creates (seed.ts), for journeys started with `seed: true`. */
export const DEMO = {
  password: 'corral-demo',
  admin: { email: 'admin@corral.local', name: 'Alex Admin' },
  member: { email: 'member@corral.local', name: 'Sam Seller' },
};

export interface Journey {
  env: TestEnvironment;
  api: ApiProcess;
  /** The admin's API session (the demo admin with `seed: true`), for setting up data over HTTP. */
  admin: Session;
  browser: Browser;
  page: Page;
  /** `http://127.0.0.1:<port>` + path: the SPA and the API share the origin. */
  url(path: string): string;
  /** Logs in through the SPA's login page and waits to leave it. */
  login(email?: string, password?: string): Promise<void>;
  /**
   * Saves a full-page PNG as output/<journey>/<NN>-<name>.png and returns its path, then fails if
   * axe-core finds a serious or critical accessibility violation on the page (pages of the app's
   * origin only: the mail sink is not ours), so every pictured page is also checked.
   */
  /** `fullPage: false` captures the viewport only: full-page captures leave sandboxed iframes (email previews) blank. */
  shot(name: string, options?: { fullPage?: boolean }): Promise<string>;
  /** Uncaught page errors, console errors and API answers the OpenAPI document does not describe; a journey asserts it stays empty. */
  browserErrors: string[];
  close(): Promise<void>;
}

export interface JourneyOptions {
  /** Extra environment for the API process. */
  apiEnv?: Record<string, string>;
  viewport?: { width: number; height: number };
  /**
   * Fill the database with the demo data of `npm run seed` (the built seed.js) before the API
   * starts; the journey's admin is then the demo admin instead of a freshly registered one.
   */
  seed?: boolean;
}

async function runSeed(env: TestEnvironment): Promise<void> {
  if (!existsSync(SEED)) throw new Error(`${SEED} is missing: run \`npx nx run api:build\` first`);
  await promisify(execFile)(process.execPath, [SEED], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      DATABASE_URL: env.databaseUrl,
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: env.queuePrefix,
      JWT_SECRET: 'test-secret-that-is-long-enough',
      SMTP_URL: 'smtp://127.0.0.1:9',
      LOG_LEVEL: 'warn',
    },
  });
}

async function logIn(api: ApiProcess, email: string, password: string): Promise<Session> {
  const res = await api.http().post('/api/auth/login').send({ email, password }).expect(200);
  return { ...res.body, auth: `Bearer ${res.body.accessToken}` };
}

/**
 * Starts the built API with the built SPA (SPA_DIR) on its own database, registers an admin,
 * and opens chromium on it. `name` names the screenshot folder.
 */
export async function startJourney(name: string, options: JourneyOptions = {}): Promise<Journey> {
  if (!existsSync(resolve(SPA_DIR, 'index.html'))) throw new Error(`${SPA_DIR} has no index.html: run \`npx nx run web:build\` first`);
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`);

  const shotDir = resolve(OUTPUT_DIR, name);
  rmSync(shotDir, { recursive: true, force: true });
  mkdirSync(shotDir, { recursive: true });

  const env = new TestEnvironment();
  let browser: Browser | undefined;
  try {
    if (options.seed) await runSeed(env);
    const api = await env.startApi({ env: { SPA_DIR, ...options.apiEnv } });
    const admin = options.seed ? await logIn(api, DEMO.admin.email, DEMO.password) : await registerAdmin(api, ADMIN.email);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 1440, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
    const page = await context.newPage();
    const browserErrors: string[] = [];
    page.on('pageerror', (error) => browserErrors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      // A 4xx the page handles (wrong password, 401 before a refresh) is logged by chromium as a failed resource, not a bug.
      if (message.type() === 'error' && !/Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())) {
        browserErrors.push(`console: ${message.text()}`);
      }
    });
    // What the SPA itself receives must match the document too, or its generated types lie.
    page.on('response', async (response) => {
      const target = new URL(response.url());
      if (target.origin !== api.url || !/^\/(api|track|unsubscribe)\//.test(target.pathname)) return;
      const method = response.request().method();
      const headers = response.headers();
      const text = await response.text().catch(() => undefined);
      const problems = api.responses.check(method, target.pathname + target.search, { status: response.status(), headers, text, body: undefined });
      if (problems.length) browserErrors.push(`openapi: ${method} ${target.pathname} answered ${response.status()}: ${problems.join('; ')}`);
    });

    let shots = 0;
    const url = (path: string) => `${api.url}${path}`;
    const openBrowser = browser;
    return {
      env,
      api,
      admin,
      browser,
      page,
      url,
      browserErrors,
      async login(email = ADMIN.email, password = ADMIN.password) {
        if (!page.url().includes('/login')) await page.goto(url('/login'));
        await page.getByLabel('Email').fill(email);
        await page.getByLabel('Password', { exact: true }).fill(password);
        await page.getByRole('button', { name: 'Log in' }).click();
        await page.waitForURL((u) => !u.pathname.startsWith('/login'));
      },
      async shot(shotName: string, { fullPage = true } = {}) {
        shots += 1;
        const path = resolve(shotDir, `${String(shots).padStart(2, '0')}-${shotName}.png`);
        // Let requests and transitions settle so the picture shows the resting page. Best effort: a
        // page that keeps a request going (a live preview) must not fail a step its assertions passed.
        await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
        // And CSS transitions under way (a field's label and placeholder fading after a submit):
        // Playwright's `animations: 'disabled'` would otherwise freeze them half-way. Spinners never end.
        await page
          .evaluate(() => {
            const finite = document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity);
            return Promise.race([Promise.all(finite.map((animation) => animation.finished)), new Promise((done) => setTimeout(done, 2_000))]);
          })
          .catch(() => undefined);
        // An open dialog is pictured as the user sees it: a full-page capture of a scrolled page
        // draws the fixed app shell at the scroll offset, across the page.
        const dialogOpen = await page.getByRole('dialog').first().isVisible();
        await page.screenshot({ path, fullPage: fullPage && !dialogOpen, animations: 'disabled' });
        if (new URL(page.url()).origin === api.url) await expectNoAxeViolations(page, `${page.url()} (shot ${path})`);
        return path;
      },
      async close() {
        await openBrowser.close();
        await env.destroy();
      },
    };
  } catch (error) {
    await browser?.close();
    await env.destroy();
    throw error;
  }
}
