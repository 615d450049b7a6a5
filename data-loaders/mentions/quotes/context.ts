// What a quotation's speaker can point back to: the actors named outside quotations, their roles, and the last
// speaker; and how a pronoun or a noun phrase ("the official", "the newspaper") resolves to one of them.
import type { ActorDraft, ActorKind, Span } from "../../types.ts";
import { lookupActor } from "../../gazetteer/lookup.ts";
import { NON_OFFICIAL } from "../actors/roles.ts";
import type { QuoteSpan } from "./marks.ts";
import { MEDIA_NOUNS, NOUN_SYNONYMS, ORG_NOUNS } from "./vocabulary.ts";
import { lowerCase } from "../../util/lower-case.ts";
import { SentenceBounds } from "./sentences.ts";

export interface Attribution {
  /** Whether the text attributes the quotation at all ("the report said" does, to no actor). */
  found: boolean;
  speaker: string | null;
  kind: ActorKind | null;
  span: Span | null;
  /** An outlet the quotation was relayed through ("…,” Reuters reported), which speaks only when nobody else does. */
  channel: Attribution | null;
}

/** Every attribution is built here, so that all share one shape. */
export function attribution(
  found: boolean,
  speaker: string | null,
  kind: ActorKind | null,
  span: Span | null,
  channel: Attribution | null = null,
): Attribution {
  return { found, speaker, kind, span, channel };
}

export const UNATTRIBUTED: Attribution = attribution(false, null, null, null);
export const NOBODY: Attribution = attribution(true, null, null, null);

export function attributionTo(actor: ActorDraft, span: Span = actor): Attribution {
  return attribution(true, actor.value, actor.kind, { start: span.start, end: span.end });
}

/** The same attribution, named by other words ("he" for the last speaker). */
function withSpan(a: Attribution, span: Span): Attribution {
  return attribution(a.found, a.speaker, a.kind, span, a.channel);
}

export interface NounPhrase extends Span {
  determiner: string | null;
  noun: string;
  /** Country of a demonym inside the phrase: "the Russian leader". */
  country: string | null;
}

/** A person, of the country a noun phrase names ("the Russian leader") when it names one. */
function isPersonOf(a: ActorDraft, np: NounPhrase): boolean {
  return a.kind === "person" && (!np.country || a.country === np.country);
}

/**
 * The actors of `sorted` (in text order) that lie outside every quotation, or null as soon as one is out of order.
 * One walk both checks the order and filters: a document's actors are read from memory once, not twice.
 */
function outsideQuotes(sorted: readonly ActorDraft[], quotes: readonly QuoteSpan[]): ActorDraft[] | null {
  const outside: ActorDraft[] = [];
  let q = 0;
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    if (i > 0 && a.start < sorted[i - 1].start) return null;
    while (q < quotes.length && quotes[q].innerEnd <= a.start) q++;
    const inside = q < quotes.length && a.start >= quotes[q].innerStart && a.end <= quotes[q].innerEnd;
    if (!inside) outside.push(a);
  }
  return outside;
}

