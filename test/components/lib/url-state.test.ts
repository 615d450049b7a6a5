import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bindToUrl,
  choiceParam,
  intParam,
  listParam,
  readParam,
  searchWith,
  writeParam,
} from "../../../src/components/lib/url-state.ts";

function fakeWindow(search = "", hash = "") {
  const calls: string[] = [];
  const win = {
    location: { search, pathname: "/timeline", hash },
    history: {
      state: null,
      replaceState(_state: unknown, _unused: string, url: string) {
        calls.push(url);
        const parsed = new URL(url, "http://localhost");
        Object.assign(win.location, { pathname: parsed.pathname, search: parsed.search, hash: parsed.hash });
      },
    },
  };
  return { win, calls };
}

describe("url-state", () => {
  it("listParam(key, choices) reads all when absent, none when empty, and drops unknown values", () => {
    const types = listParam("types", ["theft", "designation", "statement"]);
    expect(readParam(types, "")).toEqual(["theft", "designation", "statement"]);
    expect(readParam(types, "?types=")).toEqual([]);
    expect(readParam(types, "?types=statement,bogus,theft")).toEqual(["theft", "statement"]);
    expect(types.write(["statement", "theft", "designation"])).toBeNull();
    expect(types.write(["statement", "theft"])).toBe("theft,statement");
  });

  it("choiceParam(key, choices, fallback) reads unknown values as the fallback and leaves the fallback out of the URL", () => {
    const currency = choiceParam("currency", ["USD", "KRW"], "USD");
    expect(readParam(currency, "?currency=KRW")).toBe("KRW");
    expect(readParam(currency, "?currency=EUR")).toBe("USD");
    expect(currency.write("USD")).toBeNull();
    expect(currency.write("KRW")).toBe("KRW");
  });

  it("intParam(key, fallback, allowed) accepts only the allowed integers", () => {
    const year = intParam("year", 2022, [2018, 2022]);
    expect(readParam(year, "?year=2018")).toBe(2018);
    expect(readParam(year, "?year=2019")).toBe(2022);
    expect(readParam(year, "?year=20x8")).toBe(2022);
    expect(year.write(2022)).toBeNull();
  });

  it("searchWith(search, key, value) sets or removes one key and keeps commas readable", () => {
    expect(searchWith("?doc=a", "types", "theft,vote")).toBe("?doc=a&types=theft,vote");
    expect(searchWith("?types=theft", "types", null)).toBe("");
  });

  it("writeParam and bindToUrl keep the URL in step with the input, without a new history entry", () => {
    const { win, calls } = fakeWindow("?types=theft", "#x");
    const types = listParam("types", ["theft", "vote"]);
    const input = Object.assign(new EventTarget(), { value: [] as string[] });
    bindToUrl(input, types, win);
    expect(input.value).toEqual(["theft"]);
    input.value = ["theft", "vote"];
    input.dispatchEvent(new Event("input"));
    expect(calls.at(-1)).toBe("/timeline#x");
    writeParam(types, ["vote"], win);
    expect(calls.at(-1)).toBe("/timeline?types=vote#x");
  });

  it("readParam never throws on any query string", () => {
    const params = [listParam("k", ["a", "b"]), choiceParam("k", ["a"], "a"), intParam("k", null)];
    fc.assert(
      fc.property(fc.string(), (search) => {
        for (const p of params) expect(() => readParam(p as never, search)).not.toThrow();
      }),
      { seed: 42 },
    );
  });
});
