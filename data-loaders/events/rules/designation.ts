import type { ActorFact, Fact, Span, TargetType } from "../../types.ts";
import type { EventRule, Trigger } from "../rule.ts";
import { countOf, isCount } from "../amounts.ts";
import { countryOf, isForeign, listedWith } from "../actor-helpers.ts";
import { targetTypeOf } from "../target-types.ts";
import { contains } from "../clauses.ts";

// Verbs that report a designation as done, as opposed to one merely discussed.
const DONE =
  /\b(?:designat(?:ed|es)|sanctioned|blacklisted|imposed|tightened|adopted|announced|froze|added|slapped|levied|targeted)\b/gi;
// Before the participle it is an adjective: "property of the designated persons", "any sanctioned vessel".
const ATTRIBUTIVE = /\b(?:the|these|those|a|an|any|all|such|other|its|their|newly|previously|already)\s+$/i;

// After a modal the verb is not done: "a resolution that would have imposed new sanctions", "plans to impose".
const MODAL = /\b(?:would|could|might|should|will|shall|may|must|to)\s+(?:not\s+)?(?:have\s+|be\s+)?$/i;

/** Whether the participle at `at` is an adjective: "the designated persons". */
function attributiveAt(text: string, at: number): boolean {
  return ATTRIBUTIVE.test(text.slice(Math.max(0, at - 12), at));
}

/** Whether the clause reports a designation as done by a verb, not only names "the designated persons". */
function toldAsDone(clauseText: string): boolean {
  for (const m of clauseText.matchAll(DONE)) {
    if (!attributiveAt(clauseText, m.index) && !MODAL.test(clauseText.slice(Math.max(0, m.index - 20), m.index)))
      return true;
  }
  return false;
}
// A running total, not one action: "has now sanctioned 12 people", "a total of", "to date". Counting it as a
// designation would count its targets twice. (A total "since" a date is dated from it to the article: since-dates.ts.)
const CUMULATIVE =
  /\b(?:ha(?:s|ve)\s+(?:now|so\s+far)|so\s+far|to\s+date|in\s+total|altogether|a\s+(?:combined\s+)?total\s+of|cumulative(?:ly)?)\b/i;

/** Whether every trigger is a participle used as an adjective: "The designated individual, …, is a member of …". */
function onlyAttributive(text: string, triggers: readonly Trigger[]): boolean {
  return triggers.every((t) => /ed$/i.test(t.word) && attributiveAt(text, t.start));
}
const PROPOSED =
  /\b(?:pursu\w*|propos\w*|seek\w*|push\w* for|call\w* for|consider\w*|review\w*|necessity|plan\w*|would|will|may|could)\b/i;
// Why: "for their involvement in …", "linked to laundering …", "over its nuclear program".
const REASON =
  /\b(?:for (?:their|its|his|her) (?:role|involvement|part) in|linked to|involved in|accused of|alleged to have|for(?=\s+helping)|that helped|over|for)\s+([^.;]+)/i;
