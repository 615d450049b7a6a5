// Amounts of money: a number with a currency before or after it, optionally a range and a qualifier.
import type { MoneyDraft, Qualifier } from "../types.ts";
import { currencyAfter, currencyBefore, currencyPrefixAt, type CurrencyMatch } from "./currencies.ts";
import { scanNumbers } from "./number-scan.ts";
import { abbreviatedScaleAt, scaleValue, type NumberMatch } from "./number-words.ts";
import { qualifierBefore } from "./qualifiers.ts";
import { betweenBefore, rangeConnectorEnd, rangeValues } from "./ranges.ts";
import { isYearLike } from "./count-guards.ts";
import { wordBefore } from "./dates/context.ts";
import { moneyDraft } from "./fact-shape.ts";

/** A number with its scale abbreviation applied ("$2.7bn"), ending where the amount ends. */
interface Amount {
  number: NumberMatch;
  value: number;
  scaleExp: number;
  end: number;
}

const YEAR_PREPOSITIONS = new Set(["in", "since", "by", "of", "during", "until", "through"]);
const PLUS_AFTER = /-plus(?![A-Za-z])|\+(?![0-9])/y;
// After an unscaled number, "won" followed by one of these is the verb ("in 2016 won the seat").
const VERB_OBJECT =
  /^[ \t]+(?:the|a|an|his|her|their|its|our|my|this|that|these|those|over|by|in|on|at|against|with|from|for|out|back|seats?|votes?|races?|elections?)\b/i;

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function amountOf(text: string, number: NumberMatch): Amount | null {
  if (number.joined || number.bare) return null;
  let { value, scaleExp, end } = { value: number.value, scaleExp: number.scaleExp, end: number.end };
  if (number.numeral && scaleExp === 0) {
    const abbreviation = abbreviatedScaleAt(text, end);
    if (abbreviation) {
      value = scaleValue(value, abbreviation.exp);
      scaleExp = abbreviation.exp;
      end = abbreviation.end;
    }
  }
  // "24th", "5G", "27April": glued letters make it something other than an amount.
  if (end < text.length && isWordChar(text.charCodeAt(end))) return null;
  return { number, value, scaleExp, end };
}

/** Whether an ambiguous currency word ("won", "pounds") really is money after this amount. */
function isConvincing(text: string, amount: Amount, currency: CurrencyMatch): boolean {
  if (!currency.ambiguous) return true;
  const after = text.slice(currency.end, currency.end + 24);
  if (currency.unit === "GBP") return amount.scaleExp >= 6 && !/^[ \t]+of\b/i.test(after);
  const n = amount.number;
  if (amount.scaleExp > 0 || n.grouped || n.decimal) return true;
  return !isYearLike(n) && !VERB_OBJECT.test(after);
}

function suffixCurrency(text: string, amount: Amount): CurrencyMatch | null {
  const currency = currencyAfter(text, amount.end);
  return currency && isConvincing(text, amount, currency) ? currency : null;
}

function hasGluedWordBefore(text: string, pos: number): boolean {
  return pos > 0 && isWordChar(text.charCodeAt(pos - 1));
}

const HIGH_QUALIFIER =
  /(?:more[ \t]+than|over|nearly|almost|about|around|roughly|as[ \t]+much[ \t]+as|at[ \t]+least)[ \t]+(?=[$€£¥₩\d])/iy;

interface Range {
  high: number;
  low: number;
  end: number;
  currency: CurrencyMatch | null;
}

/** The high end of a range after `low` ("-650 million", " to $650 million", " and $650 million"). */
function rangeAfter(
  text: string,
  numbers: NumberMatch[],
  index: number,
  low: Amount,
  prefix: CurrencyMatch | null,
  between: boolean,
): Range | null {
  let connectorEnd = rangeConnectorEnd(text, low.end, { and: between, or: false });
  if (connectorEnd < 0) return null;
  // "$630 million to more than $1 billion": the range runs to the amount whatever is said of it.
  HIGH_QUALIFIER.lastIndex = connectorEnd;
  if (HIGH_QUALIFIER.test(text)) connectorEnd = HIGH_QUALIFIER.lastIndex;
  // "from $630 million in 2022 to $1 billion": a year without a currency ends a phrase of time, not a range.
  if (!prefix && isYearLike(low.number) && YEAR_PREPOSITIONS.has(wordBefore(text, low.number.start)?.lower ?? ""))
    return null;
  const next = numbers[index + 1];
  const highPrefix = currencyPrefixAt(text, connectorEnd);
  if (!next || next.start !== (highPrefix ? highPrefix.end : connectorEnd)) return null;
  const high = amountOf(text, next);
  if (!high) return null;
  const suffix = highPrefix ? null : suffixCurrency(text, high);
  const currency = highPrefix ?? suffix;
  if (!prefix && !currency) return null;
  if (prefix && currency && prefix.unit !== currency.unit) return null;
  const values = rangeValues(low, high);
  if (!values) return null;
  return { low: values.low, high: values.high, end: suffix ? suffix.end : high.end, currency };
}

function moneyAt(text: string, numbers: NumberMatch[], index: number): MoneyDraft | null {
  const number = numbers[index];
  const low = amountOf(text, number);
  if (!low) return null;
  const prefix = currencyBefore(text, number.start);
  if (!prefix && hasGluedWordBefore(text, number.start)) return null;
  const lead = prefix ? prefix.start : number.start;
  const betweenStart = betweenBefore(text, lead);
  const range = rangeAfter(text, numbers, index, low, prefix, betweenStart >= 0);
  let currency = prefix ?? range?.currency ?? null;
  let end = range ? range.end : low.end;
  if (!currency) {
    currency = suffixCurrency(text, low);
    if (!currency) return null;
    end = currency.end;
  }
  let start = range && betweenStart >= 0 ? betweenStart : lead;
  const found = qualifierBefore(text, start);
  let qualifier: Qualifier | null = found?.qualifier ?? null;
  if (found) start = found.start;
  PLUS_AFTER.lastIndex = end;
  const plus = PLUS_AFTER.exec(text);
  if (plus) {
    end += plus[0].length;
    qualifier ??= "more than";
  }
  const value = range ? range.low : low.value;
  return moneyDraft(start, end, value, range ? range.high : null, qualifier, currency.unit, currency.crypto);
}

/**
 * Every amount of money in `text`: fiat currencies as ISO 4217 codes and crypto tokens by symbol, in units
 * (not millions), with ranges and the qualifier before the amount. Spans include the qualifier and currency.
 * `numbers` is the text's `scanNumbers`, when the caller has it already.
 * @example extractMoney("a cost of about $300-550 million")
 * // → [{kind: "money", start: 10, end: 32, value: 3e8, high: 5.5e8, unit: "USD", qualifier: "about", crypto: false}]
 */
export function extractMoney(text: string, numbers: NumberMatch[] = scanNumbers(text)): MoneyDraft[] {
  const found: MoneyDraft[] = [];
  let consumed = 0;
  for (let i = 0; i < numbers.length; i++) {
    if (numbers[i].start < consumed) continue;
    const money = moneyAt(text, numbers, i);
    if (!money) continue;
    found.push(money);
    consumed = money.end;
  }
  return found;
}
