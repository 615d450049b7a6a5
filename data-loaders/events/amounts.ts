import type { Amount, CountFact, Fact, MoneyFact } from "../types.ts";

export function isMoney(fact: Fact): fact is MoneyFact {
  return fact.kind === "money";
}

export function isCount(fact: Fact): fact is CountFact {
  return fact.kind === "count";
}

export function amountOf(fact: MoneyFact): Amount {
  return { value: fact.value, high: fact.high, unit: fact.unit, qualifier: fact.qualifier, fact: fact.id };
}

export function countOf(fact: CountFact, unit = fact.unit) {
  return { value: fact.value, high: fact.high, unit, qualifier: fact.qualifier, fact: fact.id };
}
