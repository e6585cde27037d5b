/**
 * Comment commands, parsed strictly: the command must start the first line of the comment's first block, and that
 * block must be a plain paragraph as GitHub renders it (./command-line.ts). A `/board approve` quoted
 * (`> /board approve`), shown as code (fenced or indented), in a list, a heading or HTML, in bold, or in the
 * middle of a paragraph is text, not a command.
 *
 * An amount is read by the same parser as the grant form's amount (forms/values/money.ts), so `5_000 USD` is
 * 5,000 USD in both, and `-500`, `1e308` or `9,,0` are the same clear error in both.
 */
import { markerCode } from "../forms/values/currency.ts";
import { readAmount } from "../forms/values/money.ts";
import { commandLine } from "./command-line.ts";

export type Command =
  | { name: "recheck" }
  | {
      name: "recommend";
      decision: "approve" | "decline";
      amount?: number;
      currency?: string;
      reason?: string;
    }
  | {
      name: "board";
      decision: "approve" | "decline" | "defer";
      amount?: number;
      currency?: string;
      note?: string;
    };

export type ParsedCommand =
  | { ok: true; command: Command }
  | { ok: false; name: string; error: string }
  | undefined;

/** The command's name, well-formed or not (`/board maybe` is a `board` command with an error). */
export function commandName(parsed: ParsedCommand): string | undefined {
  return parsed ? (parsed.ok ? parsed.command.name : parsed.name) : undefined;
}

const USAGE: Record<string, string> = {
  recheck: "`/recheck`",
  recommend: "`/recommend approve|decline [amount] [reason]`",
  board: "`/board approve|decline|defer [amount] [note]`",
};

export function parseCommand(body: string | null | undefined): ParsedCommand {
  const first = commandLine(body) ?? "";
  const match = /^\/([a-z]+)(?:\s+(.*))?$/i.exec(first);
  if (!match) return undefined;
  const name = (match[1] as string).toLowerCase();
  const rest = (match[2] ?? "").trim();
  if (!(name in USAGE)) return undefined; // `/shrug` and friends are not ours
  if (name === "recheck") {
    return rest === ""
      ? { ok: true, command: { name } }
      : { ok: false, name, error: `Use ${USAGE.recheck} alone.` };
  }
  const [verb = "", ...words] = rest.split(/\s+/);
  const decisions = name === "recommend" ? ["approve", "decline"] : ["approve", "decline", "defer"];
  const decision = verb.toLowerCase();
  if (!decisions.includes(decision)) {
    return { ok: false, name, error: `Say what you decide: ${USAGE[name]}.` };
  }
  const amount = amountWords(words);
  let money: { amount?: number; currency?: string } = {};
  if (amount > 0) {
    const read = readAmount(words.slice(0, amount).join(" "));
    if (!read.ok) return { ok: false, name, error: `${read.message} ${read.hint}` };
    money =
      read.value.currency === undefined
        ? { amount: read.value.amount }
        : { amount: read.value.amount, currency: read.value.currency };
  }
  const text = words.slice(amount).join(" ").trim() || undefined;
  if (name === "recommend") {
    return {
      ok: true,
      command: { name, decision: decision as "approve" | "decline", ...money, reason: text },
    };
  }
  return {
    ok: true,
    command: { name: "board", decision: decision as "approve" | "decline" | "defer", ...money, note: text },
  };
}

/**
 * A word that starts like a number, in any script, after any sign or currency symbol or code (`-500`, `$9000`,
 * `US$9000`, `USD9000`, `９０００`): it is meant as an amount.
 */
function numberLike(word: string | undefined): boolean {
  const m = /^[-+−]?([^\p{Nd}\s]{0,4}?)[-+−]?\.?\p{Nd}/u.exec(word ?? "");
  return !!m && (m[1] === "" || markerCode(m[1] as string) !== undefined);
}

/** A currency written as a word of its own before or after the number: `USD`, `XTS`, `$`, `€`, `euros`. */
function currencyWord(word: string | undefined): boolean {
  return word !== undefined && (/^[A-Z]{3}$/.test(word) || markerCode(word) !== undefined);
}

/** A group of a number split by spaces (`1 200,50`), as the form reads it. */
const DIGIT_GROUP = /^\d{3}(?:[.,]\d{1,2})?$/;

/**
 * How many of the words after the verb are the amount: none when the first word does not start like a number (it
 * is the note); else the number, with a currency word before or after it and the groups of a space-grouped number.
 * What those words mean, or why they cannot be an amount, is the form's amount parser's to say: `-500`, `1e308`,
 * `９０００` or `9,,0` never become a note on a decision for the full amount.
 */
function amountWords(words: readonly string[]): number {
  let i = currencyWord(words[0]) && numberLike(words[1]) ? 1 : 0;
  if (!numberLike(words[i])) return 0;
  i++;
  while (/(?<![\d.,'’_])\d{1,3}$/.test(words[i - 1] ?? "") && DIGIT_GROUP.test(words[i] ?? "")) i++;
  if (currencyWord(words[i])) i++;
  return i;
}
