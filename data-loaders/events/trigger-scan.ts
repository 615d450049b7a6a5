// Finds the trigger words of every event rule in one pass over a text. A trigger starts a word, so the scan finds the
// words that start with some trigger's first three letters (one alternation of those leads: the regex engine runs it in
// half the time a JavaScript loop over the characters took), looks the lead up in a table of the rules
// whose triggers can start that way, and runs only those rules' patterns, anchored there. One case-insensitive
// alternation of the whole triggers cost four times as much: the engine tries every full pattern at every position.
import type { EventType } from "../types.ts";
import type { Trigger } from "./rule.ts";

const LEAD = 3;
/** Letters a–z are 1–26; any white space is 27; the hyphen is 28. */
const RADIX = 29;

function slotOf(code: number): number {
  if (code >= 97 && code <= 122) return code - 96;
  if (code >= 65 && code <= 90) return code - 64;
  if (code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0) return 27;
  if (code === 45) return 28;
  return -1;
}

// Stands for a character the pattern leaves open (\w): a trigger's first letters must all be fixed.
const ANY = "\u0000";

/** The first `LEAD` characters of every string the pattern `source` matches (\b ignored). */
export function leadsOf(source: string): Set<string> {
  let pos = 0;
  const cut = (s: string) => (s.length > LEAD ? s.slice(0, LEAD) : s);
  const concat = (a: Set<string>, b: Set<string>) => {
    const out = new Set<string>();
    for (const x of a) for (const y of b) out.add(x.length >= LEAD ? x : cut(x + y));
    return out;
  };
  function alternation(): Set<string> {
    const out = sequence();
    while (source[pos] === "|") {
      pos++;
      for (const s of sequence()) out.add(s);
    }
    return out;
  }
  function sequence(): Set<string> {
    let out = new Set([""]);
    while (pos < source.length && source[pos] !== "|" && source[pos] !== ")") {
      let part = atom();
      const quantifier = source[pos];
      if (quantifier === "?" || quantifier === "*") {
        pos++;
        part = new Set([...part, ""]);
      } else if (quantifier === "+") pos++;
      out = concat(out, part);
    }
    return out;
  }
  function atom(): Set<string> {
    const c = source[pos];
    if (source.startsWith("(?:", pos)) {
      pos += 3;
      const inner = alternation();
      if (source[pos++] !== ")") throw new SyntaxError(`unclosed group in trigger ${source}`);
      return inner;
    }
    if (c === "[") {
      const close = source.indexOf("]", pos);
      const chars = source.slice(pos + 1, close);
      if (close < 0 || /[\\^-]/.test(chars)) throw new SyntaxError(`unsupported class in trigger ${source}`);
      pos = close + 1;
      return new Set(chars);
    }
    if (c === "\\") {
      const escaped = source[pos + 1];
      pos += 2;
      if (escaped === "b") return new Set([""]);
      if (escaped === "s") return new Set([" "]);
      if (escaped === "w") return new Set([ANY]);
      if (/[a-zA-Z0-9]/.test(escaped)) throw new SyntaxError(`unsupported escape \\${escaped} in trigger ${source}`);
      return new Set([escaped]);
    }
    if ("()*+?{}.^$".includes(c)) throw new SyntaxError(`unsupported syntax "${c}" in trigger ${source}`);
    pos++;
    return new Set([c.toLowerCase()]);
  }
  const leads = alternation();
  if (pos !== source.length) throw new SyntaxError(`unbalanced trigger ${source}`);
  return leads;
}

function keyOf(lead: string, source: string): number {
  let key = 0;
  for (let i = 0; i < LEAD; i++) {
    const slot = i < lead.length ? slotOf(lead.charCodeAt(i)) : -1;
    if (slot < 0) throw new SyntaxError(`trigger ${source} must start with ${LEAD} fixed letters, not "${lead}"`);
    key = key * RADIX + slot;
  }
  return key;
}

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

/** A lead as a regex: its white space stands for any of the characters `slotOf` files under white space. */
function leadPattern(lead: string): string {
  return lead.replace(/[ -]/g, (c) => (c === "-" ? "\\-" : "[ \\t\\n\\r\\u00a0]"));
}

export interface TriggerRule {
  type: EventType;
  /** The words that announce the event; each alternative starts with three fixed letters. */
  trigger: RegExp;
}

/** Finds the triggers of a list of rules; where two rules match at one place, the earlier rule wins. */
export class TriggerScanner {
  private readonly rulesByLead = new Uint16Array(RADIX ** LEAD);
  private readonly anchored: RegExp[];
  private readonly types: EventType[];
  /** Finds the words that start with a lead of some rule; the table above says which. */
  private readonly gate: RegExp;

  constructor(rules: readonly TriggerRule[]) {
    if (rules.length > 16) throw new RangeError("at most 16 trigger rules");
    this.types = rules.map((r) => r.type);
    this.anchored = rules.map((r) => new RegExp(r.trigger.source, "iy"));
    const leads = new Set<string>();
    rules.forEach((rule, i) => {
      for (const lead of leadsOf(rule.trigger.source)) {
        this.rulesByLead[keyOf(lead, rule.trigger.source)] |= 1 << i;
        leads.add(lead);
      }
    });
    this.gate = new RegExp(`\\b(?:${[...leads].map(leadPattern).join("|")})`, "gi");
  }

  /** Every trigger in `text`, in order, none overlapping. */
  scan(text: string): Trigger[] {
    const triggers: Trigger[] = [];
    const gate = this.gate;
    gate.lastIndex = 0;
    // test() leaves lastIndex after the lead; the regex's \b knows only ASCII letters, so a word start after "é" is
    // checked here.
    while (gate.test(text)) {
      const i = gate.lastIndex - LEAD;
      // A lead may hold a space ("a s"): the next word can start inside it.
      gate.lastIndex = i + 1;
      if (i > 0 && isWordCode(text.charCodeAt(i - 1))) continue;
      const a = slotOf(text.charCodeAt(i));
      const b = slotOf(text.charCodeAt(i + 1));
      const c = slotOf(text.charCodeAt(i + 2));
      if (a < 0 || b < 0 || c < 0) continue;
      let candidates = this.rulesByLead[(a * RADIX + b) * RADIX + c];
      for (let rule = 0; candidates !== 0; rule++, candidates >>>= 1) {
        if ((candidates & 1) === 0) continue;
        const pattern = this.anchored[rule];
        pattern.lastIndex = i;
        if (!pattern.test(text)) continue;
        const end = pattern.lastIndex;
        triggers.push({ type: this.types[rule], start: i, end, word: text.slice(i, end) });
        // Go on after the trigger, as a global search would.
        gate.lastIndex = end;
        break;
      }
    }
    return triggers;
  }
}