// How far back "he" may find the subject who opened a sentence: the last few sentences, not the article.
const SUBJECT_LOOKBACK = 600;
// A subject's title is at most this long ("Under Secretary of the Treasury for Terrorism and Financial Intelligence").
const SUBJECT_REACH = 120;
// Before a subject: capitalized words ("U.S.", "Foreign Minister") and a title's small words; quotes and commas not.
const TITLE_WORDS = /^\s*(?:(?:[A-Z][\w.’'-]*|of|the|for|and|former|then|acting)\s+)*$/;

const knownRoles = new Map<string, string | null>();

/** The role the gazetteer gives a person, looked up once per name. */
function knownRole(name: string): string | null {
  let role = knownRoles.get(name);
  if (role === undefined) {
    role = lookupActor(name)?.role ?? null;
    if (knownRoles.size < 10_000) knownRoles.set(name, role);
  }
  return role;
}

export class QuoteContext {
  /** Actors outside quotations, by position. */
  readonly actors: ActorDraft[];
  // Roles of each person named, inside quotations or not; gathered when first asked for.
  private roles: Map<string, string[]> | null = null;
  private readonly sorted: readonly ActorDraft[];
  lastSpeaker: Attribution | null = null;
  /** Where the narration's sentences start and end, stepping over quotations and abbreviations. */
  readonly sentences: SentenceBounds;

  constructor(
    readonly text: string,
    actors: readonly ActorDraft[],
    readonly quotes: readonly QuoteSpan[],
  ) {
    let sorted = actors;
    let outside = outsideQuotes(sorted, quotes);
    if (outside === null) {
      sorted = [...actors].sort((a, b) => a.start - b.start);
      outside = outsideQuotes(sorted, quotes)!;
    }
    this.actors = outside;
    this.sorted = sorted;
    this.sentences = new SentenceBounds(text, quotes);
  }

  private gatherRoles(): Map<string, string[]> {
    const roles = new Map<string, string[]>();
    for (const a of this.sorted) {
      if (a.kind !== "person") continue;
      const list = roles.get(a.value) ?? [];
      if (list.length === 0 && a.known) {
        const role = knownRole(a.value);
        if (role) list.push(role);
      }
      if (a.role && !list.includes(a.role)) list.push(a.role);
      roles.set(a.value, list);
    }
    return roles;
  }

  /** Index of the first actor starting at or after `pos`. */
  private firstFrom(pos: number): number {
    let lo = 0;
    let hi = this.actors.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.actors[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The first actor lying wholly in [from, to) of this kind (of any kind when null). */
  firstIn(from: number, to: number, kind: ActorKind | null): ActorDraft | null {
    const { actors } = this;
    for (let i = this.firstFrom(from); i < actors.length && actors[i].start < to; i++) {
      const a = actors[i];
      if (a.end <= to && (kind === null || a.kind === kind)) return a;
    }
    return null;
  }

  /** The first actor lying wholly in [from, to) that is not a person. */
  firstNotPersonIn(from: number, to: number): ActorDraft | null {
    const { actors } = this;
    for (let i = this.firstFrom(from); i < actors.length && actors[i].start < to; i++) {
      const a = actors[i];
      if (a.end <= to && a.kind !== "person") return a;
    }
    return null;
  }

  /** The last actor lying wholly in [from, to) of this kind. */
  lastIn(from: number, to: number, kind: ActorKind): ActorDraft | null {
    const { actors } = this;
    for (let i = this.firstFrom(to) - 1; i >= 0 && actors[i].start >= from; i--) {
      const a = actors[i];
      if (a.end <= to && a.kind === kind) return a;
    }
    return null;
  }

  startingAt(pos: number): ActorDraft | null {
    const a = this.actors[this.firstFrom(pos)];
    return a && a.start === pos ? a : null;
  }

  endingAt(pos: number): ActorDraft | null {
    const i = this.firstFrom(pos) - 1;
    for (let k = i; k >= 0 && k >= i - 3; k--) if (this.actors[k].end === pos) return this.actors[k];
    return null;
  }

  /** The nearest actor before `pos` that passes `test`. */
  nearestBefore(pos: number, test: (a: ActorDraft) => boolean, limit = 5000): ActorDraft | null {
    for (let i = this.firstFrom(pos) - 1; i >= 0; i--) {
      const a = this.actors[i];
      if (a.end > pos) continue;
      if (pos - a.end > limit) return null;
      if (test(a)) return a;
    }
    return null;
  }

  rolesOf(person: ActorDraft): string[] {
    this.roles ??= this.gatherRoles();
    return this.roles.get(person.value) ?? [];
  }

  isOfficial(person: ActorDraft): boolean {
    const roles = this.rolesOf(person);
    return roles.length > 0 && roles.some((r) => !NON_OFFICIAL.test(r));
  }

  /** The nearest person before a noun phrase who holds an office, of the country the phrase names if any. */
  private nearestOfficial(np: NounPhrase): ActorDraft | null {
    return this.nearestBefore(np.start, (a) => isPersonOf(a, np) && this.isOfficial(a));
  }

  private fits(person: ActorDraft, noun: string): boolean {
    const wanted = NOUN_SYNONYMS.get(noun) ?? [noun];
    return this.rolesOf(person).some((r) => {
      const role = lowerCase(r);
      return wanted.some((w) => role.includes(w));
    });
  }

  /**
   * "he"/"she": a person named earlier in the same sentence, else the last speaker, else the nearest person.
   */
  resolvePronoun(word: string, at: Span, sentenceStart: number): Attribution {
    // A plain span: `at` may be a token carrying more than its offsets.
    const span = { start: at.start, end: at.end };
    const w = lowerCase(word);
    if (w === "he" || w === "she" || w === "him" || w === "her") {
      const inSentence = this.nearestBefore(span.start, (a) => a.kind === "person" && a.start >= sentenceStart);
      if (inSentence) return attributionTo(inSentence, span);
      // "he" is most often the subject of a sentence before: one named after the last speaker's words takes over.
      const last = this.lastSpeaker?.kind === "person" ? this.lastSpeaker : null;
      const since = last?.span?.end ?? 0;
      const subject = this.nearestBefore(
        span.start,
        (a) => a.kind === "person" && a.start >= since && this.isSubject(a),
        SUBJECT_LOOKBACK,
      );
      if (subject) return attributionTo(subject, span);
      if (last) return withSpan(last, span);
      const nearest = this.nearestBefore(span.start, (a) => a.kind === "person");
      return nearest ? attributionTo(nearest, span) : NOBODY;
    }
    if (w === "it") {
      if (this.lastSpeaker && this.lastSpeaker.kind !== "person") return withSpan(this.lastSpeaker, span);
      const org = this.nearestBefore(span.start, (a) => a.kind !== "person", 600);
      return org ? attributionTo(org, span) : NOBODY;
    }
    return this.lastSpeaker ? withSpan(this.lastSpeaker, span) : NOBODY;
  }

  /**
   * Whether a person opens their sentence, as its subject: "Blinken, speaking with Cho, said …", "South Korean
   * Foreign Minister Cho Tae-yul said …"; before them only capitalized words and the small words of a title.
   */
  private isSubject(person: ActorDraft): boolean {
    const start = this.sentences.startAt(person.start);
    return person.start - start <= SUBJECT_REACH && TITLE_WORDS.test(this.text.slice(start, person.start));
  }

  /** "the newspaper" → the latest media named; "the Russian leader" → the nearest Russian leader named. */
  resolveNounPhrase(np: NounPhrase): Attribution {
    const noun = lowerCase(np.noun);
    if (np.determiner && ["a", "an", "another", "one", "its", "his", "her", "their"].includes(np.determiner))
      return NOBODY;
    let actor: ActorDraft | null;
    if (MEDIA_NOUNS.has(noun)) actor = this.nearestBefore(np.start, (a) => a.category === "media");
    else if (ORG_NOUNS.has(noun)) {
      const categories = ORG_NOUNS.get(noun) ?? [];
      actor = this.nearestBefore(np.start, (a) => a.kind === "organization" && categories.includes(a.category ?? ""));
    } else {
      // "the official": the nearest person holding any office; "the envoy": the nearest one holding that one.
      actor =
        noun === "official"
          ? this.nearestOfficial(np)
          : (this.nearestBefore(np.start, (a) => isPersonOf(a, np) && this.fits(a, noun)) ??
            (noun === "envoy" || noun === "diplomat" || noun === "minister" ? this.nearestOfficial(np) : null));
    }
    return actor ? attributionTo(actor, np) : NOBODY;
  }
}
