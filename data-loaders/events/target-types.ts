import type { TargetType } from "../types.ts";
import { memoized } from "../util/memo.ts";

// Nouns a designation counts, by the kind of target they denote. Matched on the head noun of a count's unit.
const HEAD_NOUNS: Record<Exclude<TargetType, "individual or entity">, readonly string[]> = {
  individual: [
    "individual",
    "national",
    "person",
    "people",
    "official",
    "executive",
    "banker",
    "representative",
    "citizen",
    "agent",
    "operative",
    "hacker",
    "worker",
    "facilitator",
    "member",
    "leader",
    "officer",
    "broker",
    "trader",
    "diplomat",
  ],
  entity: [
    "organization",
    "organisation",
    "institution",
    "company",
    "companies",
    "business",
    "bank",
    "firm",
    "entity",
    "corporation",
    "enterprise",
    "exchange",
    "mixer",
    "agency",
    "association",
    "office",
    "front",
    "subsidiary",
    "service",
  ],
  vessel: ["vessel", "ship", "tanker", "boat", "freighter", "carrier"],
  group: ["group", "network", "unit", "team", "syndicate", "cell"],
  aircraft: ["aircraft", "plane", "airplane", "jet"],
};

// Modifiers that turn a word for an organization into a group of people acting together.
const GROUP_MODIFIERS = /\b(hacking|hacker|cyber|threat|criminal|espionage|apt)\b/;

const BY_HEAD = new Map<string, TargetType>(
  (Object.entries(HEAD_NOUNS) as [TargetType, readonly string[]][]).flatMap(([type, nouns]) =>
    nouns.map((noun) => [noun, type] as const),
  ),
);

// Asked of every count in every sentence that may hold a designation; a corpus counts a few hundred kinds of thing.
/**
 * The target type a counted noun denotes in a designation: "nationals" → individual,
 * "institutions" → entity, "hacking organizations" → group; null when it is no target. A count of two nouns
 * ("individual or entity", from "60 individuals and entities") has their common type, or "individual or entity".
 */
export const targetTypeOf: (unit: string) => TargetType | null = memoized(typeOfUnit);

function typeOfUnit(unit: string): TargetType | null {
  if (!unit.includes(" or ")) return typeOfNoun(unit);
  const types = new Set(unit.split(" or ").map(typeOfNoun));
  if (types.size === 1) return [...types][0];
  return types.size === 2 && types.has("individual") && types.has("entity") ? "individual or entity" : null;
}

function typeOfNoun(unit: string): TargetType | null {
  const words = unit.toLowerCase().split(/\s+/);
  const head = words.at(-1) ?? "";
  const type = BY_HEAD.get(head) ?? BY_HEAD.get(head.replace(/s$/, "")) ?? null;
  if ((type === "entity" || type === "group") && GROUP_MODIFIERS.test(words.slice(0, -1).join(" "))) return "group";
  return type;
}
