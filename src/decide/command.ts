/**
 * Comment commands, parsed strictly: the command must be the first line of the comment. A `/board approve` quoted
 * (`> /board approve`), inside a code block or in the middle of a paragraph is text, not a command.
 */

export type Command =
  | { name: "recheck" }
  | { name: "recommend"; decision: "approve" | "decline"; amount?: number; reason?: string }
  | { name: "board"; decision: "approve" | "decline" | "defer"; amount?: number; note?: string };

export type ParsedCommand =
  | { ok: true; command: Command }
  | { ok: false; name: string; error: string }
  | undefined;

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
  if (words[0] !== undefined && /^[$€£]?\d[\d,._]*(?:\s*[A-Z]{3})?$/.test(words[0])) {
    const digits = (words.shift() as string).replace(/[$€£_\s]/g, "").replace(/[A-Z]{3}$/, "");
    // 9,000 and 9.000 are both nine thousand; 9000.50 keeps its decimals.
    amount = Number(
      /^\d{1,3}([.,]\d{3})+$/.test(digits) ? digits.replace(/[.,]/g, "") : digits.replace(/,/g, ""),
    );
    if (!Number.isFinite(amount) || amount <= 0)
      return { ok: false, name, error: `The amount must be a positive number.` };
  }
  const text = words.join(" ").trim() || undefined;
  if (name === "recommend") {
    return { ok: true, command: { name, decision: decision as "approve" | "decline", amount, reason: text } };
  }
  return {
    ok: true,
    command: { name: "board", decision: decision as "approve" | "decline" | "defer", amount, note: text },
  };
}
