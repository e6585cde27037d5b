/**
 * Comment commands, parsed strictly: the command must be the first line of the comment. A `/board approve` quoted
 * (`> /board approve`), inside a code block or in the middle of a paragraph is text, not a command.
 */

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
  const first =
    (body ?? "")
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/, 1)[0]
      ?.trim() ?? "";
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
  let amount: number | undefined;
  let currency: string | undefined;
  // A word that starts like a number (in any script) is meant as the amount: it must read as one, or nothing is
  // decided (`-500`, `1e308`, `９０００` or `9,,0` never become a note on a decision for the full amount).
  if (words[0] !== undefined && /^[-+−]?[$€£]?[-+−]?\.?\p{Nd}/u.test(words[0])) {
    const written = /^([$€£])?(\d[\d,._]*)([A-Z]{3})?$/.exec(words.shift() as string);
    amount = written ? amountOf(written[2] as string) : undefined;
    if (amount === undefined || !Number.isFinite(amount) || amount <= 0)
      return {
        ok: false,
        name,
        error: "The amount must be a positive number, such as `9000`, `9,000` or `9,000.50`.",
      };
    currency = written?.[3] ?? (written?.[1] ? SYMBOLS[written[1]] : undefined);
    // `9000 EUR`: the currency is part of the amount, never the start of the note.
    if (words[0] !== undefined && /^[A-Z]{3}$/.test(words[0])) {
      const code = words.shift() as string;
      if (currency !== undefined && currency !== code)
        return { ok: false, name, error: `The amount has two currencies, ${currency} and ${code}.` };
      currency = code;
    }
  }
  const text = words.join(" ").trim() || undefined;
  const money = {
    ...(amount === undefined ? {} : { amount }),
    ...(currency === undefined ? {} : { currency }),
  };
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

const SYMBOLS: Record<string, string> = { $: "USD", "€": "EUR", "£": "GBP" };

/**
 * `9000`, `9000.50`, `9_000`; thousands with commas (`9,000.50`) or dots (`9.000,50`); a decimal comma (`12,50`).
 * Anything else (`9,,0`, `0.001`, `1.2.3,4`) is not an amount.
 */
function amountOf(digits: string): number | undefined {
  const d = digits.replace(/_/g, "");
  if (/^\d+(?:\.\d{1,2})?$/.test(d)) return Number(d);
  if (/^[1-9]\d{0,2}(?:,\d{3})+(?:\.\d{1,2})?$/.test(d)) return Number(d.replace(/,/g, ""));
  if (/^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d{1,2})?$/.test(d))
    return Number(d.replace(/\./g, "").replace(",", "."));
  if (/^\d+,\d{1,2}$/.test(d)) return Number(d.replace(",", "."));
  return undefined;
}
