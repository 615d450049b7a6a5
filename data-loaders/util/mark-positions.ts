/**
 * Where any of the one-character `marks` stands in `text`, in order. One indexOf run a mark, merged as they go into a
 * plain array: faster than a regex class over every character, and than sorting the runs afterwards.
 * @example markPositions("Yes. No!\n", [".", "!", "\n"]) // [3, 7, 8]
 */
export function markPositions(text: string, marks: readonly string[]): number[] {
  const next = marks.map((mark) => text.indexOf(mark));
  const found: number[] = [];
  for (;;) {
    let m = -1;
    for (let i = 0; i < next.length; i++) if (next[i] >= 0 && (m < 0 || next[i] < next[m])) m = i;
    if (m < 0) return found;
    found.push(next[m]);
    next[m] = text.indexOf(marks[m], next[m] + 1);
  }
}
