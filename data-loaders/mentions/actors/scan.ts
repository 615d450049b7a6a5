// One pass over the capitalized words of a text. At each: the longest gazetteer name, else an organization by its
// head noun, else a person by title, appositive or name shape, else a short form of someone named earlier.
import type { ActorDraft, ActorKind } from "../../types.ts";
import type { AliasTarget, GazetteerEntry } from "../../gazetteer/entry.ts";
import { aliasHit, findAlias } from "../../gazetteer/match.ts";
import { countryEntries, resolveGeneric } from "../../gazetteer/lexicon.ts";
import { lookupActor } from "../../gazetteer/lookup.ts";
import { genericOrganizations } from "../../gazetteer/organizations.ts";
import { isNameChar, isSpace, isUpperChar, nameKey } from "../../gazetteer/normalize.ts";
import type { FoundForm, FoundList } from "./found.ts";
import { DocumentMemory, shortKey } from "./memory.ts";
import {
  isKoreanSyllable,
  isNameWordAt,
  KOREAN_SURNAMES,
  looksKorean,
  nameRun,
  nameRunWords,
  nameWordAt,
  readNameRunAt,
  type NameWord,
} from "./names.ts";
import { APPOSITIVE_CATEGORY, countryNamedAfter, readOrganization, type RunMemory } from "./organizations.ts";
import { isHonorificAt, isRoleWordOrHonorificAt } from "./roles.ts";
import { personBySurnameAndTitle, surnameOf } from "./surnames.ts";
import { appositiveAfter, titleBefore, titleSetOffBefore, type Appositive, type Title } from "./title.ts";
import { capitalizedShare, TITLE_CASE_SHARE } from "./title-case.ts";
import { tokenStartBefore } from "./tokens.ts";
import { caseShape, NO_UPPER, WordTable } from "./word-table.ts";
import { actorDraft } from "../fact-shape.ts";

const SAYS_AFTER =
  /^\s(?:also\s|then\s|later\s)?(?:said|says|told|tells|added|adds|stated|wrote|noted|explained|warned|stressed|insisted|argued)\b/;
const SAID_BEFORE = /\b(?:said|says|added|stated|wrote|according to)\s$/;
// First words of offices written in lower case after a country: "Seoul's foreign ministry", "US embassy".
const LOWER_OFFICE_WORDS = new WordTable(
  genericOrganizations.flatMap((g) =>
    g.aliases.filter((a) => /^[a-z]/.test(a)).map((a): [string, number] => [a.split(" ")[0], 1]),
  ),
);

const isGeneric = (t: AliasTarget) => t.form === "generic";
/** A generic office, or an organization of `country` (or of none): what may follow a country word. */
function isOfficeOf(t: AliasTarget, country: string): boolean {
  return (
    t.form === "generic" || (t.entry?.kind === "organization" && (!t.entry.country || t.entry.country === country))
  );
}
const isAsciiDigit = (code: number) => code >= 48 && code <= 57;
const NO_FORMS: string[] = [];

export class ActorScanner implements FoundList, RunMemory {
  readonly drafts: ActorDraft[] = [];
  readonly forms: FoundForm[] = [];
  private readonly memory = new DocumentMemory();
  private readonly acronyms = new Map<string, ActorDraft>();
  private readonly lineShares = new Map<number, number>();
  /** End of the last capitalized run read without finding an organization noun in it. */
  noOrganizationUntil = -1;

  constructor(private readonly text: string) {}

  /** Recognizes what starts at `pos` (a capitalized word) and returns where the scan goes on. */
  at(pos: number): number {
    const { text } = this;
    const target = findAlias(text, pos);
    if (target) {
      const next = this.fromGazetteer(target, pos, aliasHit.end, aliasHit.words);
      if (next >= 0) return next;
    }
    // Letters only: "Korea" of "Korea-U.S.", "KCNA" of "KCNA’s".
    let end = pos;
    while (end < text.length && isNameChar(text.charCodeAt(end))) end++;
    if (pos >= this.noOrganizationUntil && this.mayContinue(end)) {
      const org = this.readOrganization(pos);
      if (org) {
        this.emit(org.start, org.end, "organization", org.name, org.category, null, null, false, "rule");
        this.acronymAfter(org.end);
        return org.end;
      }
    }
    if (this.acronyms.size > 0) {
      const a = this.acronyms.get(text.slice(pos, end));
      if (a) {
        this.emit(pos, end, a.kind, a.value, a.category, a.country, null, false, "memory");
        return end;
      }
    }
    // "North", "South", "Korea": five letters.
    if (end - pos === 5) {
      const context = this.contextCountry(pos, end);
      if (context !== null) return context;
    }
    // Sentence openers, months and titles name no one by themselves.
    if (!isNameWordAt(text, pos, end)) return end;
    const count = readNameRunAt(text, pos);
    if (count > 0) {
      const next =
        count === 1
          ? this.single(nameRun.starts[0], nameRun.ends[0], nameRun.letterEnds[0])
          : this.run(nameRunWords(text, count));
      if (next >= 0) return next;
    }
    return Math.max(end, pos + 1);
  }

