import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pages } from "../../observablehq.config.ts";
import { startSite, type Site, type Visit } from "./setup.ts";

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

async function expectCleanVisit(visit: Visit): Promise<void> {
  expect(visit.consoleErrors).toEqual([]);
  expect(visit.pageErrors).toEqual([]);
  expect(await visit.cellErrors()).toEqual([]);
  expect(visit.offOriginRequests()).toEqual([]);
}

/** Relative luminance (0 black … 1 white) of a CSS rgb()/rgba() color. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

describe("the built site", () => {
  it("openPage('/') renders the overview chart with Plot from the site itself, no errors, no other origin", async () => {
    const visit = await site.openPage("/");
    try {
      await expectCleanVisit(visit);
      expect(await visit.page.locator("main svg").count()).toBeGreaterThan(0);
      expect(visit.requests.some((url) => url.startsWith(`${site.origin}/_node/@observablehq/plot@`))).toBe(true);
    } finally {
      await visit.close();
    }
  });

  it("openPage('/') draws text in the bundled Inter font", async () => {
    const visit = await site.openPage("/");
    try {
      const loaded = await visit.page.evaluate(() =>
        [...document.fonts].some((face) => face.family.replace(/"/g, "") === "Inter" && face.status === "loaded"),
      );
      expect(loaded).toBe(true);
      expect(await visit.page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^Inter\b/);
    } finally {
      await visit.close();
    }
  });

  for (const colorScheme of ["light", "dark"] as const) {
    for (const width of [375, 1440]) {
      it(`openPage('/', {width: ${width}, colorScheme: "${colorScheme}"}) follows the system theme and fits the width`, async () => {
        const visit = await site.openPage("/", { width, colorScheme });
        try {
          await expectCleanVisit(visit);
          // The page background can be transparent (the canvas shows through): the text color tells the theme.
          const text = await visit.page.evaluate(() => getComputedStyle(document.body).color);
          if (colorScheme === "dark") expect(luminance(text)).toBeGreaterThan(0.7);
          else expect(luminance(text)).toBeLessThan(0.3);
          const overflow = await visit.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow).toBeLessThanOrEqual(0);
          expect(existsSync(await visit.screenshot(`index_${width}_${colorScheme}`))).toBe(true);
        } finally {
          await visit.close();
        }
      });
    }
  }

  it("every page in the sidebar loads with no errors and no request outside the site's origin", async () => {
    for (const { path } of pages) {
      const visit = await site.openPage(path);
      try {
        expect(visit.page.url(), path).not.toMatch(/404/);
        await expectCleanVisit(visit);
        expect(await visit.page.locator("main h1").count(), path).toBeGreaterThan(0);
      } finally {
        await visit.close();
      }
    }
  });

  it("an unknown path answers 404 with the site's own 404 page", async () => {
    const response = await fetch(`${site.origin}/no-such-page`);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await response.text()).toMatch(/<h1[^>]*>/);
  });
});
