import { existsSync, mkdirSync, rmSync } from 'fs';
import { resolve } from 'path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { ApiProcess, registerAdmin, Session, TestEnvironment } from '../../../api/test/support/test-app';

const SPA_DIR = resolve(__dirname, '../../../../dist/apps/web');
const OUTPUT_DIR = resolve(__dirname, '../../output');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The admin registered on every journey's fresh database. */
export const ADMIN = { email: 'admin@example.com', password: 'correct-horse-1', name: 'Ada Admin' };

export interface Journey {
  env: TestEnvironment;
  api: ApiProcess;
  /** The admin's API session, for setting up data over HTTP. */
  admin: Session;
  browser: Browser;
  page: Page;
  /** `http://127.0.0.1:<port>` + path: the SPA and the API share the origin. */
  url(path: string): string;
  /** Logs in through the SPA's login page and waits to leave it. */
  login(email?: string, password?: string): Promise<void>;
  /** Saves a full-page PNG as output/<journey>/<NN>-<name>.png and returns its path. */
  shot(name: string): Promise<string>;
  /** Uncaught page errors and console errors seen so far; a journey asserts it stays empty. */
  browserErrors: string[];
  close(): Promise<void>;
}

export interface JourneyOptions {
  /** Extra environment for the API process. */
  apiEnv?: Record<string, string>;
  viewport?: { width: number; height: number };
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
    const api = await env.startApi({ env: { SPA_DIR, ...options.apiEnv } });
    const admin = await registerAdmin(api, ADMIN.email);
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
      async shot(shotName: string) {
        shots += 1;
        const path = resolve(shotDir, `${String(shots).padStart(2, '0')}-${shotName}.png`);
        // Let transitions (menus closing, dialogs fading) settle so the picture shows the resting page.
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path, fullPage: true, animations: 'disabled' });
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
