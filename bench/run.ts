// npm run bench [-- --json] [--mb N] [--runs N]: pipeline throughput against a same-run baseline, and the targets.
import { fileURLToPath } from "node:url";
import { buildSyntheticCorpus } from "./synthetic-corpus.ts";
import { interleavedMedianMs, medianMs, SETTLE_MS, WARMUP_RUNS } from "./stats.ts";
import { BASELINE_PATTERN, baselinePass } from "./baseline.ts";
import { startWorkers } from "./parallel.ts";
import { canPin, pinnedPipelineMs } from "./one-core.ts";
import { timeLoaders } from "./loaders.ts";
import { measureSite } from "./site.ts";
import { measureExport } from "./export.ts";

interface Check {
  name: string;
  value: number;
  unit: string;
  note: string;
  target?: { text: string; ok: boolean };
}

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const json = process.argv.includes("--json");
// --quick skips the site build and the export, which need Chromium and take a minute.
const quick = process.argv.includes("--quick");
const targetMB = option("--mb", 20);
const runs = option("--runs", 5);
const timed = `median of ${runs} after ${WARMUP_RUNS} warm-up`;
const log = (line: string) => (json ? process.stderr : process.stdout).write(line + "\n");

const seeds = fileURLToPath(new URL("../seeds", import.meta.url));
const corpusDir = fileURLToPath(new URL("./.corpus", import.meta.url));
const corpus = buildSyntheticCorpus(seeds, corpusDir, targetMB * 1024 * 1024);
const corpusMB = corpus.bytes / 1024 / 1024;
log(`corpus: ${corpusMB.toFixed(1)} MB in ${corpus.files.length} articles (${corpusDir})`);

// The pipeline and the baseline take turns, so that the ratio the target sets is measured over one stretch of time:
// in the pinned process when there is one (one-core.ts), else here, with the unpinned run.
const pinned = canPin();
const single = await startWorkers(corpus.files, 1);
const [unpinnedMs, unpinnedBaselineMs] = await interleavedMedianMs(
  runs,
  pinned ? [single.run] : [single.run, () => baselinePass(corpus.files)],
  WARMUP_RUNS,
  SETTLE_MS,
);
await single.stop();
const { pipelineMs, baselineMs } = pinned
  ? await pinnedPipelineMs(corpus.files, runs)
  : { pipelineMs: unpinnedMs, baselineMs: unpinnedBaselineMs };
const workers = await startWorkers(corpus.files);
const parallelMs = await medianMs(runs, workers.run);
await workers.stop();
const loaders = await timeLoaders();
const peakRssMB = process.resourceUsage().maxRSS / 1024;
if (!quick) log("measuring export and site (cold build in a temporary copy) …");
const exportTimes = quick ? null : await measureExport();
const site = quick ? null : await measureSite();

const baselineMBps = corpusMB / (baselineMs / 1000);
const pipelineMBps = corpusMB / (pipelineMs / 1000);
const unpinnedMBps = corpusMB / (unpinnedMs / 1000);
const parallelMBps = corpusMB / (parallelMs / 1000);

const checks: Check[] = [
  {
    name: "baseline",
    value: baselineMBps,
    unit: "MB/s",
    note: `readFileSync + ${BASELINE_PATTERN}, ${pinned ? "same CPU, " : ""}taking turns with the pipeline, ${timed}`,
  },
  {
    name: "pipeline",
    value: pipelineMBps,
    unit: "MB/s",
    note: pinned ? `one worker thread, process pinned to one CPU, ${timed}` : `one worker thread, ${timed}`,
    target: { text: `>= ${(baselineMBps / 20).toFixed(1)} (baseline / 20)`, ok: pipelineMBps >= baselineMBps / 20 },
  },
  ...(pinned
    ? [
        {
          name: "unpinned",
          value: unpinnedMBps,
          unit: "MB/s",
          note: `one worker thread, garbage collected on the idle core too, ${timed}`,
        },
      ]
    : []),
  {
    name: "parallel",
    value: parallelMBps,
    unit: "MB/s",
    note: `${workers.threads} worker threads, ${timed}`,
    target: { text: `>= ${(pipelineMBps * 1.5).toFixed(1)} (1.5 x pipeline)`, ok: parallelMBps >= pipelineMBps * 1.5 },
  },
  {
    name: "peak RSS",
    value: peakRssMB,
    unit: "MB",
    note: "whole process",
    target: { text: "< 1024", ok: peakRssMB < 1024 },
  },
  {
    name: "loaders",
    value: loaders.ms,
    unit: "ms",
    note: `${loaders.loaders.length} loaders over the seeds, in process`,
    target: { text: "< 1000", ok: loaders.ms < 1000 },
  },
];
if (exportTimes) {
  checks.push(
    {
      name: "export",
      value: exportTimes.exportMs,
      unit: "ms",
      note: `all figures as SVG + PNG 1920x1080 (${exportTimes.perFigureMs.toFixed(0)} ms each)`,
      target: { text: "< 5000", ok: exportTimes.exportMs < 5000 },
    },
    {
      name: "chromium",
      value: exportTimes.chromiumShotMs,
      unit: "ms",
      note: "the same figures screenshot in warm headless Chromium",
      target: { text: "> export (the ratio to beat)", ok: exportTimes.chromiumShotMs > exportTimes.exportMs },
    },
  );
}
if (site) {
  checks.push(
    {
      name: "build",
      value: site.buildMs,
      unit: "ms",
      note: "cold npm run build",
      target: { text: "< 30000", ok: site.buildMs < 30000 },
    },
    {
      name: "1st figure",
      value: site.firstFigureMs,
      unit: "ms",
      note: "slowest page, navigation to first chart",
      target: { text: "< 1000", ok: site.firstFigureMs < 1000 },
    },
    {
      name: "page",
      value: site.pageKB,
      unit: "KB",
      note: "heaviest page, JS + data, gzip",
      target: { text: "< 400", ok: site.pageKB < 400 },
    },
  );
}

const result = {
  corpusMB: round(corpusMB),
  articles: corpus.files.length,
  runs,
  baselineMBps: round(baselineMBps),
  pipelineMBps: round(pipelineMBps),
  pipelinePinned: pinned,
  unpinnedMBps: round(unpinnedMBps),
  parallelMBps: round(parallelMBps),
  threads: workers.threads,
  peakRssMB: round(peakRssMB),
  loadersMs: round(loaders.ms),
  exportMs: exportTimes ? round(exportTimes.exportMs) : null,
  chromiumShotMs: exportTimes ? round(exportTimes.chromiumShotMs) : null,
  buildMs: site ? round(site.buildMs) : null,
  firstFigureMs: site ? round(site.firstFigureMs) : null,
  pageKB: site ? round(site.pageKB) : null,
  targetsMet: checks.every((c) => !c.target || c.target.ok),
};

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

if (json) {
  process.stdout.write(JSON.stringify(result, null, 2) + "\n");
} else {
  for (const c of checks) {
    const target = c.target ? `target ${c.target.text.padEnd(30)} ${c.target.ok ? "ok" : "MISSED"}` : "";
    log(`${c.name.padEnd(10)} ${c.value.toFixed(1).padStart(8)} ${c.unit.padEnd(5)} ${c.note.padEnd(42)} ${target}`);
  }
}
