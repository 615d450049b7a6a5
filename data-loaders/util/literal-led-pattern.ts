// A global regex whose every alternative starts with one of a few literal strings (after a \b at most) is found
// faster by indexOf: the engine tries the pattern at every character, indexOf jumps between the places the literals
// are, and the pattern, made sticky, is tried only there. The leftmost place where it matches is the one the global
// search finds, and the sticky pattern tries its alternatives there in the same order, so the match is the same.

export class LiteralLedPattern {
  private readonly sticky: RegExp;
  // The next place of each literal, by indexOf; reused across calls (a search is not re-entered while it runs).
  private readonly next: Int32Array;

  /** `pattern`: a regex each of whose matches starts with one of `literals` (the caller vouches for it). */
  constructor(
    pattern: RegExp,
    private readonly literals: readonly string[],
  ) {
    this.sticky = new RegExp(pattern.source, pattern.flags.replace("g", "") + "y");
    this.next = new Int32Array(literals.length);
  }

  /** The first match of the pattern in `text` at or after `from`, as `pattern.exec` with lastIndex `from` finds it. */
  exec(text: string, from: number): RegExpExecArray | null {
    const { literals, next, sticky } = this;
    for (let k = 0; k < literals.length; k++) next[k] = text.indexOf(literals[k], from);
    for (;;) {
      let at = -1;
      for (let k = 0; k < next.length; k++) if (next[k] >= 0 && (at < 0 || next[k] < at)) at = next[k];
      if (at < 0) return null;
      sticky.lastIndex = at;
      const match = sticky.exec(text);
      if (match) return match;
      for (let k = 0; k < next.length; k++) if (next[k] === at) next[k] = text.indexOf(literals[k], at + 1);
    }
  }
}
