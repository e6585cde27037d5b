/** The one decoding of a governance file's bytes: size, UTF-8, BOM, line ends; and names shown with bad bytes. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodeGovernanceFile,
  firstInvalidByte,
  MAX_FILE_BYTES,
  normaliseLineEnds,
  visibleBytes,
} from "../../src/repo/decode.ts";

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const valid = (bytes: Uint8Array) => {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe("firstInvalidByte", () => {
  it("agrees with the platform's strict UTF-8 decoder on any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => {
        expect(firstInvalidByte(bytes) === bytes.length).toBe(valid(bytes));
        // Everything before the first bad byte is valid UTF-8.
        expect(valid(bytes.subarray(0, firstInvalidByte(bytes)))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("accepts every valid string's encoding", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const bytes = new TextEncoder().encode(text);
        expect(firstInvalidByte(bytes)).toBe(bytes.length);
      }),
    );
  });
});

describe("visibleBytes", () => {
  it("shows each invalid byte as \\xNN and keeps the rest", () => {
    expect(visibleBytes(new Uint8Array([0x61, 0xff, 0x62]))).toBe("a\\xFFb");
    expect(visibleBytes(new Uint8Array([0xc3, 0xa9, 0xc3]))).toBe("é\\xC3");
    expect(visibleBytes(new TextEncoder().encode("plain"))).toBe("plain");
  });
});

describe("decodeGovernanceFile", () => {
  it("gives the same text for a string and its bytes, without BOM and with LF line ends", () => {
    for (const text of ["\uFEFFa: 1\r\nb: 2\rc: 3\n", "a: 1\rb: 2\r"]) {
      const fromString = decodeGovernanceFile("f", text);
      expect(decodeGovernanceFile("f", new TextEncoder().encode(text))).toEqual(fromString);
      expect(fromString).toEqual({ text: normaliseLineEnds(text.replace(/^\uFEFF/, "")) });
      expect("text" in fromString && fromString.text.includes("\r")).toBe(false);
    }
  });

  it("judges size before decoding: bytes, a string's UTF-8 length, or a size alone", () => {
    const code = (input: Parameters<typeof decodeGovernanceFile>[1]) => {
      const out = decodeGovernanceFile("f", input);
      return "problem" in out ? out.problem.code : "ok";
    };
    expect(code(new Uint8Array(MAX_FILE_BYTES))).toBe("ok");
    expect(code(new Uint8Array(MAX_FILE_BYTES + 1))).toBe("yaml.too-large");
    expect(code("é".repeat(MAX_FILE_BYTES / 2 + 1))).toBe("yaml.too-large");
    expect(code({ tooLarge: MAX_FILE_BYTES + 1 })).toBe("yaml.too-large");
  });

  it("places the first invalid byte as an editor counts lines, whatever the line ends", () => {
    for (const eol of ["\n", "\r\n", "\r"]) {
      const bytes = new Uint8Array([...new TextEncoder().encode(`a: 1${eol}b: é`), 0xff]);
      expect(decodeGovernanceFile("f", bytes)).toEqual({
        problem: expect.objectContaining({ code: "yaml.encoding", line: 2, column: 5 }),
      });
    }
  });
});
