import type { EventRule } from "../rule.ts";
import { amountOf, isMoney } from "../amounts.ts";
import { countryOf, isActor } from "../actor-helpers.ts";

// The thing robbed: "the hacking of the blockchain-based game ‘Ronin’", "stolen from Bybit", "the Harmony hack".
const VICTIM =
  /\b(?:hack(?:ing)?|breach|attack|theft|exploit|heist)\s+(?:of|on|against)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[‘'"“]?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)|\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[‘'"“]?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)/;

export const theftRule: EventRule = {
  type: "theft",
  trigger:
    /\b(?:st(?:o|ea)l(?:e|en|s|ing)?|theft|thefts|heists?|looted|looting|siphon(?:ed|ing)?|drain(?:ed|ing)|robbed|robbery|embezzl\w*|swindl\w*)\b/gi,
  claims: (fact) => isMoney(fact),
  requiresClaim: true,
  needsDate: false,
  build({ text, clause, claimed, actors }) {
    const money = claimed.filter(isMoney);
    if (money.length === 0) return null;
    const [main, ...others] = money;
    const clauseText = text.slice(clause.start, clause.end);
    const victim = VICTIM.exec(clauseText);
    const perpetrator =
      actors.find((a) => a.category === "hacking group") ??
      actors.find((a) => isActor(a) && countryOf(a) === "North Korea") ??
      null;
    const details: Record<string, string> = {};
    const victimName = victim?.[1] ?? victim?.[2];
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