  private readOrganization(pos: number): ReturnType<typeof readOrganization> {
    return readOrganization(this.text, pos, this);
  }

  /** Whether another capitalized word, or "of"/"for"/"and" before one, follows the word ending at `end`. */
  private mayContinue(end: number): boolean {
    const { text } = this;
    if (!isSpace(text.charCodeAt(end))) return false;
    const c = text.charCodeAt(end + 1);
    if (isUpperChar(c) || isAsciiDigit(c)) return true;
    // "of", "for", "and", "on", "the", then a space and a capital.
    let k = end + 1;
    if (c === 111) k += text.charCodeAt(k + 1) === 102 || text.charCodeAt(k + 1) === 110 ? 2 : 0;
    else if (c === 102) k += text.startsWith("or", k + 1) ? 3 : 0;
    else if (c === 97) k += text.startsWith("nd", k + 1) ? 3 : 0;
    else if (c === 116) k += text.startsWith("he", k + 1) ? 3 : 0;
    if (k === end + 1 || text.charCodeAt(k) !== 32) return false;
    const next = text.charCodeAt(k + 1);
    return next >= 65 && next <= 90;
  }

  /** What to make of the alias `target` found at [start, end), `words` words long; -1 when it names nobody there. */
  private fromGazetteer(target: AliasTarget, start: number, end: number, words: number): number {
    const { text } = this;
    if (target.form === "none") return end;
    if (target.form === "generic" && target.generic) {
      const entry = resolveGeneric(target.generic, this.adjacentCountry(start) ?? countryNamedAfter(text, end));
      this.emitEntry(start, end, entry, "generic");
      return end;
    }
    const entry = target.entry;
    if (!entry) return -1;
    if (entry.kind === "person") return this.knownPerson(target, entry, start, end, words);
    if (entry.kind === "organization") {
      this.emitEntry(start, end, entry, target.form);
      return end;
    }
    // Countries: "US$" is a currency, not the United States.
    const after = text.charCodeAt(end);
    if (after === 36) return end;
    if (target.form !== "capital" && isSpace(after)) {
      const joined = this.joinOffice(start, end, entry);
      if (joined >= 0) return joined;
      const org = isUpperChar(text.charCodeAt(end + 1)) ? this.readOrganization(start) : null;
      if (org && org.start === start && org.end > end + 1) {
        this.emit(org.start, org.end, "organization", org.name, org.category, null, null, false, "rule");
        this.acronymAfter(org.end);
        return org.end;
      }
    }
    this.emitEntry(start, end, entry, target.form);
    if (after === 39 || after === 0x2019) return this.possessiveOffice(end, entry.name) ?? end;
    return end;
  }

  /** Whether the word at `pos` may start an office: capitalized, or a lower-case office word ("embassy"). */
  private officeMayStart(pos: number): boolean {
    const { text } = this;
    const c = text.charCodeAt(pos);
    if (isUpperChar(c)) return true;
    if (c < 97 || c > 122) return false;
    // The whole word, in lower case: the table ignores case.
    let end = pos + 1;
    while (isNameChar(text.charCodeAt(end))) end++;
    return LOWER_OFFICE_WORDS.get(text, pos, end) !== 0 && (caseShape(text, pos, end) & NO_UPPER) !== 0;
  }

  /** "US State Department", "Japanese Foreign Ministry": a country word joined to the office it qualifies. */
  private joinOffice(start: number, end: number, country: GazetteerEntry): number {
    if (!this.officeMayStart(end + 1)) return -1;
    const office = findAlias(this.text, end + 1, (t) => isOfficeOf(t, country.name));
    if (!office) return -1;
    const officeEnd = aliasHit.end;
    const entry = office.generic ? resolveGeneric(office.generic, country.name) : office.entry;
    if (!entry) return -1;
    this.emitEntry(start, officeEnd, entry, "name");
    return officeEnd;
  }

