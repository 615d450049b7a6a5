import type { ActorFact, MoneyFact } from "../../types.ts";
import type { EventRule, Trigger } from "../rule.ts";
import { amountOf, isMoney, restates } from "../amounts.ts";
import { countryOf, isActor } from "../actor-helpers.ts";
import { victimOf } from "./theft-victim.ts";

// Attacks named as such ("58 cyberattacks", "the hacks") say nothing of loot: they make a theft only when the text
// ties money to them ("cyberattacks … valued at approximately $3 billion", "hacks that netted $1 billion"). Not
// "breach": "coal exports in breach of sanctions worth $200 million" is trade, not theft.
const ATTACK_WORDS = "cyber-?attacks?|cyber-?heists?|hacks?|hacking|hacked|attacks|exploits?|exploited";
const VALUE_LINK =
  /\b(?:worth|valued\s+at|totall?ing|amounting\s+to|(?:(?:that|which)\s+)?(?:netted|yielded|reaped|brought\s+in|earned))\b/i;
// "was hacked for $625 million": the sum right after the attack, joined by "for" (a qualifier is inside the sum).
const FOR_SUM = /^\s+for\s+$/i;
// "the $625 million Ronin hack", "a $41 million exploit": the sum names the attack, with only names and words for the
// platform between them.
const SUM_NAMES_ATTACK =
  /^(?:\s+(?:[A-Z][\w.’'-]*|crypto(?:currency)?|blockchain|bridge|exchange|defi|token|wallet|cross-chain|network|protocol))*\s+$/;
// "Bybit lost $1.5 billion to North Korean hackers", "Ronin lost $235 million in a hack", "losing $100 million after
// an exploit": a loss is a theft only when the text says who or what took the money ("lost $2 billion in exports" is
// trade). The loss word is a trigger of its own, so an attack word after the sum needs no rule of its own.
const LOSS_WORDS = "lost|lose|loses|losing";
const LOSS_WORD = new RegExp(`^(?:${LOSS_WORDS})$`, "i");
const TIED_ONLY_WORD = new RegExp(`^(?:${ATTACK_WORDS}|${LOSS_WORDS})$`, "i");
// Between the loss and its sum, a few lower-case words at most ("lost a total of $X"; qualifiers are in the sum).
const LOSS_TO_SUM = /^\s+(?:[a-z]+\s+){0,3}$/;
const TO_THIEVES =
  /^\s+(?:to|in|through|during|after|from)\s+(?:[\w.’'-]+\s+){0,4}?(?:hackers?|attackers?|thie(?:f|ves)|cyber-?(?:criminals?|thieves)|criminals|scammers?|fraudsters?|(?:cyber-?)?(?:attacks?|heists?)|hack(?:s|ed|ing)?|exploit(?:s|ed)?|thefts?|(?:security\s+)?breach(?:es)?)\b/i;
const TO_BEFORE_ACTOR = /^\s+to\s+(?:the\s+)?$/i;

/** Whether `m` is the sum of the loss `t` and the text names its taker (see above). */
function lostTo(text: string, m: MoneyFact, t: Trigger, actors: readonly ActorFact[]): boolean {
  if (m.start < t.end || !LOSS_TO_SUM.test(text.slice(t.end, m.start))) return false;
  if (TO_THIEVES.test(text.slice(m.end, m.end + 100))) return true;
  // "lost $235 million to the Lazarus Group", "… to North Korea".
  return actors.some(
    (a) =>
      a.start >= m.end &&
      a.start - m.end <= 12 &&
      (a.category === "hacking group" || countryOf(a) === "North Korea") &&
      TO_BEFORE_ACTOR.test(text.slice(m.end, a.start)),
  );
}

/** Whether the text ties the sum `m` to the attack `t` (see above). */
function valuesAttack(text: string, m: MoneyFact, t: Trigger): boolean {
  if (t.end <= m.start) {
    const between = text.slice(t.end, m.start);
    return m.start - t.end < 120 && (VALUE_LINK.test(between) || FOR_SUM.test(between));
  }
  if (m.end > t.start || t.start - m.end > 60) return false;
  return SUM_NAMES_ATTACK.test(text.slice(m.end, t.start));
}

/**
 * The money a theft may claim: any, after a word of stealing; after attacks and losses only, money the text values
 * the attack at or says was lost to thieves.
 */
function lootOf(
  money: MoneyFact[],
  triggers: readonly Trigger[],
  text: string,
  actors: readonly ActorFact[],
): MoneyFact[] {
  if (triggers.some((t) => !TIED_ONLY_WORD.test(t.word))) return money;
  return money.filter((m) =>
    triggers.some((t) => (LOSS_WORD.test(t.word) ? lostTo(text, m, t, actors) : valuesAttack(text, m, t))),
  );
}

export const theftRule: EventRule = {
  type: "theft",
  trigger: new RegExp(
    `\\b(?:st(?:o|ea)l(?:e|en|s|ing)?|theft|thefts|heists?|looted|looting|siphon(?:ed|ing)?|drain(?:ed|ing)|robbed|` +
      `robbery|embezzl\\w*|swindl\\w*|ma(?:de|kes?|king)\\s+off\\s+with|${ATTACK_WORDS}|${LOSS_WORDS})\\b`,
    "gi",
  ),
  claims: (fact) => isMoney(fact),
  requiresClaim: true,
  needsDate: false,
  needs: isMoney,
  build({ text, clause, claimed, actors, triggers }) {
    const money = lootOf(claimed.filter(isMoney), triggers, text, actors);
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
    const victimName = victimOf(clauseText, clause.start, triggers[0].start - clause.start, actors);
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