// ", the Foreign Office said on Wednesday": who reported the designation, after its reason.
const REPORTING_TAIL =
  /,\s+(?:(?:the|a|an)\s+)?(?:[\w.’'-]+\s+){0,5}?(?:said|says|announced|told|reported|added|stated|noted)\b.*$/s;

function withoutReportingTail(reason: string): string {
  return reason.replace(REPORTING_TAIL, "");
}

// Named targets are groups and organizations the text lists after the verb.
const NAMEABLE = new Set(["hacking group", "company", "mixer", "exchange", "bank"]);

/** A count of designation targets: "six individuals", "three entities", "four vessels". */
const isTargetCount = (fact: Fact) => isCount(fact) && targetTypeOf(fact.unit) !== null;

/** An organization of a kind a designation names as its target: a hacking group, a mixer, a bank. */
const isNameable = (fact: Fact) =>
  fact.kind === "organization" && fact.category !== null && NAMEABLE.has(fact.category);

// "nine sanctions resolutions", "three sanctions packages": the word inside a count names what was counted, a tally
// over many actions rather than one designation.
function insideCount(facts: readonly Fact[], trigger: Span): boolean {
  return facts.some((f) => isCount(f) && contains(f, trigger));
}

// Words that open a subordinate clause: "a spokesman … answered a question about the fact that the U.S. slapped
// new sanctions": the designating subject is inside the clause with the verb.
const SUBORDINATE = /\b(?:that|which|who|whether|after|when|because|since|while)\s/g;

/**
 * Whether an actor named after the verb may be the one who designates ("Under the sanctions announced Tuesday, the US
 * Treasury froze …"): a person of no known government there is more likely a designated individual.
 */
function mayDesignateAfter(actor: ActorFact): boolean {
  return actor.kind !== "person" || countryOf(actor) !== null;
}

function authority(text: string, actors: ActorFact[], clauseStart: number, triggerStart: number): ActorFact | null {
  const foreign = actors.filter((a) => isForeign(a) && (a.end <= triggerStart || mayDesignateAfter(a)));
  const before = foreign.filter((a) => a.end <= triggerStart);
  let opens = -1;
  for (const m of text.slice(clauseStart, triggerStart).matchAll(SUBORDINATE)) opens = clauseStart + m.index;
  const inSubordinate = opens >= 0 ? before.find((a) => a.start > opens) : undefined;
  return inSubordinate ?? before[0] ?? foreign[0] ?? null;
}

/**
 * Every authority listed with the one that designates, before the verb: "The United States, Japan and South Korea
 * jointly sanctioned …" names three. One authority lists none: the actor says it all.
 */
function jointAuthorities(text: string, actors: ActorFact[], authority: ActorFact, verbStart: number): string[] {
  const listed = listedWith(text, actors, actors.indexOf(authority)).filter((a) => a.end <= verbStart && isForeign(a));
  const names = [...new Set(listed.map((a) => countryOf(a) ?? a.value))];
  return names.length > 1 ? names : [];
}

export const designationRule: EventRule = {
  type: "designation",
  trigger:
    /\b(?:designat(?:e|es|ed|ing|ion|ions)|sanction(?:s|ed|ing)?|blacklist(?:s|ed|ing)?|asset freezes?|froze the assets|freez(?:e|es|ing) the assets|blocked property)\b/gi,
  claims: isTargetCount,
  requiresClaim: false,
  needsDate: false,
  // A designation needs targets (counted or named) or a date.
  needs: (fact) => fact.kind === "date" || isTargetCount(fact) || isNameable(fact),
  build(context) {
    const { text, clause, claimed, date, actors, triggers } = context;
    const counts = claimed.filter(isCount);
    const firstTrigger = triggers[0];
    const named = actors.filter((a) => isNameable(a) && a.start > firstTrigger.start).map((a) => a.value);
    const hasTargets = counts.length > 0 || named.length > 0;
    // "Sanctions" is the commonest word of the field: most mentions name no target and no date, so leave early.
    if (!hasTargets && (!date || triggers.every((t) => insideCount(context.facts, t)))) return null;
    const clauseText = text.slice(clause.start, clause.end);
    if (counts.length === 0 && onlyAttributive(text, triggers)) return null;
    if (CUMULATIVE.test(clauseText)) return null;
    const done = toldAsDone(clauseText);
    if (!hasTargets && !(done && !context.hypothetical)) return null;
    const targets: Partial<Record<TargetType, number>> = {};
    for (const c of counts) {
      const type = targetTypeOf(c.unit);
      if (type) targets[type] = (targets[type] ?? 0) + c.value;
    }
    const authorityActor = authority(text, actors, clause.start, firstTrigger.start);
    if (!authorityActor && !hasTargets) return null;
    const details: Record<string, string> = {
      status: PROPOSED.test(clauseText) && !done ? "proposed" : "imposed",
    };
    if (counts.length === 1) details.targetNoun = counts[0].unit;
    if (authorityActor && authorityActor.kind !== "country") details.agency = authorityActor.value;
    if (/\bUN\b|United Nations|Security Council/.test(clauseText)) details.forum = "UN";
    const reason = REASON.exec(text.slice(firstTrigger.end, clause.end));
    if (reason) details.reason = withoutReportingTail(reason[1]).trim();
    if (named.length === 0 && counts.length === 1 && targetTypeOf(counts[0].unit) === "group") {
      named.push(...actors.filter((a) => a.category === "hacking group").map((a) => a.value));
    }
    return {
      actor: authorityActor ? (countryOf(authorityActor) ?? authorityActor.value) : null,
      participants: authorityActor ? jointAuthorities(text, actors, authorityActor, firstTrigger.start) : [],
      targets: Object.keys(targets).length ? targets : null,
      targetNames: [...new Set(named)],
      amount: null,
      equivalents: [],
      count: counts.length === 1 ? countOf(counts[0]) : null,
      details,
    };
  },
};
