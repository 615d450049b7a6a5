import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { figureById, figures, type FigureOptions } from "../../src/components/index.ts";
import { loadCorpus, server } from "./fixture.ts";

describe("figure registry", () => {
  it("figures lists every figure once, each with id, title, render, svg and rows", () => {
    const ids = figures.map((f) => f.id);
    expect(ids).toEqual([
      "figure-cards",
      "theft-vs-missiles",
      "designations",
      "responses",
      "timeline",
      "year-in-focus",
      "voices",
    ]);
    for (const f of figures) {
      expect(f.title.length).toBeGreaterThan(5);
      expect(typeof f.render).toBe("function");
    }
    expect(figureById("timeline").title).toBe("Timeline of events in the articles");
    expect(() => figureById("nope")).toThrow(/unknown figure: nope/);
  });

  it("figure.svg(data) gives a standalone SVG that resvg parses, for every figure and theme", () => {
    const corpus = loadCorpus();
    for (const f of figures) {
      for (const theme of ["light", "dark"] as const) {
        const svg = f.svg(corpus, { ...server(), theme, width: 960 });
        expect(svg.startsWith("<svg")).toBe(true);
        expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
        const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
        expect(image.width).toBe(960);
      }
    }
  });

  it("figure.svg(data) is byte-identical across two renders, in fresh documents or the same one", () => {
    const corpus = loadCorpus();
    const shared = server();
    for (const f of figures) {
      const first = f.svg(corpus, server());
      expect(f.svg(corpus, server())).toBe(first);
      expect(f.svg(corpus, shared)).toBe(f.svg(corpus, shared));
    }
  });

  it("figure.rows(data) gives rows that all carry doc and quote", () => {
    const corpus = loadCorpus();
    for (const f of figures) {
      const rows = f.rows(corpus);
      expect(rows.length, f.id).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.doc, f.id).toMatch(/\.txt$/);
        expect(typeof row.quote).toBe("string");
      }
    }
  });

  it("figure.rows(data, options) follows the options the figure was drawn with, as its data table does", () => {
    const corpus = loadCorpus();
    const timeline = figureById("timeline");
    const thefts = timeline.rows(corpus, { types: ["theft"] } as FigureOptions);
    expect(thefts.length).toBeGreaterThan(0);
    expect(thefts.length).toBeLessThan(timeline.rows(corpus).length);
    expect(new Set(thefts.map((r) => r.type))).toEqual(new Set(["theft"]));
    const won = figureById("theft-vs-missiles").rows(corpus, { currency: "KRW" } as FigureOptions);
    expect(won.map((r) => r.measure)).toContain("Won per dollar");
    const options = { ...server(), year: 2019 } as FigureOptions;
    const table = figureById("year-in-focus").render(corpus, options).querySelectorAll("details table tbody tr");
    expect(table.length).toBe(figureById("year-in-focus").rows(corpus, options).length);
  });

  it("figure.render(data) carries alt text as aria-label and <title>, and a data table of its rows", () => {
    const corpus = loadCorpus();
    for (const f of figures.filter((f) => f.id !== "figure-cards")) {
      const figure = f.render(corpus, server());
      const svg = figure.querySelector("svg")!;
      const alt = svg.getAttribute("aria-label") ?? "";
      expect(alt.length, f.id).toBeGreaterThan(40);
      expect(svg.getAttribute("role")).toBe("img");
      expect(svg.querySelector("title")?.textContent).toBe(alt);
      expect(figure.querySelectorAll("details table tbody tr").length).toBe(f.rows(corpus).length);
      const footer = [...svg.querySelectorAll(".nk-footer text")].map((t) => t.textContent).join(" ");
      expect(footer, f.id).toMatch(/Source: .+, computed by the pipeline · As\sof\s\d+\s\w{3}\s\d{4}$/);
    }
  });

  it("every figure renders fast enough for a page (under 50 ms each on the fixture)", () => {
    const corpus = loadCorpus();
    for (const f of figures) {
      f.svg(corpus, server()); // warm up
      const start = performance.now();
      for (let i = 0; i < 5; i++) f.svg(corpus, server());
      expect((performance.now() - start) / 5, f.id).toBeLessThan(50);
    }
  });
});
