// Which words between a number and its noun belong in the count's unit. "23 ballistic missiles" keeps
// "ballistic"; "six North Korean individuals" and "three major hacking organizations" drop the
// nationality and the evaluative adjective, so units from different articles compare.
import { lowerCase } from "../util/lower-case.ts";

const GENERIC_ADJECTIVES = [
  "more", "other", "new", "additional", "major", "senior", "top", "key", "further", "extra", "different",
  "separate", "total", "recent", "latest", "former", "current", "known", "such", "same", "similar", "various",
  "main", "big", "large", "small", "young", "old", "local", "foreign", "international", "fellow", "own", "entire",
  "whole", "last", "next", "previous", "remaining", "existing", "following", "leading", "ongoing", "upcoming",
  "outstanding", "important", "significant", "prominent", "notable", "certain", "specific", "particular",
  "respective", "possible", "potential", "likely", "so-called", "high-level", "low-level", "mid-level",
  "high-ranking", "senior-level", "top-level", "alleged", "suspected", "reported", "confirmed", "named",
  "unnamed", "identified", "unidentified", "individual", "distinct", "unique", "actual", "real", "overall",
  "combined", "consecutive", "successive", "straight", "whopping", "mere", "full", "estimated", "approximately", "roughly", "nearly", "just", "very", "so", "too",
]; // prettier-ignore

const NATIONALITIES = [
  "north", "south", "east", "west", "northern", "southern", "eastern", "western", "afghan", "albanian",
  "algerian", "american", "angolan", "argentine", "argentinian", "armenian", "australian", "austrian",
  "azerbaijani", "bahraini", "bangladeshi", "belarusian", "belgian", "bolivian", "bosnian", "brazilian",
  "british", "bulgarian", "burmese", "cambodian", "cameroonian", "canadian", "chilean", "chinese", "colombian",
  "congolese", "croatian", "cuban", "cypriot", "czech", "danish", "dutch", "ecuadorian", "egyptian", "emirati",
  "english", "eritrean", "estonian", "ethiopian", "european", "filipino", "finnish", "french", "georgian",
  "german", "ghanaian", "greek", "guatemalan", "haitian", "honduran", "hungarian", "icelandic", "indian",
  "indonesian", "iranian", "iraqi", "irish", "israeli", "italian", "ivorian", "jamaican", "japanese", "jordanian",
  "kazakh", "kenyan", "korean", "kosovar", "kuwaiti", "kyrgyz", "lao", "laotian", "latvian", "lebanese",
  "liberian", "libyan", "lithuanian", "malaysian", "malian", "maltese", "mexican", "moldovan", "mongolian",
  "montenegrin", "moroccan", "mozambican", "namibian", "nepali", "nepalese", "nigerian", "nigerien", "norwegian",
  "omani", "pakistani", "palestinian", "panamanian", "paraguayan", "peruvian", "polish", "portuguese", "qatari",
  "romanian", "russian", "rwandan", "saudi", "scottish", "senegalese", "serbian", "singaporean", "slovak",
  "slovenian", "somali", "spanish", "lankan", "sudanese", "swedish", "swiss", "syrian", "taiwanese", "tajik",
  "tanzanian", "thai", "tunisian", "turkish", "turkmen", "ugandan", "ukrainian", "uruguayan", "uzbek",
  "venezuelan", "vietnamese", "welsh", "yemeni", "zambian", "zimbabwean", "soviet", "asian", "african", "arab",
  "latin", "nordic", "baltic", "allied", "korea", "korea-linked", "china", "japan", "russia", "america",
  "iran", "syria", "iraq", "ukraine", "taiwan", "vietnam", "india", "pakistan", "israel", "germany", "france",
  "britain", "england", "italy", "spain", "canada", "mexico", "brazil", "turkey", "egypt", "cuba", "venezuela",
  "mongolia", "singapore", "malaysia", "indonesia", "thailand", "cambodia", "laos", "myanmar", "burma",
  "philippines", "australia", "belarus", "kazakhstan", "uzbekistan", "georgia", "poland", "pyongyang", "seoul",
  "beijing", "moscow", "tokyo", "washington", "tehran", "damascus",
]; // prettier-ignore

// Acronyms of countries and international bodies; other acronyms ("ICBM launches") stay in the unit.
const PLACE_ACRONYMS = [
  "US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "UN", "U.N.", "EU", "E.U.", "DPRK", "ROK", "PRC", "ROC", "USSR",
  "UNSC", "NATO", "IAEA", "ASEAN", "APEC", "G7", "G20", "OFAC", "FBI", "CIA", "NSA", "NIS", "KCNA", "UAE", "DOJ",
  "DOD", "KPA", "WPK", "NK", "SK", "JSA", "DMZ",
]; // prettier-ignore

// Lower-case nouns ending in "ly" that are modifiers, not adverbs ("supply ships", "family members").
const LY_NOUNS = new Set(["supply", "family", "assembly", "ally", "rally", "anomaly", "monopoly", "bully", "belly"]);
// Participles that change what is counted ("armed drones", "guided missiles").
const KEPT_PARTICIPLES = new Set(["armed", "unmanned", "manned", "crewed", "guided", "enriched", "nuclear-armed"]);

const DROPPED = new Set([...GENERIC_ADJECTIVES, ...NATIONALITIES]);
const ACRONYMS = new Set(PLACE_ACRONYMS);

/**
 * Whether a word starts with a capital and goes on in lower case ("Vessels", "Korean"), as proper nouns and
 * headline words do.
 * @example isTitleCase("Korean") // → true
 */
export function isTitleCase(word: string): boolean {
  const first = word.charCodeAt(0);
  return first >= 65 && first <= 90 && /[a-z]/.test(word);
}

/**
 * Whether a modifier between a number and its head noun stays out of the unit. Proper nouns ("Lazarus hackers")
 * drop unless the head itself is capitalized, as in a headline ("Eight Hacking Groups").
 * @example isDroppedModifier("Korean", false) // → true
 */
export function isDroppedModifier(word: string, headIsCapitalized: boolean): boolean {
  if (ACRONYMS.has(word)) return true;
  const lower = lowerCase(word);
  if (DROPPED.has(lower)) return true;
  if (isTitleCase(word) && !headIsCapitalized) return true;
  if (lower.endsWith("ed") && !KEPT_PARTICIPLES.has(lower)) return true;
  if (lower.endsWith("ly") && lower.length > 4 && !LY_NOUNS.has(lower)) return true;
  return false;
}
