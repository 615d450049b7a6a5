// The alias keys as a trie in flat typed arrays. Children of a node are numbered consecutively, so a walk reads a
// few hundred kilobytes of arrays that stay in cache instead of chasing one object per letter.
import type { AliasTarget } from "./entry.ts";

export interface AliasTrie {
  /** The key letter (a lower-case code unit) leading into each node; node 0 is the root. */
  letter: Uint16Array;
  /** First child of each node; a node's children are numbered consecutively, in letter order. */
  firstChild: Int32Array;
  childCount: Uint16Array;
  /** For nodes with many children: offset into `dense` of 36 slots (a–z, then 0–9), else -1. */
  denseAt: Int32Array;
  /** Child of a dense node by slot, or -1. */
  dense: Int32Array;
  /** What the key ending at each node names, or null. */
  targets: (AliasTarget[] | null)[];
}

// Nodes with more children than this get a direct table; the others are searched letter by letter.
const DENSE_FROM = 5;

interface BuildNode {
  children: Map<number, BuildNode>;
  targets: AliasTarget[] | null;
}

/** Slot of a lower-case key letter in a dense table (a–z at 0–25, digits at 26–35), or -1. */
export function trieSlot(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return code - 22;
  return -1;
}

/** Flattens alias keys (lower-case, as `nameKey` gives them) and their targets into an `AliasTrie`. */
export function buildAliasTrie(index: ReadonlyMap<string, AliasTarget[]>): AliasTrie {
  const root: BuildNode = { children: new Map(), targets: null };
  for (const [key, targets] of index) {
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let child = node.children.get(code);
      if (!child) {
        child = { children: new Map(), targets: null };
        node.children.set(code, child);
      }
      node = child;
    }
    node.targets = targets;
  }
  // Breadth first, so that each node's children get consecutive numbers.
  const order: BuildNode[] = [root];
  const letters: number[] = [0];
  const first: number[] = [];
  for (let i = 0; i < order.length; i++) {
    first.push(order.length);
    for (const code of [...order[i].children.keys()].sort((a, b) => a - b)) {
      order.push(order[i].children.get(code)!);
      letters.push(code);
    }
  }
  const n = order.length;
  const trie: AliasTrie = {
    letter: Uint16Array.from(letters),
    firstChild: Int32Array.from(first),
    childCount: Uint16Array.from(order, (node) => node.children.size),
    denseAt: new Int32Array(n).fill(-1),
    dense: new Int32Array(0),
    targets: order.map((node) => node.targets),
  };
  const dense: number[] = [];
  for (let i = 0; i < n; i++) {
    if (trie.childCount[i] < DENSE_FROM) continue;
    const base = dense.length;
    trie.denseAt[i] = base;
    for (let s = 0; s < 36; s++) dense.push(-1);
    for (let c = first[i]; c < first[i] + trie.childCount[i]; c++) {
      const slot = trieSlot(letters[c]);
      if (slot >= 0) dense[base + slot] = c;
    }
  }
  trie.dense = Int32Array.from(dense);
  return trie;
}

/** The child of `node` for a lower-case key letter, or -1. */
export function trieChild(trie: AliasTrie, node: number, code: number): number {
  const base = trie.denseAt[node];
  if (base >= 0) {
    const slot = trieSlot(code);
    if (slot >= 0) return trie.dense[base + slot];
  }
  const end = trie.firstChild[node] + trie.childCount[node];
  for (let c = trie.firstChild[node]; c < end; c++) if (trie.letter[c] === code) return c;
  return -1;
}
