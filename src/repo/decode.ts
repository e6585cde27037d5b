/**
 * The one way bytes of a governance file become text, whichever runtime read them (the CLI from disk, the report
 * pull request check from the contents API): the same size limit, the same UTF-8 verdict, the same byte order mark
 * and line-ending handling. So the same bytes always get the same verdict, and positions mean the same everywhere.
 */
import { type Position, type Problem, problem } from "../problems.ts";

/** Largest governance file read, in bytes. Governance files are small; a larger one is a mistake or an attack. */
export const MAX_FILE_BYTES = 512 * 1024;

/** A file too large to have been read at all: only its size is known (from lstat, or the API's `size`). */
export interface TooLarge {
  tooLarge: number;
}

/** A governance file as read, before decoding: text, bytes, or only its size when it is too large to read. */
export type GovernanceBytes = string | Uint8Array | TooLarge;

export type Decoded = { text: string } | { problem: Problem };

const strict = new TextDecoder("utf-8", { fatal: true });
const lenient = new TextDecoder("utf-8");

/**
 * Text of a governance file: at most `maxBytes` bytes, valid UTF-8, without a leading byte order mark, and with
 * every line break written as LF. YAML 1.2 counts a lone CR as a line break, but the `yaml` parser does not (it
 * reads `a: 1\rb: 2` as one key), so line breaks are normalised here, before any parser or line counter sees them:
 * lines and columns then match what an editor shows, whatever the line endings.
 */
export function decodeGovernanceFile(
  file: string,
  input: GovernanceBytes,
  maxBytes = MAX_FILE_BYTES,
): Decoded {
  if (typeof input === "object" && "tooLarge" in input)
    return { problem: tooLargeProblem(file, input.tooLarge, maxBytes) };
  // A string's UTF-8 length is at most 3 bytes per UTF-16 unit: most files need no counting pass.
  const size =
    typeof input !== "string"
      ? input.byteLength
      : input.length * 3 <= maxBytes
        ? input.length
        : Buffer.byteLength(input);
  if (size > maxBytes) return { problem: tooLargeProblem(file, size, maxBytes) };
  let text: string;
  if (typeof input === "string") text = input;
  else {
    const decoded = decodeUtf8(file, input);
    if ("problem" in decoded) return decoded;
    text = decoded.text;
  }
  return { text: normaliseLineEnds(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
}

/** CRLF and lone CR become LF. */
export function normaliseLineEnds(text: string): string {
  return text.indexOf("\r") === -1 ? text : text.replace(/\r\n?/g, "\n");
}

/** Decodes bytes as UTF-8 (a BOM left out), reporting where the first invalid byte is. */
export function decodeUtf8(file: string, bytes: Uint8Array): Decoded {
  try {
    return { text: strict.decode(bytes) };
  } catch {
    const offset = firstInvalidByte(bytes);
    return {
      problem: problem(file, "yaml.encoding", "The file is not valid UTF-8 text.", {
        ...endOf(lenient.decode(bytes.subarray(0, offset))),
        hint: "Save the file with UTF-8 encoding (most editors offer it in the 'Save as' or status bar menu).",
      }),
    };
  }
}

export function tooLargeProblem(file: string, size: number, maxBytes = MAX_FILE_BYTES): Problem {
  return problem(
    file,
    "yaml.too-large",
    `The file is ${kib(size)}; wgbot reads files up to ${kib(maxBytes)}.`,
    {
      line: 1,
      column: 1,
      hint: "Split the content or move long text elsewhere and link to it.",
    },
  );
}

/** Text as it is, when it is valid UTF-8; otherwise with each byte that is not shown as `\xFF`, so it is visible. */
export function visibleBytes(bytes: Uint8Array): string {
  let out = "";
  let start = 0;
  while (start < bytes.length) {
    const bad = firstInvalidByte(bytes.subarray(start));
    out += strict.decode(bytes.subarray(start, start + bad));
    if (start + bad >= bytes.length) break;
    out += `\\x${(bytes[start + bad] as number).toString(16).toUpperCase().padStart(2, "0")}`;
    start += bad + 1;
  }
  return out;
}

/** Offset of the first byte that does not begin a valid UTF-8 sequence (the length when all are valid). */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

/** Length of the valid UTF-8 sequence at `i`, or 0 (RFC 3629: no overlongs, no surrogates, nothing over U+10FFFF). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] as number;
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const lo = b0 === 0xe0 ? 0xa0 : 0x80;
    const hi = b0 === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const lo = b0 === 0xf0 ? 0x90 : 0x80;
    const hi = b0 === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** The position just after `text`, as an editor counts it (any line break ends a line). */
function endOf(text: string): Position {
  const lines = text.split(/\r\n?|\n/);
  const last = lines[lines.length - 1] ?? "";
  return { line: lines.length, column: last.length + 1 };
}

function kib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
