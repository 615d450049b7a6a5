// Words whose period does not end a sentence even before a capital ("Gen. Kim", "Dec. 13").
// Titles, months, company suffixes and Latin short forms common in news copy; case matters
// ("No. 7" but "said no.").
// prettier-ignore
const ABBREVIATIONS = new Set([
  // titles and ranks
  "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Sgt", "Cpl", "Pvt",
  "Adm", "Brig", "Rep", "Reps", "Sen", "Sens", "Gov", "Pres", "Amb", "Sec", "Rev", "Hon", "Rt", "Supt", "Insp", "Det",
  "Jr", "Sr", "St", "Mt", "Ft",
  // months and days
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Tue", "Tues", "Wed",
  "Thu", "Thur", "Thurs", "Fri",
  // organizations, places, references
  "Inc", "Corp", "Co", "Ltd", "Bros", "Dept", "Univ", "Assn", "Ave", "Blvd", "Rd", "No", "Nos", "Vol", "Fig",
  // Latin and other short forms
  "vs", "v", "approx", "est", "al", "cf", "ca", "viz",
]);

/**
 * True when the period at `dot` closes an abbreviation rather than a sentence: a listed word
 * ("Gen."), a dotted form ("U.S.", "e.g.") or a single capital initial ("Sung Y. Kim").
 */
export function isAbbreviationAt(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && isWordOrDot(text.charCodeAt(start - 1))) start--;
  if (start === dot) return false; // a digit, quote or bracket before the period: "in 2018." ends a sentence
  const word = text.slice(start, dot);
  if (word.includes(".")) return true;
  if (word.length === 1) return isUpper(word.charCodeAt(0));
  return ABBREVIATIONS.has(word);
}

function isWordOrDot(code: number): boolean {
  return code === 46 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}
