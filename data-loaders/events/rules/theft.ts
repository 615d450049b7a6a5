import type { EventRule } from "../rule.ts";
import { amountOf, isMoney } from "../amounts.ts";
import { countryOf, isActor } from "../actor-helpers.ts";

// The noun phrase naming what was robbed: "the hacking of the blockchain-based game ‘Ronin’", "stolen from the
// Dubai-based exchange Bybit". Its last capitalized run is the name; earlier ones are adjectives ("Dubai-based").
const PLATFORM =
  "(?:exchange|platform|game|protocol|bridge|network|wallet|company|firm|service|startup|project|marketplace|app|operator)";
const NAME = "[‘'\"“]?[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*)*";
const VICTIM_PHRASE = new RegExp(
  `\\b(?:((?:hack(?:ing)?|breach|attack|theft|exploit|heist)\\s+(?:of|on|against))|from)\\s+` +
    `((?:the\\s+)?(?:[‘'"“]?[\\w.’'-]+[’'"”]?\\s+){0,5}?${NAME}(?:\\s+(?:crypto\\s+)?${PLATFORM}\\s+${NAME})?)`,
  "g",
);
const CAPITALIZED_RUN = /[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*/g;

/**
 * The victim named in a clause whose theft verb starts at `verbAt`: "the hack of X" anywhere, "from X" only after
 * the verb ("hackers from the North stole … from a local exchange": the North is where the thieves come from).
 */
function victimOf(clauseText: string, verbAt: number): string | null {
  for (const m of clauseText.matchAll(VICTIM_PHRASE)) {
    if (m[1] === undefined && m.index < verbAt) continue;
    return m[2].match(CAPITALIZED_RUN)?.at(-1) ?? null;
  }
  return null;
}

export const theftRule: EventRule = {
  type: "theft",
  trigger:
    /\b(?:st(?:o|ea)l(?:e|en|s|ing)?|theft|thefts|heists?|looted|looting|siphon(?:ed|ing)?|drain(?:ed|ing)|robbed|robbery|embezzl\w*|swindl\w*)\b/gi,
  claims: (fact) => isMoney(fact),
  requiresClaim: true,
  needsDate: false,
  build({ text, clause, claimed, actors, triggers }) {
    const money = claimed.filter(isMoney);
    if (money.length === 0) return null;
    // Dollars lead when the text gives them: the notebook compares amounts in one currency.
    const main = money.find((m) => m.unit === "USD") ?? money[0];
    const others = money.filter((m) => m !== main);
    const clauseText = text.slice(clause.start, clause.end);
    const perpetrator =
      actors.find((a) => a.category === "hacking group") ??
      actors.find((a) => isActor(a) && countryOf(a) === "North Korea") ??
      null;
    const details: Record<string, string> = {};
    const victimName = victimOf(clauseText, triggers[0].start - clause.start);
    if (victimName && victimName !== perpetrator?.value) details.victim = victimName;
    return {
      actor: perpetrator?.value ?? null,
      targets: null,
      targetNames: [],
      amount: amountOf(main),
      equivalents: others.filter((m) => m.unit !== main.unit).map(amountOf),
      count: null,
      details,
    };
  },
};
