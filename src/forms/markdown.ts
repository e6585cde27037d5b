/** The little Markdown an issue body needs: lines, code fences, ATX headings, list bullets, safe echoes. */
import { quoted } from "../util/text.ts";

const NOTHING = /^(?:_no response_|none|n\/?a|nil|null|nothing|-+|—|–)\.?$/i;

/** Whether an answer says "nothing": blank, `_No response_`, None, N/A, `-`. */
export function isNothing(text: string): boolean {
  const t = text.trim();
  return t === "" || NOTHING.test(t);
}

/** Splits on CRLF, CR or LF: every line break people's editors produce counts as one line. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

interface FenceLine {
  index: number;
  char: "`" | "~";
  length: number;
  /** Only a bare fence (nothing after the markers) can close a block. */
  bare: boolean;
}

const FENCE = /^\s*(`{3,}|~{3,})(.*)$/;

function fenceOf(line: string, index: number): FenceLine | undefined {
  const m = FENCE.exec(line);
  if (!m) return undefined;
  const marker = m[1] as string;
  const rest = (m[2] as string).trim();
  const char = marker[0] as "`" | "~";
  if (char === "`" && rest.includes("`")) return undefined; // CommonMark: a backtick info string has no backtick
  return { index, char, length: marker.length, bare: rest === "" };
}

/**
 * Which lines are inside a fenced code block (the fence lines included). A fence that is never closed is
 * treated as plain text: otherwise one stray ``` in an answer would swallow every section after it.
 * Linear in the number of lines.
 */
export function fencedLines(lines: readonly string[]): boolean[] {
  const inside = new Array<boolean>(lines.length).fill(false);
  const fences: FenceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.length >= 3 && (line.includes("```") || line.includes("~~~"))) {
      const f = fenceOf(line, i);
      if (f) fences.push(f);
    }
  }
  // longestBare[c][k]: the longest bare fence of char c at or after fences[k]: tells in O(1) whether an
  // opening fence will ever be closed.
  const longest = {
    "`": new Array<number>(fences.length + 1).fill(0),
    "~": new Array<number>(fences.length + 1).fill(0),
  };
  for (let k = fences.length - 1; k >= 0; k--) {
    const f = fences[k] as FenceLine;
    for (const c of ["`", "~"] as const) {
      const after = longest[c][k + 1] as number;
      longest[c][k] = f.bare && f.char === c ? Math.max(after, f.length) : after;
    }
  }
  let k = 0;
  while (k < fences.length) {
    const open = fences[k] as FenceLine;
    if ((longest[open.char][k + 1] as number) < open.length) {
      k++; // never closed: plain text
      continue;
    }
    let close = k + 1;
    while (close < fences.length) {
      const f = fences[close] as FenceLine;
      if (f.bare && f.char === open.char && f.length >= open.length) break;
      close++;
    }
    const end = (fences[close] as FenceLine).index;
    for (let i = open.index; i <= end; i++) inside[i] = true;
    k = close + 1;
  }
  return inside;
}

export interface Heading {
  level: number;
  text: string;
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;

/** An ATX heading (`### Budget ##` → level 3, "Budget"), or undefined. */
export function headingOf(line: string): Heading | undefined {
  if (!line.includes("#")) return undefined;
  const m = ATX.exec(line);
  if (!m) return undefined;
  let text = (m[2] ?? "").trim();
  const closed = stripChars(text, "#", "end"); // a closing sequence counts only after a space
  if (closed === "" || closed.endsWith(" ") || closed.endsWith("\t")) text = closed.trim();
  return { level: (m[1] as string).length, text };
}

/**
 * Removes these characters from the start and/or end of a text. A loop, not a regex: `[x]+$` on a long run
 * of x that is not at the end costs quadratic time, and answers are untrusted.
 */
export function stripChars(text: string, chars: string, where: "both" | "start" | "end" = "both"): string {
  let start = 0;
  let end = text.length;
  if (where !== "end") while (start < end && chars.includes(text[start] as string)) start++;
  if (where !== "start") while (end > start && chars.includes(text[end - 1] as string)) end--;
  return text.slice(start, end);
}

const BULLET = /^\s*(?:[-*+•‣◦▪]|\d{1,4}[.)])\s+(?:\[[ xX✓✔]\]\s+)?/u;

/** "- item", "* item", "1. item", "2) item", "- [x] item" → "item". */
export function stripBullet(line: string): string {
  return line.replace(BULLET, "");
}

export function hasBullet(line: string): boolean {
  return BULLET.test(line);
}

/**
 * User text echoed in a comment: shortened, on one line, invisible characters written out, inside a code span so
 * that Markdown, links and @mentions in it do nothing. The one way form answers are quoted in messages.
 */
export function quote(text: string, max = 40): string {
  return quoted(text, max);
}

/** A sentence continued after a colon: "Amounts in CHF…" → "amounts in CHF…". Quotes and acronyms stay. */
export function lowerFirst(message: string): string {
  return /^[A-Z][a-z]/.test(message) ? `${message[0]?.toLowerCase()}${message.slice(1)}` : message;
}

/** "**Label**" for messages; the label is ours, from the form, so it needs no escaping. */
export function bold(label: string): string {
  return `**${label}**`;
}
