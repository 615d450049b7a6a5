// Who was robbed, as a theft's clause names them: the object of the theft ("stole … from Bybit", "the hack of Ronin"),
// the subject that lost the money ("Harmony was hacked"), or the name the attack is called by ("the Poly Network hack").
import type { ActorFact } from "../../types.ts";
import { isMonthOrWeekday } from "../../mentions/dates/lexicon.ts";

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
    if (!name || isMonthOrWeekday(name)) continue;
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

/**
 * The victim named in a clause (starting at `clauseStart` in its text) whose theft verb starts at `verbAt` in it:
 * "the hack of X" anywhere, "from X" only after the verb ("hackers from the North stole … from a local exchange": the
 * North is where the thieves come from), else the subject that lost the money, else the name before the attack noun.
 */
export function victimOf(
  clauseText: string,
  clauseStart: number,
  verbAt: number,
  actors: readonly ActorFact[],
): string | null {
  for (const m of clauseText.matchAll(VICTIM_PHRASE)) {
    if (m[1] === undefined && m.index < verbAt) continue;
    const name = lastName(m[2]);
    // "an exploit on Friday", "the attack in March": a date, not a platform.
    if (name && isMonthOrWeekday(name)) continue;
    return name;
  }
  const subject = VICTIM_SUBJECT.exec(clauseText)?.[1];
  const name = subject === undefined ? null : lastName(subject);
  if (name && !UNNAMED_VICTIMS.has(name.toLowerCase())) return name;
  return victimBeforeAttack(clauseText, clauseStart, actors);
}
