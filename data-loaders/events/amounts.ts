import type { Amount, CountFact, Fact, MoneyFact } from "../types.ts";

export function isMoney(fact: Fact): fact is MoneyFact {
  return fact.kind === "money";
}

export function isCount(fact: Fact): fact is CountFact {
  return fact.kind === "count";
}

/** Money, a count or a date: the facts a clause shares out between its events (see `claimFacts`). */
export function isClaimable(fact: Fact): boolean {
  return fact.kind === "money" || fact.kind === "count" || fact.kind === "date";
}

export function amountOf(fact: MoneyFact): Amount {
  return { value: fact.value, high: fact.high, unit: fact.unit, qualifier: fact.qualifier, fact: fact.id };
}

export function countOf(fact: CountFact, unit = fact.unit) {
  return { value: fact.value, high: fact.high, unit, qualifier: fact.qualifier, fact: fact.id };
}

// What joins an amount to the same sum in another currency: "1.5 trillion won ($1.1 billion)", "¥48.2 billion, or
// $305 million", "60,000 ETH, worth about $100 million". "60,000 ETH and 2.5 million USDT" are two sums.
const EQUIVALENCE = /^\s*(?:\(|[,–—-]?\s*(?:or|i\.e\.|equivalent\s+to|equal\s+to|worth|valued\s+at|roughly|about)\b)/i;

/** Whether `other` restates `main` in another currency, by how the text joins them. */
export function restates(text: string, main: MoneyFact, other: MoneyFact): boolean {
  if (other.unit === main.unit) return false;
  const [first, second] = main.start < other.start ? [main, other] : [other, main];
  return EQUIVALENCE.test(text.slice(first.end, second.start));
}
