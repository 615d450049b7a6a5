import type { Amount, DocumentRecord, EventRecord, Fact, FigureRecord } from "../types.ts";
import { slug } from "../provenance/ids.ts";
import { dateLabel } from "../format/date-label.ts";
import { formatAmount, formatTargets, plural } from "../events/summary.ts";
import { figureOf, refigure, type FigureFields } from "./figure-base.ts";
import { groupBy } from "../util/group-by.ts";

type Figure = FigureRecord;
type Docs = ReadonlyMap<string, DocumentRecord>;

function figureId(kind: string, event: EventRecord): string {
  return [kind, event.actor ? slug(event.actor) : null, slug(event.date?.iso ?? event.doc)].filter(Boolean).join("-");
}

/** A figure rests on its numbers and on the date fact that places them; actors and the rest stay with the event. */
function figureFacts(event: EventRecord, ...numbers: string[]): string[] {
  // A count read from an article ("fired a missile") cites no fact of its own.
  return [...numbers.filter((id) => id !== ""), ...event.facts.filter((id) => id.startsWith("date-"))];
}

/** A figure that states an amount as the article gives it. */
function statedAmount(id: string, kind: string, label: string, amount: Amount, context: string): FigureFields {
  const { value, high, unit, qualifier } = amount;
  return { id, kind, label, value, high, unit, qualifier, context, formula: null, parts: null };
}

function thefts(events: EventRecord[], docs: Docs): Figure[] {
  const figures: Figure[] = [];
  for (const event of events) {
    if (event.type !== "theft" || !event.amount) continue;
    const amount = event.amount;
    const when = dateLabel(event.date);
    const victim = event.details.victim ? ` from ${event.details.victim}` : "";
    const factIds = figureFacts(event, amount.fact);
    figures.push(
      figureOf(
        event,
        docs.get(event.doc),
        factIds,
        statedAmount(figureId("theft", event), "theft", `Stolen${victim}, ${when}`, amount, event.summary),
      ),
    );
    for (const equivalent of event.equivalents) {
      // Rates are quoted as units of the other currency per dollar (KRW/USD, JPY/USD), as markets quote them.
      const [per, of] =
        equivalent.unit !== "USD" || amount.unit === "USD" ? [amount, equivalent] : [equivalent, amount];
      const rate = of.value / per.value;
      figures.push(
        figureOf(event, docs.get(event.doc), [amount.fact, equivalent.fact], {
          id: figureId(`exchange-rate-${slug(of.unit)}`, event),
          kind: "exchange-rate",
          label: `${of.unit} per ${per.unit} implied by the article`,
          value: rate,
          high: null,
          unit: `${of.unit}/${per.unit}`,
          qualifier: null,
          context: `${formatAmount(equivalent)} given as the equivalent of ${formatAmount(amount)}`,
          formula: `${formatAmount(of)} ÷ ${formatAmount(per)}`,
          parts: null,
        }),
      );
    }
  }
  return figures;
}

function missileCosts(events: EventRecord[], docs: Docs): Figure[] {
  const figures: Figure[] = [];
  for (const event of events) {
    if (event.type !== "missile-launch" || !event.amount || !event.count || event.count.unit === "launch") continue;
    const { amount, count } = event;
    const when = dateLabel(event.date);
    const factIds = figureFacts(event, amount.fact, count.fact);
    const document = docs.get(event.doc);
    const missiles = `${count.value} ${plural(count.unit, count.value)}`;
    figures.push(
      figureOf(
        event,
        document,
        factIds,
        statedAmount(
          figureId("missile-cost", event),
          "missile-cost",
          `Cost of ${missiles}, ${when}`,
          amount,
          event.summary,
        ),
      ),
    );
    figures.push(
      figureOf(event, document, factIds, {
        id: figureId("cost-per-missile", event),
        kind: "cost-per-missile",
        label: `Cost per ${count.unit}, ${when}`,
        value: amount.value / count.value,
        high: amount.high === null ? null : amount.high / count.value,
        unit: amount.unit,
        qualifier: amount.qualifier,
        context: `${formatAmount(amount)} spent on ${missiles}`,
        formula: `${formatAmount(amount)} ÷ ${missiles}`,
        parts: null,
      }),
    );
  }
  return figures;
}

/** Figures of one article in one unit share this key. */
function costKey(f: Figure): string {
  return `${f.doc}\u0000${f.unit}`;
}

