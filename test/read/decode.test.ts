import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decodeBytes } from "../../data-loaders/read/decode.ts";
import { utf8ErrorOffset } from "../../data-loaders/read/utf8-error-offset.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, endian: "le" | "be"): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const [first, second] = endian === "le" ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
    bytes[2 + 2 * i] = first;
    bytes[3 + 2 * i] = second;
  }
  return bytes;
}

function ok(result: ReturnType<typeof decodeBytes>) {
  if (result.status !== "ok") throw new Error(`expected ok, got rejected: ${result.reason}`);
  return result;
}

function reason(result: ReturnType<typeof decodeBytes>): string {
  if (result.status !== "rejected") throw new Error("expected a rejection");
  return result.reason;
}

describe("decodeBytes", () => {
  it("decodeBytes(bytes) returns UTF-8 text exactly as read, with no warnings for plain text", () => {
    const text = "North Korea’s ‘strong’ reaction… why?\n\nSeoul, Nov 6 (NationPress) It said so.";
    expect(decodeBytes(utf8(text))).toEqual({ status: "ok", text, warnings: [] });
  });

  it("decodeBytes(bytes) strips a UTF-8 byte order mark and says so", () => {
    const result = ok(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Title\nBody.")])));
    expect(result.text).toBe("Title\nBody.");
    expect(result.warnings).toContain("UTF-8 byte order mark stripped");
  });

  it("decodeBytes(bytes) rejects an empty file and a file of only whitespace", () => {
    expect(reason(decodeBytes(new Uint8Array(0)))).toBe("empty file (0 bytes)");
    expect(reason(decodeBytes(utf8(" \n\t\r\n\u00a0 ")))).toMatch(/^empty: only whitespace \(\d+ bytes\)$/);
  });

  it("decodeBytes(bytes) rejects binary data with NUL bytes", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
    expect(reason(decodeBytes(png))).toBe("binary data: contains NUL bytes (first at byte 8)");
  });

  it("decodeBytes(bytes) rejects binary data without NULs by its share of control characters", () => {
    const bytes = new Uint8Array(400).map((_, i) => (i % 4 === 0 ? 0x01 + (i % 7) : 0x41));
    expect(reason(decodeBytes(bytes))).toMatch(/^binary data: \d+% control characters$/);
  });

  it("decodeBytes(bytes) keeps text with a few control characters and warns", () => {
    const result = ok(decodeBytes(utf8("A long enough line of article text.\u0007 And more of it here.")));
    expect(result.warnings).toContain("1 control character (kept as read)");
  });

  it("decodeBytes(bytes) rejects invalid UTF-8 and names the byte offset", () => {
    const latin1 = new Uint8Array([...utf8("Caf"), 0xe9, ...utf8(" au lait")]);
    expect(reason(decodeBytes(latin1))).toMatch(/^invalid UTF-8 at byte 3 \(0xE9\); .*save it as UTF-8$/);
    const truncated = new Uint8Array([...utf8("Kim’s"), 0xe2, 0x80]);
    expect(reason(decodeBytes(truncated))).toMatch(/^invalid UTF-8 at byte 7 /);
  });

  it("decodeBytes(bytes) decodes UTF-16 LE and BE files that start with a byte order mark", () => {
    const text = "Kim Jong-un’s sister\r\nSeoul, Nov 6 (NationPress) 北朝鮮";
    for (const [endian, name] of [
      ["le", "UTF-16 LE"],
      ["be", "UTF-16 BE"],
    ] as const) {
      const result = ok(decodeBytes(utf16(text, endian)));
      expect(result.text).toBe(text);
      expect(result.warnings).toContain(`decoded as ${name} (byte order mark stripped)`);
      expect(result.warnings).toContain("CRLF line endings seen (kept as read)");
    }
  });

  it("decodeBytes(bytes) rejects truncated UTF-16 and hints at UTF-16 without a byte order mark", () => {
    expect(reason(decodeBytes(utf16("Sanctions", "le").subarray(0, 7)))).toBe(
      "invalid UTF-16 LE: odd number of bytes (7)",
    );
    const bomless = utf16("North Korea criticized the sanctions.", "le").subarray(2);
    expect(reason(decodeBytes(bomless))).toMatch(/looks like UTF-16 without a byte order mark/);
  });

  it("decodeBytes(bytes) keeps CRLF line endings and non-breaking spaces, and warns about them", () => {
    const text = "Title line here\r\n\r\n    Body\u00a0text with\u00a0spaces.\r\n";
    const result = ok(decodeBytes(utf8(text)));
    expect(result.text).toBe(text);
    expect(result.warnings).toEqual([
      "CRLF line endings seen (kept as read)",
      "2 non-breaking spaces (U+00A0) seen (kept as read)",
    ]);
  });

  it("decodeBytes(bytes) warns about old Mac CR line endings", () => {
    expect(ok(decodeBytes(utf8("Title\rBody text."))).warnings).toContain("CR line endings seen (kept as read)");
  });

  it("decodeBytes(bytes, {maxBytes}) rejects files over the limit (default 5 MB)", () => {
    expect(reason(decodeBytes(utf8("x".repeat(11)), { maxBytes: 10 }))).toBe(
      "too large: 11 bytes (0.0 MB), over the limit of 0.0 MB",
    );
    const sixMegabytes = new Uint8Array(6 * 1024 * 1024).fill(0x61);
    expect(reason(decodeBytes(sixMegabytes))).toBe("too large: 6291456 bytes (6.0 MB), over the limit of 5.0 MB");
    expect(decodeBytes(sixMegabytes, { maxBytes: 8 * 1024 * 1024 }).status).toBe("ok");
  });

  it("decodeBytes(bytes) rejects an HTML page with a doctype or <html> start", () => {
    expect(reason(decodeBytes(utf8("\n<!DOCTYPE html>\n<html><body><p>Text</p></body></html>")))).toBe(
      "HTML page, not article text",
    );
    expect(reason(decodeBytes(utf8("<html lang=en>\n<p>Text</p>")))).toBe("HTML page, not article text");
  });

  it("decodeBytes(bytes) rejects a page fragment that is mostly tags", () => {
    const fragment = Array.from({ length: 12 }, (_, i) => `<div class="nav"><a href="/s/${i}">Section ${i}</a></div>`);
    expect(reason(decodeBytes(utf8(fragment.join("\n"))))).toBe("HTML page, not article text");
  });

  it("decodeBytes(bytes) keeps an article that contains a <script> line and warns that tags stay as text", () => {
    const text =
      "North Korea vows response\n\nNorth Korea criticized the sanctions and pledged a response.\n" +
      '<script>alert("x")</script>\nThe statement was carried by state media.';
    const result = ok(decodeBytes(utf8(text)));
    expect(result.text).toBe(text);
    expect(result.warnings).toContain("2 HTML-like tags kept as text (shown escaped)");
  });

  it("decodeBytes(bytes) never throws and, when ok, returns text that encodes back to the bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const result = decodeBytes(bytes);
        if (result.status === "ok" && bytes[0] !== 0xff && bytes[0] !== 0xfe && bytes[0] !== 0xef) {
          expect(new TextEncoder().encode(result.text)).toEqual(bytes);
        }
        if (result.status === "rejected") expect(result.reason.length).toBeGreaterThan(0);
      }),
      { seed: 42, numRuns: 2000 },
    );
  });

  it("decodeBytes(bytes) returns any UTF-8 encoded article text unchanged", () => {
    const articleChar = fc.constantFrom(..."Ab .,?!’“”…\n\r\u00a0 Kim 9$-".split(""));
    fc.assert(
      fc.property(fc.array(articleChar, { minLength: 1, maxLength: 200 }), (chars) => {
        const text = "Headline " + chars.join("");
        expect(ok(decodeBytes(utf8(text))).text).toBe(text);
      }),
      { seed: 42 },
    );
  });
});

describe("utf8ErrorOffset", () => {
  it("utf8ErrorOffset(bytes) is -1 exactly when a strict decoder accepts the bytes, else a clean cut point", () => {
    const strict = new TextDecoder("utf-8", { fatal: true });
    const decodes = (bytes: Uint8Array) => {
      try {
        strict.decode(bytes);
        return true;
      } catch {
        return false;
      }
    };
    // Bias towards multi-byte sequences so the invalid cases are varied.
    const byte = fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0x80, max: 0xff }));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 40 }), (array) => {
        const bytes = Uint8Array.from(array);
        const at = utf8ErrorOffset(bytes);
        expect(at === -1).toBe(decodes(bytes));
        if (at !== -1) {
          expect(decodes(bytes.subarray(0, at))).toBe(true);
          expect(decodes(bytes.subarray(0, at + 1))).toBe(false);
        }
      }),
      { seed: 42, numRuns: 5000 },
    );
  });
});
