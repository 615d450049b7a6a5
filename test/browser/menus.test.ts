// Every chart on every page carries the download menu (SVG, PNG at slide size, CSV with sources, citation), the
// menu re-renders with its chart, sits under it, fits a phone, and on the theft page gives real files.
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pages } from "../../observablehq.config.ts";
import { startSite, type Site, type Visit } from "./setup.ts";
import { isScriptOrData } from "./page-weight.ts";
import { download, PNG_SIGNATURE } from "./downloads.ts";

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

// Pages whose subject is a chart: each must show at least one menu.
const CHART_PAGES = ["/", "/theft-vs-missiles", "/sanctions", "/timeline", "/2022", "/voices", "/figure-lab"];
const MENU_BUTTONS = ["Download SVG", "Download PNG (1920×1080)", "Download CSV", "Copy citation"];

interface FigureMenu {
  figure: string;
  /** Button labels of the menu belonging to the figure, or null when it has none. */
  buttons: string[] | null;
}

/** Each `.card figure` that draws an svg, with the menu nearest to it inside its card. */
function figureMenus(visit: Visit): Promise<FigureMenu[]> {
  return visit.page.$$eval(".card figure", (figures) =>
    figures
      .filter((figure) => figure.querySelector("svg"))
      .map((figure) => {
        let menu: Element | null = null;
        for (let node = figure.parentElement; node && !menu; node = node.parentElement) {
          menu = node.querySelector("details.nk-download-menu");
          if (node.classList.contains("card")) break;
        }
        return {
          figure: figure.getAttribute("class") ?? "figure",
          buttons: menu ? [...menu.querySelectorAll("button")].map((b) => b.textContent ?? "") : null,
        };
      }),
  );
}

function csvHeader(bytes: Buffer): string[] {
  return bytes
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .split("\r\n")[0]
    .split(",");
}

describe("download menus", () => {
  for (const { path } of pages) {
    it(`openPage('${path}'): every .card figure with an svg has a menu with SVG, PNG, CSV and citation`, async () => {
      const visit = await site.openPage(path);
      try {
        expect(visit.pageErrors, path).toEqual([]);
        expect(await visit.cellErrors(), path).toEqual([]);
        const menus = await figureMenus(visit);
        if (CHART_PAGES.includes(path)) expect(menus.length, path).toBeGreaterThan(0);
        for (const { figure, buttons } of menus) expect(buttons, `${path} ${figure}`).toEqual(MENU_BUTTONS);
      } finally {
        await visit.close();
      }
    });
  }

  it("every page with menus keeps its JavaScript and data under 400 KB gzipped", async () => {
    for (const path of CHART_PAGES) {
      const visit = await site.openPage(path);
      try {
        // The budget is JavaScript plus data, as bench/site.ts measures it; the stylesheet with its inlined font is apart.
        const urls = [...new Set(visit.requests.filter((url) => url.startsWith(site.origin) && isScriptOrData(url)))];
        const bodies = await Promise.all(urls.map((url) => visit.page.request.get(url).then((r) => r.body())));
        const gzipped = bodies.reduce((sum, body) => sum + gzipSync(body).length, 0);
        expect(gzipped, path).toBeLessThan(400 * 1024);
      } finally {
        await visit.close();
      }
    }
  });

  it("the menu sits under its chart, re-renders with it when the width changes, and stays one per chart", async () => {
    const visit = await site.openPage("/sanctions");
    try {
      const { page } = visit;
      const count = async () => [
        await page.locator(".card figure svg").count(),
        await page.locator(".card details.nk-download-menu").count(),
      ];
      const [charts, menus] = await count();
      expect(charts).toBe(2);
      expect(menus).toBe(charts);
      const before = await page.locator(".card figure svg").first().getAttribute("width");
      await page.setViewportSize({ width: 800, height: 900 });
      await expect.poll(() => page.locator(".card figure svg").first().getAttribute("width")).not.toBe(before);
      expect(await count()).toEqual([charts, charts]);
      for (let i = 0; i < charts; i++) {
        const svg = await page.locator(".card figure svg").nth(i).boundingBox();
        const summary = await page.locator(".card details.nk-download-menu summary").nth(i).boundingBox();
        expect(summary!.y, `menu ${i}`).toBeGreaterThanOrEqual(svg!.y + svg!.height);
      }
    } finally {
      await visit.close();
    }
  });

  it("on a phone (375 px) the open menu fits the screen and its buttons are large enough to tap", async () => {
    const visit = await site.openPage("/timeline", { width: 375 });
    try {
      const { page } = visit;
      await page.locator(".card details.nk-download-menu summary").first().click();
      const buttons = page.locator(".card details.nk-download-menu").first().getByRole("button");
      expect(await buttons.count()).toBe(4);
      for (let i = 0; i < 4; i++) {
        const box = (await buttons.nth(i).boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(375);
        expect(box.height).toBeGreaterThanOrEqual(24);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await visit.close();
    }
  });

  it("on the theft page, Download PNG gives a 1920×1080 PNG file", async () => {
    const visit = await site.openPage("/theft-vs-missiles");
    try {
      const { name, bytes } = await download(visit, /Download PNG/, ".card");
      expect(name).toBe("theft-vs-missiles_1920x1080.png");
      expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      // IHDR is the first chunk: its type at bytes 12–15, then width and height.
      expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
      expect({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }).toEqual({ width: 1920, height: 1080 });
      expect(bytes.length).toBeGreaterThan(20_000); // a blank 1920×1080 PNG is a few kilobytes
      expect(visit.offOriginRequests()).toEqual([]);
      expect(visit.pageErrors).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it("on the theft page, Download CSV gives the chart's rows with doc and quote, in the currency shown", async () => {
    const visit = await site.openPage("/theft-vs-missiles");
    try {
      const { name, bytes } = await download(visit, /Download CSV/, ".card");
      expect(name).toBe("theft-vs-missiles.csv");
      const header = csvHeader(bytes);
      expect(header).toContain("doc");
      expect(header).toContain("quote");
      expect(bytes.toString("utf8").trimEnd().split("\r\n").length).toBeGreaterThan(1);
    } finally {
      await visit.close();
    }
    const won = await site.openPage("/theft-vs-missiles?currency=KRW");
    try {
      if ((await won.page.getByRole("radio", { name: /won/ }).count()) === 0) return; // no won equivalent
      const { bytes } = await download(won, /Download CSV/, ".card");
      expect(bytes.toString("utf8")).toContain("Won per dollar");
    } finally {
      await won.close();
    }
  });
});
