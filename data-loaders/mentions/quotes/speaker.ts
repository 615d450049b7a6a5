// Who said a quotation. After it: "…,” stated Kim" / "…,” the newspaper added" / "…,” KCNA quoted Kim as saying".
// Before it: "Kim said the US acted in “bad faith”" / "…, saying, “…”" (the clause's subject) / "Pope Francis: “…”".
// A channel ("Business Insider reported", "as cited by Reuters") speaks only when nothing else does.
import type { ActorDraft, Span } from "../../types.ts";
import { tokenAt, tokenBefore } from "../actors/tokens.ts";
import { ROLE_HEADS, ROLE_MODIFIERS } from "../actors/roles.ts";
import {
  attribution,
  attributionTo,
  NOBODY,
  type Attribution,
  type NounPhrase,
  type QuoteContext,
  UNATTRIBUTED,
} from "./context.ts";
import type { QuoteSpan } from "./marks.ts";
import type { SentenceBounds } from "./sentences.ts";
import { isSpace } from "../../segment/whitespace.ts";
import { BETWEEN, DETERMINER, PRONOUN, QUOTE_WORDS, SPEAKER_NOUN, VERB_FIRST } from "./vocabulary.ts";
import type { Verb, VerbIndex } from "./verbs.ts";
import { lowerCase } from "../../util/lower-case.ts";

const MAX_POST_SUBJECT = 160;
// Words that open a clause, not a subject: "…” by the economic restrictions", "…” held in Seoul", "…” and said".
const NOT_A_SUBJECT =
  /^(?:and|but|or|nor|by|in|on|at|for|with|from|to|of|as|than|that|which|who|whom|while|when|after|before|since|because|although|though|if|unless|until|over|under|into|about|against|between|during|without|within|held|made|sent|given|taken|seen|found|built|set|put|led|brought|left|paid|kept|shown|known|done|written|spoken|[a-z]+ed|[a-z]+ing)$/;
const MAX_CHANNEL_GAP = 40;

// The same as VERB_FIRST, read in place (sticky) rather than on a slice.
const VERB_FIRST_AT = new RegExp(VERB_FIRST.source.slice(1), "iy");

/** Length of the VERB_FIRST match on text[from, to) ("…,” stated Kim"), or 0. */
function verbFirstLength(text: string, from: number, to: number): number {
  VERB_FIRST_AT.lastIndex = from;
  const m = VERB_FIRST_AT.exec(text);
  if (!m) return 0;
  // Matched within the stretch: as on the slice. Past it (a long run of spaces), read the slice itself.
  if (from + m[0].length <= to) return m[0].length;
  return VERB_FIRST.exec(text.slice(from, to))?.[0].length ?? 0;
}

/** Whether text[from, to) ends with a full stop and white space only (/\.\s*$/). */
function endsWithFullStop(text: string, from: number, to: number): boolean {
  let k = to - 1;
  while (k >= from && isSpace(text.charCodeAt(k))) k--;
  return k >= from && text.charCodeAt(k) === 46;
}

/** Whether white space and then a capital A–Z follow `pos` within three characters (/^\s+[A-Z]/). */
function capitalAfter(text: string, pos: number): boolean {
  if (!isSpace(text.charCodeAt(pos))) return false;
  let c = text.charCodeAt(pos + 1);
  if (isSpace(c)) c = text.charCodeAt(pos + 2);
  return c >= 65 && c <= 90;
}

/** Where a colon ends text[from, to) but for white space ("Pope Francis: “…”"), or -1 (/:\s*$/). */
function colonBefore(text: string, from: number, to: number): number {
  let k = to - 1;
  while (k >= from && isSpace(text.charCodeAt(k))) k--;
  return k >= from && text.charCodeAt(k) === 58 ? k : -1;
}

// Small words inside a title: "Under Secretary of the Treasury for Terrorism and Financial Intelligence".
const TITLE_JOINERS = new Set(["of", "the", "for", "and"]);

/** A word of a title between an office and its holder: capitalized ("Secretary"), or a role word ("spokesperson"). */
function isTitleWord(word: string): boolean {
  const lower = lowerCase(word);
  return /^[A-Z][A-Za-z.-]*$/.test(word) || ROLE_HEADS.has(lower) || ROLE_MODIFIERS.has(lower);
}

