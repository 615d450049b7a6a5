// Currency symbols, ISO 4217 codes, currency words and crypto tokens around an amount.

/** A currency written next to an amount. */
export interface CurrencyMatch {
  /** ISO 4217 code or crypto token symbol. */
  unit: string;
  crypto: boolean;
  start: number;
  end: number;
  /** A word that is also common English ("won", "pounds"): trust it only after a convincing amount. */
  ambiguous: boolean;
}

interface Entry {
  pattern: string;
  unit: string;
  crypto?: boolean;
  ambiguous?: boolean;
}

const FIAT_CODES = [
  "USD", "EUR", "GBP", "JPY", "CNY", "CNH", "KRW", "KPW", "RUB", "INR", "CHF", "AUD", "CAD", "HKD", "SGD", "TWD",
  "NZD", "SEK", "NOK", "DKK", "BRL", "MXN", "ZAR", "AED", "SAR", "QAR", "KWD", "ILS", "IRR", "VND", "THB",
  "IDR", "MYR", "PLN", "UAH", "KZT", "CZK", "HUF", "PKR", "BDT", "NGN", "EGP", "ARS", "CLP", "MNT",
]; // prettier-ignore

const CRYPTO_TICKERS = [
  "BTC", "XBT", "ETH", "USDT", "USDC", "BUSD", "DAI", "XMR", "BNB", "TRX", "XRP", "SOL", "LTC", "DOGE", "BCH",
  "ADA", "MATIC", "AVAX", "WBTC", "WETH", "ZEC",
]; // prettier-ignore

const CODE_UNITS: Record<string, string> = { RMB: "CNY", XBT: "BTC" };
const CRYPTO = new Set(CRYPTO_TICKERS.map((t) => CODE_UNITS[t] ?? t));

const SP = "[ \\t]+";

// Symbols written before the amount; "$" alone is taken as US dollars, as news in English does.
const SYMBOLS: Entry[] = [
  { pattern: "(?:U\\.S\\.|US)[ \\t]?\\$", unit: "USD" },
  { pattern: "(?:AU|A)\\$", unit: "AUD" },
  { pattern: "(?:CA|C)\\$", unit: "CAD" },
  { pattern: "HK\\$", unit: "HKD" },
  { pattern: "(?:SG|S)\\$", unit: "SGD" },
  { pattern: "NT\\$", unit: "TWD" },
  { pattern: "NZ\\$", unit: "NZD" },
  { pattern: "R\\$", unit: "BRL" },
  { pattern: "MX\\$", unit: "MXN" },
  { pattern: "\\$", unit: "USD" },
  { pattern: "(?:CN|RMB)[ \\t]?¥", unit: "CNY" },
  { pattern: "(?:JP)?¥", unit: "JPY" },
  { pattern: "€", unit: "EUR" },
  { pattern: "£", unit: "GBP" },
  { pattern: "₩", unit: "KRW" },
  { pattern: "₹|Rs\\.?", unit: "INR" },
  { pattern: "₽", unit: "RUB" },
  { pattern: "₺", unit: "TRY" },
  { pattern: "₪", unit: "ILS" },
  { pattern: "₫", unit: "VND" },
  { pattern: "₱", unit: "PHP" },
  { pattern: "₴", unit: "UAH" },
  { pattern: "₿", unit: "BTC", crypto: true },
];

const CODES: Entry[] = [...FIAT_CODES, "RMB", ...CRYPTO_TICKERS].map((code) => {
  const unit = CODE_UNITS[code] ?? code;
  return { pattern: code, unit, crypto: CRYPTO.has(unit) };
});

// Currency words written after the amount ("412.3 billion won", "1.5 billion U.S. dollars").
const WORDS: Entry[] = [
  { pattern: `north${SP}korean${SP}won`, unit: "KPW" },
  { pattern: `(?:south${SP})?korean${SP}won`, unit: "KRW" },
  { pattern: "won", unit: "KRW", ambiguous: true },
  { pattern: `(?:u\\.s\\.|us|american|united${SP}states)${SP}dollars?`, unit: "USD" },
  { pattern: `hong${SP}kong${SP}dollars?`, unit: "HKD" },
  { pattern: `australian${SP}dollars?`, unit: "AUD" },
  { pattern: `canadian${SP}dollars?`, unit: "CAD" },
  { pattern: `singapore(?:an)?${SP}dollars?`, unit: "SGD" },
  { pattern: `(?:new${SP})?taiwan(?:ese)?${SP}dollars?`, unit: "TWD" },
  { pattern: `new${SP}zealand${SP}dollars?`, unit: "NZD" },
  { pattern: "dollars?", unit: "USD" },
  { pattern: `(?:japanese${SP})?yen`, unit: "JPY" },
  { pattern: `(?:chinese${SP})?(?:yuan|renminbi)`, unit: "CNY" },
  { pattern: "euros?", unit: "EUR" },
  { pattern: `(?:british${SP})?pounds?${SP}sterling|british${SP}pounds?|sterling`, unit: "GBP" },
  { pattern: "pounds?", unit: "GBP", ambiguous: true },
  { pattern: `(?:russian${SP})?r(?:o)?ubles?`, unit: "RUB" },
  { pattern: `pakistani${SP}rupees?`, unit: "PKR" },
  { pattern: `(?:indian${SP})?rupees?`, unit: "INR" },
  { pattern: `swiss${SP}francs?`, unit: "CHF" },
  { pattern: `(?:iranian${SP})?rials?`, unit: "IRR" },
  { pattern: `(?:saudi${SP})?riyals?`, unit: "SAR" },
  { pattern: `(?:uae${SP}|emirati${SP})?dirhams?`, unit: "AED" },
  { pattern: `(?:israeli${SP})?(?:new${SP})?shekels?`, unit: "ILS" },
  { pattern: `(?:turkish${SP})?liras?`, unit: "TRY" },
  { pattern: `vietnamese${SP}dong`, unit: "VND" },
  { pattern: `(?:thai${SP})?baht`, unit: "THB" },
  { pattern: "ringgit", unit: "MYR" },
  { pattern: "rupiah", unit: "IDR" },
  { pattern: "hryvnias?", unit: "UAH" },
  { pattern: "zlotys?", unit: "PLN" },
  { pattern: `mexican${SP}pesos?`, unit: "MXN" },
  { pattern: `philippine${SP}pesos?`, unit: "PHP" },
  { pattern: `(?:mongolian${SP})?tugriks?`, unit: "MNT" },
  { pattern: "bitcoins?", unit: "BTC", crypto: true },
  { pattern: "ether|ethereum", unit: "ETH", crypto: true },
  { pattern: "tethers?", unit: "USDT", crypto: true },
  { pattern: "monero", unit: "XMR", crypto: true },
  { pattern: "litecoins?", unit: "LTC", crypto: true },
  { pattern: "dogecoins?", unit: "DOGE", crypto: true },
];