  /** "Seoul’s foreign ministry", "South Korea's intelligence agency": an office in lower case after a possessive. */
  private possessiveOffice(end: number, country: string): number | null {
    const { text } = this;
    const apostrophe = text.charCodeAt(end);
    if (
      (apostrophe !== 39 && apostrophe !== 0x2019) ||
      (text.charCodeAt(end + 1) | 32) !== 115 ||
      !isSpace(text.charCodeAt(end + 2))
    )
      return null;
    const start = end + 3;
    if (isUpperChar(text.charCodeAt(start)) || !this.officeMayStart(start)) return null;
    const office = findAlias(text, start, isGeneric);
    if (!office?.generic) return null;
    const officeEnd = aliasHit.end;
    this.emitEntry(start, officeEnd, resolveGeneric(office.generic, country), "generic");
    return officeEnd;
  }

  /** The country named right before a generic office: "Japanese Foreign Ministry", "Seoul's Foreign Ministry". */
  private adjacentCountry(start: number): string | null {
    const last = this.drafts[this.drafts.length - 1];
    if (!last || last.kind !== "country") return null;
    // Only a space, or "’s" and a space, between them.
    const { text } = this;
    let k = last.end;
    if (start - k === 3) {
      const c = text.charCodeAt(k);
      if ((c !== 39 && c !== 0x2019) || text.charCodeAt(k + 1) !== 115) return null;
      k += 2;
    }
    const space = text.charCodeAt(k);
    return start - k === 1 && (space === 32 || space === 0xa0) ? last.value : null;
  }

  private knownPerson(target: AliasTarget, entry: GazetteerEntry, start: number, end: number, words: number): number {
    const { text } = this;
    const after = text.charCodeAt(end);
    // "Kim Il" is not "Kim Il-chol"; "Kim Song" is not "Kim Song Nam".
    if (after === 45 && isNameChar(text.charCodeAt(end + 1))) return -1;
    const nextWord = isSpace(after) ? nameWordAt(text, end + 1) : null;
    const bare = target.form === "bare";
    if (bare) {
      // "Yoon Young-chan" is not "Yoon" (Yoon Suk Yeol) followed by a word.
      if (nextWord) return -1;
      if (this.memory.hasAt(text, start, end)) return this.recall(start, end, text.slice(start, end));
    } else if (entry.surnameFirst && words <= 2 && nextWord && isKoreanSyllable(nextWord)) return -1;
    const forms = bare ? NO_FORMS : fullNameForms(text, start, end, entry);
    this.emitPerson(start, end, entry.name, true, entry.country, entry.role, forms, !bare);
    return end;
  }

  /**
   * One capitalized word that no list knows, at [start, end) (its letters end at `letterEnd`, before an initial's
   * dot): a short form of someone named earlier, or a name after a title.
   */
  private single(start: number, end: number, letterEnd: number): number {
    const { text } = this;
    // "spokesperson Col. Lee": the rank is part of the title before the name, not a name itself.
    if (text.charCodeAt(letterEnd) === 46 && isHonorificAt(text, start, letterEnd + 1)) return -1;
    if (this.memory.hasAt(text, start, letterEnd)) return this.recall(start, end, text.slice(start, letterEnd));
    // "Executive Order 13810", "Resolution 2397": a word numbered like that names a document, not a person.
    if (isSpace(text.charCodeAt(end)) && isAsciiDigit(text.charCodeAt(end + 1))) return -1;
    const app = appositiveAfter(text, end);
    if (app?.orgNoun) return this.appositiveOrganization(start, end, app.orgNoun, app.country);
    const before = tokenStartBefore(text, start);
    if (before < 0 || !isRoleWordOrHonorificAt(text, before, start - 1)) return -1;
    // "Chief Cabinet Secretary Yoshimasa Hayashi": a capitalized word inside a title is no name.
    if (isSpace(text.charCodeAt(end)) && isUpperChar(text.charCodeAt(end + 1))) return -1;
    const title = titleBefore(text, start, this);
    if (!title) return -1;
    const word = text.slice(start, letterEnd);
    const known = title.role ? personBySurnameAndTitle(word, title.role) : null;
    const keys = [shortKey(word)];
    if (known) this.emitPerson(start, end, known.name, true, known.country, known.role, keys, false, title, app);
    else this.emitPerson(start, end, word, false, title.country, null, keys, false, title, app);
    return end;
  }

