// Candidate sentence boundaries: end punctuation (a run of . ? ! …), closing quotes or brackets, white space that
// does not break the line, then a capital, maybe after opening quotes or brackets. As a regex:
//   /(?<![.?!…])([.?!…]+["'”’)\]]*)[^\S\r\n\u2028\u2029]+(?=["'“‘([]*[A-Z\u00c0-\u00d6\u00d8-\u00de])/g
// The regex engine tries that class at every character; indexOf finds each mark many times faster, and the few
// places it finds are then read by hand. The parts are disjoint classes, so the greedy reading is the only one.
import { isSpace } from "./whitespace.ts";
import { markPositions } from "../util/mark-positions.ts";

const MARKS = [".", "?", "!", "…"];

function isEndMark(code: number): boolean {
  return code === 46 || code === 63 || code === 33 || code === 0x2026;
}

// " ' ” ’ ) ]
function isCloser(code: number): boolean {
  return code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 41 || code === 93;
}

// " ' “ ‘ ( [
function isOpener(code: number): boolean {
  return code === 34 || code === 39 || code === 0x201c || code === 0x2018 || code === 40 || code === 91;
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

// A–Z and the Latin-1 capitals À–Ö, Ø–Þ.
function isCapital(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xd6) || (code >= 0xd8 && code <= 0xde);
}

export interface Boundary {
  /** Where the end punctuation starts. */
  at: number;
  /** Length of the punctuation and the closers after it. */
  marks: number;
  /** Where the next sentence may start: after the white space. */
  next: number;
}

/** Every candidate boundary of `text`, in order (see the regex above). */
export function findBoundaries(text: string): Boundary[] {
  const found: Boundary[] = [];
  let runEnd = 0;
  for (const at of markPositions(text, MARKS)) {
    // Marks inside a run start no boundary (the lookbehind): go on after it.
    if (at < runEnd) continue;
    let k = at;
    while (isEndMark(text.charCodeAt(k))) k++;
    runEnd = k;
    while (isCloser(text.charCodeAt(k))) k++;
    const marksEnd = k;
    while (k < text.length && isSpace(text.charCodeAt(k)) && !isLineBreak(text.charCodeAt(k))) k++;
    if (k === marksEnd) continue;
    let c = k;
    while (isOpener(text.charCodeAt(c))) c++;
    if (!isCapital(text.charCodeAt(c))) continue;
    found.push({ at, marks: marksEnd - at, next: k });
  }
  return found;
}
