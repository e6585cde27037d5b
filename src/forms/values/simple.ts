/** Counts, web addresses and email addresses, as typed in one-line form fields. */
import { quote, stripChars } from "../markdown.ts";
import { scanAmounts } from "./money.ts";
import { fail, ok, type ValueResult } from "./result.ts";

const COUNT_HINT = "Write your best estimate as one whole number, e.g. `350`.";

/** "350", "about 1,200", "~300 people", "250+" → a whole number of at least 1. */
export function parseCount(text: string): ValueResult<number> {
  const tokens = scanAmounts(text);
  if (tokens.length === 0)
    return fail(text.trim() === "" ? "No number given." : `No number found in ${quote(text)}.`, COUNT_HINT);
  if (tokens.length > 1)
    return fail(`${quote(text)} holds ${tokens.length} numbers; write only one.`, COUNT_HINT);
  const value = (tokens[0] as (typeof tokens)[number]).value;
  if (!value.ok) return fail(value.message, COUNT_HINT);
  if (!Number.isInteger(value.value) || value.value < 1)
    return fail(`${quote(text)} is not a whole number of people.`, COUNT_HINT);
  return ok(value.value);
}

/**
 * "[site](https://x.org)", "<https://x.org>", "x.org/coc" → "https://x.org…". Only http(s) addresses are
 * accepted: a page people can open.
 */
export function parseWebAddress(text: string): ValueResult<string> {
  if (text.length > 2048)
    return fail("The web address is too long.", "Write the address of the page itself.");
  let t = text.trim();
  const link = /^\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)$/.exec(t) ?? /^<([^>\s]+)>$/.exec(t);
  if (link) t = link[1] as string;
  t = stripChars(t, "`");
  if (/^www\.|^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}(?:[/?#]\S*)?$/iu.test(t)) t = `https://${t}`;
  if (/^https?:\/\/[^\s/?#]+\.[^\s/?#]+\S*$/i.test(t) || /^https?:\/\/localhost\b/i.test(t)) {
    try {
      new URL(t);
      return ok(t);
    } catch {
      // not a URL after all: the error below
    }
  }
  return fail(
    `${quote(text)} is not a web address.`,
    "Write the full address of the page, starting with https://, e.g. `https://example.org`.",
  );
}

/** "<ada@example.org>", "mailto:ada@example.org", "[ada@example.org](mailto:…)" → "ada@example.org". */
export function cleanEmail(text: string): string {
  let t = text.trim();
  const link = /^\[([^\]]*)\]\(\s*mailto:([^)\s]+)\s*\)$/i.exec(t);
  if (link) t = link[2] as string;
  return t
    .replace(/^<|>$/g, "")
    .replace(/^mailto:/i, "")
    .trim();
}
