/**
 * Argument parsing with node:util's parseArgs, over a command's declared option table (command.ts). Its errors
 * become one-line usage errors in plain words, and `--help` / `-h` anywhere before `--` asks for the command's help.
 */
import { type ParseArgsConfig, parseArgs } from "node:util";
import { closest } from "../util/text.ts";
import type { OptionTable } from "./command.ts";
import { UsageError } from "./io.ts";

/** `--help` was given: the caller prints the help written from `options` instead of running. */
export class HelpRequested extends Error {
  constructor(readonly options: OptionTable) {
    super("help requested");
  }
}

/** Whether the arguments ask for help: `--help` or `-h` before a `--`, after which everything is positional. */
export function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf("--");
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === "--help" || a === "-h");
}

export function parse<T extends NonNullable<ParseArgsConfig["options"]> & OptionTable>(
  args: string[],
  options: T,
  maxPositionals: number,
) {
  if (asksForHelp(args)) throw new HelpRequested(options);
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>
  >;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(parseError(error as Error & { code?: string }, options));
  }
  if (parsed.positionals.length > maxPositionals) {
    throw new UsageError(`unexpected argument '${parsed.positionals[maxPositionals]}'.`);
  }
  return parsed;
}

/** Node's parser messages are long and name internals (`<value>`, "ambiguous"); these say what to type. */
function parseError(error: Error & { code?: string }, options: OptionTable): string {
  const named = /'(?:-\w, )?(--?[^' ]+)/.exec(error.message)?.[1] ?? "";
  const flag = named.startsWith("--") ? named : flagOf(named.slice(1), options);
  const spec = options[flag.replace(/^--/, "").split("=")[0] ?? ""];
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const name = flag.replace(/^-+/, "").split("=")[0] ?? "";
    const guess = closest(name, Object.keys(options));
    return `unknown option '${named}'.${guess ? ` Did you mean --${guess}?` : ""}`;
  }
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && spec) {
    if (spec.type === "boolean") return `${flag} takes no value.`;
    return `${flag} needs a value: ${flag} ${spec.value ?? "<value>"}.`;
  }
  return (error.message.split("\n")[0] ?? "invalid arguments").replace(/^\w/, (c) => c.toLowerCase());
}

/** `-f` → `--format`, from the table's short names. */
function flagOf(short: string, options: OptionTable): string {
  const long = Object.entries(options).find(([, spec]) => spec.short === short)?.[0];
  return long ? `--${long}` : `-${short}`;
}
