import type { Amount, EventRecord, TargetType } from "../types.ts";
import { memoized } from "../util/memo.ts";

const SCALES: [number, string][] = [
  [1e12, "trillion"],
  [1e9, "billion"],
  [1e6, "million"],
];

/** `v` in units of `scale`, to two decimals at most: 235000000 in millions is "235". */
function inScale(v: number, scale: number): string {
  return String(Math.round((v / scale) * 100) / 100);
}

/** "235 million USD", "300–550 million USD". */
export function formatAmount(amount: Pick<Amount, "value" | "high" | "unit" | "qualifier">): string {
  const [scale, word] = SCALES.find(([s]) => Math.abs(amount.value) >= s) ?? [1, ""];
  const low = inScale(amount.value, scale);
  const number = amount.high !== null ? `${low}–${inScale(amount.high, scale)}` : low;
  return [amount.qualifier, number, word, amount.unit].filter(Boolean).join(" ");
}

/** "launch" → "launches", "missile" → "missiles", "entity" → "entities", "company or bank" → "companies or banks". */
export function plural(noun: string, n: number): string {
  if (n === 1) return noun;
  if (noun.includes(" or "))
    return noun
      .split(" or ")
      .map((part) => plural(part, n))
      .join(" or ");
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return /(?:s|x|ch|sh)$/.test(noun) ? `${noun}es` : `${noun}s`;
}

// A unit's words are few ("ballistic", "missile", "icbm"): each one's pattern is compiled once.
const acronymPattern = memoized((upper: string) => {
  const escaped = upper.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
  return new RegExp(`\\b${escaped}s?\\b`);
});

/** `unit` with the words its text writes as acronyms in capitals: "icbm" of "fired five ICBMs" reads "ICBM". */
function inTextCase(unit: string, text: string): string {
  return unit
    .split(" ")
    .map((word) => {
      const upper = word.toUpperCase();
      if (word.length < 2 || upper === word) return word;
      return acronymPattern(upper).test(text) ? upper : word;
    })
    .join(" ");
}

const TARGET_WORDS: Record<TargetType, [string, string]> = {
  individual: ["individual", "individuals"],
  entity: ["entity", "entities"],
  "individual or entity": ["individual or entity", "individuals or entities"],
  vessel: ["vessel", "vessels"],
  group: ["group", "groups"],
  aircraft: ["aircraft", "aircraft"],
};

export function formatTargets(targets: Partial<Record<TargetType, number>>): string {
  return (Object.entries(targets) as [TargetType, number][])
    .map(([type, n]) => `${n} ${TARGET_WORDS[type][n === 1 ? 0 : 1]}`)
    .join(" and ");
}

/** "United States, Japan and South Korea". */
function listed(names: readonly string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : (names[0] ?? "");
}

/** One line describing an event, generated from its fields. */
export function summarize(event: Omit<EventRecord, "summary" | "id">): string {
  const actor = event.actor ?? "Unattributed";
  const d = event.details;
  switch (event.type) {
    case "theft":
      return `${actor === "Unattributed" ? "Theft" : `${actor}: theft`} of ${event.amount ? formatAmount(event.amount) : "an unknown amount"}${d.victim ? ` from ${d.victim}` : ""}`;
    case "missile-launch": {
      const c = event.count;
      const count = c
        ? `${c.qualifier ? `${c.qualifier} ` : ""}${c.value} ${plural(inTextCase(c.unit, event.quote), c.value)}`
        : `${d.missile ?? "missile"} launches`;
      const cost = event.amount ? `, costing ${formatAmount(event.amount)}` : "";
      return `${actor}: ${count}${event.count?.unit === "launch" ? ` of ${d.missile}s` : ""}${cost}`;
    }
    case "designation": {
      const verb = d.status === "proposed" ? "proposed sanctions on" : "designated";
      const targets = event.targets ? formatTargets(event.targets) : "targets";
      // "7 entities (banks)" says what the text called them; "3 entities (entities)" says nothing more.
      const called = d.targetNoun && event.count ? plural(d.targetNoun, event.count.value) : "";
      const noun = called && !targets.endsWith(called) ? ` (${called})` : "";
      const names = event.targetNames.length ? ` (${event.targetNames.join(", ")})` : noun;
      const who = event.participants.length > 1 ? listed(event.participants) : actor;
      return `${who} ${verb} ${targets}${names}`;
    }
    case "nuclear-test":
      return `${actor}: ${d.ordinal ? `nuclear test no. ${d.ordinal}` : "nuclear test"}`;
    case "meeting":
      return `${d.kind ?? "Meeting"}${d.place ? ` in ${d.place}` : ""}${event.participants.length ? `: ${event.participants.join(", ")}` : ""}`;
    case "statement":
      return `Statement by ${actor}`;
    case "vote": {
      const at = event.actor ? ` at the ${event.actor}` : "";
      const cast = d.position === "abstained" ? "abstained" : `voted ${d.position}`;
      const voters = d.position && event.participants.length ? `: ${event.participants.join(" and ")} ${cast}` : "";
      return `Vote${at}${voters}`;
    }
    case "veto":
      return `Veto by ${actor}`;
    case "treaty":
      return `${actor} ${d.action ?? "acted on"} ${d.instrument ?? "a treaty"}`;
  }
}
