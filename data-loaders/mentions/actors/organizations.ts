// Organizations the gazetteer does not know, recognized by the word that heads their name: "Korea Sobaeksu
// Trading Company", "Ministry of State Security", "Chinyong Information Technology Cooperation Company".
import { isNameChar, isSpace, isUpperChar } from "../../gazetteer/normalize.ts";
import type { AliasTarget } from "../../gazetteer/entry.ts";
import { aliasHit, findAlias } from "../../gazetteer/match.ts";
import { caseShape, NO_UPPER, WordTable } from "./word-table.ts";

const HEAD_CATEGORY = new Map<string, string>(
  Object.entries({
    ministry: "government",
    department: "government",
    office: "government",
    administration: "government",
    commission: "government",
    committee: "government",
    council: "government",
    authority: "government",
    court: "government",
    agency: "agency",
    bureau: "agency",
    service: "agency",
    directorate: "agency",
    party: "party",
    army: "military",
    navy: "military",
    forces: "military",
    command: "military",
    corps: "military",
    brigade: "military",
    regiment: "military",
    corporation: "company",
    corp: "company",
    company: "company",
    co: "company",
    inc: "company",
    ltd: "company",
    llc: "company",
    limited: "company",
    plc: "company",
    group: "company",
    holdings: "company",
    trading: "company",
    enterprise: "company",
    industries: "company",
    technologies: "company",
    labs: "company",
    bank: "bank",
    exchange: "exchange",
    university: "institute",
    institute: "institute",
    center: "institute",
    centre: "institute",
    foundation: "institute",
    association: "institute",
    academy: "institute",
    news: "media",
    times: "media",
    post: "media",
    herald: "media",
    journal: "media",
    television: "media",
    broadcasting: "media",
    gazette: "media",
    tribune: "media",
    ilbo: "media",
    shimbun: "media",
    sinmun: "media",
    assembly: "legislature",
    parliament: "legislature",
  }),
);

const CONNECTORS = ["of", "for", "and", "on", "the"];
// A company's legal form closes its name: "… Trading Co Ltd and Korea … Company" are two companies.
const LEGAL_FORMS = ["co", "corp", "corporation", "company", "inc", "ltd", "llc", "limited", "plc"];
const HEAD = 1;
const CONNECTOR = 2;
const LEGAL_FORM = 4;
const WORDS = new WordTable([
  ...[...HEAD_CATEGORY.keys()].map((w): [string, number] => [w, HEAD]),
  ...CONNECTORS.map((w): [string, number] => [w, CONNECTOR]),
  ...LEGAL_FORMS.map((w): [string, number] => [w, LEGAL_FORM]),
]);

/** Category of an organization named by an appositive noun: "Maeri, another North Korean website". */
export const APPOSITIVE_CATEGORY = new Map<string, string>(
  Object.entries({
    website: "media",
    newspaper: "media",
    daily: "media",
    outlet: "media",
    broadcaster: "media",
    magazine: "media",
    agency: "agency",
    company: "company",
    firm: "company",
    startup: "company",
    platform: "company",
    network: "company",
    exchange: "exchange",
    bank: "bank",
    mixer: "mixer",
    group: "company",
    think: "institute",
    institute: "institute",
    organization: "international",
    organisation: "international",
    service: "agency",
  }),
);

const LEADING_NOISE = new Set([
  "The",
  "A",
  "An",
  "In",
  "On",
  "At",
  "For",
  "By",
  "From",
  "With",
  "As",
  "But",
  "And",
  "If",
  "When",
  "While",
  "After",
  "Before",
]);
const MAX_WORDS = 8;

export interface UnknownOrganization {
  start: number;
  end: number;
  name: string;
  category: string;
}

interface Word {
  start: number;
  end: number;
  text: string;
}

