// English plural nouns → singular, for count units ("missiles" → "missile", "allies" → "ally").

const IRREGULAR: Record<string, string> = {
  people: "person",
  men: "man",
  women: "woman",
  children: "child",
  feet: "foot",
  teeth: "tooth",
  mice: "mouse",
  geese: "goose",
  criteria: "criterion",
  phenomena: "phenomenon",
  analyses: "analysis",
  crises: "crisis",
  theses: "thesis",
  diagnoses: "diagnosis",
  hypotheses: "hypothesis",
  bases: "base",
  thieves: "thief",
  wives: "wife",
  knives: "knife",
  lives: "life",
  wolves: "wolf",
  halves: "half",
  leaves: "leaf",
  shelves: "shelf",
  selves: "self",
  loaves: "loaf",
  calves: "calf",
  aircraft: "aircraft",
  spacecraft: "spacecraft",
  personnel: "personnel",
  police: "police",
  staff: "staff",
  crew: "crew",
  cattle: "cattle",
  sheep: "sheep",
  fish: "fish",
  deer: "deer",
  offspring: "offspring",
  series: "series",
  species: "species",
  headquarters: "headquarters",
  means: "means",
  data: "data",
};

/** Nouns that are plural without ending in "s"; a count may end on them ("200 people", "12 aircraft"). */
export const PLURALS_WITHOUT_S: ReadonlySet<string> = new Set(
  Object.keys(IRREGULAR).filter((w) => !w.endsWith("s") || w === "series" || w === "species"),
);

// "-oes" plurals whose singular ends in "o"; the rest keep "oe" ("shoes", "foes").
const O_PLURALS = new Set([
  "heroes",
  "vetoes",
  "torpedoes",
  "echoes",
  "potatoes",
  "tomatoes",
  "cargoes",
  "embargoes",
  "volcanoes",
  "mosquitoes",
  "tornadoes",
  "mangoes",
]);
// "-ies" words whose singular keeps "ie".
const IE_SINGULARS = new Set(["movies", "cookies", "zombies", "calories", "rookies", "selfies", "prairies", "hoodies"]);
// "-ches" words whose singular ends in "che".
const CHE_SINGULARS = new Set(["headaches", "caches", "niches", "avalanches", "moustaches", "psyches"]);

// Singular nouns that end in "men" like the plurals "gunmen", "servicemen".
const MEN_SINGULARS = new Set([
  "specimen",
  "regimen",
  "abdomen",
  "stamen",
  "hymen",
  "acumen",
  "albumen",
  "bitumen",
  "cyclamen",
  "omen",
  "amen",
  "semen",
  "rumen",
  "lumen",
]);

/**
 * Whether a lower-case word ending in "men" is the plural of a "-man" noun.
 * @example isMenPlural("gunmen") // → true; isMenPlural("specimen") // → false
 */
export function isMenPlural(word: string): boolean {
  return word.length > 4 && word.endsWith("men") && !MEN_SINGULARS.has(word);
}

/**
 * The singular of a lower-case English noun; words that are not plural come back unchanged.
 * @example singularize("allies") // → "ally"
 */
export function singularize(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (isMenPlural(word)) return `${word.slice(0, -3)}man`;
  if (!word.endsWith("s") || word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) return word;
  if (word.endsWith("ies") && word.length > 4)
    return IE_SINGULARS.has(word) ? word.slice(0, -1) : `${word.slice(0, -3)}y`;
  if (word.endsWith("ies")) return word.slice(0, -1);
  if (word.endsWith("oes")) return O_PLURALS.has(word) ? word.slice(0, -2) : word.slice(0, -1);
  if (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("zzes") || word.endsWith("shes"))
    return word.slice(0, -2);
  if (word.endsWith("ches")) return CHE_SINGULARS.has(word) ? word.slice(0, -1) : word.slice(0, -2);
  return word.slice(0, -1);
}
