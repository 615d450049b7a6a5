// The vocabulary of offices and titles: what makes "spokesman Ned Price" a person and "vice foreign minister" a role.
import { CAPITALIZED, caseShape, NO_LOWER, NO_UPPER, WordTable } from "./word-table.ts";

/** Nouns that head a title: "minister", "spokesman", "envoy". */
export const ROLE_HEADS = new Set(
  `president premier minister secretary spokesman spokeswoman spokesperson spokespeople envoy ambassador representative
  director chairman chairwoman chair chief leader official diplomat commander general admiral marshal colonel
  senator congressman congresswoman lawmaker legislator governor mayor king queen emperor pope prince chancellor
  analyst researcher professor expert scholar fellow economist adviser advisor aide counselor counsellor attorney
  prosecutor judge investigator negotiator coordinator administrator undersecretary under-secretary head founder
  co-founder ceo executive officer agent spokesmen rapporteur delegate speaker dictator strongman premier
  vice-president vice-chairman vice-minister deputy ruler monarch sergeant captain lieutenant
  secretary-general director-general chief-of-staff journalist reporter correspondent editor columnist defector
  activist hacker banker businessman businesswoman programmer operative`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that modify a title: "vice", "deputy", "foreign", "senior". */
export const ROLE_MODIFIERS = new Set(
  `vice deputy first senior chief top special foreign defense defence prime former acting assistant under principal
  executive supreme national security economic external unification finance trade interior justice presidential
  junior lead permanent high ranking veteran then late current incoming outgoing interim associate
  intelligence military nuclear`
    .split(/\s+/)
    .filter(Boolean),
);

/** Abbreviated titles before a name. */
export const HONORIFICS = new Set([
  "mr",
  "ms",
  "mrs",
  "dr",
  "gen",
  "adm",
  "col",
  "lt",
  "sen",
  "rep",
  "gov",
  "prof",
  "amb",
  "maj",
  "capt",
  "sgt",
  "pres",
]);

/** Roles of people who speak for no government: "the official said" does not point to them. */
export const NON_OFFICIAL =
  /\b(?:analyst|researcher|professor|expert|scholar|fellow|economist|journalist|reporter|correspondent|editor|columnist|defector|activist|hacker|investigator|programmer|founder|co-founder|banker|singer)\b/i;

/** Family words: "sister of the leader" describes but is not an office. */
export const FAMILY = new Set([
  "sister",
  "brother",
  "wife",
  "husband",
  "daughter",
  "son",
  "uncle",
  "aunt",
  "father",
  "mother",
]);

// One table for the role words, so a word is looked up once, from the text, whatever the list.
export const ROLE_HEAD = 1;
export const ROLE_MODIFIER = 2;
export const HONORIFIC = 4;
export const FAMILY_WORD = 8;

/** The role lists as table entries, for tables that add their own words to these. */
export function roleEntries(): [string, number][] {
  return [
    ...[...ROLE_HEADS].map((w): [string, number] => [w, ROLE_HEAD]),
    ...[...ROLE_MODIFIERS].map((w): [string, number] => [w, ROLE_MODIFIER]),
    ...[...HONORIFICS].map((w): [string, number] => [w, HONORIFIC]),
    ...[...FAMILY].map((w): [string, number] => [w, FAMILY_WORD]),
  ];
}

const ROLE_TABLE = new WordTable(roleEntries());

/**
 * Whether a word with these table flags and case is a role word: written in lower case ("minister"), capitalized
 * ("Minister") or in capitals ("MINISTER"), not in mixed case.
 */
export function isRoleWordShape(flags: number, shape: number, length: number): boolean {
  if ((flags & (ROLE_HEAD | ROLE_MODIFIER)) === 0) return false;
  return (shape & (NO_UPPER | CAPITALIZED)) !== 0 || (length > 1 && (shape & NO_LOWER) !== 0);
}

/** Whether text[start, end) is an abbreviated title ("Mr.", "Gen", "SEN."): one final dot, a listed case. */
export function isHonorificAt(text: string, start: number, end: number, flags = -1): boolean {
  const base = text.charCodeAt(end - 1) === 46 ? end - 1 : end;
  if (base <= start) return false;
  const f = flags >= 0 && base === end ? flags : ROLE_TABLE.get(text, start, base);
  return (f & HONORIFIC) !== 0 && (caseShape(text, start, base) & (NO_UPPER | CAPITALIZED | NO_LOWER)) !== 0;
}

/** Whether text[start, end) is a role word ("minister", "Minister", "MINISTER") or an abbreviated title ("Mr."). */
export function isRoleWordOrHonorificAt(text: string, start: number, end: number): boolean {
  const flags = ROLE_TABLE.get(text, start, end);
  if ((flags & (ROLE_HEAD | ROLE_MODIFIER)) !== 0 && isRoleWordShape(flags, caseShape(text, start, end), end - start))
    return true;
  return ((flags & HONORIFIC) !== 0 || text.charCodeAt(end - 1) === 46) && isHonorificAt(text, start, end, flags);
}

const roleWordCache = new Map<string, string[]>();

/**
 * Key words of a role for comparing titles, ignoring what follows "of"/"for" ("sister of the leader" is no leader):
 * "Deputy Minister" → ["deputy", "minister"].
 */
export function roleWords(role: string): string[] {
  let words = roleWordCache.get(role);
  if (!words) {
    words = role
      .toLowerCase()
      .split(";")
      .flatMap((part) => part.split(/\b(?:of|for|to|on|at)\b/)[0].split(/[^a-z-]+/))
      .filter((w) => ROLE_HEADS.has(w) || w === "vice" || w === "deputy" || w === "first");
    if (roleWordCache.size < 10_000) roleWordCache.set(role, words);
  }
  return words;
}
