// deck.pptx: one slide per figure — the title as real slide text, the figure as a PNG (drawn without its own
// title, which the slide already shows), the articles as linked text, and every quote with its link in the notes.
import pptxgenjs from "pptxgenjs";
import type { FigureEntry } from "../../src/components/index.ts";
import { documentIndex, type CorpusLike } from "../../src/components/lib/corpus.ts";
import { docsOfRows } from "../../src/components/lib/export-citation.ts";
import { slideSvg } from "../../src/components/lib/export-slide.ts";
import { formatDay } from "../../src/components/lib/format.ts";
import type { FigureRow } from "../../src/components/lib/rows.ts";
import { createServerDocument } from "../../src/components/lib/server-document.ts";
import { renderPng } from "./render-png.ts";

export interface DeckSettings {
  width: number;
  height: number;
  scale: number;
  theme: "light" | "dark";
}

// Slide geometry in inches on a 10-inch-wide slide: title band, image, source band.
const SLIDE_WIDTH = 10;
const MARGIN = 0.35;
const TITLE_HEIGHT = 0.7;
const SOURCE_HEIGHT = 0.4;
const FONT = "Arial"; // present wherever the deck is opened; the figures themselves carry Inter in their pixels
const NOTES_QUOTES = 60;

// The package's types describe a CommonJS default export; imported as ESM, the default is the class itself.
const PptxGenJS = pptxgenjs as unknown as typeof pptxgenjs.default;
type TextRun = pptxgenjs.default.TextProps;

const COLORS = {
  light: { background: "FFFFFF", text: "1B1E23", muted: "5C6066" },
  dark: { background: "161719", text: "E7E8EA", muted: "A9ABAF" },
};

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

/** The title a figure draws for itself (its header's semibold lines), e.g. "2022 month by month". */
export function drawnTitle(svg: string, fallback: string): string {
  const header = svg.match(/<g class="nk-header"[^>]*>(.*?)<\/g>/s)?.[1] ?? "";
  const lines = [...header.matchAll(/<text\b[^>]*font-weight="600"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
  return lines.length ? decodeEntities(lines.join(" ")) : fallback;
}

interface SourceLink {
  text: string;
  url: string | null;
}

function sourceLinks(docs: readonly string[], data: CorpusLike): SourceLink[] {
  const index = documentIndex(data);
  return docs.map((doc) => {
    const record = index.get(doc);
    const name = [record?.publisher, record?.title ? `“${record.title}”` : doc].filter(Boolean).join(", ");
    return { text: name, url: record?.url ?? null };
  });
}

/** Speaker notes: each distinct quote behind the figure, with its article, date and link. */
export function speakerNotes(rows: readonly FigureRow[], data: CorpusLike): string {
  const index = documentIndex(data);
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const row of rows) {
    const key = `${row.doc}\u0000${row.quote}`;
    if (!row.quote || seen.has(key)) continue;
    seen.add(key);
    const record = index.get(row.doc);
    const where = [record?.publisher, record?.title, formatDay(record?.published?.last), record?.url]
      .filter(Boolean)
      .join(", ");
    lines.push(`“${String(row.quote).replace(/\s+/g, " ").trim()}” — ${where || row.doc}`);
  }
  const shown = lines.slice(0, NOTES_QUOTES);
  if (lines.length > shown.length) shown.push(`…and ${lines.length - shown.length} more quotes in the CSV.`);
  return shown.length ? `Quotes behind this figure:\n${shown.join("\n")}` : "No quotes behind this figure.";
}

/** The deck as PPTX bytes: one slide per entry, in order. */
export async function buildDeck(
  entries: readonly FigureEntry[],
  data: CorpusLike,
  settings: DeckSettings,
): Promise<Buffer> {
  const slideHeight = (SLIDE_WIDTH * settings.height) / settings.width;
  const image = { x: MARGIN, y: MARGIN + TITLE_HEIGHT, w: SLIDE_WIDTH - 2 * MARGIN };
  const imageHeight = slideHeight - image.y - SOURCE_HEIGHT - MARGIN / 2;
  const pixels = { width: settings.width, height: Math.round((settings.width * imageHeight) / image.w) };
  const colors = COLORS[settings.theme];

  const deck = new PptxGenJS();
  deck.defineLayout({ name: "FIGURES", width: SLIDE_WIDTH, height: slideHeight });
  deck.layout = "FIGURES";
  deck.title = "Figures";
  for (const entry of entries) {
    const document = createServerDocument();
    const full = slideSvg(entry, data, { width: settings.width, height: settings.height, document });
    const title = drawnTitle(full, entry.title);
    const svg = slideSvg(entry, data, { ...pixels, theme: settings.theme, title: "", document });
    const png = renderPng(svg, { width: Math.round(pixels.width * settings.scale) }).png;
    const rows = entry.rows(data);

    const slide = deck.addSlide();
    slide.background = { color: colors.background };
    slide.addText(title, {
      x: MARGIN,
      y: MARGIN / 2,
      w: SLIDE_WIDTH - 2 * MARGIN,
      h: TITLE_HEIGHT,
      fontFace: FONT,
      fontSize: 26,
      bold: true,
      color: colors.text,
      valign: "middle",
    });
    slide.addImage({
      data: `image/png;base64,${png.toString("base64")}`,
      ...image,
      h: imageHeight,
      altText: title,
    });
    const links = sourceLinks(docsOfRows(rows), data);
    const runs: TextRun[] = [{ text: links.length ? "Sources: " : "Sources: no articles" }];
    links.forEach((link, i) => {
      runs.push({ text: link.text, options: link.url ? { hyperlink: { url: link.url } } : {} });
      if (i < links.length - 1) runs.push({ text: "; " });
    });
    slide.addText(runs, {
      x: MARGIN,
      y: slideHeight - SOURCE_HEIGHT - MARGIN / 4,
      w: SLIDE_WIDTH - 2 * MARGIN,
      h: SOURCE_HEIGHT,
      fontFace: FONT,
      fontSize: 9,
      color: colors.muted,
      valign: "middle",
      fit: "shrink",
    });
    slide.addNotes(speakerNotes(rows, data));
  }
  return (await deck.write({ outputType: "nodebuffer", compression: true })) as Buffer;
}
