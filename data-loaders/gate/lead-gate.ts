// One pass over a text for every scanner that starts at a word or a digit: numbers, dates and event triggers. Each
// `\b(?:word|…)` alternation costs about 3 ms/MB however few words it holds (the engine tries it at every position),
// so three of them cost three times what one does. The gate's alternation holds the first three letters (the lead)
// of every client's words; a table says which clients a lead belongs to, and each client then checks its own words
// at the positions it was handed. A lead that only one character can follow ("the" of "theft") is in the alternation
// with that character: every hit costs a return from the engine, and "the" alone would hit at every article.

const LEAD = 3;
/** Letters a–z are 1–26; any white space is 27; the hyphen is 28. */
const RADIX = 29;
/** How many lead keys there are: the size of a table indexed by `leadKeyAt`. */
export const LEAD_KEYS = RADIX ** LEAD;
const MAX_CLIENTS = 8;

/** A character's digit in a lead key (see `leadKeyAt`), or -1 when it has none. */
export function slotOf(code: number): number {
  if (code >= 97 && code <= 122) return code - 96;
  if (code >= 65 && code <= 90) return code - 64;
  if (code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0) return 27;
  if (code === 45) return 28;
  return -1;
}

/** A character for each slot of `slotOf`, as `leadPattern` writes it (white space as a space). */
const SLOT_CHARS = " abcdefghijklmnopqrstuvwxyz -";

/** The table index of the lead at `i`, or -1 when one of its characters has no slot. */
export function leadKeyAt(text: string, i: number): number {
  const a = slotOf(text.charCodeAt(i));
  const b = slotOf(text.charCodeAt(i + 1));
  const c = slotOf(text.charCodeAt(i + 2));
  return a < 0 || b < 0 || c < 0 ? -1 : (a * RADIX + b) * RADIX + c;
}

// Stands for a character the pattern leaves open (\w): a word's first letters must all be fixed.
const ANY = "\u0000";

/** The first `length` characters (by default `LEAD`) of every string the pattern `source` matches (\b ignored). */
export function leadsOf(source: string, length = LEAD): Set<string> {
  let pos = 0;
  const cut = (s: string) => (s.length > length ? s.slice(0, length) : s);
  const concat = (a: Set<string>, b: Set<string>) => {
    const out = new Set<string>();
    for (const x of a) for (const y of b) out.add(x.length >= length ? x : cut(x + y));
    return out;
  };
  // One or more of `part`, as far as `length` reaches: "ab+c" begins "abc" and "abb" too.
  const repeated = (part: Set<string>) => {
    const out = new Set(part);
    let last = part;
    while (last.size > 0) {
      last = new Set([...concat(last, part)].filter((x) => !out.has(x)));
      for (const x of last) out.add(x);
    }
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
      if (quantifier === "?" || quantifier === "*" || quantifier === "+") {
        pos++;
        if (quantifier !== "?") part = repeated(part);
        if (quantifier !== "+") part = new Set([...part, ""]);
      }
      out = concat(out, part);
    }
    return out;
  }
  function atom(): Set<string> {
    const c = source[pos];
    if (source.startsWith("(?:", pos)) {
      pos += 3;
      const inner = alternation();
      if (source[pos++] !== ")") throw new SyntaxError(`unclosed group in ${source}`);
      return inner;
    }
    if (c === "[") {
      const close = source.indexOf("]", pos);
      const chars = source.slice(pos + 1, close);
      if (close < 0 || /[\\^-]/.test(chars)) throw new SyntaxError(`unsupported class in ${source}`);
      pos = close + 1;
      return new Set(chars);
    }
    if (c === "\\") {
      const escaped = source[pos + 1];
      pos += 2;
      if (escaped === "b") return new Set([""]);
      if (escaped === "s") return new Set([" "]);
      if (escaped === "w") return new Set([ANY]);
      if (/[a-zA-Z0-9]/.test(escaped)) throw new SyntaxError(`unsupported escape \\${escaped} in ${source}`);
      return new Set([escaped]);
    }
    if ("()*+?{}.^$".includes(c)) throw new SyntaxError(`unsupported syntax "${c}" in ${source}`);
    pos++;
    return new Set([c.toLowerCase()]);
  }
  const leads = alternation();
  if (pos !== source.length) throw new SyntaxError(`unbalanced pattern ${source}`);
  return leads;
}

function keyOf(lead: string, source: string): number {
  const key = lead.length === LEAD ? leadKeyAt(lead, 0) : -1;
  if (key < 0) throw new SyntaxError(`${source} must start with ${LEAD} fixed letters, not "${lead}"`);
  return key;
}

/** A lead as a regex: its white space stands for any of the characters `slotOf` files under white space. */
function leadPattern(lead: string): string {
  return lead.replace(/[ -]/g, (c) => (c === "-" ? "\\-" : "[ \\t\\n\\r\\u00a0]"));
}

export interface GateWords {
  /** A pattern (regex source) of the words a client reads; each alternative starts with three fixed letters. */
  words: string;
  /** Whether the client also reads from every digit. */
  digits: boolean;
}

/** Bit 0 of a followers mask: any character may follow the lead (a three-letter word, or \w). */
export const ANY_FOLLOWER = 1;

/**
 * For each lead of `source`, by table index: the characters that may follow it in a word of the pattern, as a mask
 * with bit `slotOf(code)` set for each, or `ANY_FOLLOWER`.
 */
