// Words of attribution: verbs of saying and the nouns that stand for a speaker ("the newspaper added").
import { WordTable } from "../actors/word-table.ts";
import { lowerCase } from "../../util/lower-case.ts";

const FINITE =
  "said|says|say|told|tells|tell|stated|states|added|adds|stressed|stresses|warned|warns|noted|notes|claimed|claims|" +
  "insisted|insists|declared|declares|wrote|writes|remarked|remarks|announced|announces|explained|explains|argued|" +
  "argues|asserted|asserts|urged|urges|emphasized|emphasised|emphasizes|emphasises|underlined|underscored|replied|" +
  "responded|answered|commented|acknowledged|admitted|alleged|affirmed|reiterated|concluded|observed|recalled|" +
  "quipped|tweeted|posted|vowed|pledged|threatened|called|calls|described|describes|labeled|labelled|dubbed|termed|" +
  "asked|asks|predicted|predicts|predict|suggested|suggests|revealed|confirmed|cautioned|complained";
const PARTICIPLE =
  "saying|adding|stressing|warning|noting|claiming|insisting|declaring|writing|urging|asserting|calling|describing|" +
  "emphasizing|emphasising|arguing|explaining|stating|telling|asking|vowing|reiterating|threatening";
// Verbs of blame quote only in "criticized X as “…”"; "condemned … its “malicious nature”" is a scare quote.
const WEAK = "criticized|criticised|condemned|denounced|slammed|blasted|branded|accused|lambasted|derided|mocked";
const CHANNEL = "reported|reports|cited|conveyed";

export type VerbKind = "finite" | "participle" | "weak" | "quoted" | "channel" | "according";

const KIND_OF_VERB = new Map<string, VerbKind>();
for (const [words, kind] of [
  [FINITE, "finite"],
  [PARTICIPLE, "participle"],
  [WEAK, "weak"],
  ["quoted", "quoted"],
  [CHANNEL, "channel"],
  ["according to", "according"],
] as const) {
  for (const w of words.split("|")) KIND_OF_VERB.set(w, kind);
}

interface Trie {
  [letter: string]: Trie | true;
}

// The verbs as one alternation factored by shared prefixes ("sa(?:id|ys?|ying)"): irregexp runs it about twice as
// fast as the flat list.
function factored(words: Iterable<string>): string {
  const root: Trie = {};
  for (const w of words) {
    let node = root;
    for (const c of w) node = (node[c] ??= {}) as Trie;
    node[""] = true;
  }
  const emit = (node: Trie): string => {
    const letters = Object.keys(node).filter((k) => k !== "");
    if (letters.length === 0) return "";
    const alts = letters.map((c) => (c === " " ? "\\s+" : c) + emit(node[c] as Trie));
    const body = alts.length === 1 ? alts[0] : `(?:${alts.join("|")})`;
    return node[""] ? `(?:${body})?` : body;
  };
  return emit(root);
}

export const VERB = new RegExp(`\\b${factored(KIND_OF_VERB.keys())}\\b`, "gi");

/** The kind of a verb matched by VERB. */
export function verbKind(word: string): VerbKind {
  return KIND_OF_VERB.get(word) ?? KIND_OF_VERB.get(word.toLowerCase().replace(/\s+/g, " ")) ?? "finite";
}

/** Whether `word` is a verb that reports speech: "said", "announced", "reported" (not participles or blame). */
export function isVerbOfSaying(word: string): boolean {
  const kind = KIND_OF_VERB.get(lowerCase(word));
  return kind === "finite" || kind === "channel";
}

/** Verbs that may come before the speaker right after a quotation: "…,” stated Kim". */
export const VERB_FIRST =
  /^[\s,.;:!?—–-]*(?:said|says|stated|added|adds|wrote|writes|continued|explained|asked|replied|stressed|warned|noted|insisted|declared|remarked|told|tells|argued|concluded)[ \u00a0]+/i;

export const PRONOUNS = new Set(["he", "she", "they", "it", "him", "her", "them"]);

