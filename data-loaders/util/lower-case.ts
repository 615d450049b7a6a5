// Lower-casing words cut from article text. A slice of a text with any curly quote is a two-byte string, and V8
// lower-cases two-byte strings through ICU: about 60 ns a call, against a few for looking at six letters first. Most
// words looked up are lower case already, so they are returned as they are.

/** Whether text[start, end) holds an ASCII capital or any character past ASCII (which may have a lower case). */
function mayHaveCapital(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return true;
  }
  return false;
}

/**
 * `word.toLowerCase()`, returning `word` itself when it has nothing to lower.
 * @example
 * lowerCase("missiles") // "missiles" (the same string)
 * lowerCase("ICBMs") // "icbms"
 */
export function lowerCase(word: string): string {
  return mayHaveCapital(word, 0, word.length) ? word.toLowerCase() : word;
}

/** `text.slice(start, end).toLowerCase()`, lowering only when the slice has something to lower. */
export function lowerSlice(text: string, start: number, end: number): string {
  const slice = text.slice(start, end);
  return mayHaveCapital(text, start, end) ? slice.toLowerCase() : slice;
}
