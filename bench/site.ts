// The site's own numbers: a cold build, how soon each page shows its first chart, and how many bytes (gzip) each
// page pulls in. Built in a temporary copy of the project so the working dist/ and loader cache stay as they are.
// Run alone with `npx tsx bench/site.ts` (prints JSON); the lead can add measureSite() to `npm run bench`.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { launchChromium } from "../scripts/chromium.ts";
import { pages } from "../observablehq.config.ts";
import { serveDist } from "../scripts/serve-dist.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SKIP = new Set([
  "node_modules",
  "dist",
  ".git",
  "exports",
  "test-results",
  "bench/.corpus",
  join("src", ".observablehq"),
]);

export interface PageMeasure {
  path: string;
  /** Milliseconds from navigation start to the first `figure svg` with a size; null when the page has no chart. */
  firstFigureMs: number | null;
  /** Gzip bytes of the page's same-origin JavaScript and data (.js, .json, .csv), in KB. */
  scriptAndDataKB: number;
  /** Gzip bytes of everything same-origin (HTML, CSS with the inlined font, JS, data), in KB. */
  totalKB: number;
}

export interface SiteMeasure {
  /** Wall time of `npm run build` with no dist/ and no loader cache. */
  buildMs: number;
  /** The slowest page's time to its first visible chart. */
  firstFigureMs: number;
  /** The heaviest page's JavaScript + data, gzip, in KB (the 400 KB budget). */
  pageKB: number;
  pages: PageMeasure[];
}

function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), "nk-site-bench-"));
  cpSync(ROOT, dir, {
    recursive: true,
    filter: (source) => {
      const path = relative(ROOT, source);
      return !SKIP.has(path) && !path.split(sep).includes("node_modules");
    },
  });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

function coldBuild(dir: string): number {
  const started = performance.now();
  const result = spawnSync("npm", ["run", "build"], { cwd: dir, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${(result.stderr ?? "").slice(-2000)}`);
  return performance.now() - started;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Cold build time, slowest first chart and heaviest page, measured on a fresh copy of the project. */
export async function measureSite(): Promise<SiteMeasure> {
  const dir = copyProject();
  try {
    const buildMs = coldBuild(dir);
    const { server, origin } = await serveDist(join(dir, "dist"));
    const browser = await launchChromium();
    const measured: PageMeasure[] = [];
    try {
      for (const { path } of pages) {
        // A fresh context per page: nothing cached from the previous one.
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        const page = await context.newPage();
        const bodies: Promise<{ url: string; gzip: number }>[] = [];
        page.on("response", (response) => {
          if (!response.url().startsWith(origin) || response.status() !== 200) return;
          bodies.push(
            response
              .body()
              .then((body) => ({ url: response.url(), gzip: gzipSync(body).length }))
              .catch(() => ({ url: response.url(), gzip: 0 })),
          );
        });
        await page.goto(new URL(path, origin).href, { waitUntil: "commit" });
        const firstFigureMs = await page
          .waitForFunction(
            () => {
              const svg = document.querySelector("figure svg");
              const box = svg?.getBoundingClientRect();
              return box && box.width > 0 && box.height > 0 ? performance.now() : false;
            },
            null,
            { polling: "raf", timeout: 10_000 },
          )
          .then((handle) => handle.jsonValue() as Promise<number>)
          .catch(() => null);
        await page.waitForLoadState("networkidle");
        const responses = await Promise.all(bodies);
        const scriptAndData = responses.filter(({ url }) => /\.(js|json|csv)(\?|$)/.test(new URL(url).pathname));
        measured.push({
          path,
          firstFigureMs: firstFigureMs === null ? null : Math.round(firstFigureMs),
          scriptAndDataKB: kb(scriptAndData.reduce((sum, r) => sum + r.gzip, 0)),
          totalKB: kb(responses.reduce((sum, r) => sum + r.gzip, 0)),
        });
        await context.close();
      }
    } finally {
      await browser.close();
      server.closeAllConnections();
      server.close();
    }
    const times = measured.flatMap((p) => (p.firstFigureMs === null ? [] : [p.firstFigureMs]));
    return {
      buildMs: Math.round(buildMs),
      firstFigureMs: Math.max(0, ...times),
      pageKB: Math.max(0, ...measured.map((p) => p.scriptAndDataKB)),
      pages: measured,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(`${JSON.stringify(await measureSite(), null, 2)}\n`);
}
