import { describe, expect, it } from "vitest";
import { frameChart } from "../../../src/components/lib/frame.ts";
import { toSvgString } from "../../../src/components/lib/serialize.ts";
import { asOfDay, sourceLine } from "../../../src/components/lib/sources.ts";
import { loadCorpus, server } from "../fixture.ts";

const spec = {
  id: "test",
  title: "A title",
  subtitle: "A subtitle",
  alt: "What the chart shows",
  docs: ["001_9d2ae734795a9dc4.txt"],
  rows: [{ value: 1, doc: "001_9d2ae734795a9dc4.txt", quote: "q" }],
  legend: [{ label: "Theft", color: "#ff725c" }],
  plotHeight: 100,
  plot: null,
  empty: "Nothing here",
};

describe("frame", () => {
  it("frameChart(spec) draws a background and light text in the dark theme, none in auto", () => {
    const dark = toSvgString(frameChart(spec, loadCorpus(), { ...server(), theme: "dark" }));
    expect(dark).toMatch(/<rect [^>]*fill="#161719"[^>]*\/>/);
    expect(dark).toContain("color:#e7e8ea");
    expect(dark).toContain("font-family:Inter, sans-serif");
    const auto = toSvgString(frameChart(spec, loadCorpus(), server()));
    expect(auto).not.toContain("#161719");
    expect(auto).toContain('fill="currentColor"');
  });

  it("frameChart(spec) puts the alt text first as <title> and as aria-label, and the rows in a table", () => {
    const figure = frameChart(spec, loadCorpus(), server());
    const svg = figure.querySelector("svg")!;
    expect(svg.firstChild?.nodeName.toLowerCase()).toBe("title");
    expect(svg.getAttribute("aria-label")).toBe("What the chart shows");
    expect(figure.querySelector("details summary")?.textContent).toBe("Data table (1 row)");
    expect([...figure.querySelectorAll("th")].map((th) => th.textContent)).toEqual(["value", "doc", "quote"]);
  });

  it("frameChart(spec, {height}) honours a fixed total height", () => {
    const svg = frameChart(spec, loadCorpus(), { ...server(), height: 400 }).querySelector("svg")!;
    expect(svg.getAttribute("height")).toBe("400");
  });

  it("sourceLine(docs) names publishers once each; asOfDay(docs) is their latest publication day", () => {
    const corpus = loadCorpus();
    const docs = ["001_9d2ae734795a9dc4.txt", "000_f98022329e002b79.txt", "001_9d2ae734795a9dc4.txt"];
    expect(sourceLine(docs, corpus)).toBe(
      "Source: News1 (English rendering on an aggregator); NationPress (IANS), computed by the pipeline",
    );
    expect(asOfDay(docs, corpus)).toBe("2025-11-06");
    expect(asOfDay(docs, corpus, "2030-01-01")).toBe("2030-01-01");
    expect(asOfDay(["missing.txt"], corpus)).toBe("2025-11-06");
    expect(asOfDay([], {})).toBeNull();
  });
});
