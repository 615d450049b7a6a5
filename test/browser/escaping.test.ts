// An article that carries HTML and a <script> must show as text and run nothing, on every page. The site is
// rebuilt in a temporary copy of the project with two extra seeds (the real seeds/ stays untouched): one with
// markup in its title and body, one holding only whitespace, which the pipeline rejects.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveDist } from "../../scripts/serve-dist.ts";
import { isInsideOrigin, SCREENSHOT_DIR } from "./setup.ts";
import { launchChromium } from "../../scripts/chromium.ts";

const ROOT = process.cwd();
// Left out of the copy: dependencies (linked instead), build output, caches and history.
const SKIP = new Set(["node_modules", "dist", ".git", "exports", "test-results", join("src", ".observablehq")]);
const MARKUP_TITLE = '<img src="nowhere.png" onerror="window.__pwned=2">Hackers <i>strike</i> again';
const MARKUP_BODY =
  "Seoul, March 3, 2023 - North Korean hackers stole $5 million <script>window.__pwned=1</script><b>bold</b> from an exchange in February 2023, officials said.";
const MARKUP_QUOTE = '"We will never <u>bow</u> to sanctions," said Kim Yo Jong on Friday.';

let workDir = "";
let server: Server | undefined;
let origin = "";
let browser: Browser | undefined;
let buildLog = "";

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), "nk-escaping-"));
  cpSync(ROOT, workDir, {
    recursive: true,
    filter: (source) => {
      const path = relative(ROOT, source);
      return !SKIP.has(path) && !path.split(sep).includes("node_modules");
    },
  });
  symlinkSync(join(ROOT, "node_modules"), join(workDir, "node_modules"), "dir");
  writeFileSync(join(workDir, "seeds", "zz_markup.txt"), `${MARKUP_TITLE}\n\n${MARKUP_BODY}\n\n${MARKUP_QUOTE}\n`);
  writeFileSync(join(workDir, "seeds", "zz_blank.txt"), "   \n\n  \n");
  const build = spawnSync("npm", ["run", "build"], { cwd: workDir, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  buildLog = `${build.stdout ?? ""}${build.stderr ?? ""}`.split("\n").slice(-40).join("\n");
  if (build.status !== 0) return;
  ({ server, origin } = await serveDist(join(workDir, "dist")));
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (server) {
    server.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  }
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  errors: string[];
  offOrigin: string[];
  close(): Promise<void>;
}

async function open(path: string): Promise<Opened> {
  if (!browser) throw new Error(`the site copy did not build:\n${buildLog}`);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.route(
    (url) => !isInsideOrigin(url.href, origin),
    (route) => route.abort("blockedbyclient"),
  );
  const page = await context.newPage();
  const errors: string[] = [];
  const offOrigin: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("request", (request) => {
    if (!isInsideOrigin(request.url(), origin)) offOrigin.push(request.url());
  });
  await page.goto(new URL(path, origin).href, { waitUntil: "networkidle" });
  await page.waitForFunction(() => document.querySelector("observablehq-loading") === null, null, { timeout: 30_000 });
  return { page, errors, offOrigin, close: () => context.close() };
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

describe("an article containing HTML and a <script>", () => {
  it("the Sources page shows its title and text literally, as text, and runs nothing", async () => {
    const visit = await open("/sources");
    try {
      expect(await pwned(visit.page)).toBeUndefined();
      expect(visit.errors).toEqual([]);
      expect(visit.offOrigin).toEqual([]);
      const section = visit.page.locator('section[id="doc-zz_markup.txt"]');
      expect(await section.count()).toBe(1);
      const text = (await section.locator(".source-text").textContent()) ?? "";
      expect(text).toContain("<script>window.__pwned=1</script><b>bold</b>");
      expect(text).toContain("<u>bow</u>");
      // No element came from the article: no script, bold, underline or image inside its section.
      expect(await section.locator("script, b, u, img, i").count()).toBe(0);
      expect(
        await visit.page.getByText("<script>window.__pwned=1</script>", { exact: false }).first().isVisible(),
      ).toBe(true);
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await section.screenshot({ path: join(SCREENSHOT_DIR, "sources_markup_article.png") });
      // The page has no script element carrying the article's code.
      const injected = await visit.page.evaluate(() =>
        [...document.scripts].some((script) => (script.textContent ?? "").includes("__pwned")),
      );
      expect(injected).toBe(false);
    } finally {
      await visit.close();
    }
  });

  it("no page of the notebook runs or renders the article's markup", async () => {
    for (const path of ["/", "/theft-vs-missiles", "/sanctions", "/timeline", "/2022", "/voices", "/method"]) {
      const visit = await open(path);
      try {
        expect(await pwned(visit.page), path).toBeUndefined();
        expect(visit.errors, path).toEqual([]);
        expect(visit.offOrigin, path).toEqual([]);
        expect(await visit.page.locator('main img[src="nowhere.png"], main script:not([type])').count(), path).toBe(0);
        expect(await visit.page.locator(".observablehq--error").count(), path).toBe(0);
      } finally {
        await visit.close();
      }
    }
  });

  it("a rejected file is listed with its reason on the Sources page and counted on the overview", async () => {
    const sources = await open("/sources");
    try {
      const section = sources.page.locator('section[id="doc-zz_blank.txt"]');
      expect(await section.count()).toBe(1);
      expect(await section.textContent()).toMatch(/rejected: empty/);
      expect(await sources.page.locator("#rejected").count()).toBe(1);
    } finally {
      await sources.close();
    }
    const overview = await open("/");
    try {
      expect(await overview.page.locator("main").textContent()).toMatch(/1 rejected/);
      expect(await overview.page.locator("tr.rejected").count()).toBe(1);
    } finally {
      await overview.close();
    }
  });
});
