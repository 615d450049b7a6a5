import type { EventRule } from "../rule.ts";
import { lastCountry } from "../actor-helpers.ts";

// "its first successful trial in 2006": an ordinal test looked back on, even inside a conditional sentence.
const ORDINAL_TEST =
  /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|previous|latest)\s+(?:successful\s+|underground\s+)?(?:nuclear\s+)?(?:test|trial|detonation|explosion)\b/gi;
const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

export const nuclearTestRule: EventRule = {
  type: "nuclear-test",
  trigger: /\bnuclear (?:test|tests|detonation|explosion|trial)\b|\b(?:successful|underground) (?:test|trial)\b/gi,
  claims: () => false,
  requiresClaim: false,
  needsDate: true,
  build({ text, clause, date, hypothetical, before, actors, document }) {
    if (!date) return null;
    const ordinal = [...text.slice(clause.start, date.start).matchAll(ORDINAL_TEST)].at(-1) ?? null;
    const lookedBack = ordinal !== null && date.start - (clause.start + ordinal.index! + ordinal[0].length) < 20;
    if (hypothetical && !lookedBack) return null;
    if (document.published && date.date.first > document.published.last) return null;
    // Whose test: the country named last before the date ("the North … its first successful trial in 2006").
    const owner = actors.filter((a) => a.kind === "country" && a.end <= date.start).at(-1);
    const country = owner?.value ?? lastCountry(before);
    const rank = ordinal ? ORDINALS.indexOf(ordinal[1].toLowerCase()) + 1 : 0;
    return {
      actor: country,
      targets: null,
      targetNames: [],
      amount: null,
      equivalents: [],
      count: null,
      details: rank > 0 && lookedBack ? { ordinal: String(rank) } : ({} as Record<string, string>),
    };
  },
};
