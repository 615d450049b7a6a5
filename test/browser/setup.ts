// Browser-test harness: serves the built site (dist/) as a static host would and drives Debian's Chromium.
// Every visit records console errors, uncaught exceptions, Framework cell errors and every request URL;
// requests outside the site's origin are recorded and then aborted so that a test never waits on the network.
import { existsSync, mkdirSync } from "node:fs";
import type { Server } from "node:http";
import { join, resolve } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { CHROMIUM_PATH, launchChromium } from "../../scripts/chromium.ts";
import { inject } from "vitest";
import { serveDist } from "../../scripts/serve-dist.ts";

export const DIST_DIR = resolve("dist");
export const SCREENSHOT_DIR = resolve("test", "screenshots");

export interface VisitOptions {
  /** Viewport width in CSS pixels (default 1440). */
  width?: number;
  /** Viewport height in CSS pixels (default 900). */
  height?: number;
  /** The reader's system setting, which picks the light or dark theme (default "light"). */
  colorScheme?: "light" | "dark";
}

export interface Visit {
  page: Page;
  url: string;
  /** Text of every `console.error` and of every failed resource load the console reported. */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections. */
  pageErrors: string[];
  /** Every URL the page requested, in order (data: URLs included when the browser reports them). */
  requests: string[];
  /** Requests that went anywhere but the site's own origin (data: and blob: URLs stay inside the page). */
  offOriginRequests(): string[];
  /** The messages Framework shows in place of cells that threw. */
  cellErrors(): Promise<string[]>;
  /** Saves a full-page PNG as test/screenshots/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export interface Site {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** Opens a path of the site (e.g. "/", "/sanctions") and waits until Framework has rendered every cell. */
  openPage(path: string, options?: VisitOptions): Promise<Visit>;
  close(): Promise<void>;
}

/** True for URLs that a page can load without leaving `origin`. */
export function isInsideOrigin(url: string, origin: string): boolean {
  if (/^(data|blob|about):/.test(url)) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

async function waitForRender(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  // Framework shows <observablehq-loading> while a cell is pending.
  await page.waitForFunction(() => document.querySelector("observablehq-loading") === null, null, { timeout: 30_000 });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

async function visit(context: BrowserContext, origin: string, path: string): Promise<Visit> {
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const requests: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => pageErrors.push(String(error)));
  page.on("request", (request) => requests.push(request.url()));
  const url = new URL(path, origin).href;
  await page.goto(url, { waitUntil: "load" });
  await waitForRender(page);
  return {
    page,
    url,
    consoleErrors,
    pageErrors,
    requests,
    offOriginRequests: () => requests.filter((request) => !isInsideOrigin(request, origin)),
    cellErrors: () =>
      page.$$eval(".observablehq--error", (elements) => elements.map((element) => element.textContent ?? "")),
    screenshot: async (name) => {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const file = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    close: () => context.close(),
  };
}

/** Serves dist/ on a free port and launches Chromium; call `close()` in `afterAll`. */
export async function startSite(): Promise<Site> {
  const buildError = inject("siteBuildError");
  if (buildError) throw new Error(buildError);
  if (!existsSync(join(DIST_DIR, "index.html"))) throw new Error(`no built site in ${DIST_DIR}: run \`npm run build\``);
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`no Chromium at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\``);
  }
  const { server, origin } = await serveDist(DIST_DIR);
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await closeServer(server);
    throw error;
  }
  return {
    origin,
    openPage: async (path, { width = 1440, height = 900, colorScheme = "light" } = {}) => {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme });
      await context.route(
        (url) => !isInsideOrigin(url.href, origin),
        (route) => route.abort("blockedbyclient"),
      );
      try {
        return await visit(context, origin, path);
      } catch (error) {
        await context.close();
        throw error;
      }
    },
    close: async () => {
      await browser.close();
      await closeServer(server);
    },
  };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolvePromise) => server.close(() => resolvePromise()));
}
