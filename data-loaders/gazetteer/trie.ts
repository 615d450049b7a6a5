// The alias keys as a trie in flat typed arrays. Children of a node are numbered consecutively, so a walk reads a
// few hundred kilobytes of arrays that stay in cache instead of chasing one object per letter.
import type { AliasTarget } from "./entry.ts";

export interface AliasTrie {
  /**
   * Four numbers per node (node 0 is the root), read together: the offset of its table in `dense` (-1 when its
   * children are searched one by one), its first child (children are numbered consecutively, in letter order), its
   * number of children plus HAS_TARGETS, and the letter of its only child (-1 when it has none or several).
   */
  nodes: Int32Array;
  /** The key letter (a lower-case code unit) leading into each node. */
  letter: Uint16Array;
  /** Child of a dense node by slot (a–z, then 0–9), or -1. */
  dense: Int32Array;
  /** What the key ending at each node names, or null. */
  targets: (AliasTarget[] | null)[];
}

export const NODE_SIZE = 4;
export const DENSE_AT = 0;
export const FIRST_CHILD = 1;
export const COUNT = 2;
export const ONLY_LETTER = 3;
/** Set in a node's COUNT when a key ends there. */
export const HAS_TARGETS = 1 << 16;
export const COUNT_MASK = HAS_TARGETS - 1;

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
  const nodes = new Int32Array(n * NODE_SIZE);
  const dense: number[] = [];
  for (let i = 0; i < n; i++) {
    const count = order[i].children.size;
    const at = i * NODE_SIZE;
    nodes[at + DENSE_AT] = -1;
    nodes[at + FIRST_CHILD] = first[i];
    nodes[at + COUNT] = count | (order[i].targets ? HAS_TARGETS : 0);
    nodes[at + ONLY_LETTER] = count === 1 ? letters[first[i]] : -1;
    if (count < DENSE_FROM) continue;
    const base = dense.length;
    nodes[at + DENSE_AT] = base;
    for (let s = 0; s < 36; s++) dense.push(-1);
    for (let c = first[i]; c < first[i] + count; c++) {
      const slot = trieSlot(letters[c]);
      if (slot >= 0) dense[base + slot] = c;
    }
  }
  return {
    nodes,
    letter: Uint16Array.from(letters),
    dense: Int32Array.from(dense),
    targets: order.map((node) => node.targets),
  };
}

/** The child of `node` for a lower-case key letter, or -1. */
export function trieChild(trie: AliasTrie, node: number, code: number): number {
  const at = node * NODE_SIZE;
  const base = trie.nodes[at + DENSE_AT];
  if (base >= 0) {
    const slot = trieSlot(code);
    if (slot >= 0) return trie.dense[base + slot];
  }
  const first = trie.nodes[at + FIRST_CHILD];
  const end = first + (trie.nodes[at + COUNT] & COUNT_MASK);
  for (let c = first; c < end; c++) if (trie.letter[c] === code) return c;
  return -1;
}
