// The Figure lab's settings and their query string, so a link reproduces the slide being prepared. Reading is
// tolerant (a stale or hand-edited link falls back to defaults, never throws); writing leaves defaults out.
import { parseSlideSize, SLIDE_ANNOTATIONS, SLIDE_PRESETS, type SlideSize } from "./export-slide.js";

export interface LabSettings {
  figure: string;
  /** A preset name ("16:9", "4:3", "1:1") or "WIDTHxHEIGHT". */
  size: string;
  theme: "light" | "dark";
  annotations: number;
  /** Replaces the figure's own title when not empty. */
  title: string;
}

/** Figures that draw a chosen number of annotations (labels or quotes). */
export const ANNOTATED_FIGURES: readonly string[] = ["theft-vs-missiles", "timeline", "year-in-focus"];
export const MAX_ANNOTATIONS = 60;
const MAX_TITLE = 200;

export function defaultLabSettings(figureIds: readonly string[]): LabSettings {
  return { figure: figureIds[0] ?? "", size: "16:9", theme: "light", annotations: SLIDE_ANNOTATIONS, title: "" };
}

/** The slide's pixels for a size setting; an unreadable one reads as 16:9. */
export function labSize(size: string): SlideSize {
  try {
    return parseSlideSize(size);
  } catch {
    return { ...SLIDE_PRESETS["16:9"] };
  }
}

/** True when `size` is one of the named presets rather than a custom WIDTHxHEIGHT. */
export function isPreset(size: string): boolean {
  return Object.hasOwn(SLIDE_PRESETS, size);
}

/** Settings from a query string such as `location.search`. */
export function readLabSettings(search: string, figureIds: readonly string[]): LabSettings {
  const params = new URLSearchParams(search);
  const settings = defaultLabSettings(figureIds);
  const figure = params.get("figure");
  if (figure !== null && figureIds.includes(figure)) settings.figure = figure;
  const size = params.get("size");
  if (size !== null) {
    try {
      const { width, height } = parseSlideSize(size);
      settings.size = isPreset(size) ? size : `${width}x${height}`;
    } catch {
      // keep the default size
    }
  }
  if (params.get("theme") === "dark") settings.theme = "dark";
  const annotations = params.get("annotations");
  if (annotations !== null && /^\d{1,3}$/.test(annotations)) {
    settings.annotations = Math.min(MAX_ANNOTATIONS, Number(annotations));
  }
  settings.title = (params.get("title") ?? "").slice(0, MAX_TITLE);
  return settings;
}

/** "?figure=timeline&size=4%3A3…" with only the settings that differ from the defaults ("" when none do). */
export function labSearch(settings: LabSettings, figureIds: readonly string[]): string {
  const defaults = defaultLabSettings(figureIds);
  const params = new URLSearchParams();
  if (settings.figure !== defaults.figure) params.set("figure", settings.figure);
  if (settings.size !== defaults.size) params.set("size", settings.size);
  if (settings.theme !== defaults.theme) params.set("theme", settings.theme);
  if (settings.annotations !== defaults.annotations) params.set("annotations", String(settings.annotations));
  if (settings.title.trim()) params.set("title", settings.title.slice(0, MAX_TITLE));
  const query = params.toString();
  return query ? `?${query}` : "";
}
