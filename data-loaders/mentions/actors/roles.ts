// The vocabulary of offices and titles: what makes "spokesman Ned Price" a person and "vice foreign minister" a role.

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

// Lower-case and capitalized forms ("minister", "Minister"), so most checks need no lower-casing.
const capitalize = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const HEADS_ANY_CASE = new Set([...ROLE_HEADS, ...[...ROLE_HEADS].map(capitalize)]);
const ROLE_WORDS_ANY_CASE = new Set([...HEADS_ANY_CASE, ...ROLE_MODIFIERS, ...[...ROLE_MODIFIERS].map(capitalize)]);
const HONORIFICS_ANY_CASE = new Set(
  [...HONORIFICS].flatMap((h) => [
    h,
    `${h}.`,
    capitalize(h),
    `${capitalize(h)}.`,
    h.toUpperCase(),
    `${h.toUpperCase()}.`,
  ]),
);

export function isRoleHead(word: string): boolean {
  return HEADS_ANY_CASE.has(word) || ROLE_HEADS.has(word.toLowerCase());
}

export function isRoleWord(word: string): boolean {
  return (
    ROLE_WORDS_ANY_CASE.has(word) || (word.length > 1 && isAllCaps(word) && ROLE_WORDS_ANY_CASE.has(word.toLowerCase()))
  );
}

/** Whether a word is an abbreviated title: "Mr.", "Gen", "SEN.". */
export function isHonorific(word: string): boolean {
  return HONORIFICS_ANY_CASE.has(word);
}

function isAllCaps(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return true;
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
