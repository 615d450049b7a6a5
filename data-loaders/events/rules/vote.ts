import type { EventDraft, EventRule, RuleContext } from "../rule.ts";
import { lastCountryPair } from "../actor-helpers.ts";

function body({ actors }: RuleContext): string | null {
  return (
    actors.find((a) => a.kind === "organization" && /council|assembly|parliament|congress|senate/i.test(a.value))
      ?.value ?? null
  );
}

function empty(details: Record<string, string>, actor: string | null, participants: string[] = []): EventDraft {
  return { actor, targets: null, targetNames: [], amount: null, equivalents: [], count: null, details, participants };
}

export const voteRule: EventRule = {
  type: "vote",
  trigger: /\b(?:put to a vote|vot(?:e|ed|es|ing) on|unanimously adopted|adopted (?:a |the )?resolution)\b/gi,
  claims: () => false,
  requiresClaim: false,
  needsDate: true,
  build(context) {
    if (!context.date) return null;
    return empty({}, body(context));
  },
};

// "said the vetoes were dangerous": a definite noun points back at a veto already told, not at a new one.
const REFERS_BACK = /\b(?:the|these|those|this|that|its|their)\s+$/i;

export const vetoRule: EventRule = {
  type: "veto",
  trigger: /\bveto(?:es|ed|ing)?\b/gi,
  inheritsDate: true,
  claims: () => false,
  requiresClaim: false,
  needsDate: true,
  build(context) {
    const { text, clause, actors, before, hypothetical, triggers } = context;
    if (hypothetical || !context.date || REFERS_BACK.test(text.slice(clause.start, triggers[0].start))) return null;
    const clauseText = text.slice(clause.start, clause.end);
    // The vetoers are the subject: countries before the verb ("Russia and China vetoed a U.S.-sponsored
    // resolution on North Korea"); after it only in the passive ("vetoed by Russia").
    const countries = actors.filter((a) => a.kind === "country");
    const subject = countries.filter((a) => a.end <= triggers[0].start);
    let vetoers = [...new Set((subject.length > 0 ? subject : countries).map((a) => a.value))];
    if (/\b(?:both|the two) (?:countries|nations|members)\b|\bboth\b/i.test(clauseText)) {
      vetoers = lastCountryPair(before, text) ?? vetoers;
    }
    return empty({ body: body(context) ?? "" }, vetoers.join(" and ") || null, vetoers);
  },
};