  /** Several capitalized words: a person's full name when something around them says so. */
  private run(words: NameWord[]): number {
    const { text } = this;
    const start = words[0].start;
    const end = words[words.length - 1].end;
    const korean = looksKorean(words);
    const hyphenated = korean && words.length === 2;
    const app = appositiveAfter(text, end);
    if (app?.orgNoun && !app.role) return this.appositiveOrganization(start, end, app.orgNoun, app.country);
    const before = tokenStartBefore(text, start);
    const titled =
      before >= 0 && (isRoleWordOrHonorificAt(text, before, start - 1) || isUpperChar(text.charCodeAt(before)));
    const title = (titled ? titleBefore(text, start, this) : null) ?? titleSetOffBefore(text, start, this);
    // A headline capitalizes every word: after "Spokesman", "Slams U.S. Sanctions" names no one.
    let person = (title !== null && (hyphenated || !this.isHeadline(start))) || Boolean(app?.role) || hyphenated;
    if (
      !person &&
      (korean ||
        SAYS_AFTER.test(text.slice(end, end + 16)) ||
        SAID_BEFORE.test(text.slice(Math.max(0, start - 16), start)))
    ) {
      person = !this.isTitleCase(start);
    }
    if (!person) {
      // "Kim Making ‘Terrific Progress’": the first word may still be someone named earlier.
      if (this.memory.hasAt(text, words[0].start, words[0].start + words[0].text.length))
        return this.recall(words[0].start, words[0].end, words[0].text);
      return -1;
    }
    const surnameFirst = korean || (KOREAN_SURNAMES.has(words[0].text.toLowerCase()) && words[1].text.includes("-"));
    // "John K. Hurley" is the gazetteer's John Hurley.
    const withoutInitials = words.filter((w) => !/^[A-Z]\.?$/.test(w.text) || w === words[0]);
    const known =
      withoutInitials.length < words.length ? lookupActor(withoutInitials.map((w) => w.text).join(" ")) : null;
    const forms = shortForms(
      words.map((w) => w.text),
      surnameFirst,
    ).map(shortKey);
    if (known?.kind === "person")
      this.emitPerson(start, end, known.name, true, known.country, known.role, forms, true, title, app);
    else this.emitPerson(start, end, text.slice(start, end), false, null, null, forms, true, title, app);
    return end;
  }

  private appositiveOrganization(start: number, end: number, noun: string, country: string | null): number {
    const category = APPOSITIVE_CATEGORY.get(noun) ?? "company";
    this.emit(start, end, "organization", this.text.slice(start, end), category, country, null, false, "rule");
    return end;
  }

  /** "the North", "the South", and "Korea" alone, which Korean media use for the South (a five-letter word at pos). */
  private contextCountry(pos: number, end: number): number | null {
    const { text } = this;
    const north = text.startsWith("North", pos);
    const country = north ? "North Korea" : text.startsWith("South", pos) ? "South Korea" : null;
    if (country) {
      const followedByName = isSpace(text.charCodeAt(end)) && isUpperChar(text.charCodeAt(end + 1));
      // "North and South Korea": the first half names North Korea.
      const paired = north && text.startsWith(" and South Korea", end);
      if (!paired && (!afterThe(text, pos) || followedByName)) return null;
      this.emitEntry(pos, end, countryEntries.get(country)!, "name");
      return this.possessiveOffice(end, country) ?? end;
    }
    if (text.startsWith("Korea", pos) || text.startsWith("KOREA", pos)) {
      if (/\bof (?:the )?$/i.test(text.slice(Math.max(0, pos - 7), pos))) return null;
      this.emitEntry(pos, end, countryEntries.get("South Korea")!, "name");
      return end;
    }
    return null;
  }

  private recall(start: number, end: number, word: string): number {
    const title = titleBefore(this.text, start, this);
    const person = this.memory.recall(word, title?.role ?? null);
    if (!person) return -1;
    const role = title?.role ?? appositiveAfter(this.text, end)?.role ?? null;
    this.emit(start, end, "person", person.value, null, person.country, role, person.known, "memory");
    return end;
  }

