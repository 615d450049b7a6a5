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

export const vetoRule: EventRule = {
  type: "veto",
  trigger: /\bveto(?:es|ed|ing)?\b/gi,
  inheritsDate: true,
  claims: () => false,
  requiresClaim: false,
  needsDate: true,
  build(context) {
    const { text, clause, actors, before, hypothetical } = context;
    if (hypothetical || !context.date) return null;
    const clauseText = text.slice(clause.start, clause.end);
    let vetoers = actors.filter((a) => a.kind === "country").map((a) => a.value);
    if (/\b(?:both|the two) (?:countries|nations|members)\b|\bboth\b/i.test(clauseText)) {
      vetoers = lastCountryPair(before, text) ?? vetoers;
    }
    return empty({ body: body(context) ?? "" }, vetoers.join(" and ") || null, vetoers);
  },
};
