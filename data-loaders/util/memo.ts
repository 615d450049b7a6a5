/**
 * `compute` remembered by key: each key is computed once. Keys come from article text, so the memory starts afresh
 * once it holds `limit` of them rather than grow without end over a large corpus.
 */
export function memoized<V>(compute: (key: string) => V, limit = 4096): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    // One lookup for a hit: only a remembered undefined needs the second.
    const hit = known.get(key);
    if (hit !== undefined || known.has(key)) return hit as V;
    if (known.size >= limit) known.clear();
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}

/** `compute` run the first time its value is asked for, and only then. */
export function once<V>(compute: () => V): () => V {
  let done = false;
  let value: V;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}
