import type { CountFact, DateFact, EventRecord } from "../../types.ts";
import type { EventRule, RuleContext } from "../rule.ts";
import { amountOf, countOf, isCount, isMoney } from "../amounts.ts";
import { lastCountry } from "../actor-helpers.ts";
import { isDenied, type SingleMissile, singleMissileLaunched } from "./single-missile.ts";

const MISSILE =
  /\b(?:(?:intercontinental|intermediate-range|short-range|submarine-launched|hypersonic|cruise|ballistic)\s+)*(?:missiles?|ICBMs?|IRBMs?|SRBMs?|SLBMs?|rockets?|projectiles?)\b/i;
const COST = /\b(?:cost|costs|costing|spent|spend|spending|worth|price|expense|expenses)\b/i;
const REPETITION = /^(?:time|occasion|launch|test|round|salvo)$/;

// A dated launch with no number stands on its date alone: it must be told as done, not as feared or denied.
function happened(context: RuleContext, date: DateFact): boolean {
  const { text, triggers, document, hypothetical } = context;
  if (hypothetical || isDenied(text, triggers[0].start)) return false;
  return !document.published || date.date.first <= document.published.last;
}

function singleOf(context: RuleContext): SingleMissile | null {
  if (context.hypothetical) return null;
  for (const t of context.triggers) {
    const single = singleMissileLaunched(context.text, t.start, t.end);
    if (single) return single;
  }
  return null;
}

// The article is the count: no fact holds the number, so the count cites none.
function countOfOne(unit: string): NonNullable<EventRecord["count"]> {
  return { value: 1, high: null, unit, qualifier: null, fact: "" };
}

// Missiles counted ("23 ballistic missiles"), else launches repeated ("five times"), else the one missile told.
function launchCount(
  missiles: CountFact | undefined,
  repeats: CountFact | undefined,
  single: SingleMissile | null,
): EventRecord["count"] {
  if (missiles) return countOf(missiles);
  if (repeats) return countOf(repeats, "launch");
  return single ? countOfOne(single.type) : null;
}

export const missileLaunchRule: EventRule = {
  type: "missile-launch",
  trigger: /\b(?:launch(?:es|ed|ing)?|fir(?:e|es|ed|ing)|test-fir(?:e|es|ed|ing)|shoot(?:s|ing)?|shot|salvos?)\b/gi,
  applies: (clauseText) => MISSILE.test(clauseText),
  claims(fact, clauseText) {
    if (isMoney(fact)) return COST.test(clauseText) && MISSILE.test(clauseText);
    if (isCount(fact)) return MISSILE.test(fact.unit) || (REPETITION.test(fact.unit) && MISSILE.test(clauseText));
    return false;
  },
  requiresClaim: false,
  needsDate: false,
  build(context) {
    const { text, clause, claimed, date, actors, triggers } = context;
    const clauseText = text.slice(clause.start, clause.end);
    const missile = MISSILE.exec(clauseText);
    if (!missile) return null;
    const counted = claimed.filter(isCount);
    const missiles = counted.find((c) => MISSILE.test(c.unit));
    const repeats = counted.find((c) => REPETITION.test(c.unit));
    // Without a number, "fired a ballistic missile" counts one; a launch that may happen counts none.
    const single = missiles || repeats ? null : singleOf(context);
    if (!missiles && !repeats && !single && !(date && happened(context, date))) return null;
    const money = claimed.filter(isMoney);
    const details: Record<string, string> = {
      missile: single?.type ?? (missiles?.unit ?? missile[0]).replace(/s$/i, ""),
    };
    if (single?.name) details.name = single.name;
    const launcher = actors.filter((a) => a.kind === "country" && a.end <= triggers[0].start).at(-1);
    const country = launcher?.value ?? actors.find((a) => a.kind === "country")?.value ?? lastCountry(context.before);
    return {
      actor: country,
      targets: null,
      targetNames: [],
      amount: money[0] ? amountOf(money[0]) : null,
      equivalents: money.slice(1).map(amountOf),
      count: launchCount(missiles, repeats, single),
      details,
    };
  },
};
