// Browser side of the download menu: a figure's SVG made standalone (colors and font baked in), drawn to a
// canvas for PNG, and files handed to the reader — all from the page itself, no network.
import { serialize, svgOf } from "./serialize.js";
import { FONT_FAMILY } from "./theme.js";

const SVG_NS = "http://www.w3.org/2000/svg";

export interface StandaloneOptions {
  /** Pixel size of the file; the drawing scales to fit (the SVG keeps its viewBox). */
  width?: number;
  height?: number;
  /** CSS put inside the SVG's <style>, e.g. @font-face rules carrying the font as data URLs. */
  fontCss?: string;
}

function isTransparent(color: string): boolean {
  return !color || color === "transparent" || /^rgba\(.*,\s*0\)$/.test(color);
}

/** The first opaque background behind `element`, or white. */
export function backgroundBehind(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const color = getComputedStyle(node).backgroundColor;
    if (!isTransparent(color)) return color;
  }
  return "#ffffff";
}

/**
 * A copy of the figure's <svg> that looks the same outside the page: xmlns, font family, the text color that
 * `currentColor` resolves to, and the background painted in, since a file has no page behind it.
 */
export function standaloneSvg(figure: Element, options: StandaloneOptions = {}): string {
  const original = svgOf(figure);
  if (!original) throw new TypeError("not an SVG figure");
  const svg = original.cloneNode(true) as SVGSVGElement;
  const document = original.ownerDocument;
  const computed = typeof getComputedStyle === "function" ? getComputedStyle(original) : null;
  const color = computed?.color || "#1b1e23";
  const width = Number(original.getAttribute("width")) || original.getBoundingClientRect().width;
  const height = Number(original.getAttribute("height")) || original.getBoundingClientRect().height;
  svg.setAttribute("xmlns", SVG_NS);
  if (!svg.getAttribute("viewBox")) svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("width", String(options.width ?? width));
  svg.setAttribute("height", String(options.height ?? height));
  svg.style.setProperty("font-family", FONT_FAMILY);
  svg.style.setProperty("color", color);
  svg.style.removeProperty("max-width");
  // Figures in the "auto" theme have no background of their own: paint the page's.
  if (!svg.querySelector(":scope > rect:not([x]):not([y])")) {
    const rect = document.createElementNS(SVG_NS, "rect");
    rect.setAttribute("width", "100%");
    rect.setAttribute("height", "100%");
    rect.setAttribute("fill", backgroundBehind(original));
    const title = svg.querySelector(":scope > title");
    svg.insertBefore(rect, title ? title.nextSibling : svg.firstChild);
  }
  if (options.fontCss) {
    const style = document.createElementNS(SVG_NS, "style");
    style.textContent = options.fontCss;
    svg.insertBefore(style, svg.firstChild);
  }
  return serialize(svg);
}

function rulesOf(sheet: CSSStyleSheet): CSSRule[] {
  try {
    return Array.from(sheet.cssRules);
  } catch {
    return []; // a stylesheet from another origin hides its rules; the site has none, but never throw
  }
}

function collectFontFaces(rules: CSSRule[], family: string, out: string[]): void {
  for (const rule of rules) {
    if (rule.constructor.name === "CSSFontFaceRule" || rule.cssText.startsWith("@font-face")) {
      const name = (rule as CSSFontFaceRule).style.getPropertyValue("font-family").replace(/["']/g, "").trim();
      if (name === family) out.push(rule.cssText);
    } else if ("styleSheet" in rule && rule.styleSheet) {
      collectFontFaces(rulesOf(rule.styleSheet as CSSStyleSheet), family, out);
    } else if ("cssRules" in rule) {
      collectFontFaces(Array.from((rule as CSSGroupingRule).cssRules), family, out);
    }
  }
}

/** The page's own @font-face rules for the figures' font (the site bundles Inter as data URLs). */
export function pageFontCss(document: Document = window.document, family = "Inter"): string {
  const out: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) collectFontFaces(rulesOf(sheet), family, out);
  return [...new Set(out)].join("\n");
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error("the figure could not be drawn as an image"));
    image.src = src;
  });
}

/** Draws standalone SVG text onto a `width`×`height` canvas and returns the PNG. */
export async function svgToPng(svgText: string, width: number, height: number, background: string): Promise<Blob> {
  // A data URL (not a blob URL) keeps the canvas untainted in every browser.
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`);
  await image.decode().catch(() => undefined);
  // Fonts inside an SVG image can finish decoding a frame after load: wait one frame before drawing.
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("no canvas available");
  context.fillStyle = background;
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png"),
  );
}

/** Hands `blob` to the reader as a file called `name`. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Copies text; falls back to a hidden textarea where the Clipboard API is missing or refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    const copied = document.execCommand("copy");
    area.remove();
    return copied;
  }
}