  /**
   * A person named at [start, end): `value`, whether the gazetteer knows them, the country and role it gives
   * (`knownRole` matches later titles), and the short forms later mentions may use. A title or appositive the caller
   * has read already is passed on, null when there is none: only one left undefined is read here.
   */
  private emitPerson(
    start: number,
    end: number,
    value: string,
    known: boolean,
    givenCountry: string | null,
    knownRole: string | null,
    forms: string[],
    fullName: boolean,
    knownTitle?: Title | null,
    knownApp?: Appositive | null,
  ): void {
    const { text } = this;
    const title =
      knownTitle !== undefined
        ? knownTitle
        : (titleBefore(text, start, this) ?? (fullName ? titleSetOffBefore(text, start, this) : null));
    const app = knownApp === undefined ? appositiveAfter(text, end) : knownApp;
    const role = title?.role ?? app?.role ?? null;
    const fromText = title?.country ?? app?.country ?? null;
    const country = known ? (givenCountry ?? fromText) : (fromText ?? givenCountry);
    this.emit(start, end, "person", value, null, country, role, known, known ? "name" : "rule");
    this.memory.remember(value, known, country, role, knownRole, start, forms);
  }

  private emitEntry(start: number, end: number, entry: GazetteerEntry, form: FoundForm): void {
    const country = entry.kind === "country" ? null : entry.country;
    this.emit(start, end, entry.kind, entry.name, entry.category, country, null, true, form);
  }

  private emit(
    start: number,
    end: number,
    kind: ActorKind,
    value: string,
    category: string | null,
    country: string | null,
    role: string | null,
    known: boolean,
    form: FoundForm,
  ): void {
    this.drafts.push(actorDraft(kind, start, end, value, category, country, role, known));
    this.forms.push(form);
  }

  /** "Korea Sobaeksu Trading Company (KSTC)": the acronym names the same organization from then on. */
  private acronymAfter(end: number): void {
    const m = /^\s\(([A-Z][A-Z0-9&-]{1,9})\)/.exec(this.text.slice(end, end + 14));
    if (m) this.acronyms.set(m[1], this.drafts[this.drafts.length - 1]);
  }

  /** The share of capitalized longer words on the line of `pos` (see `capitalizedShare`), once per line. */
  private lineCase(pos: number): number {
    const lineStart = this.text.lastIndexOf("\n", pos) + 1;
    let share = this.lineShares.get(lineStart);
    if (share === undefined) {
      share = capitalizedShare(this.text, lineStart);
      this.lineShares.set(lineStart, share);
    }
    return share;
  }

  private isTitleCase(pos: number): boolean {
    return this.lineCase(pos) >= TITLE_CASE_SHARE;
  }

  /** Whether every longer word of the line at `pos` is capitalized. */
  private isHeadline(pos: number): boolean {
    return this.lineCase(pos) === 1;
  }
}

/** Short forms a later mention may use: the surname, and a Korean given name ("Yong-jae"). */
function shortForms(words: readonly string[], surnameFirst: boolean): string[] {
  const cleaned = words.map((w) => w.replace(/['’]s$/, "")).filter(Boolean);
  const surname = surnameOf(cleaned, surnameFirst);
  const out = surname ? [surname] : [];
  if (surnameFirst && cleaned.length >= 2) {
    const given = cleaned.slice(1).join("-");
    if (given.includes("-") && nameKey(given).length >= 4) out.push(given);
  }
  return out;
}

// "the " (in any case) right before `pos`.
function afterThe(text: string, pos: number): boolean {
  return (
    pos >= 4 &&
    (text.charCodeAt(pos - 4) | 32) === 116 &&
    (text.charCodeAt(pos - 3) | 32) === 104 &&
    (text.charCodeAt(pos - 2) | 32) === 101 &&
    text.charCodeAt(pos - 1) === 32
  );
}

// Keys of the short forms of a gazetteer person as written ("Kim Jong-un" → Kim, Jong-un) and as the gazetteer writes
// them (Kim, Jong-Un), built once per spelling and person. A person is mostly written one way, so each keeps the
// spellings met so far, compared in place with the text.
interface Spelling {
  surface: string;
  keys: string[];
}
const spellingsOf = new Map<GazetteerEntry, Spelling[]>();
const MAX_SPELLINGS = 16;

function fullNameForms(text: string, start: number, end: number, entry: GazetteerEntry): string[] {
  let spellings = spellingsOf.get(entry);
  if (!spellings) {
    spellings = [];
    spellingsOf.set(entry, spellings);
  }
  for (const s of spellings) if (s.surface.length === end - start && text.startsWith(s.surface, start)) return s.keys;
  const surface = text.slice(start, end);
  const forms = [
    ...shortForms(surface.split(/\s+/), entry.surnameFirst),
    ...shortForms(entry.name.split(" "), entry.surnameFirst),
  ];
  const keys = forms.map(shortKey);
  if (spellings.length < MAX_SPELLINGS) spellings.push({ surface, keys });
  return keys;
}
