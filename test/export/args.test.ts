import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseExportArgs, UsageError } from "../../scripts/export/args.ts";

const IDS = ["figure-cards", "timeline", "voices"];

describe("parseExportArgs(argv, ids)", () => {
  it("parseExportArgs([]) exports every figure at 1920×1080, scale 1, light, all formats, into exports/", () => {
    expect(parseExportArgs([], IDS)).toEqual({
      only: null,
      width: 1920,
      height: 1080,
      scale: 1,
      theme: "light",
      formats: ["svg", "png", "csv", "pptx"],
      out: "exports",
    });
  });

  it("reads presets and WIDTHxHEIGHT sizes, --name value and --name=value", () => {
    expect(parseExportArgs(["--size", "4:3"], IDS)).toMatchObject({ width: 1440, height: 1080 });
    expect(parseExportArgs(["--size=16:9"], IDS)).toMatchObject({ width: 1920, height: 1080 });
    expect(parseExportArgs(["--size", "1:1"], IDS)).toMatchObject({ width: 1080, height: 1080 });
    expect(parseExportArgs(["--size", "1280x720"], IDS)).toMatchObject({ width: 1280, height: 720 });
  });

  it("keeps --only in the registry's order and --format in svg, png, csv, pptx order", () => {
    const options = parseExportArgs(["--only", "voices,figure-cards", "--format", "pptx,svg"], IDS);
    expect(options.only).toEqual(["figure-cards", "voices"]);
    expect(options.formats).toEqual(["svg", "pptx"]);
  });

  it("reads --scale, --theme and --out", () => {
    expect(parseExportArgs(["--scale", "2", "--theme", "dark", "--out", "/tmp/x"], IDS)).toMatchObject({
      scale: 2,
      theme: "dark",
      out: "/tmp/x",
    });
  });

  it("names the bad value in every usage error", () => {
    const message = (argv: string[]) => {
      try {
        parseExportArgs(argv, IDS);
      } catch (error) {
        expect(error).toBeInstanceOf(UsageError);
        return (error as Error).message;
      }
      return "no error";
    };
    expect(message(["--size", "10x"])).toBe("invalid --size: 10x");
    expect(message(["--size", "20x20"])).toBe("invalid --size: 20x20");
    expect(message(["--scale", "0"])).toBe("invalid --scale: 0");
    expect(message(["--scale", "two"])).toBe("invalid --scale: two");
    expect(message(["--theme", "auto"])).toBe("invalid --theme: auto");
    expect(message(["--format", "svg,gif"])).toBe("invalid --format: gif (choose from svg, png, csv, pptx)");
    expect(message(["--only", "timeline,maps"])).toBe("unknown figure: maps (valid: figure-cards, timeline, voices)");
    expect(message(["--size"])).toBe("missing value for --size");
    expect(message(["--size", "--theme", "dark"])).toBe("missing value for --size");
    expect(message(["--colour", "red"])).toMatch(/^unknown option: --colour\n/);
  });

  it("never throws anything but a UsageError, whatever the arguments", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom("--size", "--only", "--scale", "--format"))),
        (argv) => {
          try {
            parseExportArgs(argv, IDS);
          } catch (error) {
            expect(error).toBeInstanceOf(UsageError);
          }
        },
      ),
      { seed: 42 },
    );
  });
});
