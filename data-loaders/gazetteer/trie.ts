// The alias keys as a trie in flat typed arrays: a table of 36 children a node (a–z, 0–9), so a walk over ASCII text
// does one array load a letter instead of chasing one object per letter. Nodes are numbered depth first, so the
// letters of a name (a node and its only child) sit in neighbouring rows of the table.
import type { AliasTarget } from "./entry.ts";

export interface AliasTrie {
  /** The child of every node by slot, SLOTS a node (a–z, then 0–9), or -1. Node 0 is the root. */
  next: Int16Array | Int32Array;
  /** Each node's number of children, plus HAS_TARGETS when a key ends there. */
  info: Int32Array;
  /** Children by letters outside a–z and 0–9 (rare: "ŋ"), keyed by `node * 65536 + letter`. */
  other: Map<number, number>;
  /** What the key ending at each node names, or null. */
  targets: (AliasTarget[] | null)[];
}

/** Set in a node's `info` when a key ends there. */
export const HAS_TARGETS = 1 << 16;
export const COUNT_MASK = HAS_TARGETS - 1;
/** Slots of a node in `next`: a–z, then 0–9. */
export const SLOTS = 36;
const MAX_INT16_NODES = 32768;

interface BuildNode {
  children: Map<number, BuildNode>;
  targets: AliasTarget[] | null;
}

/** Slot of a lower-case key letter in a node's row (a–z at 0–25, digits at 26–35), or -1. */
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
  // Depth first, children in letter order.
  const order: BuildNode[] = [];
  const number = new Map<BuildNode, number>();
  const stack: BuildNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    number.set(node, order.length);
    order.push(node);
    const codes = [...node.children.keys()].sort((a, b) => b - a);
    for (const code of codes) stack.push(node.children.get(code)!);
  }
  const n = order.length;
  // 16-bit node numbers while they fit: the table then stays in a core's L2 cache (1.2 MB rather than 2.4 for the
  // 16,000 nodes of today's gazetteer), and a walk's loads are mostly misses otherwise.
  const next = (n <= MAX_INT16_NODES ? new Int16Array(n * SLOTS) : new Int32Array(n * SLOTS)).fill(-1);
  const info = new Int32Array(n);
  const other = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    info[i] = order[i].children.size | (order[i].targets ? HAS_TARGETS : 0);
    for (const [code, child] of order[i].children) {
      const slot = trieSlot(code);
      if (slot >= 0) next[i * SLOTS + slot] = number.get(child)!;
      else other.set(i * 65536 + code, number.get(child)!);
    }
  }
  return { next, info, other, targets: order.map((node) => node.targets) };
}

/** The child of `node` for a lower-case key letter, or -1. */
export function trieChild(trie: AliasTrie, node: number, code: number): number {
  const slot = trieSlot(code);
  if (slot >= 0) return trie.next[node * SLOTS + slot];
  return trie.other.get(node * 65536 + code) ?? -1;
}
