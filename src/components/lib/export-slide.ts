// A figure laid out for a slide: drawn at a smaller layout size and scaled up (through the SVG's viewBox) to the
// slide's pixels, so every text grows in proportion and stays readable on a projector. The CLI, the Figure lab
// and the download menu share it, so a preview and its file are the same picture.
import type { FigureEntry } from "../index.js";
import type { CorpusLike } from "./corpus.js";
import type { FigureOptions } from "./frame.js";
import { paletteOf } from "./theme.js";

/** Layout pixels of the slide's shorter side: a 1080-pixel slide is drawn at 540 and scaled by 2. */
export const SLIDE_LAYOUT_SHORT_SIDE = 540;
/** Labels a slide carries unless asked otherwise: more would be unreadable from the back of a room. */
export const SLIDE_ANNOTATIONS = 12;
// When a figure needs more room than the slide, its text shrinks in these steps (relative to the full scale)
// before the whole picture is shrunk to fit.
const SHRINK_STEPS = [1, 0.875, 0.75, 0.625, 0.5];

export interface SlideSize {
  width: number;
  height: number;
}

/** Slide sizes by name: a 16:9 and a 4:3 slide 1080 pixels tall, and a square. */
export const SLIDE_PRESETS: Readonly<Record<string, SlideSize>> = {
  "16:9": { width: 1920, height: 1080 },
  "4:3": { width: 1440, height: 1080 },
  "1:1": { width: 1080, height: 1080 },
};
const MIN_SIDE = 64;
const MAX_SIDE = 8192;

/** "16:9", "4:3", "1:1" or "WIDTHxHEIGHT" (64–8192 pixels a side) as pixels; throws `invalid size: …` otherwise. */
export function parseSlideSize(value: string): SlideSize {
  const preset = Object.hasOwn(SLIDE_PRESETS, value) ? SLIDE_PRESETS[value] : undefined;
  if (preset) return { ...preset };
  const match = /^(\d{2,5})[x×](\d{2,5})$/.exec(String(value).trim());
  const size = match ? { width: Number(match[1]), height: Number(match[2]) } : null;
  if (!size || [size.width, size.height].some((side) => side < MIN_SIDE || side > MAX_SIDE)) {
    throw new TypeError(`invalid size: ${value}`);
  }
  return size;
}

export interface SlideOptions extends Omit<FigureOptions, "width" | "height">, SlideSize {}

export interface SlideLayout extends SlideSize {
  /** Slide pixels per layout pixel. */
  scale: number;
}

/** The layout size a slide of `width`×`height` pixels is drawn at (times `shrink`), and its scale factor. */
export function slideLayout({ width, height }: SlideSize, shrink = 1): SlideLayout {
  const scale = (Math.min(width, height) / SLIDE_LAYOUT_SHORT_SIDE) * shrink;
  return { width: Math.round(width / scale), height: Math.round(height / scale), scale };
}

function checkedSide(name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < MIN_SIDE || value > MAX_SIDE) {
    throw new TypeError(`invalid ${name}: ${String(value)}`);
  }
  return value;
}

function rootAttribute(svg: string, name: string): string | undefined {
  return svg.match(/^<svg\b[^>]*>/)?.[0].match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
}

// Sets the root <svg>'s pixel size, keeping its viewBox (the layout size): the drawing scales, nothing reflows.
// Safe on our serializer's output, which escapes ">" inside attribute values.
function resizeRoot(svg: string, width: number, height: number): string {
  return svg.replace(/^<svg\b[^>]*>/, (tag) => {
    const viewBox = /\sviewBox="/.test(tag)
      ? ""
      : ` viewBox="0 0 ${rootAttribute(tag, "width")} ${rootAttribute(tag, "height")}"`;
    return tag
      .replace(/\swidth="[^"]*"/, ` width="${width}"`)
      .replace(/\sheight="[^"]*"/, ` height="${height}"`)
      .replace(/^<svg/, `<svg${viewBox}`);
  });
}

// Last resort for a figure taller than the slide even at the smallest text: the whole picture, shrunk to the
// slide's height and centred on the theme's background.
function letterbox(svg: string, size: SlideSize, background: string | null): string {
  const width = Number(rootAttribute(svg, "width"));
  const height = Number(rootAttribute(svg, "height"));
  const factor = Math.min(size.width / width, size.height / height);
  const [w, h] = [Math.round(width * factor), Math.round(height * factor)];
  const [x, y] = [Math.round((size.width - w) / 2), Math.round((size.height - h) / 2)];
  const inner = resizeRoot(svg, w, h).replace(/^<svg/, `<svg x="${x}" y="${y}"`);
  const fill = background ? `<rect width="${size.width}" height="${size.height}" fill="${background}"/>` : "";
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" ` +
    `viewBox="0 0 ${size.width} ${size.height}">${fill}${inner}</svg>`
  );
}

/**
 * Standalone SVG text of a figure laid out for a slide of `width`×`height` pixels: the largest text at which the
 * figure's natural height fits the slide, then stretched to fill it; annotations default to SLIDE_ANNOTATIONS.
 */
export function slideSvg(entry: FigureEntry, data: CorpusLike, options: SlideOptions): string {
  const { width, height, ...rest } = options;
  const size = { width: checkedSide("width", width), height: checkedSide("height", height) };
  const figureOptions: FigureOptions = { annotations: SLIDE_ANNOTATIONS, ...rest };
  let natural = "";
  for (const shrink of SHRINK_STEPS) {
    const layout = slideLayout(size, shrink);
    natural = entry.svg(data, { ...figureOptions, width: layout.width });
    if (Number(rootAttribute(natural, "height")) <= layout.height) {
      const fitted = entry.svg(data, { ...figureOptions, width: layout.width, height: layout.height });
      return resizeRoot(fitted, size.width, size.height);
    }
  }
  return letterbox(natural, size, paletteOf(rest.theme).background);
}