const alternatives = (entries: Entry[]) => entries.map((e) => `(${e.pattern})`).join("|");

// Prefixes: symbols glued or spaced, codes followed by a space or glued to the digits.
const PREFIX = `(?:${alternatives(SYMBOLS)})|(?<![A-Za-z])(?:${alternatives(CODES)})(?![A-Za-z])`;
const PREFIX_ENTRIES = [...SYMBOLS, ...CODES];
const PREFIX_BEFORE = new RegExp(`(?<![A-Za-z])(?:${PREFIX})[ \\t]?$`);
const PREFIX_AT = new RegExp(`(?:${PREFIX})[ \\t]?`, "y");
// Not "won't"; but a plural's possessive is the currency still: "300 million dollars' worth".
const WORD_AFTER = new RegExp(`[ \\t]+(?:${alternatives(WORDS)})(?![A-Za-z]|['’][A-Za-z])`, "iy");
const CODE_AFTER = new RegExp(`[ \\t]+(?:${alternatives(CODES)})(?![A-Za-z])`, "y");
const LOOKBACK = 8;

function toMatch(m: RegExpExecArray, entries: Entry[], start: number, end: number): CurrencyMatch | null {
  for (let g = 1; g < m.length; g++) {
    if (m[g] === undefined) continue;
    const e = entries[g - 1];
    return { unit: e.unit, crypto: e.crypto === true, start, end, ambiguous: e.ambiguous === true };
  }
  return null;
}

/**
 * The currency symbol or code written right before an amount starting at `pos` ("US$1.7", "KRW 412.3").
 * @example currencyBefore("US$1.7 billion", 3) // → {unit: "USD", crypto: false, start: 0, end: 3, …}
 */
export function currencyBefore(text: string, pos: number): CurrencyMatch | null {
  // Cheap test first: prefixes end in "$", "." ("Rs."), a capital letter (codes) or a non-ASCII symbol.
  let k = pos - 1;
  if (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k--;
  const c = text.charCodeAt(k);
  const rupees = c === 115 && text.charCodeAt(k - 1) === 82; // "Rs"
  if (!(c === 36 || c === 46 || (c >= 65 && c <= 90) || c > 127 || rupees)) return null;
  const from = Math.max(0, pos - LOOKBACK);
  const m = PREFIX_BEFORE.exec(text.slice(from, pos));
  // A slice cut mid-word ("FUSD") must not read as a code.
  if (m && m.index === 0 && from > 0 && /[A-Za-z]/.test(text[from - 1])) return null;
  return m ? toMatch(m, PREFIX_ENTRIES, from + m.index, pos) : null;
}

/**
 * A currency symbol or code starting exactly at `pos`, as in the second half of "$400 million to $650 million".
 * @example currencyPrefixAt("$650 million", 0) // → {unit: "USD", start: 0, end: 1, …}
 */
export function currencyPrefixAt(text: string, pos: number): CurrencyMatch | null {
  const c = text.charCodeAt(pos);
  if (!(c === 36 || (c >= 65 && c <= 90) || c > 127)) return null;
  PREFIX_AT.lastIndex = pos;
  const m = PREFIX_AT.exec(text);
  return m ? toMatch(m, PREFIX_ENTRIES, pos, pos + m[0].length) : null;
}

/**
 * The currency word or code written after an amount ending at `pos` (" won", " U.S. dollars", " BTC").
 * The match starts at the word, not at the space before it.
 * @example currencyAfter("35 billion yen", 10) // → {unit: "JPY", start: 11, end: 14, …}
 */
export function currencyAfter(text: string, pos: number): CurrencyMatch | null {
  const space = text.charCodeAt(pos);
  if (space !== 32 && space !== 9) return null;
  WORD_AFTER.lastIndex = pos;
  let m = WORD_AFTER.exec(text);
  let entries = WORDS;
  if (!m) {
    CODE_AFTER.lastIndex = pos;
    m = CODE_AFTER.exec(text);
    entries = CODES;
  }
  if (!m) return null;
  const end = pos + m[0].length;
  const wordStart = pos + m[0].length - m[0].trimStart().length;
  return toMatch(m, entries, wordStart, end);
}
