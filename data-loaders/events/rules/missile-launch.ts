import type { EventRule } from "../rule.ts";
import { amountOf, countOf, isCount, isMoney } from "../amounts.ts";
import { lastCountry } from "../actor-helpers.ts";

const MISSILE =
  /\b(?:(?:intercontinental|intermediate-range|short-range|submarine-launched|hypersonic|cruise|ballistic)\s+)*(?:missiles?|ICBMs?|IRBMs?|SRBMs?|SLBMs?|rockets?|projectiles?)\b/i;
const COST = /\b(?:cost|costs|costing|spent|spend|spending|worth|price|expense|expenses)\b/i;
const REPETITION = /^(?:time|occasion|launch|test|round|salvo)$/;

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
  build({ text, clause, claimed, date, before, actors, triggers }) {
    const clauseText = text.slice(clause.start, clause.end);
    const missile = MISSILE.exec(clauseText);
    if (!missile) return null;
    const counted = claimed.filter(isCount);
    const missiles = counted.find((c) => MISSILE.test(c.unit));
    const repeats = counted.find((c) => REPETITION.test(c.unit));
    if (!missiles && !repeats && !date) return null;
    const money = claimed.filter(isMoney);
    const details: Record<string, string> = { missile: (missiles?.unit ?? missile[0]).replace(/s$/i, "") };
    const launcher = actors.filter((a) => a.kind === "country" && a.end <= triggers[0].start).at(-1);
    const country = launcher?.value ?? actors.find((a) => a.kind === "country")?.value ?? lastCountry(before);
    return {
      actor: country,
      targets: null,
      targetNames: [],
      amount: money[0] ? amountOf(money[0]) : null,
      equivalents: money.slice(1).map(amountOf),
      count: missiles ? countOf(missiles) : repeats ? countOf(repeats, "launch") : null,
      details,
    };
  },
};
