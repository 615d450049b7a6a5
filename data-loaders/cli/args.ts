export type OutputFormat = "json" | "jsonl" | "csv";

export interface ExtractArgs {
  format: OutputFormat;
  out: string | null;
  paths: string[];
  catalog: string | null;
  maxBytes: number | null;
}

export class UsageError extends Error {}

const FORMATS = new Set<OutputFormat>(["json", "jsonl", "csv"]);

function value(argv: string[], i: number, flag: string): string {
  const v = argv[i + 1];
  if (v === undefined || v.startsWith("--")) throw new UsageError(`missing value for ${flag}`);
  return v;
}

/** Parses `[--format json|jsonl|csv] [--out FILE] [--catalog FILE] [--max-bytes N] [PATH ...]`. */
export function parseExtractArgs(argv: string[]): ExtractArgs {
  const args: ExtractArgs = { format: "json", out: null, paths: [], catalog: null, maxBytes: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const take = () => (inline !== undefined ? inline : value(argv, i++, flag));
    switch (flag) {
      case "--format": {
        const format = take() as OutputFormat;
        if (!FORMATS.has(format)) throw new UsageError(`invalid --format: ${format} (json, jsonl or csv)`);
        args.format = format;
        break;
      }
      case "--out":
        args.out = take();
        break;
      case "--catalog":
        args.catalog = take();
        break;
      case "--max-bytes": {
        const n = Number(take());
        if (!Number.isInteger(n) || n <= 0) throw new UsageError(`invalid --max-bytes: ${argv[i]}`);
        args.maxBytes = n;
        break;
      }
      case "--help":
      case "-h":
        throw new UsageError("");
      default:
        if (arg.startsWith("-")) throw new UsageError(`unknown option: ${arg}`);
        args.paths.push(arg);
    }
  }
  return args;
}

export const USAGE =
  "usage: npm run extract -- [--format json|jsonl|csv] [--out FILE] [--catalog FILE] [--max-bytes N] [PATH ...]";
