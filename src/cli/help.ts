/** The help texts, written from each command's declaration (command.ts): nothing here lists a command by hand. */
import type { Command, CommandSpec, OptionSpec, OptionTable } from "./command.ts";

const EXIT_CODES = "Exit codes: 0 clean, 1 problems found (or wgbot failed), 2 usage error.";

/** `wgbot --help`: every registered command with its summary. */
export function mainHelp(commands: Readonly<Record<string, Command>>, version: string): string {
  const rows = Object.entries(commands).map(([name, command]) => {
    const args = command.spec?.args ? ` ${command.spec.args}` : "";
    return [`${name}${args}`, command.spec?.summary ?? ""] as const;
  });
  return [
    `wgbot ${version}: automation for a foundation's work groups, charters, monthly reports and grant requests.`,
    "",
    "Usage: wgbot <command> [options]",
    "",
    "Commands:",
    ...table([...rows, ["help [command]", "Show this help, or a command's help."]]),
    "",
    "Options:",
    ...table([
      ["-h, --help", "Show help (also after a command: wgbot validate --help)."],
      ["    --version", "Print wgbot's version."],
    ]),
    "",
    EXIT_CODES,
    "",
  ].join("\n");
}

/** `wgbot <command> --help`: from the declaration, or from the options alone for a command that declares no more. */
export function commandHelp(name: string, spec: CommandSpec | undefined, options?: OptionTable): string {
  const opts = {
    ...(spec?.options ?? options ?? {}),
    help: { type: "boolean", short: "h", help: "Show this help." },
  };
  const args = spec?.args ? ` ${spec.args}` : "";
  const lines = [`Usage: wgbot ${name}${args}${Object.keys(opts).length > 0 ? " [options]" : ""}`, ""];
  if (spec?.summary) lines.push(spec.summary, "");
  if (spec?.details) lines.push(spec.details.trimEnd(), "");
  lines.push(
    "Options:",
    ...table(Object.entries(opts).map(([long, o]) => optionRow(long, o as OptionSpec))),
    "",
  );
  if (spec?.examples?.length) lines.push("Examples:", ...spec.examples.map((e) => `  ${e}`), "");
  lines.push(EXIT_CODES, "");
  return lines.join("\n");
}

function optionRow(long: string, option: OptionSpec): readonly [string, string] {
  const flag = `${option.short ? `-${option.short}, ` : "    "}--${long}`;
  const value = option.type === "string" ? ` ${option.value ?? "<value>"}` : "";
  const notes: string[] = [];
  if (option.multiple) notes.push("repeatable");
  const shown = Array.isArray(option.default) ? undefined : option.default;
  if (shown !== undefined && shown !== false && shown !== "") notes.push(`default: ${shown}`);
  const help = `${option.help ?? ""}${notes.length > 0 ? ` (${notes.join("; ")})` : ""}`.trim();
  return [`${flag}${value}`, help];
}

/** Two columns: names padded to the widest (up to a limit), descriptions after. */
function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.min(30, Math.max(...rows.map(([left]) => left.length)));
  return rows.map(([left, right]) =>
    !right
      ? `  ${left}`
      : left.length > width
        ? `  ${left}\n  ${" ".repeat(width)}  ${right}`
        : `  ${left.padEnd(width)}  ${right}`,
  );
}
