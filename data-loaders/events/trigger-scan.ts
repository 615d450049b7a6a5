// Finds the trigger words of every event rule. A trigger starts a word, so a lead gate (see gate/lead-gate.ts) finds
// the words that start with some trigger's first three letters; the scanner looks the lead up in a table of the rules
// whose triggers can start that way, and runs only those rules' patterns, anchored there. One case-insensitive
// alternation of the whole triggers cost four times as much: the engine tries every full pattern at every position.
import type { EventType } from "../types.ts";
import type { Trigger } from "./rule.ts";
import { LEAD_KEYS, leadKeyAt, leadKeys, LeadGate, type GateWords } from "../gate/lead-gate.ts";

// Word characters as \b sees them with the u flag, by UTF-16 code unit; filled in as codes are met, since testing a
// non-ASCII character ("’" in "Korea’s") with a regex each time costs more than the rest of the scan.
const UNKNOWN = 2;
const WORD_CODES = new Uint8Array(65536).fill(UNKNOWN);

function isWordCode(code: number): boolean {
  let known = WORD_CODES[code];
  if (known === UNKNOWN) {
    known = /[\p{L}\p{N}_]/u.test(String.fromCharCode(code)) ? 1 : 0;
    WORD_CODES[code] = known;
  }
  return known === 1;
}

export interface TriggerRule {
  type: EventType;
  /** The words that announce the event; each alternative starts with three fixed letters. */
  trigger: RegExp;
}

/** Finds the triggers of a list of rules; where two rules match at one place, the earlier rule wins. */
export class TriggerScanner {
  private readonly rulesByLead = new Uint16Array(LEAD_KEYS);
  private readonly anchored: RegExp[];
  private readonly types: EventType[];
  /** The words the scanner looks for, for a gate shared with other scanners. */
  readonly gateWords: GateWords;
  private readonly ownGate: LeadGate;

  constructor(rules: readonly TriggerRule[]) {
    if (rules.length > 16) throw new RangeError("at most 16 trigger rules");
    this.types = rules.map((r) => r.type);
    this.anchored = rules.map((r) => new RegExp(r.trigger.source, "iy"));
    rules.forEach((rule, i) => {
      for (const key of leadKeys(rule.trigger.source)) this.rulesByLead[key] |= 1 << i;
    });
    this.gateWords = { words: rules.map((r) => r.trigger.source).join("|"), digits: false };
    this.ownGate = new LeadGate([this.gateWords]);
  }

  /**
   * Every trigger in `text`, in order, none overlapping. `starts` are the places a gate holding `gateWords` found
   * (by default the scanner's own gate).
   */
  scan(text: string, starts: readonly number[] = this.ownGate.scan(text)[0]): Trigger[] {
    const triggers: Trigger[] = [];
    let from = 0;
    for (const i of starts) {
      // After a trigger, go on from its end, as a global search would.
      if (i < from) continue;
      // The gate's \b knows only ASCII letters, so a word start after "é" is checked here.
      if (i > 0 && isWordCode(text.charCodeAt(i - 1))) continue;
      // The gate has checked the lead and the character after it ("the" is let through only before "f").
      const key = leadKeyAt(text, i);
      let candidates = key < 0 ? 0 : this.rulesByLead[key];
      for (let rule = 0; candidates !== 0; rule++, candidates >>>= 1) {
        if ((candidates & 1) === 0) continue;
        const pattern = this.anchored[rule];
        pattern.lastIndex = i;
        if (!pattern.test(text)) continue;
        const end = pattern.lastIndex;
        triggers.push({ type: this.types[rule], rule, start: i, end, word: text.slice(i, end) });
        from = end;
        break;
      }
    }
    return triggers;
  }
}