export function followerMasks(source: string): Map<number, number> {
  const masks = new Map<number, number>();
  for (const prefix of leadsOf(source, LEAD + 1)) {
    const key = keyOf(prefix.slice(0, LEAD), source);
    const slot = prefix.length > LEAD ? slotOf(prefix.charCodeAt(LEAD)) : -1;
    masks.set(key, (masks.get(key) ?? 0) | (slot < 0 ? ANY_FOLLOWER : 1 << slot));
  }
  return masks;
}

/** The indices of the table entries the leads of `source` take. */
export function leadKeys(source: string): number[] {
  return [...leadsOf(source)].map((lead) => keyOf(lead, source));
}

/**
 * Finds, in one pass, where each client's words may start: word starts (as \b sees them) with one of its leads, and
 * a fourth character that one of its words has there. The fourth character turns away most hits of common words
 * that only begin a client's word: "the" (theft), "for" (forty), "thi" (thirty).
 */
export class LeadGate {
  /** For each lead key, its row in `followers`, or -1 when no client has that lead. */
  private readonly rowOfLead = new Int16Array(LEAD_KEYS).fill(-1);
  /** 1 for the leads written in the pattern with the one character that may follow them (see `withFollower`). */
  private readonly fourWide = new Uint8Array(LEAD_KEYS);
  /**
   * For each row and client (row * clients + client), the followers mask of `followerMasks`: 0 when the lead is not
   * one of the client's.
   */
  private readonly followers: number[] = [];
  private readonly digitClients: number[];
  private readonly pattern: RegExp;

  constructor(private readonly clients: readonly GateWords[]) {
    if (clients.length > MAX_CLIENTS) throw new RangeError(`at most ${MAX_CLIENTS} gate clients`);
    const leads = new Set<string>();
    clients.forEach((client, i) => {
      for (const lead of leadsOf(client.words)) leads.add(lead.toLowerCase());
      for (const [key, mask] of followerMasks(client.words))
        this.followers[this.rowOf(key) * clients.length + i] = mask;
    });
    this.digitClients = clients.flatMap((c, i) => (c.digits ? [i] : []));
    const words = `\\b(?:${[...leads].map((lead) => this.withFollower(lead)).join("|")})`;
    this.pattern = new RegExp(this.digitClients.length > 0 ? `[0-9]|${words}` : words, "gi");
  }

  /**
   * A lead's alternative: with its follower when all clients agree on a single one and the lead is three letters
   * (then no lead of three can end where it does, which is how `scan` tells the two apart), else the lead alone.
   */
  private withFollower(lead: string): string {
    const key = leadKeyAt(lead, 0);
    let mask = 0;
    for (let i = 0; i < this.clients.length; i++) mask |= this.followers[this.rowOfLead[key] * this.clients.length + i];
    const only = 31 - Math.clz32(mask);
    if (!/^[a-z]{3}$/.test(lead) || mask !== 1 << only || mask === ANY_FOLLOWER) return leadPattern(lead);
    this.fourWide[key] = 1;
    return leadPattern(lead + SLOT_CHARS[only]);
  }

  /** The row of a lead key, made when the key has none yet. */
  private rowOf(key: number): number {
    if (this.rowOfLead[key] < 0) {
      this.rowOfLead[key] = this.followers.length / this.clients.length;
      for (let i = 0; i < this.clients.length; i++) this.followers.push(0);
    }
    return this.rowOfLead[key];
  }

  /**
   * For each client, in text order: the positions of every digit, when it reads digits, and of every word start
   * whose first three characters, in any case, are a lead of its words, followed by a character some word of the
   * client has after that lead (see `followerMasks`).
   */
  scan(text: string): number[][] {
    const found = this.clients.map((): number[] => []);
    const width = this.clients.length;
    const digitClients = this.digitClients;
    const pattern = this.pattern;
    pattern.lastIndex = 0;
    // test() leaves lastIndex after the hit without building a match array.
    while (pattern.test(text)) {
      const end = pattern.lastIndex;
      const last = text.charCodeAt(end - 1);
      if (last >= 48 && last <= 57) {
        for (const client of digitClients) found[client].push(end - 1);
        continue;
      }
      // Four wide when the four characters before `end` are a four-wide lead (three letters) and its follower: a lead
      // of three ending at `end` would need a word boundary between two letters. (At the text's start `i` is -1, where
      // `leadKeyAt` gives -1.)
      let i = end - LEAD - 1;
      let key = leadKeyAt(text, i);
      if (key < 0 || this.fourWide[key] === 0) {
        i = end - LEAD;
        key = leadKeyAt(text, i);
      }
      // A lead may hold a space ("a s"): the next word can start inside it.
      pattern.lastIndex = i + 1;
      const row = key < 0 ? -1 : this.rowOfLead[key];
      if (row < 0) continue;
      const follower = 1 << slotOf(text.charCodeAt(i + LEAD));
      for (let client = 0; client < width; client++) {
        const mask = this.followers[row * width + client];
        // slotOf gives -1 for a character no word has there; 1 << -1 is the sign bit, which no mask holds.
        if ((mask & ANY_FOLLOWER) !== 0 || (mask & follower) !== 0) found[client].push(i);
      }
    }
    return found;
  }
}
