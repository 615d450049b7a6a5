import { describe, expect, it } from "vitest";
import type { AliasTarget } from "../../data-loaders/gazetteer/entry.ts";
import { buildAliasTrie, HAS_TARGETS, trieChild, type AliasTrie } from "../../data-loaders/gazetteer/trie.ts";

const target = { form: "none" } as unknown as AliasTarget;

/** The node a key ends at, or -1. */
function walk(trie: AliasTrie, key: string): number {
  let node = 0;
  for (let i = 0; i < key.length && node >= 0; i++) node = trieChild(trie, node, key.charCodeAt(i));
  return node;
}

/** `count` keys of `length` letters and digits that share no more than their first letters by chance. */
function keys(count: number, length: number): string[] {
  const letters = "abcdefghijklmnopqrstuvwxyz0123456789";
  let seed = 7;
  return Array.from({ length: count }, () =>
    Array.from({ length }, () => letters[(seed = (seed * 48271) % 2147483647) % letters.length]).join(""),
  );
}

describe("buildAliasTrie", () => {
  it("finds every key of a small trie, and no prefix that is not a key", () => {
    const trie = buildAliasTrie(
      new Map([
        ["kim", [target]],
        ["kimjongun", [target]],
        ["ŋa", [target]],
      ]),
    );
    for (const key of ["kim", "kimjongun", "ŋa"]) expect(trie.info[walk(trie, key)] & HAS_TARGETS).toBe(HAS_TARGETS);
    expect(trie.info[walk(trie, "kimjong")] & HAS_TARGETS).toBe(0);
    expect(walk(trie, "lee")).toBe(-1);
  });

  it("keeps node numbers right past what 16 bits hold", () => {
    const many = keys(4000, 12);
    const trie = buildAliasTrie(new Map(many.map((k) => [k, [target]])));
    expect(trie.info.length).toBeGreaterThan(32768);
    for (const key of many) expect(trie.info[walk(trie, key)] & HAS_TARGETS).toBe(HAS_TARGETS);
  });
});
