// A page's control state lives in the query string, so a shared link reproduces the view. Each control is a
// Param: how to read its value from the URL (tolerating stale or hand-edited links) and how to write it back.

export interface Param<T> {
  key: string;
  /** The value for a raw query value (null when the key is absent); never throws. */
  read(raw: string | null): T;
  /** The query value for `value`, or null to leave the key out (the default view keeps a clean URL). */
  write(value: T): string | null;
}

/** One of `choices`; absent or unknown values read as `fallback`. */
export function choiceParam<T extends string>(key: string, choices: readonly T[], fallback: T): Param<T> {
  return {
    key,
    read: (raw) => (raw !== null && (choices as readonly string[]).includes(raw) ? (raw as T) : fallback),
    write: (value) => (value === fallback ? null : value),
  };
}

/**
 * A subset of `choices`, written comma-separated in the order of `choices`. Absent means all of them (the
 * default view); an empty value means none; values no longer among the choices are dropped.
 */
export function listParam(key: string, choices: readonly string[]): Param<string[]> {
  return {
    key,
    read: (raw) => {
      if (raw === null) return [...choices];
      const wanted = new Set(raw.split(",").map((s) => s.trim()));
      return choices.filter((c) => wanted.has(c));
    },
    write: (value) => {
      const chosen = new Set(Array.isArray(value) ? value : []);
      if (choices.every((c) => chosen.has(c))) return null;
      return choices.filter((c) => chosen.has(c)).join(",");
    },
  };
}

/** An integer among `allowed` (any integer when absent); anything else reads as `fallback`. */
export function intParam(key: string, fallback: number | null, allowed?: readonly number[]): Param<number | null> {
  return {
    key,
    read: (raw) => {
      const value = raw !== null && /^-?\d{1,9}$/.test(raw.trim()) ? Number(raw) : null;
      return value !== null && (!allowed || allowed.includes(value)) ? value : fallback;
    },
    write: (value) => (value === null || value === fallback ? null : String(value)),
  };
}

/** The value of `param` in a query string such as `location.search`. */
export function readParam<T>(param: Param<T>, search: string): T {
  return param.read(new URLSearchParams(search).get(param.key));
}

/** `search` with `key` set to `value` (removed when null): "?a=1&b=2", or "" when nothing is left. */
export function searchWith(search: string, key: string, value: string | null): string {
  const params = new URLSearchParams(search);
  if (value === null) params.delete(key);
  else params.set(key, value);
  // Commas stay readable in shared links.
  const query = params.toString().replace(/%2C/gi, ",");
  return query ? `?${query}` : "";
}

interface UrlWindow {
  location: { search: string; pathname: string; hash: string };
  history: { state: unknown; replaceState(state: unknown, unused: string, url: string): void };
}

/** Writes `value` into the current URL without a page load or a new history entry. */
export function writeParam<T>(param: Param<T>, value: T, win: UrlWindow = window): void {
  const search = searchWith(win.location.search, param.key, param.write(value));
  win.history.replaceState(win.history.state, "", `${win.location.pathname}${search}${win.location.hash}`);
}

/**
 * Starts `input` (any Observable input: it has `value` and fires "input") from the URL and keeps the URL in
 * step with it. Returns the input, so `view(bindToUrl(Inputs.radio(…), param))` reads naturally.
 */
export function bindToUrl<T, I extends EventTarget & { value: T }>(
  input: I,
  param: Param<T>,
  win: UrlWindow = window,
): I {
  input.value = readParam(param, win.location.search);
  input.addEventListener("input", () => writeParam(param, input.value, win));
  return input;
}