/** Whether a verb after a quotation can introduce it: not a participle ("adding") nor a verb of blame. */
function introduces(verb: Verb): boolean {
  return verb.kind !== "participle" && verb.kind !== "weak";
}

/**
 * Whether a verb before a quotation starting at `quoteStart` can introduce it. Verbs of blame do so only as
 * "criticized X as “…”".
 */
function introducesAt(text: string, verb: Verb, quoteStart: number): boolean {
  return verb.kind !== "weak" || /\bas\s*$/.test(text.slice(verb.end, quoteStart));
}

/** What the quotation word lists say of text[t.start, t.end), in any case. */
function wordFlags(text: string, t: Span): number {
  return QUOTE_WORDS.get(text, t.start, t.end);
}

export class SpeakerFinder {
  private readonly sentences: SentenceBounds;
  // The quotation being attributed, and its sentence's start once asked for (-1 before).
  private index = 0;
  private sentenceAt = -1;

  constructor(
    private readonly ctx: QuoteContext,
    private readonly verbs: VerbIndex,
  ) {
    this.sentences = ctx.sentences;
  }

  private verbsIn(from: number, to: number): Verb[] {
    return this.verbs.within(from, to);
  }

  /** The speaker of quotation `index` of the context's quotations; `previous` is the one found for the quotation before. */
  attribute(index: number, previous: Attribution | null): Attribution {
    const { quotes, text } = this.ctx;
    const q = quotes[index];
    const nextStart = index + 1 < quotes.length ? quotes[index + 1].start : text.length;
    this.index = index;
    this.sentenceAt = -1;
    // "…raising the stakes." The Ministry …: a quotation that ends its sentence has nothing after it to read.
    const ended =
      endsWithFullStop(text, Math.max(q.innerStart, q.innerEnd - 3), q.innerEnd) && capitalAfter(text, q.end);
    const after: Attribution = ended ? UNATTRIBUTED : this.after(q, this.sentences.endOf(q.end, nextStart));
    if (after.found) return after;
    const before = this.before(q, index, previous);
    if (before.found) return before;
    return after.channel ?? UNATTRIBUTED;
  }

  /** Start of the sentence holding the quotation being attributed, read only when a rule needs it. */
  private sentence(): number {
    if (this.sentenceAt < 0) {
      const { quotes } = this.ctx;
      this.sentenceAt = this.sentences.startOf(quotes[this.index].start, this.index);
    }
    return this.sentenceAt;
  }

  private after(q: QuoteSpan, limit: number): Attribution {
    const { text } = this.ctx;
    const first = verbFirstLength(text, q.end, Math.min(limit, q.end + 40));
    if (first > 0) {
      const pos = q.end + first;
      const named = this.namedAt(pos, limit);
      if (named) return named;
    }
    // The first verb after the quotation that can introduce it decides.
    const verb = this.verbs.first(q.end, limit, introduces);
    if (!verb) return UNATTRIBUTED;
    if (verb.kind === "quoted") return this.quotedAs(verb, limit);
    if (verb.kind === "channel" || verb.kind === "according") {
      const channel = this.channel(q.end, verb, limit);
      return channel ? attribution(false, null, null, null, channel) : UNATTRIBUTED;
    }
    if (verb.start - q.end > MAX_POST_SUBJECT) return UNATTRIBUTED;
    return this.subjectAfter(q.end, verb);
  }

