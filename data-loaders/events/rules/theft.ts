import type { MoneyFact } from "../../types.ts";
import type { EventRule, Trigger } from "../rule.ts";
import { amountOf, isMoney, restates } from "../amounts.ts";
import { countryOf, isActor } from "../actor-helpers.ts";

// The noun phrase naming what was robbed: "the hacking of the blockchain-based game ‘Ronin’", "stolen from the
// Dubai-based cryptocurrency exchange Bybit". Its last capitalized run is the name; earlier ones are adjectives
// ("Dubai-based"). Up to two lower-case words may describe the platform ("crypto", "decentralized finance").
const PLATFORM =
  "(?:exchange|platform|game|protocol|bridge|network|wallet|company|firm|service|startup|project|marketplace|app|operator)";
const NAME = "[‘'\"“]?[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*)*";
const VICTIM_PHRASE = new RegExp(
  `\\b(?:((?:hack(?:ing)?|breach|attack|theft|exploit|heist)\\s+(?:of|on|against))|from)\\s+` +
    `((?:the\\s+)?(?:[‘'"“]?[\\w.’'-]+[’'"”]?\\s+){0,5}?${NAME}(?:\\s+(?:[a-z][\\w-]*\\s+){0,2}${PLATFORM}\\s+${NAME})?)`,
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

// Attacks named as such ("58 cyberattacks", "the hacks") say nothing of loot: they make a theft only when the text
// ties money to them ("cyberattacks … valued at approximately $3 billion", "hacks that netted $1 billion").
const ATTACK_WORDS = "cyber-?attacks?|cyber-?heists?|hacks|hacking|hacked|attacks";
const ATTACK_WORD = new RegExp(`^(?:${ATTACK_WORDS})$`, "i");
const VALUE_LINK =
  /\b(?:worth|valued\s+at|totall?ing|amounting\s+to|(?:that|which)\s+(?:netted|yielded|brought\s+in|earned))\b/i;

/** The money a theft may claim: any, after a word of stealing; after attacks only, money the text values them at. */
function lootOf(money: MoneyFact[], triggers: readonly Trigger[], text: string): MoneyFact[] {
  if (triggers.some((t) => !ATTACK_WORD.test(t.word))) return money;
  return money.filter((m) =>
    triggers.some((t) => t.end <= m.start && m.start - t.end < 120 && VALUE_LINK.test(text.slice(t.end, m.start))),
  );
}

export const theftRule: EventRule = {
  type: "theft",
  trigger: new RegExp(
    `\\b(?:st(?:o|ea)l(?:e|en|s|ing)?|theft|thefts|heists?|looted|looting|siphon(?:ed|ing)?|drain(?:ed|ing)|robbed|` +
      `robbery|embezzl\\w*|swindl\\w*|${ATTACK_WORDS})\\b`,
    "gi",
  ),
  claims: (fact) => isMoney(fact),
  requiresClaim: true,
  needsDate: false,
  build({ text, clause, claimed, actors, triggers }) {
    const money = lootOf(claimed.filter(isMoney), triggers, text);
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
      equivalents: others.filter((m) => restates(text, main, m)).map(amountOf),
      count: null,
      details,
    };
  },
};
