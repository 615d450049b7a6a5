// SVG text to PNG bytes with resvg: explicit fonts only (no system lookup), so output is reproducible.
import { Resvg } from "@resvg/resvg-js";
import { EXPORT_FONT_FAMILY, interFontFiles } from "./fonts.ts";

export interface PngOptions {
  /** Output width in pixels; the SVG scales to it (e.g. 3840 for `--scale 2` of a 1920-wide slide). */
  width: number;
  /** Font files to draw with; defaults to Inter. An empty list draws no text (tests use it as a control). */
  fontFiles?: readonly string[];
}

export interface RenderedPng {
  png: Buffer;
  width: number;
  height: number;
  /** RGBA bytes, row by row, for checks such as "is this image blank?". */
  pixels: Buffer;
}

function resvgOf(svg: string, options: PngOptions): Resvg {
  return new Resvg(svg, {
    fitTo: { mode: "width", value: options.width },
    font: {
      loadSystemFonts: false,
      fontFiles: [...(options.fontFiles ?? interFontFiles())],
      defaultFontFamily: EXPORT_FONT_FAMILY,
      sansSerifFamily: EXPORT_FONT_FAMILY,
    },
  });
}

/** Rasterizes `svg` at `options.width` pixels wide (height in proportion). */
export function renderPng(svg: string, options: PngOptions): RenderedPng {
  const image = resvgOf(svg, options).render();
  return { png: image.asPng(), width: image.width, height: image.height, pixels: image.pixels };
}
