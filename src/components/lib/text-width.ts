// Text measurement without a canvas: advance widths of Inter (the font every export loads), in 1/1000 em,
// read once from node_modules/@expo-google-fonts/inter TTFs for ASCII 32–126. Kerning only narrows text,
// so these sums never underestimate a label.

const REGULAR = [
  281, 288, 466, 633, 642, 982, 644, 300, 365, 365, 501, 662, 288, 460, 288, 360, 631, 407, 610, 618, 646, 593, 620,
  566, 619, 620, 288, 302, 662, 662, 662, 511, 966, 690, 654, 730, 722, 601, 590, 746, 743, 269, 571, 672, 565, 903,
  753, 765, 639, 765, 644, 642, 646, 744, 690, 985, 682, 679, 629, 365, 360, 365, 471, 456, 323, 562, 612, 571, 612,
  583, 370, 613, 591, 242, 242, 549, 242, 876, 591, 600, 612, 612, 376, 528, 327, 591, 562, 818, 546, 562, 552, 426,
  333, 426, 662,
];
const SEMIBOLD = [
  252, 321, 523, 644, 650, 1004, 663, 326, 373, 373, 540, 673, 319, 465, 319, 379, 660, 423, 623, 636, 666, 612, 640,
  576, 640, 640, 319, 329, 673, 673, 673, 543, 999, 728, 659, 737, 722, 605, 588, 749, 746, 277, 580, 703, 565, 922,
  759, 769, 645, 773, 652, 650, 660, 736, 728, 1020, 720, 713, 652, 373, 379, 373, 481, 469, 351, 574, 624, 583, 624,
  591, 389, 625, 612, 262, 262, 569, 262, 900, 612, 609, 624, 624, 397, 549, 353, 612, 587, 839, 569, 588, 566, 455,
  359, 455, 673,
];
/** Widths of the punctuation and symbols the figures print (same in both weights to within 10%). */
const EXTRA: Record<string, number> = {
  "–": 500,
  "—": 1000,
  "‘": 300,
  "’": 300,
  "“": 510,
  "”": 510,
  "…": 960,
  "₩": 1011,
  "€": 680,
  "£": 630,
  "¥": 563,
  "·": 320,
  "×": 673,
  "÷": 673,
  "≈": 673,
  "≥": 673,
  "→": 954,
  "\u00a0": 281,
};
// Accented Latin letters are about as wide as a wide lower-case letter; anything else (CJK) is a full em.
const LATIN_FALLBACK = 640;
const OTHER_FALLBACK = 1000;

export type FontWeight = "regular" | "semibold";

/** Width in pixels of `text` set in Inter at `fontSize`. */
export function textWidth(text: string, fontSize: number, weight: FontWeight = "regular"): number {
  const table = weight === "semibold" ? SEMIBOLD : REGULAR;
  let units = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 32 && code < 127) units += table[code - 32];
    else units += EXTRA[char] ?? (code < 0x2000 ? LATIN_FALLBACK : OTHER_FALLBACK);
  }
  return (units * fontSize) / 1000;
}

/** Cuts `text` to fit `maxWidth`, ending with an ellipsis when it had to cut. */
export function truncateToWidth(
  text: string,
  maxWidth: number,
  fontSize: number,
  weight: FontWeight = "regular",
): string {
  if (textWidth(text, fontSize, weight) <= maxWidth) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  // Binary search for the longest prefix that fits together with the ellipsis.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(chars.slice(0, mid).join("").trimEnd() + "…", fontSize, weight) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? "" : chars.slice(0, lo).join("").trimEnd() + "…";
}

/** Breaks `text` into lines no wider than `maxWidth` at spaces (never at no-break spaces); over-long words are cut. */
export function wrapText(text: string, maxWidth: number, fontSize: number, weight: FontWeight = "regular"): string[] {
  const words = text.split(/[^\S\u00a0]+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || textWidth(candidate, fontSize, weight) <= maxWidth) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => truncateToWidth(l, maxWidth, fontSize, weight));
}
