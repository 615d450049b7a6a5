// Greedy lane layout: the simplest way to keep labels from overlapping on a time axis.

export interface Interval {
  left: number;
  right: number;
}

/**
 * A lane number for each interval (in input order) such that intervals sharing a lane are at least `gap`
 * apart. Intervals are placed left to right, each in the first lane with room (first-fit).
 */
export function assignLanes(intervals: readonly Interval[], gap = 0): number[] {
  const safe = intervals.map(({ left, right }) => {
    const l = Number.isFinite(left) ? left : 0;
    const r = Number.isFinite(right) ? right : l;
    return { left: Math.min(l, r), right: Math.max(l, r) };
  });
  const order = safe
    .map((_, i) => i)
    .sort((a, b) => safe[a].left - safe[b].left || safe[a].right - safe[b].right || a - b);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(intervals.length);
  for (const i of order) {
    const { left, right } = safe[i];
    let lane = laneEnds.findIndex((end) => end + gap <= left);
    if (lane < 0) lane = laneEnds.push(right) - 1;
    else laneEnds[lane] = right;
    lanes[i] = lane;
  }
  return lanes;
}
