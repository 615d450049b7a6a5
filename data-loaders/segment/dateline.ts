// The wire-service opening of a story: a capitalized place, an optional date and a parenthesized
// agency ("Seoul, Nov 6 (NationPress)", "TEHRAN (defapress)-"), or an all-caps place and a dash
// ("WASHINGTON, Dec. 13 —").
import type { Span } from "../types.ts";

// prettier-ignore
const MONTHS = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
  "December", "Sept", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MONTH = `(?:${MONTHS.flatMap((m) => [m, m.toUpperCase()]).join("|")})\\.?`;
const SPACE = "[ \\u00a0]+";
const WORD = "\\p{Lu}[\\p{L}'’.-]*";
const CAPS_WORD = "\\p{Lu}[\\p{Lu}'’.-]+";
const PLACE = `(?<place>${WORD}(?:${SPACE}${WORD}){0,3})`;
const CAPS_PLACE = `(?<place>${CAPS_WORD}(?:${SPACE}${CAPS_WORD}){0,3})`;
const REGION = `(?:,${SPACE}${WORD}(?:${SPACE}${WORD}){0,2})?`;
const DAY = "\\d{1,2}(?:st|nd|rd|th)?";
const DATE = `(?<date>,?${SPACE}(?:${MONTH}${SPACE}${DAY}|${DAY}${SPACE}${MONTH})(?:,?${SPACE}\\d{4})?)?`;
const AGENCY = `[ \\u00a0]*\\((?<agency>\\p{L}[^()\\n]{0,40})\\)`;
const DASH = "[ \\u00a0]*(?<dash>--|[-–—])";
/** After an agency a colon also closes the dateline; after a bare caps word it marks a label ("WATCH:"). */
const DASH_OR_COLON = "[ \\u00a0]*(?<dash>--|[-–—:])";

const WITH_AGENCY = new RegExp(`^${PLACE}${REGION}${DATE}${AGENCY}(?:${DASH_OR_COLON})?`, "u");
const CAPS_WITH_DASH = new RegExp(`^${CAPS_PLACE}${REGION}${DATE}${DASH}(?=[ \\u00a0])`, "u");

/** Enough characters to hold any dateline; the regexes only ever see this much of a paragraph. */
const MAX_DATELINE_CHARS = 160;

/**
 * The dateline at the start of the paragraph `[start, end)`, or null.
 * @example
 * const text = "Seoul, Nov 6 (NationPress) North Korea has criticized the sanctions.";
 * matchDateline(text, 0, text.length) // {start: 0, end: 26} → "Seoul, Nov 6 (NationPress)"
 */
export function matchDateline(text: string, start: number, end: number): Span | null {
  const head = text.slice(start, Math.min(end, start + MAX_DATELINE_CHARS));
  // Cheap gates: every dateline has a parenthesis or a dash/colon near the start.
  if (!/[(\-–—:]/.test(head)) return null;
  const withAgency = WITH_AGENCY.exec(head);
  if (withAgency !== null && acceptsAgencyForm(withAgency, head)) return { start, end: start + withAgency[0].length };
  const caps = CAPS_WITH_DASH.exec(head);
  if (caps && (caps.groups?.place ?? "").length >= 3) return { start, end: start + caps[0].length };
  return null;
}

/**
 * "North Korea (DPRK) has" and "Kim Gunn (L) and" have the same shape as "Seoul (Yonhap) North Korea":
 * without a date, a dash or an all-caps place, require an agency written as a word and a capital after it.
 */
function acceptsAgencyForm(match: RegExpExecArray, head: string): boolean {
  const { place = "", date, dash, agency = "" } = match.groups ?? {};
  if (date || dash) return true;
  if (place.length >= 3 && !/\p{Ll}/u.test(place)) return true;
  const next = head.slice(match[0].length).match(/^[ \u00a0]+(\S)/);
  return /\p{Ll}/u.test(agency) && next !== null && /[\p{Lu}"“‘']/u.test(next[1]);
}
