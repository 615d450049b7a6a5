// End to end, in a scratch project that uses this repository's stylesheet, fonts and prebuild step:
// a cold `observable build` makes no network request, and a new seed reaches a loader's output.
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repo = resolve(".");
const blockFetch = join(repo, "test", "scripts", "fixtures", "block-fetch.mjs");
let project: string;
let fetchLog: string;

function run(command: string, args: string[]): string {
  const env = {
    ...process.env,
    OBSERVABLE_TELEMETRY_DISABLE: "true",
    PATH: [join(repo, "node_modules", ".bin"), process.env.PATH].join(delimiter),
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${blockFetch}`.trim(),
    BLOCKED_FETCH_LOG: fetchLog,
  };
  const result = spawnSync(command, args, { cwd: project, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${output.slice(-4000)}`);
  return output;
}

const prebuild = () => run("tsx", [join(repo, "scripts", "prebuild.ts")]);
const build = () => run("observable", ["build"]);

/** The seed list the probe loader wrote into the built site. */
function builtSeedList(): string[] {
  const dir = join(project, "dist", "_file", "data");
  const [file] = readdirSync(dir).filter((name) => name.startsWith("probe."));
  return JSON.parse(readFileSync(join(dir, file), "utf8")) as string[];
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), "offline-build-"));
  fetchLog = join(project, "fetches.log");
  symlinkSync(join(repo, "node_modules"), join(project, "node_modules"), "dir");
  writeFileSync(join(project, "package.json"), JSON.stringify({ type: "module", private: true }));
  writeFileSync(
    join(project, "observablehq.config.js"),
    'export default {root: "src", style: "style.css", globalStylesheets: [], footer: ""};\n',
  );
  cpSync(join(repo, "src", "style.css"), join(project, "src", "style.css"));
  cpSync(join(repo, "src", "fonts"), join(project, "src", "fonts"), { recursive: true });
  mkdirSync(join(project, "src", "data"), { recursive: true });
  writeFileSync(
    join(project, "src", "data", "probe.json.ts"),
    'import {readdirSync} from "node:fs";\nprocess.stdout.write(JSON.stringify(readdirSync("seeds").sort()));\n',
  );
  writeFileSync(
    join(project, "src", "index.md"),
    [
      "# Probe",
      "```js",
      'import * as Plot from "@observablehq/plot";',
      'const seeds = FileAttachment("data/probe.json").json();',
      "```",
      "```js",
      "display(Plot.barY(seeds, {x: (d) => d, y: 1}).plot());",
      "```",
    ].join("\n"),
  );
  mkdirSync(join(project, "seeds"));
  writeFileSync(join(project, "seeds", "000_first.txt"), "A first article.");
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe("npm run build (prebuild, then observable build)", () => {
  it("a cold build with the project's stylesheet makes no network request", () => {
    prebuild();
    build();
    expect(existsSync(fetchLog) ? readFileSync(fetchLog, "utf8") : "").toBe("");
    expect(existsSync(join(project, "dist", "index.html"))).toBe(true);
    expect(builtSeedList()).toEqual(["000_first.txt"]);
  });

  it("a new seed is in the next build only because prebuild marks the loaders stale", () => {
    writeFileSync(join(project, "seeds", "001_second.txt"), "A second article.");
    build();
    expect(builtSeedList()).toEqual(["000_first.txt"]); // Framework alone keeps the cached output
    prebuild();
    build();
    expect(builtSeedList()).toEqual(["000_first.txt", "001_second.txt"]);
    expect(existsSync(fetchLog) ? readFileSync(fetchLog, "utf8") : "").toBe("");
  });
});
