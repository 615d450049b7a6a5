import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignLanes } from "../../../src/components/lib/lanes.ts";

describe("lanes", () => {
  it("assignLanes(intervals, gap) keeps intervals sharing a lane at least gap apart", () => {
    const interval = fc
      .tuple(fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.double({ min: 0, max: 500, noNaN: true }))
      .map(([left, w]) => ({ left, right: left + w }));
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 60 }), fc.integer({ min: 0, max: 20 }), (intervals, gap) => {
        const lanes = assignLanes(intervals, gap);
        for (let i = 0; i < intervals.length; i++) {
          for (let j = i + 1; j < intervals.length; j++) {
            if (lanes[i] !== lanes[j]) continue;
            const [a, b] = [intervals[i], intervals[j]];
            expect(a.right + gap <= b.left || b.right + gap <= a.left).toBe(true);
          }
        }
      }),
      { seed: 42 },
    );
  });

  it("assignLanes(intervals) fills the first lane with room, so disjoint intervals share lane 0", () => {
    expect(
      assignLanes(
        [
          { left: 0, right: 10 },
          { left: 5, right: 8 },
          { left: 20, right: 30 },
        ],
        2,
      ),
    ).toEqual([0, 1, 0]);
    expect(assignLanes([])).toEqual([]);
  });

  it("assignLanes(intervals) tolerates reversed and non-finite bounds", () => {
    expect(
      assignLanes([
        { left: 10, right: 0 },
        { left: Number.NaN, right: 5 },
        { left: 50, right: Number.POSITIVE_INFINITY },
      ]),
    ).toHaveLength(3);
  });
});
