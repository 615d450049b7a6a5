// The alias keys as a trie in flat typed arrays: a table of 36 children a node (a–z, 0–9), so a walk over ASCII text
// does one array load a letter instead of chasing one object per letter. Children of a node are also numbered
// consecutively, for the rare letters outside the table ("ŋ").
import type { AliasTarget } from "./entry.ts";

export interface AliasTrie {
  /**
   * Two numbers per node (node 0 is the root): its first child (a node's children are numbered consecutively, in
   * letter order) and its number of children plus HAS_TARGETS.
   */
  nodes: Int32Array;
  /** The key letter (a lower-case code unit) leading into each node. */
  letter: Uint16Array;
  /**
   * The child of every node by slot, 36 slots a node (a–z, then 0–9), or -1: the table a walk over ASCII text reads,
   * one load a letter.
   */
  next: Int32Array;
  /** What the key ending at each node names, or null. */
  targets: (AliasTarget[] | null)[];
}

export const NODE_SIZE = 2;
export const FIRST_CHILD = 0;
export const COUNT = 1;
/** Set in a node's COUNT when a key ends there. */
export const HAS_TARGETS = 1 << 16;
export const COUNT_MASK = HAS_TARGETS - 1;
/** Slots of a node in `next`: a–z, then 0–9. */
export const SLOTS = 36;

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
  const next = new Int32Array(n * SLOTS).fill(-1);
  for (let i = 0; i < n; i++) {
    const count = order[i].children.size;
    nodes[i * NODE_SIZE + FIRST_CHILD] = first[i];
    nodes[i * NODE_SIZE + COUNT] = count | (order[i].targets ? HAS_TARGETS : 0);
    for (let c = first[i]; c < first[i] + count; c++) {
      const slot = trieSlot(letters[c]);
      if (slot >= 0) next[i * SLOTS + slot] = c;
    }
  }
  return { nodes, letter: Uint16Array.from(letters), next, targets: order.map((node) => node.targets) };
}

/** The child of `node` for a lower-case key letter, or -1. */
export function trieChild(trie: AliasTrie, node: number, code: number): number {
  const slot = trieSlot(code);
  if (slot >= 0) return trie.next[node * SLOTS + slot];
  const first = trie.nodes[node * NODE_SIZE + FIRST_CHILD];
  const end = first + (trie.nodes[node * NODE_SIZE + COUNT] & COUNT_MASK);
  for (let c = first; c < end; c++) if (trie.letter[c] === code) return c;
  return -1;
}
