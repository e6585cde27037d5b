/**
 * What a CLI command declares about itself: its arguments, options and one-line summary. The help (`wgbot --help`,
 * `wgbot <command> --help`) and the usage errors are written from these declarations, so a new command gets both
 * by declaring its options once, in the table it also parses with.
 */
import type { CliIo } from "./io.ts";

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  multiple?: boolean;
  default?: string | boolean | string[];
  /** The value's placeholder in the help: `--repo <dir>`. */
  value?: string;
  /** What the option does, in one line of the help. */
  help?: string;
}

export type OptionTable = Record<string, OptionSpec>;

export interface CommandSpec {
  name: string;
  /** The positional arguments as the help shows them: `[dir]`, `<event> <payload.json>`. */
  args?: string;
  /** How many positional arguments it takes at most. */
  maxPositionals: number;
  /** One line for the list of commands. */
  summary: string;
  /** More lines for the command's own help. */
  details?: string;
  options: OptionTable;
  examples?: readonly string[];
}

export type CommandRun = (args: string[], io: CliIo) => Promise<number>;

/** A command: a function of its arguments, with its declaration attached when it has one. */
export type Command = CommandRun & { spec?: CommandSpec };

/** Attaches the declaration to the function that runs the command. */
export function defineCommand<S extends CommandSpec>(
  spec: S,
  run: (args: string[], io: CliIo, spec: S) => Promise<number>,
): Command & { spec: S } {
  return Object.assign((args: string[], io: CliIo) => run(args, io, spec), { spec });
}