  /**
   * The subject between a quotation and its verb. Right after the quotation: "…,” US president Donald Trump told",
   * "…,” the newspaper added", "…,” state-run newspaper Rodong Sinmun, which is …, wrote". After the quotation's own
   * clause, only a named person set off by a comma: "“barely affected” by …, Minister Kim Yong-jae told".
   */
  private subjectAfter(quoteEnd: number, verb: Verb): Attribution {
    const { text } = this.ctx;
    const between = text.slice(quoteEnd, verb.start);
    const lead = /^[\s,.;:!?)\]—–-]*/.exec(between)![0].length;
    const firstComma = between.indexOf(",", lead);
    const firstEnd = quoteEnd + (firstComma >= 0 ? firstComma : between.length);
    const opener = tokenAt(text, quoteEnd + lead);
    if (opener && !NOT_A_SUBJECT.test(opener.text)) {
      const person = this.ctx.firstIn(quoteEnd, firstEnd, "person");
      if (person) return attributionTo(person);
      const org = this.ctx.firstIn(quoteEnd, firstEnd, "organization");
      if (org) return attributionTo(org);
      const pronoun = this.pronounIn(quoteEnd, firstEnd);
      if (pronoun) return pronoun;
      if (firstComma < 0) {
        const np = this.nounPhraseBefore(verb.start);
        if (np) return this.ctx.resolveNounPhrase(np);
      }
      // "…,” Pyongyang said": a country speaks only as the subject itself.
      const country = this.ctx.firstIn(quoteEnd, firstEnd, "country");
      if (country && country.start === quoteEnd + lead) return attributionTo(country);
    }
    const lastComma = between.lastIndexOf(",");
    if (lastComma >= lead) {
      const person = this.ctx.firstIn(quoteEnd + lastComma, verb.start, "person");
      if (person) return attributionTo(person);
    }
    return UNATTRIBUTED;
  }

  private before(q: QuoteSpan, index: number, previousSpeaker: Attribution | null): Attribution {
    const { text, quotes } = this.ctx;
    const from = Math.max(this.sentence(), q.start - 400);
    // "Pope Francis: “…”"
    const colon = colonBefore(text, Math.max(from, q.start - 4), q.start);
    if (colon >= 0) {
      const speaker = this.ctx.endingAt(colon);
      if (speaker) return attributionTo(speaker);
    }
    const previous = index > 0 && quotes[index - 1].end > from ? quotes[index - 1] : null;
    const clauseStart = previous ? Math.max(from, previous.end) : from;
    // Verbs after the previous quotation, if any, are read first: only they can introduce this one.
    const verbs = this.verbsIn(clauseStart, q.start).filter((v) => introducesAt(text, v, q.start));
    const verb = verbs[verbs.length - 1];
    if (!verb) {
      // A verb before the previous quotation introduced that one; this one shares its speaker only when joined
      // closely ("said “A” and “B”").
      if (!previous || !this.verbs.first(from, previous.start, (v) => introducesAt(text, v, q.start)))
        return UNATTRIBUTED;
      const joined = /^[\s,;]*(?:and|or)?[\s,;]*$/.test(text.slice(previous.end, q.start));
      return joined && previousSpeaker?.speaker ? previousSpeaker : UNATTRIBUTED;
    }
    switch (verb.kind) {
      case "quoted":
        return this.quotedAs(verb, q.start);
      case "according":
        return this.namedAt(verb.end + 1) ?? UNATTRIBUTED;
      case "channel":
        return UNATTRIBUTED;
      case "participle": {
        // "…,” the official said, adding that Pyongyang is “…”": the clause's subject spoke both.
        if (previous && previousSpeaker?.speaker) return previousSpeaker;
        const finite = verbs.filter((v) => v.kind === "finite" && v.start < verb.start && v.start >= clauseStart).pop();
        if (finite) return this.subjectOf(finite, clauseStart, from);
        return this.firstActor(clauseStart, verb.start) ?? this.firstActor(from, verb.start) ?? UNATTRIBUTED;
      }
      default:
        return this.subjectOf(verb, clauseStart, from);
    }
  }

  /**
   * The subject of a verb of saying: the words right before it, else the nearest person in its clause or sentence,
   * else the first organization or country there.
   */
  private subjectOf(verb: Verb, clauseStart: number, from: number): Attribution {
    const { text } = this.ctx;
    let k = verb.start;
    for (let steps = 0; steps < 4; steps++) {
      const t = tokenBefore(text, k);
      if (!t || (wordFlags(text, t) & BETWEEN) === 0) break;
      k = t.start;
    }
    const adjacent = this.ctx.endingAt(k - 1);
    if (adjacent && adjacent.start >= clauseStart) return attributionTo(adjacent);
    const t = tokenBefore(text, k);
    if (t && t.start >= clauseStart) {
      const flags = wordFlags(text, t);
      if ((flags & PRONOUN) !== 0) return this.ctx.resolvePronoun(t.text, t, this.sentence());
      if ((flags & SPEAKER_NOUN) !== 0) {
        const np = this.nounPhraseBefore(k);
        if (np) return this.ctx.resolveNounPhrase(np);
      }
    }
    const interrupted = this.subjectBeforeInterruption(clauseStart, k);
    if (interrupted) return attributionTo(interrupted);
    const person = this.ctx.lastIn(clauseStart, verb.start, "person") ?? this.ctx.lastIn(from, verb.start, "person");
    if (person) return attributionTo(person);
    return this.firstActor(clauseStart, verb.start, false) ?? this.firstActor(from, verb.start, false) ?? UNATTRIBUTED;
  }

  /**
   * The subject set off from its verb by commas: "Kim Yo Jong, the sister of leader Kim Jong Un, said", "Blinken,
   * speaking with Cho Tae-yul, said". The verb's phrase starts at `verbAt`; the subject is the last person followed by
   * a comma other than the one that closes the interruption (which follows an appositive: "The official, Kim, said").
   */
  private subjectBeforeInterruption(clauseStart: number, verbAt: number): ActorDraft | null {
    const { text } = this.ctx;
    let close = verbAt - 1;
    while (close > clauseStart && isSpace(text.charCodeAt(close))) close--;
    if (text.charCodeAt(close) !== 44) return null;
    for (
      let a = this.ctx.lastIn(clauseStart, close, "person");
      a;
      a = this.ctx.lastIn(clauseStart, a.start, "person")
    ) {
      if (a.end < close && text.charCodeAt(a.end) === 44) return a;
    }
    return null;
  }

  private firstActor(from: number, to: number, people = true): Attribution | null {
    const actor =
      (people ? this.ctx.firstIn(from, to, "person") : null) ??
      this.ctx.firstIn(from, to, "organization") ??
      this.ctx.firstIn(from, to, "country");
    return actor ? attributionTo(actor) : null;
  }

  /**
   * A speaker named at `pos`: an actor, a pronoun, a person after title words, or a noun phrase ("stated Kim",
   * "said Under Secretary … John K. Hurley", "said the official").
   */
  private namedAt(pos: number, limit = pos + 120): Attribution | null {
    // "said the Foreign Ministry": the office is named after its article.
    const actor =
      this.ctx.startingAt(pos) ??
      (/^the\s/i.test(this.ctx.text.slice(pos, pos + 4)) ? this.ctx.startingAt(pos + 4) : null);
    if (actor) return attributionTo(this.personTitledBy(actor) ?? actor);
    const t = tokenAt(this.ctx.text, pos);
    if (!t) return null;
    if ((wordFlags(this.ctx.text, t) & PRONOUN) !== 0) return this.ctx.resolvePronoun(t.text, t, this.sentence());
    const titled = this.titledPersonAt(pos, limit);
    if (titled) return titled;
    const np = this.nounPhraseAfter(pos);
    return np ? this.ctx.resolveNounPhrase(np) : null;
  }

  /**
   * The person whose title runs from `pos`: "Under Secretary of the Treasury John K. Hurley" from "Under", "Secretary
   * Steven Mnuchin" after the office in "Treasury Secretary Steven Mnuchin". Null when anything but title words
   * stands before the next person ("the Foreign Ministry on Tuesday about Kim Jong Un").
   */
  private personTitledFrom(pos: number, limit: number): ActorDraft | null {
    const person = this.ctx.firstIn(pos, limit, "person");
    if (!person) return null;
    const words = this.ctx.text
      .slice(pos, person.start)
      .replace(/^['’]s(?=\s)/, "")
      .split(/\s+/)
      .filter(Boolean);
    return words.every((w) => isTitleWord(w) || TITLE_JOINERS.has(w)) ? person : null;
  }

  /** "said Treasury Secretary Steven Mnuchin": an office or country that opens a person's title, the person. */
  private personTitledBy(actor: ActorDraft): ActorDraft | null {
    return actor.kind === "person" ? null : this.personTitledFrom(actor.end, actor.end + 60);
  }

  /** "…,” said Under Secretary of the Treasury John K. Hurley": a person after the words of a title. */
  private titledPersonAt(pos: number, limit: number): Attribution | null {
    const person = this.personTitledFrom(pos, Math.min(limit, pos + 120));
    return person ? attributionTo(person) : null;
  }

  /** "KCNA quoted Kim as saying": the one quoted is the speaker. */
  private quotedAs(verb: Verb, limit: number): Attribution {
    const { text } = this.ctx;
    const rest = text.slice(verb.end, Math.min(limit, verb.end + 80));
    const as = /\bas\s+(?:saying|stating|telling|having\s+said|warning|adding)\b/.exec(rest);
    if (!as) return UNATTRIBUTED;
    const named = this.ctx.firstIn(verb.end, verb.end + as.index, null);
    if (named) return attributionTo(named);
    const t = tokenAt(text, verb.end + 1);
    if (t && (wordFlags(text, t) & PRONOUN) !== 0) return this.ctx.resolvePronoun(t.text, t, verb.start);
    return NOBODY;
  }

  /** "…,” Business Insider reported" / "…,” according to Reuters": the outlet, if it is right there. */
  private channel(quoteEnd: number, verb: Verb, limit: number): Attribution | null {
    if (verb.kind === "according") {
      if (verb.start - quoteEnd > MAX_CHANNEL_GAP) return null;
      const actor = this.ctx.firstIn(verb.end, Math.min(limit, verb.end + 40), null);
      return actor ? attributionTo(actor) : null;
    }
    const actor = this.ctx.firstNotPersonIn(quoteEnd, verb.start);
    return actor && actor.start - quoteEnd <= MAX_CHANNEL_GAP ? attributionTo(actor) : null;
  }

  private pronounIn(from: number, to: number): Attribution | null {
    const { text } = this.ctx;
    const m = /(?<![\w-])(he|she|they|it)(?![\w-])/i.exec(text.slice(from, to));
    if (!m) return null;
    const start = from + m.index;
    return this.ctx.resolvePronoun(m[1], { start, end: start + m[1].length }, this.sentence());
  }

  /** The noun phrase ending right before `pos` (spaces allowed): "the 149-page report", "The official". */
  private nounPhraseBefore(pos: number): NounPhrase | null {
    const { text } = this.ctx;
    let k = pos;
    while (k > 0 && isSpace(text.charCodeAt(k - 1))) k--;
    const noun = tokenBefore(text, k, true);
    if (!noun || (wordFlags(text, noun) & SPEAKER_NOUN) === 0) return null;
    return this.phraseFrom(noun.start, noun);
  }

  /** The noun phrase starting at `pos`: "the newspaper", "the North Korean leader". */
  private nounPhraseAfter(pos: number): NounPhrase | null {
    const { text } = this.ctx;
    let p = pos;
    for (let steps = 0; steps < 5; steps++) {
      const t = tokenAt(text, p);
      if (!t) return null;
      if (steps > 0 && (wordFlags(text, t) & SPEAKER_NOUN) !== 0) return this.phraseFrom(t.start, t);
      p = t.end + 1;
    }
    return null;
  }

  /** Back from the noun over adjectives to a determiner: "the Russian leader", "state media". */
  private phraseFrom(nounStart: number, noun: Span & { text: string }): NounPhrase {
    const { text } = this.ctx;
    let start = nounStart;
    let determiner: string | null = null;
    for (let steps = 0; steps < 4; steps++) {
      const t = tokenBefore(text, start);
      if (!t) break;
      const flags = wordFlags(text, t);
      if ((flags & DETERMINER) !== 0) {
        determiner = t.text.toLowerCase();
        start = t.start;
        break;
      }
      if ((flags & (BETWEEN | PRONOUN)) !== 0) break;
      start = t.start;
    }
    const country = this.ctx.firstIn(start, noun.start, "country");
    return { start, end: noun.end, determiner, noun: noun.text, country: country?.value ?? null };
  }
}