// "of", "for", "and", "on", "the", in lower case.
function isConnector(text: string, start: number, end: number): boolean {
  return (WORDS.get(text, start, end) & CONNECTOR) !== 0 && (caseShape(text, start, end) & NO_UPPER) !== 0;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Where the last capitalized run read without an organization noun ends, so later words of it need no second look. */
export interface RunMemory {
  noOrganizationUntil: number;
}

// Word bounds of the run being read (start, end pairs); runs are read one at a time.
const bounds = new Int32Array(2 * MAX_WORDS);

/**
 * An organization name starting at `start`: capitalized words (with "of", "for", "and" between them) whose last
 * word, or the first word before "of", is an organization noun. Stops before an organization the gazetteer knows.
 * `memory` learns where a run without any organization noun ends.
 */
export function readOrganization(text: string, start: number, memory?: RunMemory): UnknownOrganization | null {
  // First a cheap pass over word bounds; names and the gazetteer are looked at only when a head noun is there.
  const n = text.length;
  let count = 0;
  let pos = start;
  let headAt = -1;
  let connectors = 0;
  let closed = false;
  while (count + connectors < MAX_WORDS) {
    let e = pos;
    while (
      e < n &&
      (isNameChar(text.charCodeAt(e)) || (text.charCodeAt(e) === 45 && isNameChar(text.charCodeAt(e + 1))))
    )
      e++;
    if (e === pos) break;
    const c = text.charCodeAt(pos);
    if (isUpperChar(c) || isDigit(c)) {
      bounds[2 * count] = pos;
      bounds[2 * count + 1] = e;
      count++;
      connectors = 0;
      const flags = WORDS.get(text, pos, e);
      if ((flags & HEAD) !== 0) headAt = count - 1;
      closed = (flags & LEGAL_FORM) !== 0;
    } else if (count > 0 && !closed && e - pos <= 3 && isConnector(text, pos, e)) connectors++;
    else break;
    if (!isSpace(text.charCodeAt(e))) break;
    pos = e + 1;
  }
  if (headAt < 0) {
    if (count > 0 && memory) memory.noOrganizationUntil = bounds[2 * count - 1];
    return null;
  }
  const words: Word[] = [];
  for (let i = 0; i < 2 * count; i += 2) {
    const known = i > 0 ? findAlias(text, bounds[i]) : null;
    if (known?.entry?.kind === "organization") break;
    // "The Foreign Ministry of …" opening a sentence is the office any country has, as "the Foreign Ministry" is.
    if (i === 2 && known?.form === "generic" && LEADING_NOISE.has(text.slice(bounds[0], bounds[1]))) break;
    words.push({ start: bounds[i], end: bounds[i + 1], text: text.slice(bounds[i], bounds[i + 1]) });
  }
  while (words.length > 0 && LEADING_NOISE.has(words[0].text)) words.shift();
  if (words.length < 2) return null;
  // The head is the last word ("… Trading Company") or the first word before "of" ("Ministry of State Security").
  const lastHead = HEAD_CATEGORY.get(words[words.length - 1].text.toLowerCase());
  const firstHead = HEAD_CATEGORY.get(words[0].text.toLowerCase());
  const category =
    lastHead ?? (firstHead && text.slice(words[0].end, words[0].end + 4) === " of " ? firstHead : undefined);
  if (!category) return null;
  const first = words[0];
  const last = words[words.length - 1];
  return { start: first.start, end: last.end, name: text.slice(first.start, last.end), category };
}

const isCountryName = (t: AliasTarget): boolean => t.form === "name" && t.entry?.kind === "country";
const OF = / of (?:the )?/y;

/**
 * The country an office names after it, as official English does: "the Foreign Ministry of the DPRK", "the Ministry
 * of Foreign Affairs of the Republic of Korea" (the office ends at `end`). Null when no country's name follows.
 */
export function countryNamedAfter(text: string, end: number): string | null {
  OF.lastIndex = end;
  if (!OF.test(text)) return null;
  const target = findAlias(text, OF.lastIndex, isCountryName);
  // "of Japan Airlines": the country's name must end there, not run on into another capitalized word.
  if (!target?.entry || isNameContinuation(text, aliasHit.end)) return null;
  return target.entry.name;
}

function isNameContinuation(text: string, at: number): boolean {
  return (isSpace(text.charCodeAt(at)) && isUpperChar(text.charCodeAt(at + 1))) || isNameChar(text.charCodeAt(at));
}
