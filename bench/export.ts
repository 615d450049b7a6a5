// Slide export speed: every figure as SVG + PNG at 1920×1080 in-process (resvg), against screenshots of the same
// SVGs in headless Chromium. `npx tsx bench/export.ts` prints the numbers as JSON.
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { launchChromium } from "../scripts/chromium.ts";
import { loadCorpus } from "../data-loaders/load-corpus.ts";
import { figures } from "../src/components/index.ts";
import { exportFigures, figureSlideSvg, type ExportSettings } from "../scripts/export/export-figures.ts";
import { interFontFiles } from "../scripts/export/fonts.ts";

export interface ExportTimings {
  /** Milliseconds to export every figure as SVG + PNG at 1920×1080, in this process (the first, cold run). */
  exportMs: number;
  /** exportMs divided by the number of figures. */
  perFigureMs: number;
  /** Milliseconds to screenshot the same SVGs at 1920×1080 in an already running headless Chromium. */
  chromiumShotMs: number;
}

const SETTINGS: ExportSettings = { width: 1920, height: 1080, scale: 1, theme: "light", formats: ["svg", "png"] };

// The same three Inter faces resvg gets, so Chromium draws the same text rather than a fallback font.
function interFontFaces(): string {
  const faces = [
    { weight: 400, style: "normal" },
    { weight: 600, style: "normal" },
    { weight: 400, style: "italic" },
  ];
  return interFontFiles()
    .map((file, i) => {
      const data = readFileSync(file).toString("base64");
      const { weight, style } = faces[i];
      return `@font-face{font-family:Inter;font-weight:${weight};font-style:${style};src:url(data:font/ttf;base64,${data})}`;
    })
    .join("");
}

export async function measureExport(
  seeds = fileURLToPath(new URL("../seeds", import.meta.url)),
): Promise<ExportTimings> {
  const data = loadCorpus([seeds]);
  const started = performance.now();
  await exportFigures(figures, data, SETTINGS);
  const exportMs = performance.now() - started;

  const svgs = figures.map((entry) => figureSlideSvg(entry, data, SETTINGS));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: SETTINGS.width, height: SETTINGS.height } });
    const fonts = interFontFaces();
    const shoot = async (svg: string) => {
      await page.setContent(`<!doctype html><style>${fonts}body{margin:0}</style>${svg}`);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      return page.screenshot({ type: "png" });
    };
    await shoot(svgs[0]); // warm: the comparison is with a browser already running, as in the tests
    const shotStarted = performance.now();
    for (const svg of svgs) await shoot(svg);
    const chromiumShotMs = performance.now() - shotStarted;
    return { exportMs, perFigureMs: exportMs / figures.length, chromiumShotMs };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const timings = await measureExport();
  process.stdout.write(`${JSON.stringify(timings, (_, v) => (typeof v === "number" ? Math.round(v) : v))}\n`);
}
