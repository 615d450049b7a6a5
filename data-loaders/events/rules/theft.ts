import type { ActorFact, MoneyFact } from "../../types.ts";
import type { EventRule, Trigger } from "../rule.ts";
import { amountOf, isMoney, restates } from "../amounts.ts";
import { countryOf, isActor } from "../actor-helpers.ts";
import { monthNumber, WEEKDAY_NUMBERS } from "../../mentions/dates/lexicon.ts";

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
// The victim as the subject: "the Ronin Network lost …", "Axie Infinity’s Ronin bridge was hacked …", "Atomic Wallet
// hit by $100m hack".
const VICTIM_SUBJECT = new RegExp(
  `(${NAME})(?:[’']s)?(?:\\s+(?:[a-z][\\w-]*\\s+){0,2}?${PLATFORM})?\\s+` +
    `(?:(?:was|were|has\\s+been|had\\s+been|got)\\s+(?:hacked|exploited|breached|drained|robbed)|(?:was\\s+|were\\s+)?hit\\s+by|lost|loses|(?:was\\s+|were\\s+)?losing)\\b`,
);
// Who lose money without being named: capitalized only as a sentence's first word ("Investors lost $40 million").
const UNNAMED_VICTIMS = new Set(
  "investors users customers clients victims depositors traders holders people companies firms exchanges businesses banks".split(
    " ",
  ),
);

// The victim named right before the attack: "the $600 million Poly Network hack", "the Bybit exploit", "Ronin bridge
// hack". A country or hacking group there is the attacker ("the North Korean hack", "the Lazarus heist").
const VICTIM_BEFORE_ATTACK = new RegExp(
  `(${NAME})(?:[’']s)?(?:\\s+(?:crypto(?:currency)?|blockchain|bridge|exchange|defi|token|wallet|cross-chain|network|protocol))*` +
    `\\s+(?:hacks?|exploits?|heists?|breach|cyber-?attacks?|attacks?|theft)\\b`,
  "g",
);

/** The victim named right before an attack noun, unless the name there is the attacker's. */
function victimBeforeAttack(clauseText: string, clauseStart: number, actors: readonly ActorFact[]): string | null {
  for (const m of clauseText.matchAll(VICTIM_BEFORE_ATTACK)) {
    const name = lastName(m[1]);
    if (!name || isCalendarWord(name)) continue;
    const at = clauseStart + m.index + m[1].lastIndexOf(name);
    const attacker = actors.some(
      (a) => a.start < at + name.length && a.end > at && (a.kind === "country" || a.category === "hacking group"),
    );
    if (!attacker) return name;
  }
  return null;
}

/** The last capitalized run of a phrase, the name in it, without "The" and without the full stop of a sentence. */
function lastName(phrase: string): string | null {
  const run = phrase.match(CAPITALIZED_RUN)?.at(-1);
  // "from DMM Bitcoin." ends the sentence; "U.S." keeps its stop.
  return run ? run.replace(/^The\s+/, "").replace(/(?<=[a-z]{2})\.$/, "") : null;
}

function isCalendarWord(name: string): boolean {
  return monthNumber(name) !== undefined || Object.hasOwn(WEEKDAY_NUMBERS, name);
}

/**
 * The victim named in a clause whose theft verb starts at `verbAt`: "the hack of X" anywhere, "from X" only after
 * the verb ("hackers from the North stole … from a local exchange": the North is where the thieves come from).
 */
function victimOf(clauseText: string, verbAt: number): string | null {
  for (const m of clauseText.matchAll(VICTIM_PHRASE)) {
    if (m[1] === undefined && m.index < verbAt) continue;
    const name = lastName(m[2]);
    // "an exploit on Friday", "the attack in March": a date, not a platform.
    if (name && isCalendarWord(name)) continue;
    return name;
  }
  const subject = VICTIM_SUBJECT.exec(clauseText)?.[1];
  const name = subject === undefined ? null : lastName(subject);
  return name && UNNAMED_VICTIMS.has(name.toLowerCase()) ? null : name;
}

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
// "Ronin lost $620 million in a hack", "losing $100 million to an exploit": a loss the attack caused.
const LOSS_BEFORE = /\b(?:lost|lose|loses|losing)\s+$/i;
const LOSS_TO_ATTACK = /^\s+(?:in|to|through|during|after|from)\s+(?:[\w.’'-]+\s+){0,4}$/;

// "Bybit lost $1.5 billion to North Korean hackers", "losing $100 million in an exploit": a loss is a theft only when
// the text says who or what took the money ("lost $2 billion in exports" is trade).
const LOSS_WORDS = "lost|lose|loses|losing";
const LOSS_WORD = new RegExp(`^(?:${LOSS_WORDS})$`, "i");
const TIED_ONLY_WORD = new RegExp(`^(?:${ATTACK_WORDS}|${LOSS_WORDS})$`, "i");
// Between the loss and its sum, a few lower-case words at most ("lost a total of $X"; qualifiers are in the sum).
const LOSS_TO_SUM = /^\s+(?:[a-z]+\s+){0,3}$/;
const TO_THIEVES =
  /^\s+(?:to|in|through|during|from)\s+(?:[\w.’'-]+\s+){0,3}?(?:hackers?|attackers?|thie(?:f|ves)|cyber-?(?:criminals?|thieves)|criminals|scammers?|fraudsters?|(?:cyber-?)?attacks?|hacks?|hacking|exploits?|heists?|thefts?|(?:security\s+)?breach(?:es)?)\b/i;
const TO_BEFORE_ACTOR = /^\s+to\s+(?:the\s+)?$/i;

/** Whether `m` is the sum of the loss `t` and the text names its taker (see above). */
function lostTo(text: string, m: MoneyFact, t: Trigger, actors: readonly ActorFact[]): boolean {
  if (m.start < t.end || !LOSS_TO_SUM.test(text.slice(t.end, m.start))) return false;
  if (TO_THIEVES.test(text.slice(m.end, m.end + 100))) return true;
  // "lost $620 million to the Lazarus Group", "… to North Korea".
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
  const between = text.slice(m.end, t.start);
  return (
    SUM_NAMES_ATTACK.test(between) ||
    (LOSS_TO_ATTACK.test(between) && LOSS_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)))
  );
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
    const victimName =
      victimOf(clauseText, triggers[0].start - clause.start) ?? victimBeforeAttack(clauseText, clause.start, actors);
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
