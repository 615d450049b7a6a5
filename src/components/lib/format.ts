// Number, amount and date formatting shared by every figure: one place decides how "$300–550 million" reads.
import type { DateValue, Qualifier } from "../../../data-loaders/types.ts";
import { dayParts } from "./dates.js";

export interface Quantity {
  value: number;
  high?: number | null;
  unit?: string | null;
  qualifier?: Qualifier | string | null;
}

const SCALES: [number, string, string][] = [
  [1e12, "trillion", "T"],
  [1e9, "billion", "B"],
  [1e6, "million", "M"],
];
const CURRENCY_SYMBOLS: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", JPY: "¥", KRW: "₩", CNY: "CN¥" };
const CURRENCY_WORDS: Record<string, string> = { USD: "dollar", EUR: "euro", GBP: "pound", JPY: "yen", KRW: "won" };
const INVARIANT_PLURALS = new Set(["aircraft", "yen", "won", "series", "personnel", "staff"]);

export const MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
export const MONTHS_LONG = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** True for a three-letter ISO 4217-style code such as "USD" or "KRW". */
export function isCurrency(unit: string | null | undefined): boolean {
  return typeof unit === "string" && /^[A-Z]{3}$/.test(unit);
}

/** "1,754.5", "29.6", "8": at most one decimal, thousands grouped; tiny values keep two significant digits. */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return "–";
  const abs = Math.abs(x);
  const rounded = abs > 0 && abs < 1 ? Number(x.toPrecision(2)) : Math.round(x * 10) / 10;
  const [whole, fraction] = String(Math.abs(rounded)).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${rounded < 0 ? "−" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
}

function scaleFor(magnitude: number): [number, string, string] {
  return SCALES.find(([s]) => magnitude >= s) ?? [1, "", ""];
}

/** "300–550 million" (style "symbol") or "300 to 550 million" (style "words"): both ends on one scale. */
export function formatScaledRange(value: number, high: number | null | undefined, style: "symbol" | "words"): string {
  const top = high != null && Number.isFinite(high) ? high : null;
  const [scale, word] = scaleFor(Math.max(Math.abs(value), Math.abs(top ?? 0)));
  const low = formatNumber(value / scale);
  const number = top === null ? low : `${low}${style === "words" ? " to " : "–"}${formatNumber(top / scale)}`;
  return word ? `${number} ${word}` : number;
}

/** "ballistic missile" → "ballistic missiles"; "entity" → "entities"; "aircraft" stays. */
export function pluralize(noun: string, count = 2): string {
  if (count === 1 || !noun) return noun;
  // "individual or entity" → "individuals or entities": each noun of a joined count.
  if (/ or /.test(noun))
    return String(noun)
      .split(" or ")
      .map((part) => pluralize(part, count))
      .join(" or ");
  const match = /^(.*?)(\S+)$/.exec(noun);
  if (!match) return noun;
  const [, head, last] = match;
  const lower = last.toLowerCase();
  if (INVARIANT_PLURALS.has(lower) || /[A-Z]{2,}s$/.test(last)) return noun;
  if (/(?:s|sh|ch|x|z)$/.test(lower)) return `${head}${last}es`;
  if (/[^aeiou]y$/.test(lower)) return `${head}${last.slice(0, -1)}ies`;
  return `${head}${last}s`;
}

function qualified(qualifier: string | null | undefined, text: string): string {
  return qualifier ? `${qualifier} ${text}` : text;
}

/**
 * A value with its unit: "$235 million", "$300–550 million", "₩412.3 billion", "at least 5 launches",
 * "1,754.5 KRW per USD". Style "words" gives the alt-text form: "300 to 550 million USD".
 */
