// The slide export end to end, in-process: every figure of the fixture corpus as SVG, PNG, CSV and a deck.
import JSZip from "jszip";
import { parseHTML } from "linkedom";
import { Resvg } from "@resvg/resvg-js";
import { beforeAll, describe, expect, it } from "vitest";
import { figures } from "../../src/components/index.ts";
import { exportFigures, type ExportFile, type ExportSettings } from "../../scripts/export/export-figures.ts";
import { renderPng } from "../../scripts/export/render-png.ts";
import { loadCorpus } from "../components/fixture.ts";

const SETTINGS: ExportSettings = {
  width: 1920,
  height: 1080,
  scale: 1,
  theme: "light",
  formats: ["svg", "png", "csv"],
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Standard deviation of the RGB channels over all pixels: 0 for a blank image. */
function pixelSpread(rgba: Buffer): number {
  let sum = 0;
  let squares = 0;
  let n = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    for (let c = 0; c < 3; c++) {
      sum += rgba[i + c];
      squares += rgba[i + c] ** 2;
      n++;
    }
  }
  return Math.sqrt(squares / n - (sum / n) ** 2);
}

function file(files: readonly ExportFile[], name: string): ExportFile {
  const found = files.find((f) => f.name === name);
  if (!found) throw new Error(`no ${name} among ${files.map((f) => f.name).join(", ")}`);
  return found;
}

let light: ExportFile[];
beforeAll(async () => {
  light = (await exportFigures(figures, loadCorpus(), SETTINGS)).files;
});

describe("exportFigures(entries, data, settings)", () => {
  it("writes <id>_1920x1080.svg, <id>_1920x1080.png and <id>.csv for every figure", () => {
    expect(light.map((f) => f.name)).toEqual(
      figures.flatMap((f) => [`${f.id}_1920x1080.svg`, `${f.id}_1920x1080.png`, `${f.id}.csv`]),
    );
  });

  for (const entry of figures) {
    it(`${entry.id}: the SVG is well-formed XML, 1920×1080, with the figure's title text in it`, () => {
      const svg = String(file(light, `${entry.id}_1920x1080.svg`).contents);
      // resvg's XML reader is strict: it refuses unescaped "<" or "&", unclosed tags and bad attributes.
      expect(() => new Resvg(svg, { font: { loadSystemFonts: false } })).not.toThrow();
      const { document } = parseHTML(`<html><body>${svg}</body></html>`);
      const root = document.querySelector("svg");
      expect(root?.getAttribute("width")).toBe("1920");
      expect(root?.getAttribute("height")).toBe("1080");
      expect(root?.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
      const header = document.querySelector(".nk-header text")?.textContent ?? "";
      expect(header.length).toBeGreaterThan(3);
    });

    it(`${entry.id}: the PNG is 1920×1080 and not blank`, () => {
      const png = file(light, `${entry.id}_1920x1080.png`).contents as Buffer;
      expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
      const svg = String(file(light, `${entry.id}_1920x1080.svg`).contents);
      expect(pixelSpread(renderPng(svg, { width: 480 }).pixels)).toBeGreaterThan(5);
    });

    it(`${entry.id}: text is drawn with the bundled Inter (the PNG differs from one rendered with no fonts)`, () => {
      const svg = String(file(light, `${entry.id}_1920x1080.svg`).contents);
      const withFonts = renderPng(svg, { width: 640 }).pixels;
      const without = renderPng(svg, { width: 640, fontFiles: [] }).pixels;
      let differing = 0;
      for (let i = 0; i < withFonts.length; i++) if (withFonts[i] !== without[i]) differing++;
      expect(differing / withFonts.length).toBeGreaterThan(0.002);
    });

    it(`${entry.id}: the CSV has the figure's rows with doc and quote`, () => {
      const csv = String(file(light, `${entry.id}.csv`).contents);
      const [header] = csv.split("\r\n");
      expect(header.endsWith("doc,quote")).toBe(true);
      expect(csv.split("\r\n").length - 2).toBeGreaterThanOrEqual(entry.rows(loadCorpus()).length);
    });
  }

  it("two exports of the same input give byte-identical SVG and PNG", async () => {
    const again = (await exportFigures(figures, loadCorpus(), { ...SETTINGS, formats: ["svg", "png"] })).files;
    for (const f of again)
      expect(Buffer.compare(Buffer.from(f.contents), Buffer.from(file(light, f.name).contents))).toBe(0);
  });

  it("--size 4:3 --scale 2 --theme dark: a 1440×1080 slide as a 2880×2160 PNG named @2x, on a dark background", async () => {
    const settings: ExportSettings = { width: 1440, height: 1080, scale: 2, theme: "dark", formats: ["svg", "png"] };
    const { files } = await exportFigures([figures[1]], loadCorpus(), settings);
    expect(files.map((f) => f.name)).toEqual([`${figures[1].id}_1440x1080.svg`, `${figures[1].id}_1440x1080@2x.png`]);
    expect(pngSize(files[1].contents as Buffer)).toEqual({ width: 2880, height: 2160 });
    const svg = String(files[0].contents);
    const root = svg.match(/^<svg[^>]*>/)?.[0] ?? "";
    expect(root).toMatch(/ width="1440"/);
    expect(root).toMatch(/ height="1080"/);
    expect(root).toMatch(/ viewBox="0 0 720 540"/); // laid out at half size, so its text reads twice as large
    const corner = renderPng(svg, { width: 144 }).pixels.subarray(0, 3);
    expect([...corner]).toEqual([0x16, 0x17, 0x19]);
  });

  it("deck.pptx has one slide per figure, a PNG per slide, and quotes in the speaker notes", async () => {
    const corpus = loadCorpus();
    const { files } = await exportFigures(figures, corpus, { ...SETTINGS, formats: ["pptx"] });
    expect(files.map((f) => f.name)).toEqual(["deck.pptx"]);
    const zip = await JSZip.loadAsync(files[0].contents as Buffer);
    const names = Object.keys(zip.files);
    expect(names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(figures.length);
    const media = names.filter((n) => /^ppt\/media\/.*\.png$/.test(n));
    expect(media).toHaveLength(figures.length);
    const png = await zip.file(media[0])?.async("nodebuffer");
    expect(png && pngSize(png).width).toBe(1920);
    const notes = await Promise.all(
      names.filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n)).map((n) => zip.file(n)?.async("string")),
    );
    expect(notes).toHaveLength(figures.length);
    // A quote from the theft-vs-missiles rows appears, in its own words, in some slide's notes.
    const quote = figures[1].rows(corpus)[0].quote.replace(/\s+/g, " ").trim().slice(0, 40);
    const escaped = quote.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    expect(notes.some((xml) => xml?.includes(escaped))).toBe(true);
    const slide = await zip.file("ppt/slides/slide2.xml")?.async("string");
    expect(slide).toContain("Crypto theft against missile spending");
  });
});