/** How many missiles each theft would pay for, at the first cost per missile the same article gives in its unit. */
function missilesPerTheft(theftFigures: Figure[], perMissile: Figure[]): Figure[] {
  // One lookup a theft: searching every cost for each theft grows with the square of the corpus.
  const costsOf = groupBy(perMissile, costKey);
  const figures: Figure[] = [];
  for (const theft of theftFigures) {
    if (theft.kind !== "theft") continue;
    const cost = costsOf.get(costKey(theft))?.[0];
    if (!cost) continue;
    const low = cost.high ?? cost.value;
    const unitNoun = cost.label.replace(/^Cost per /, "").replace(/, .*$/, "");
    figures.push(
      refigure(theft, {
        id: `missiles-per-${theft.id}`,
        kind: "missiles-per-theft",
        label: `${plural(unitNoun, 2)} the theft would pay for`,
        value: theft.value / low,
        high: cost.high === null ? null : theft.value / cost.value,
        unit: unitNoun,
        qualifier: null,
        context: `${formatAmount(theft)} at ${formatAmount(cost)} per ${unitNoun}`,
        formula: `${formatAmount(theft)} ÷ ${formatAmount(cost)} per ${unitNoun}`,
        parts: null,
        facts: [...new Set([...theft.facts, ...cost.facts])],
        events: [...new Set([...theft.events, ...cost.events])],
      }),
    );
  }
  return figures;
}

function launchTallies(events: EventRecord[], docs: Docs): Figure[] {
  return events
    .filter((e) => e.type === "missile-launch" && e.count?.unit === "launch")
    .map((event) => {
      const count = event.count!;
      const missile = event.details.missile ?? "missile";
      return figureOf(event, docs.get(event.doc), figureFacts(event, count.fact), {
        id: figureId(`launches-${slug(missile)}`, event),
        kind: "launches",
        label: `${missile} launches, ${dateLabel(event.date)}`,
        value: count.value,
        high: count.high,
        unit: `${missile} launch`,
        qualifier: count.qualifier,
        context: event.summary,
        formula: null,
        parts: null,
      });
    });
}

function designations(events: EventRecord[], docs: Docs): Figure[] {
  return events
    .filter((e) => e.type === "designation" && e.targets)
    .map((event) => {
      const targets = event.targets!;
      const total = Object.values(targets).reduce((a, b) => a + (b ?? 0), 0);
      const proposed = event.details.status === "proposed";
      const kind = proposed ? "sanctions-proposal" : "designation";
      const who = event.actor ?? "Unattributed";
      return figureOf(event, docs.get(event.doc), event.facts, {
        id: figureId(kind, event),
        kind,
        label: `${who}${proposed ? " proposed for sanctions" : " designated"}: ${formatTargets(targets)}`,
        value: total,
        high: null,
        unit: "target",
        qualifier: null,
        context: `${event.summary}, ${dateLabel(event.date)}${event.details.reason ? `, for ${event.details.reason}` : ""}`,
        formula: null,
        parts: targets,
      });
    });
}

function uniqueIds(figures: Figure[]): Figure[] {
  const seen = new Map<string, number>();
  return figures.map((f) => {
    const n = (seen.get(f.id) ?? 0) + 1;
    seen.set(f.id, n);
    return n === 1 ? f : refigure(f, { id: `${f.id}-${n}` });
  });
}

/**
 * Chooses the headline figures by rules over events: thefts and the exchange rates they imply, missile costs,
 * cost per missile, missiles a theft would pay for, launch tallies, and designations by target type.
 * @example
 * const figures = chooseFigures(corpus.documents, corpus.facts, corpus.events);
 */
export function chooseFigures(
  documents: readonly DocumentRecord[],
  _facts: readonly Fact[],
  events: readonly EventRecord[],
): Figure[] {
  const docs: Docs = new Map(documents.map((d) => [d.doc, d]));
  const list = [...events];
  const theftFigures = thefts(list, docs);
  const costs = missileCosts(list, docs);
  const perMissile = costs.filter((f) => f.kind === "cost-per-missile");
  // concat, not spread: a spread deoptimizes its function each time it meets an array of a new elements kind (an empty
  // list, say), and this one runs once a batch, too seldom to settle.
  return uniqueIds(
    theftFigures.concat(
      costs,
      missilesPerTheft(theftFigures, perMissile),
      launchTallies(list, docs),
      designations(list, docs),
    ),
  );
}