/** Words allowed between a speaker and its verb: "Kim also said", "he could not say", "Kim on Monday said". */
export const BETWEEN_SUBJECT_AND_VERB = new Set(
  `also then later previously reportedly again recently repeatedly earlier once further separately publicly
  specifically firmly strongly openly directly has have had could would will can cannot did does do not never was
  were is even however both alone himself herself itself themselves on today yesterday monday tuesday wednesday
  thursday friday saturday sunday just already`
    .split(/\s+/)
    .filter(Boolean),
);

export const DETERMINERS = new Set(["the", "a", "an", "this", "that", "its", "his", "her", "their", "another", "one"]);
/** Determiners that introduce someone not named before: "a senior South Korean official said". */
export const INDEFINITE = new Set(["a", "an", "another", "one", "its", "his", "her", "their"]);

/** Speaker nouns → the kind of actor they point back to. */
export const MEDIA_NOUNS = new Set(
  "newspaper paper daily website site outlet broadcaster channel station magazine tabloid publication editorial commentary media mouthpiece radio television tv".split(
    " ",
  ),
);
export const ORG_NOUNS = new Map<string, string[]>(
  Object.entries({
    agency: ["media", "agency"],
    ministry: ["government"],
    department: ["government"],
    office: ["government"],
    government: ["government"],
    administration: ["government"],
    committee: ["international", "government", "legislature"],
    council: ["international", "government"],
    panel: ["international"],
    body: ["international", "government"],
    group: ["hacking group", "company", "institute"],
    company: ["company", "exchange", "mixer", "bank"],
    firm: ["company", "exchange", "mixer", "bank"],
    exchange: ["exchange"],
    bank: ["bank"],
    military: ["military"],
    army: ["military"],
    command: ["military"],
    party: ["party"],
    service: ["agency"],
    bureau: ["agency"],
    embassy: ["government"],
    institute: ["institute"],
  }),
);
export const PERSON_NOUNS = new Set(
  `official envoy diplomat minister spokesman spokeswoman spokesperson leader president premier secretary ambassador
  representative director chairman chief general commander negotiator lawmaker legislator senator analyst expert
  researcher professor adviser advisor aide prosecutor investigator head king pope dictator chancellor ruler
  sister brother deputy counselor`
    .split(/\s+/)
    .filter(Boolean),
);
/** Nouns for written things: "the report said" names no actor. */
export const DOCUMENT_NOUNS = new Set(
  "report statement document study analysis letter article resolution memo filing indictment complaint release notice source sources survey".split(
    " ",
  ),
);

// Speaker nouns that share a role: "the spokeswoman" fits a "spokesperson", "the envoy" a "special representative".
export const NOUN_SYNONYMS = new Map<string, string[]>(
  Object.entries({
    spokesman: ["spokesman", "spokeswoman", "spokesperson", "press secretary"],
    spokeswoman: ["spokesman", "spokeswoman", "spokesperson", "press secretary"],
    spokesperson: ["spokesman", "spokeswoman", "spokesperson", "press secretary"],
    envoy: ["envoy", "representative", "ambassador", "negotiator"],
    diplomat: ["diplomat", "ambassador", "envoy", "minister", "foreign", "representative"],
    leader: ["leader", "president", "chairman", "general secretary", "premier", "prime minister", "supreme"],
    president: ["president"],
    minister: ["minister", "premier"],
  }),
);

/** The word lists above in one table, read from text positions without building strings (see WordTable). */
export const PRONOUN = 1;
export const BETWEEN = 2;
export const DETERMINER = 4;
export const SPEAKER_NOUN = 8;
export const QUOTE_WORDS = new WordTable([
  ...[...PRONOUNS].map((w): [string, number] => [w, PRONOUN]),
  ...[...BETWEEN_SUBJECT_AND_VERB].map((w): [string, number] => [w, BETWEEN]),
  ...[...DETERMINERS].map((w): [string, number] => [w, DETERMINER]),
  ...[...PERSON_NOUNS, ...MEDIA_NOUNS, ...ORG_NOUNS.keys(), ...DOCUMENT_NOUNS].map((w): [string, number] => [
    w,
    SPEAKER_NOUN,
  ]),
]);
