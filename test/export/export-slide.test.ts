import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { figureById, figures, type FigureEntry } from "../../src/components/index.ts";
import { parseSlideSize, slideLayout, slideSvg } from "../../src/components/lib/export-slide.ts";
import { loadCorpus, server } from "../components/fixture.ts";

function rootOf(svg: string): Record<string, string> {
  const tag = svg.match(/^<svg\b[^>]*>/)?.[0] ?? "";
  return Object.fromEntries([...tag.matchAll(/\s([\w:-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

describe("parseSlideSize(value)", () => {
  it("parseSlideSize reads the presets and WIDTHxHEIGHT", () => {
    expect(parseSlideSize("16:9")).toEqual({ width: 1920, height: 1080 });
    expect(parseSlideSize("4:3")).toEqual({ width: 1440, height: 1080 });
    expect(parseSlideSize("1:1")).toEqual({ width: 1080, height: 1080 });
    expect(parseSlideSize("1600x900")).toEqual({ width: 1600, height: 900 });
    expect(parseSlideSize("1600×900")).toEqual({ width: 1600, height: 900 });
  });

  it("parseSlideSize throws `invalid size: …` for anything else", () => {
    for (const bad of ["10x", "x10", "63x100", "9000x100", "16:10", "", "toString", "1e3x1e3"]) {
      expect(() => parseSlideSize(bad)).toThrow(`invalid size: ${bad}`);
    }
  });
});

describe("slideLayout(size)", () => {
  it("slideLayout draws a 1080-pixel-tall slide at 540 and scales by 2, whatever its width", () => {
    expect(slideLayout({ width: 1920, height: 1080 })).toEqual({ width: 960, height: 540, scale: 2 });
    expect(slideLayout({ width: 1440, height: 1080 })).toEqual({ width: 720, height: 540, scale: 2 });
    expect(slideLayout({ width: 1080, height: 1920 })).toEqual({ width: 540, height: 960, scale: 2 });
  });
});

describe("slideSvg(entry, data, options)", () => {
  const corpus = loadCorpus();

  it("slideSvg gives every figure the slide's pixels and a smaller layout in its viewBox", () => {
    for (const entry of figures) {
      const root = rootOf(slideSvg(entry, corpus, { width: 1920, height: 1080, theme: "light", ...server() }));
      expect([root.width, root.height]).toEqual(["1920", "1080"]);
      const [, , w, h] = root.viewBox.split(" ").map(Number);
      expect(w / h).toBeCloseTo(1920 / 1080, 2);
      expect(w).toBeLessThanOrEqual(1920); // drawn at 960–1920 layout pixels: text 1–2× its page size
      expect(w).toBeGreaterThanOrEqual(960);
    }
  });

  it("slideSvg shrinks a figure taller than the slide even at half-size text into a letterbox", () => {
    // A stand-in figure that always needs 4000 layout pixels of height, whatever its width.
    const tall: FigureEntry = {
      ...figures[0],
      svg: (_data, options) =>
        `<svg xmlns="http://www.w3.org/2000/svg" width="${options?.width}" height="4000" viewBox="0 0 ${options?.width} 4000"><text>tall</text></svg>`,
    };
    const svg = slideSvg(tall, corpus, { width: 1920, height: 1080, theme: "dark", ...server() });
    expect(rootOf(svg)).toMatchObject({ width: "1920", height: "1080", viewBox: "0 0 1920 1080" });
    // Drawn at the smallest text (layout 1920 wide, scale 1), scaled to 1080 pixels tall and centred.
    expect(svg).toMatch(
      /^<svg[^>]*><rect width="1920" height="1080" fill="#161719"\/><svg x="701" y="0" [^>]*width="518" height="1080"/,
    );
  });

  it("slideSvg passes title and annotations to the figure", () => {
    const timeline = figureById("timeline");
    const svg = slideSvg(timeline, corpus, { width: 1920, height: 1080, title: "Ours", annotations: 2, ...server() });
    expect(svg).toContain(">Ours</text>");
    const labels = [...svg.matchAll(/<g[^>]*aria-label="text"[^>]*>(.*?)<\/g>/gs)].flatMap(
      (m) => m[1].match(/<text/g) ?? [],
    );
    expect(labels).toHaveLength(2);
  });

  it("slideSvg rejects sizes that are not whole pixels", () => {
    const entry = figures[0];
    expect(() => slideSvg(entry, corpus, { width: 10.5, height: 1080, ...server() })).toThrow("invalid width: 10.5");
    expect(() => slideSvg(entry, corpus, { width: 1920, height: 0, ...server() })).toThrow("invalid height: 0");
  });

  it("slideSvg never throws for any slide size within bounds", () => {
    const entry = figureById("designations");
    fc.assert(
      fc.property(fc.integer({ min: 64, max: 4000 }), fc.integer({ min: 64, max: 4000 }), (width, height) => {
        const root = rootOf(slideSvg(entry, corpus, { width, height, ...server() }));
        expect([root.width, root.height]).toEqual([String(width), String(height)]);
      }),
      { seed: 42, numRuns: 25 },
    );
  });
});
