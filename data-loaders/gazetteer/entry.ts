import type { ActorKind } from "../types.ts";
import type { GenericOrganization } from "./organizations.ts";

/** A canonical actor of the gazetteer. */
export interface GazetteerEntry {
  kind: ActorKind;
  /** Canonical name. */
  name: string;
  /** For organizations: agency, hacking group, media, government, … */
  category: string | null;
  /** Canonical country the actor belongs to (a country's own name for countries). */
  country: string | null;
  /** For people: the offices they are known for, as a description. */
  role: string | null;
  aliases: string[];
  /** For people: the surname comes first (Korean and Chinese names). */
  surnameFirst: boolean;
}

/**
 * How an alias names its entry. `bare`: a surname on its own ("Trump"); `demonym`: "North Korean";
 * `capital`: a capital standing for its country ("Pyongyang"); `generic`: an office any country has
 * ("Foreign Ministry"); `none`: a place or event recognized only so that it is not misread.
 */
export type AliasForm = "name" | "bare" | "demonym" | "capital" | "generic" | "none";

export interface AliasTarget {
  form: AliasForm;
  /** Null for `none`; for `generic`, the office without a country. */
  entry: GazetteerEntry | null;
  generic: GenericOrganization | null;
  /** Key positions the alias writes upper-case. */
  upper: number[];
}
