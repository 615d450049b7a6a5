// Light, dark and "auto" (inherit the page's colors through currentColor) themes, plus the categorical colors
// every figure shares so an event type has one color across the notebook and the slides.

export type ThemeName = "auto" | "light" | "dark";

export interface Palette {
  /** Text and axis color; "currentColor" lets the page decide. */
  foreground: string;
  /** Filled behind the figure in explicit themes (exports); null lets the page show through. */
  background: string | null;
}

export const FONT_FAMILY = "Inter, sans-serif";

/** Opacity of secondary text (subtitles, source lines) and of faint strokes, on any background. */
export const MUTED_OPACITY = 0.72;
export const FAINT_OPACITY = 0.3;

const PALETTES: Record<ThemeName, Palette> = {
  auto: { foreground: "currentColor", background: null },
  light: { foreground: "#1b1e23", background: "#ffffff" },
  dark: { foreground: "#e7e8ea", background: "#161719" },
};

/** The palette of a theme; throws on a name that is not a theme (API misuse, not bad data). */
export function paletteOf(theme: ThemeName | undefined): Palette {
  const palette = PALETTES[theme ?? "auto"];
  if (!palette) throw new TypeError(`invalid theme: ${String(theme)}`);
  return palette;
}

// Observable's "observable10" scheme: readable on white and on near-black.
export const CATEGORICAL = [
  "#4269d0",
  "#efb118",
  "#ff725c",
  "#6cc5b0",
  "#3ca951",
  "#ff8ab7",
  "#a463f2",
  "#97bbf5",
  "#9c6b4e",
  "#9498a0",
];
export const OTHER_COLOR = "#9498a0";

export const EVENT_TYPE_COLORS: Record<string, string> = {
  theft: "#ff725c",
  "missile-launch": "#efb118",
  designation: "#4269d0",
  "nuclear-test": "#a463f2",
  meeting: "#6cc5b0",
  statement: "#ff8ab7",
  vote: "#3ca951",
  veto: "#9c6b4e",
  treaty: "#97bbf5",
};

export const EVENT_TYPE_LABELS: Record<string, string> = {
  theft: "Theft",
  "missile-launch": "Missile launch",
  designation: "Designation",
  "nuclear-test": "Nuclear test",
  meeting: "Meeting",
  statement: "Statement",
  vote: "Vote",
  veto: "Veto",
  treaty: "Treaty",
};

export const TARGET_TYPE_COLORS: Record<string, string> = {
  individual: "#4269d0",
  entity: "#efb118",
  // Between the two it joins: neither one's colour.
  "individual or entity": "#9c6b4e",
  vessel: "#6cc5b0",
  group: "#a463f2",
  aircraft: "#3ca951",
  unspecified: OTHER_COLOR,
};

export function eventTypeColor(type: string): string {
  return EVENT_TYPE_COLORS[type] ?? OTHER_COLOR;
}

/** "Missile launch" for "missile-launch"; unknown types read as their words. */
export function eventTypeLabel(type: string): string {
  const label = EVENT_TYPE_LABELS[type];
  if (label) return label;
  const words = String(type).replace(/[-_]+/g, " ").trim();
  return words ? words[0].toUpperCase() + words.slice(1) : "Other";
}

/** Colors for categories in the order given (most important first); the rest share the neutral color. */
export function categoricalColors(categories: string[]): Map<string, string> {
  const palette = CATEGORICAL.filter((c) => c !== OTHER_COLOR);
  return new Map(categories.map((c, i) => [c, palette[i] ?? OTHER_COLOR]));
}
