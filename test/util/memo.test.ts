import { describe, expect, it } from "vitest";
import { memoized, once } from "../../data-loaders/util/memo.ts";

describe("memoized", () => {
  it("computes each key once, null results included", () => {
    const asked: string[] = [];
    const lengthOrNull = memoized((key) => (asked.push(key), key.length > 2 ? key.length : null));
    expect([lengthOrNull("abc"), lengthOrNull("ab"), lengthOrNull("abc"), lengthOrNull("ab")]).toEqual([
      3,
      null,
      3,
      null,
    ]);
    expect(asked).toEqual(["abc", "ab"]);
  });

  it("starts afresh at its limit, and still answers right", () => {
    const asked: string[] = [];
    const upper = memoized((key) => (asked.push(key), key.toUpperCase()), 2);
    expect(["a", "b", "c", "a"].map(upper)).toEqual(["A", "B", "C", "A"]);
    expect(asked).toEqual(["a", "b", "c", "a"]);
  });
});

describe("once", () => {
  it("computes on the first call only, and not before it", () => {
    let calls = 0;
    const answer = once(() => ++calls);
    expect(calls).toBe(0);
    expect([answer(), answer(), answer()]).toEqual([1, 1, 1]);
    expect(calls).toBe(1);
  });

  it("remembers an undefined result too", () => {
    let calls = 0;
    const nothing = once(() => void calls++);
    nothing();
    nothing();
    expect(calls).toBe(1);
  });
});

describe("memoized with undefined results", () => {
  it("remembers an undefined result as well as any other", () => {
    let calls = 0;
    const nothing = memoized((): undefined => void calls++);
    expect([nothing("a"), nothing("a"), nothing("a")]).toEqual([undefined, undefined, undefined]);
    expect(calls).toBe(1);
  });
});
