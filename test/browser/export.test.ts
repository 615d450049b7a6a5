// The Figure lab in the built site: settings in the URL, a live preview at slide size, and downloads that are
// real files (PNG at slide pixels, CSV with sources) made in the page without any network.
import { gzipSync } from "node:zlib";
import { Resvg } from "@resvg/resvg-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSite, type Site, type Visit } from "./setup.ts";
import { isScriptOrData } from "./page-weight.ts";
import { download, PNG_SIGNATURE, pngSize } from "./downloads.ts";

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

/** Dark pixels in a rectangle of a PNG (decoded by drawing it with resvg): text shows up as many of them. */
function darkPixels(png: Buffer, box: { x: number; y: number; width: number; height: number }): number {
  const { width, height } = pngSize(png);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString("base64")}"/></svg>`;
  const pixels = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
  let dark = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const i = (y * width + x) * 4;
      if (pixels[i] + pixels[i + 1] + pixels[i + 2] < 300) dark++;
    }
  }
  return dark;
}

async function expectCleanVisit(visit: Visit): Promise<void> {
  expect(visit.consoleErrors).toEqual([]);
  expect(visit.pageErrors).toEqual([]);
  expect(await visit.cellErrors()).toEqual([]);
  expect(visit.offOriginRequests()).toEqual([]);
}

describe("the Figure lab", () => {
  it("openPage('/figure-lab') shows a slide-sized preview of the first figure, with no errors and no network", async () => {
    const visit = await site.openPage("/figure-lab");
    try {
      await expectCleanVisit(visit);
      const svg = visit.page.locator("figure.lab-preview svg").first();
      expect(await svg.getAttribute("width")).toBe("1920");
      expect(await svg.getAttribute("height")).toBe("1080");
      // Scaled to fit the page: the drawn width is the column's, not 1920 pixels.
      const box = await svg.boundingBox();
      expect(box?.width).toBeLessThan(1440);
      expect(Math.abs((box?.width ?? 0) / (box?.height ?? 1) - 16 / 9)).toBeLessThan(0.02);
    } finally {
      await visit.close();
    }
  });

  it("a light figure keeps its own text color on a dark page", async () => {
    const visit = await site.openPage("/figure-lab?theme=light", { colorScheme: "dark" });
    try {
      const svg = visit.page.locator("figure.lab-preview svg").first();
      expect(await svg.evaluate((element) => getComputedStyle(element).color)).toBe("rgb(27, 30, 35)");
    } finally {
      await visit.close();
    }
  });

  it("the query string sets figure, size, theme, annotations and title, and follows changes", async () => {
    const visit = await site.openPage("/figure-lab?figure=timeline&size=4:3&theme=dark&annotations=3&title=My%20slide");
    try {
      await expectCleanVisit(visit);
      const svg = visit.page.locator("figure.lab-preview svg").first();
      expect(await svg.getAttribute("width")).toBe("1440");
      expect(await svg.locator(".nk-header text").first().textContent()).toBe("My slide");
      // Dark theme: the figure paints its own dark background.
      expect(await svg.locator(":scope > rect").first().getAttribute("fill")).toBe("#161719");
      // Three annotations: the timeline keeps three labels.
      const labels = await svg.evaluate((element) => element.querySelectorAll("g[aria-label='text'] text").length);
      expect(labels).toBe(3);
      await visit.page.getByLabel("light").check();
      await visit.page.waitForFunction(() => !location.search.includes("theme="));
      expect(new URL(visit.page.url()).searchParams.get("figure")).toBe("timeline");
    } finally {
      await visit.close();
    }
  });

  it("Download PNG saves a 1920×1080 PNG drawn in the page", async () => {
    const visit = await site.openPage("/figure-lab?figure=designations");
    try {
      const { name, bytes } = await download(visit, /Download PNG/);
      expect(name).toBe("designations_1920x1080.png");
      expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect(pngSize(bytes)).toEqual({ width: 1920, height: 1080 });
      expect(bytes.length).toBeGreaterThan(20_000); // a blank 1920×1080 PNG is a few kilobytes
      // The title, drawn at twice its page size in the top-left corner, is there in dark pixels; the corner is not.
      expect(darkPixels(bytes, { x: 32, y: 30, width: 600, height: 44 })).toBeGreaterThan(2000);
      expect(darkPixels(bytes, { x: 0, y: 0, width: 30, height: 30 })).toBe(0);
      expect(visit.offOriginRequests()).toEqual([]);
      expect(visit.pageErrors).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it("the menu opens and closes from the keyboard, and Escape returns focus to it", async () => {
    const visit = await site.openPage("/figure-lab");
    try {
      const { page } = visit;
      const summary = page.locator("details.nk-download-menu summary").first();
      await summary.focus();
      await page.keyboard.press("Enter");
      expect(await page.locator("details.nk-download-menu").first().getAttribute("open")).not.toBeNull();
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Download SVG");
      await page.keyboard.press("Escape");
      expect(await page.locator("details.nk-download-menu").first().getAttribute("open")).toBeNull();
      expect(await page.evaluate(() => document.activeElement?.localName)).toBe("summary");
    } finally {
      await visit.close();
    }
  });

  it("Download CSV saves the rows with their doc and quote columns", async () => {
    const visit = await site.openPage("/figure-lab?figure=theft-vs-missiles");
    try {
      const { name, bytes } = await download(visit, /Download CSV/);
      expect(name).toBe("theft-vs-missiles.csv");
      const [header, ...lines] = bytes.toString("utf8").trimEnd().split("\r\n");
      expect(header.endsWith(",doc,quote")).toBe(true);
      expect(lines.length).toBeGreaterThan(0);
    } finally {
      await visit.close();
    }
  });

  it("the page's JavaScript and data weigh under 400 KB gzipped", async () => {
    const visit = await site.openPage("/figure-lab");
    try {
      // The budget is JavaScript plus data, as bench/site.ts measures it; the stylesheet with its inlined font is apart.
      const urls = [...new Set(visit.requests.filter((url) => url.startsWith(site.origin) && isScriptOrData(url)))];
      const bodies = await Promise.all(
        urls.map((url) => visit.page.request.get(url).then((response) => response.body())),
      );
      const gzipped = bodies.reduce((sum, body) => sum + gzipSync(body).length, 0);
      expect(gzipped).toBeLessThan(400 * 1024);
    } finally {
      await visit.close();
    }
  });
});