export function formatQuantity(quantity: Quantity, style: "symbol" | "words" = "symbol"): string {
  const { value, high, unit, qualifier } = quantity;
  if (!Number.isFinite(value)) return "unknown";
  const number = formatScaledRange(value, high, style);
  if (unit && isCurrency(unit)) {
    const symbol = CURRENCY_SYMBOLS[unit];
    return qualified(qualifier, style === "symbol" && symbol ? `${symbol}${number}` : `${number} ${unit}`);
  }
  const rate = unit ? /^([A-Z]{3})\s*(?:per|\/)\s*([A-Z]{3})$/.exec(unit) : null;
  if (rate) return qualified(qualifier, `${number} ${currencyWord(rate[1])} per ${currencyWord(rate[2], 1)}`);
  // Counts of ten or more read as whole numbers: "30–48 missiles", not "29.6–48.1 missiles".
  const whole =
    Math.abs(value) >= 10
      ? formatScaledRange(Math.round(value), high == null ? high : Math.round(high), style)
      : number;
  if (!unit) return qualified(qualifier, whole);
  if (/\bper\b|\//.test(unit)) return qualified(qualifier, `${whole} ${unit.replace(/\s*\/\s*/, " per ")}`);
  const many = high != null || value !== 1;
  return qualified(qualifier, `${whole} ${pluralize(unit, many ? 2 : 1)}`);
}

/** Compact axis ticks: "$400M", "₩1.2T", "0". */
export function formatCompact(value: number, unit: string | null | undefined): string {
  if (value === 0) return "0";
  const [scale, , suffix] = scaleFor(Math.abs(value));
  const number = `${formatNumber(value / scale)}${suffix}`;
  if (unit && isCurrency(unit))
    return CURRENCY_SYMBOLS[unit] ? `${CURRENCY_SYMBOLS[unit]}${number}` : `${number} ${unit}`;
  return number;
}

/** "won" for KRW, "dollars" for USD; the code itself for other units. */
export function currencyWord(unit: string, count = 2): string {
  const word = CURRENCY_WORDS[unit];
  return word ? pluralize(word, count) : unit;
}

function dayText(iso: string, style: "short" | "long"): string {
  const parts = dayParts(iso);
  if (!parts) return iso;
  const months = style === "long" ? MONTHS_LONG : MONTHS_SHORT;
  return `${parts.day} ${months[parts.month - 1]} ${parts.year}`;
}

function monthText(year: number, month: number, style: "short" | "long"): string {
  return `${(style === "long" ? MONTHS_LONG : MONTHS_SHORT)[month - 1]} ${year}`;
}

/** "3 May 2019", "Mar 2022", "2022", "Jan–Jun 2022", "3–9 Jun 2021"; style "long" spells months out. */
export function formatDate(date: DateValue | null | undefined, style: "short" | "long" = "short"): string {
  if (!date) return "undated";
  const first = dayParts(date.first);
  const last = dayParts(date.last);
  const months = style === "long" ? MONTHS_LONG : MONTHS_SHORT;
  const to = style === "long" ? " to " : "–";
  switch (date.precision) {
    case "day":
      return dayText(date.first ?? date.iso, style);
    case "month":
      return first ? monthText(first.year, first.month, style) : String(date.iso);
    case "year":
      return first ? String(first.year) : String(date.iso);
    default: {
      if (!first || !last) return String(date.iso);
      const wholeMonths = first.day === 1 && last.isMonthEnd;
      if (first.year === last.year && first.month === last.month) {
        return wholeMonths
          ? monthText(first.year, first.month, style)
          : `${first.day}${to}${last.day} ${months[first.month - 1]} ${first.year}`;
      }
      if (!wholeMonths) return `${dayText(date.first, style)}${to}${dayText(date.last, style)}`;
      if (first.year === last.year) return `${months[first.month - 1]}${to}${months[last.month - 1]} ${first.year}`;
      return `${monthText(first.year, first.month, style)}${to}${monthText(last.year, last.month, style)}`;
    }
  }
}

/** "3 May 2019" from "2019-05-03", or "" when the string is not a day. */
export function formatDay(iso: string | null | undefined, style: "short" | "long" = "short"): string {
  return iso && dayParts(iso) ? dayText(iso, style) : "";
}
