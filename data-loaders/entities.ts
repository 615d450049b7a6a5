import type { ActorFact, Fact } from "./types.ts";
import { groupBy } from "./util/group-by.ts";

export interface EntityRecord {
  name: string;
  kind: ActorFact["kind"];
  category: string | null;
  country: string | null;
  roles: string[];
  mentions: number;
  docs: string[];
  /** Ids of the facts that mention it. */
  facts: string[];
}

/** People, organizations and countries with every document and role the text gives them. */
export function entitiesOf(facts: readonly Fact[]): EntityRecord[] {
  const actors = facts.filter(
    (f): f is ActorFact => f.kind === "person" || f.kind === "organization" || f.kind === "country",
  );
  const groups = groupBy(actors, (a) => `${a.kind}\u0000${a.value}`);
  return [...groups.values()]
    .map((mentions) => {
      const first = mentions[0];
      return {
        name: first.value,
        kind: first.kind,
        category: mentions.find((m) => m.category)?.category ?? null,
        country: mentions.find((m) => m.country)?.country ?? null,
        roles: [...new Set(mentions.flatMap((m) => (m.role ? [m.role] : [])))],
        mentions: mentions.length,
        docs: [...new Set(mentions.map((m) => m.doc))],
        facts: mentions.map((m) => m.id),
      };
    })
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}
