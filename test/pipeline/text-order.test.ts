import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { byPosition, mergeInTextOrder } from "../../data-loaders/provenance/text-order.ts";
import type { FactDraft } from "../../data-loaders/types.ts";

const KINDS = ["money", "count", "date", "person", "country", "quote"] as const;

const draft = fc
  .record({ start: fc.nat(60), length: fc.nat(8), kind: fc.constantFrom(...KINDS) })
  .map(({ start, length, kind }) => ({ kind, start, end: start + length }) as FactDraft);

const positions = (list: readonly FactDraft[]) => list.map((d) => `${d.start}-${d.end}-${d.kind}`);

describe("mergeInTextOrder", () => {
  it("orders ordered and unordered lists alike, as sorting them together would", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(draft, { maxLength: 12 }), fc.boolean()), { maxLength: 6 }), (specs) => {
        // Half the lists arrive in order, as the extractors give them; the rest in any order.
        const lists = specs.map(([list, ordered]) => (ordered ? [...list].sort(byPosition) : list));
        const merged = mergeInTextOrder(lists);
        expect(positions(merged)).toEqual(positions(lists.flat().sort(byPosition)));
      }),
    );
  });

  it("keeps every draft object and leaves the input lists as they were", () => {
    const a = [{ kind: "money", start: 5, end: 9 }] as FactDraft[];
    const b = [
      { kind: "date", start: 7, end: 8 },
      { kind: "count", start: 1, end: 3 },
    ] as FactDraft[];
    const merged = mergeInTextOrder([a, b]);
    expect(merged.map((d) => d.start)).toEqual([1, 5, 7]);
    expect(merged).toContain(a[0]);
    expect(b.map((d) => d.start)).toEqual([7, 1]);
  });
});
