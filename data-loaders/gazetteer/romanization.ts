// Korean names reach English text in several romanizations (McCune–Reischauer in Pyongyang's media, Revised
// Romanization and personal spellings in Seoul's): Kim Yo Jong = Kim Yeo-jeong = Kim Yeo-jung. Spacing and hyphens
// are already ignored by name keys, so only the spelling of each syllable varies here.

const SYLLABLE_GROUPS = [
  "jong jeong jung chong",
  "un eun",
  "yo yeo",
  "chol cheol chul",
  "song seong sung",
  "hui hee hwi",
  "son seon sun",
  "gwon kwon",
  "yong yeong young",
  "pyong pyeong byung byeong",
  "tok deok dok duk",
  "hun hoon",
  "ryong ryeong ryung",
  "sol seol sul",
  "ju joo",
  "gun geun kun gunn",
  "hyon hyeon hyun",
  "chon cheon chun choon",
  "sik shik",
  "su soo",
  "sok seok suk",
  "yol yeol",
  "myong myeong myung",
  "kyong kyeong kyung gyong gyeong",
  "thae tae",
  "hyok hyeok hyuk",
  "u woo wu",
  "gil kil",
  "bok pok",
  "gyu kyu",
  "jae jay",
  "chang jang",
  "sop seop sub",
  "nam nahm",
  "ok ock",
  "ae ai",
];

const SURNAME_GROUPS = [
  "ri lee yi rhee",
  "pak park bak",
  "choe choi chwe",
  "jo cho",
  "jong jeong chung",
  "o oh",
  "rim lim im",
  "ro roh noh no",
  "yun yoon",
  "hyon hyun",
  "ju joo",
  "jang chang",
  "jon jeon chun",
  "sin shin",
  "so seo suh",
  "mun moon",
  "kwon gwon",
  "ko koh go",
  "paek baek paik",
  "ryang yang",
  "ryu yu yoo",
  "kang gang",
];

function groupMap(groups: string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const group of groups) {
    const members = group.split(" ");
    for (const m of members) map.set(m, members);
  }
  return map;
}

const SYLLABLES = groupMap(SYLLABLE_GROUPS);
const SURNAMES = groupMap(SURNAME_GROUPS);

// Beyond this many spellings a name gains only unlikely ones and risks meeting another person's.
const MAX_VARIANTS = 48;

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Other romanizations of a Korean name written surname first ("Kim Yo Jong", "Yoon Suk-yeol"): each syllable and
 * the surname in their usual alternatives, given names joined by a hyphen ("Kim Yeo-jeong").
 */
export function koreanVariants(name: string): string[] {
  const [surname, ...given] = name.split(" ");
  const syllables = given.flatMap((part) => part.toLowerCase().split("-"));
  if (!surname || syllables.length === 0 || syllables.length > 3) return [];
  let spellings: string[][] = [[]];
  for (const syllable of syllables) {
    const options = SYLLABLES.get(syllable) ?? [syllable];
    spellings = spellings.flatMap((prefix) => options.map((o) => [...prefix, o]));
    if (spellings.length > MAX_VARIANTS) return [];
  }
  const surnames = SURNAMES.get(surname.toLowerCase()) ?? [surname.toLowerCase()];
  const out: string[] = [];
  for (const s of surnames) {
    for (const given of spellings) {
      const [first, ...rest] = given;
      out.push(`${capitalize(s)} ${capitalize(first)}${rest.length ? "-" + rest.join("-") : ""}`);
    }
  }
  return out.slice(0, MAX_VARIANTS * 2);
}
