// The notebook's pages in Chromium, against the built site: each loads cleanly, draws its figures, fits phones
// and wide screens in both themes, and every number leads back to its sentence.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocumentRecord, Fact } from "../../data-loaders/types.ts";
import { type ServedFact, withSentenceText } from "../../src/components/lib/sentence-text.ts";
import { DIST_DIR, startSite, type Site, type Visit } from "./setup.ts";

const PAGES = [
  { path: "/", name: "index" },
  { path: "/theft-vs-missiles", name: "theft-vs-missiles" },
  { path: "/sanctions", name: "sanctions" },
  { path: "/timeline", name: "timeline" },
  { path: "/2022", name: "2022" },
  { path: "/voices", name: "voices" },
  { path: "/sources", name: "sources" },
  { path: "/method", name: "method" },
];
// Pages whose subject is a chart: each shows at least one.
const CHART_PAGES = ["/", "/theft-vs-missiles", "/sanctions", "/timeline", "/2022", "/voices"];

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

/** A data file the built site serves: dist/_file/data/<name>.<hash>.json, parsed. */
function builtData<T>(name: string): T {
  const dir = join(DIST_DIR, "_file", "data");
  const pattern = new RegExp(`^${name}\\.[0-9a-f]+\\.json$`);
  const file = existsSync(dir) ? readdirSync(dir).find((f) => pattern.test(f)) : undefined;
  if (!file) throw new Error(`no ${name}.json in ${dir}`);
  return JSON.parse(readFileSync(join(dir, file), "utf8")) as T;
}

/** The facts the built site serves, with their sentences read back from the documents as the pages do. */
async function builtFacts(): Promise<Map<string, Fact>> {
  const facts = await withSentenceText(builtData<ServedFact[]>("facts"), builtData<DocumentRecord[]>("documents"));
  return new Map(facts.map((f) => [f.id, f]));
}

async function expectCleanVisit(visit: Visit, path: string): Promise<void> {
  expect(visit.consoleErrors, path).toEqual([]);
  expect(visit.pageErrors, path).toEqual([]);
  expect(await visit.cellErrors(), path).toEqual([]);
  expect(visit.offOriginRequests(), path).toEqual([]);
}

/** Relative luminance (0 black … 1 white) of a computed CSS color: rgb()/rgba() or color(srgb r g b). */
function luminance(color: string): number {
  const numbers = (color.match(/[\d.]+/g) ?? []).map(Number);
  const [r, g, b] = color.startsWith("color(") ? numbers.slice(0, 3).map((n) => n * 255) : numbers.slice(0, 3);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

/** Circles, rects and paths drawn in the timeline chart. */
function timelineMarks(visit: Visit): Promise<number> {
  return visit.page.locator("#timeline-card figure svg").evaluate((svg) => svg.querySelectorAll("circle, rect").length);
}

describe("the notebook's pages", () => {
  for (const { path, name } of PAGES) {
    it(`openPage('${path}') loads with no error and no other origin, and every figure in a card draws an svg`, async () => {
      const visit = await site.openPage(path);
      try {
        await expectCleanVisit(visit, path);
        const figures = visit.page.locator(".card figure");
        const count = await figures.count();
        for (let i = 0; i < count; i++) {
          expect(await figures.nth(i).locator("svg").count(), `${path} figure ${i}`).toBeGreaterThan(0);
        }
        if (CHART_PAGES.includes(path)) {
          expect(count, path).toBeGreaterThan(0);
          expect(await visit.page.locator(".card svg").first().isVisible(), path).toBe(true);
        }
        expect(await visit.page.locator("main h1").count()).toBeGreaterThan(0);
        expect(existsSync(await visit.screenshot(`${name}_1440_light`))).toBe(true);
      } finally {
        await visit.close();
      }
    });

    it(`openPage('${path}', {width: 375}) fits a phone without sideways scrolling`, async () => {
      const visit = await site.openPage(path, { width: 375 });
      try {
        await expectCleanVisit(visit, path);
        const overflow = await visit.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
        expect(existsSync(await visit.screenshot(`${name}_375_light`))).toBe(true);
      } finally {
        await visit.close();
      }
    });

    it(`openPage('${path}', {colorScheme: "dark"}) renders the dark theme`, async () => {
      const visit = await site.openPage(path, { colorScheme: "dark" });
      try {
        await expectCleanVisit(visit, path);
        const [background, text] = await visit.page.evaluate(() => [
          getComputedStyle(document.documentElement).backgroundColor,
          getComputedStyle(document.body).color,
        ]);
        expect(luminance(background), `${path} background ${background}`).toBeLessThan(0.2);
        expect(luminance(text), `${path} text ${text}`).toBeGreaterThan(0.7);
        const overflow = await visit.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
        expect(existsSync(await visit.screenshot(`${name}_1440_dark`))).toBe(true);
      } finally {
        await visit.close();
      }
    });
  }

  it("every cited number's title is its fact's sentence (or its own words when longer), holding the fact's words", async () => {
    const facts = await builtFacts();
    for (const path of ["/", "/theft-vs-missiles", "/sanctions", "/2022"]) {
      const visit = await site.openPage(path);
      try {
        const cites = await visit.page.$$eval("a.cite", (links) =>
          links.map((a) => ({
            fact: a.getAttribute("data-fact"),
            title: a.getAttribute("title"),
            href: a.getAttribute("href"),
          })),
        );
        expect(cites.length, path).toBeGreaterThan(0);
        for (const { fact: id, title, href } of cites) {
          const fact = facts.get(id ?? "");
          expect(fact, `${path}: ${id}`).toBeDefined();
          const sentence = fact?.sentence.text.trim() ?? "";
          expect(title).toBe(sentence.includes(fact?.quote ?? "") ? sentence : fact?.quote);
          expect(title).toContain(fact?.quote);
          expect(href).toBe(`./sources#${encodeURIComponent(id ?? "")}`);
        }
      } finally {
        await visit.close();
      }
    }
  });

  it("hovering the first headline number shows its quote, and following it lands on the highlighted fact", async () => {
    const facts = await builtFacts();
    const visit = await site.openPage("/");
    try {
      const number = visit.page.locator(".headline-card a.cite").first();
      await number.hover();
      const id = (await number.getAttribute("data-fact")) ?? "";
      const fact = facts.get(id);
      expect(fact).toBeDefined();
      const title = await number.getAttribute("title");
      expect(title).toContain(fact?.quote);
      expect([fact?.sentence.text.trim(), fact?.quote]).toContain(title);
      await number.click();
      await visit.page.waitForURL(/\/sources#/);
      await visit.page.waitForFunction(() => document.querySelector("observablehq-loading") === null);
      const target = visit.page.locator(":target");
      await expect.poll(() => target.count()).toBe(1);
      expect(await target.getAttribute("id")).toBe(id);
      expect(await target.textContent()).toBe(fact?.quote);
      expect(await target.isVisible()).toBe(true);
      // Scrolled into view: the fact's box lies inside the viewport.
      const box = await target.boundingBox();
      const viewport = visit.page.viewportSize();
      expect(box && viewport && box.y >= 0 && box.y + box.height <= viewport.height).toBe(true);
      // The :target style lights it up: its background differs from an unmarked fact of the same kind.
      const [lit, plain] = await visit.page.evaluate((kind) => {
        const t = document.querySelector(":target") as Element;
        const other = [...document.querySelectorAll(`mark.fact--${kind}`)].find((m) => m !== t) ?? t;
        return [getComputedStyle(t).backgroundColor, getComputedStyle(other).backgroundColor];
      }, fact?.kind ?? "money");
      expect(lit).not.toBe(plain);
    } finally {
      await visit.close();
    }
  });

  it("the timeline's type filter changes what is drawn and the URL, and the URL reproduces the view", async () => {
    const visit = await site.openPage("/timeline");
    const { filteredUrl, filteredMarks } = await (async () => {
      try {
        const before = await timelineMarks(visit);
        const statement = visit.page.getByRole("checkbox", { name: /^Statement/ });
        expect(await statement.isChecked()).toBe(true);
        await statement.uncheck();
        await expect.poll(() => timelineMarks(visit)).toBeLessThan(before);
        const url = visit.page.url();
        expect(new URL(url).searchParams.get("types")).toMatch(/^[a-z,-]+$/);
        expect(new URL(url).searchParams.get("types")).not.toContain("statement");
        return { filteredUrl: url, filteredMarks: await timelineMarks(visit) };
      } finally {
        await visit.close();
      }
    })();
    const shared = await site.openPage(new URL(filteredUrl).pathname + new URL(filteredUrl).search);
    try {
      expect(await shared.page.getByRole("checkbox", { name: /^Statement/ }).isChecked()).toBe(false);
      expect(await timelineMarks(shared)).toBe(filteredMarks);
    } finally {
      await shared.close();
    }
  });

  it("the theft page's currency toggle redraws the chart in won and records it in the URL", async () => {
    const visit = await site.openPage("/theft-vs-missiles");
    try {
      const won = visit.page.getByRole("radio", { name: /won/ });
      if ((await won.count()) === 0) return; // no article gives a won equivalent
      await won.check();
      await expect.poll(() => visit.page.locator(".card figure svg").first().textContent()).toContain("₩");
      expect(new URL(visit.page.url()).searchParams.get("currency")).toBe("KRW");
    } finally {
      await visit.close();
    }
  });

  it("the 2022 page takes its year from the data: the heading names the busiest year", async () => {
    const visit = await site.openPage("/2022");
    try {
      const heading = (await visit.page.locator("main h1").first().textContent()) ?? "";
      const label = await visit.page.locator("main select option:checked").first().textContent();
      expect(label).toContain("busiest");
      expect(heading).toMatch(/^\d{4} in focus$/);
      expect(heading.slice(0, 4)).toBe(label?.slice(0, 4));
    } finally {
      await visit.close();
    }
  });
});
