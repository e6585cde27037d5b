/** `wgbot <command>`: parses the command name and hands the rest to the command. */

import packageJson from "../../package.json" with { type: "json" };
import { inert } from "../action/workflow-commands.ts";
import { visibleLine } from "../util/invisible.ts";
import { closest } from "../util/text.ts";
import { asksForHelp, HelpRequested } from "./args.ts";
import type { Command } from "./command.ts";
import { configCommand } from "./commands/config.ts";
import { formsCommand } from "./commands/forms.ts";
import { initCommand } from "./commands/init.ts";
import { newCommand } from "./commands/new-report.ts";
import { simulateCommand } from "./commands/simulate.ts";
import { siteCommand } from "./commands/site.ts";
import { statusCommand } from "./commands/status.ts";
import { sweepCommand } from "./commands/sweep.ts";
import { validateCommand } from "./commands/validate.ts";
import { commandHelp, mainHelp } from "./help.ts";
import { type CliIo, EXIT, UsageError } from "./io.ts";

const VERSION = packageJson.version;

/** One line per command; `--help` and usage errors come from each command's own declared options. */
export const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  init: initCommand,
  simulate: simulateCommand,
  sweep: sweepCommand,
  forms: formsCommand,
  config: configCommand,
  status: statusCommand,
  new: newCommand,
  site: siteCommand,
};

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(mainHelp(COMMANDS, VERSION));
    return EXIT.usage;
  }
  if (name === "--version") {
    io.stdout(`wgbot ${VERSION}\n`);
    return EXIT.ok;
  }
  if (name === "help" || name === "--help" || name === "-h") {
    const topic = rest[0];
    // `help vallidate` is answered as `vallidate` would be: the unknown command, and the one meant. Help about help
    // (`help help`, `--help -h`) is the main help, not a question asked of itself forever.
    const aboutHelp = topic === "help" || topic === "--help" || topic === "-h";
    if (topic !== undefined && !aboutHelp) return main([topic, "--help"], io);
    io.stdout(mainHelp(COMMANDS, VERSION));
    return EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    const guess = name.startsWith("-") ? undefined : closest(name, Object.keys(COMMANDS));
    io.stderr(
      `wgbot: unknown ${name.startsWith("-") ? "option" : "command"} '${inert(visibleLine(name))}'.${guess ? ` Did you mean '${guess}'?` : ""}\nRun \`wgbot --help\` for the list of commands.\n`,
    );
    return EXIT.usage;
  }
  // A declared command shows its help before it runs; any other shows it when it parses its arguments.
  if (command.spec && asksForHelp(rest)) {
    io.stdout(commandHelp(name, command.spec));
    return EXIT.ok;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof HelpRequested) {
      io.stdout(commandHelp(name, command.spec, error.options));
      return EXIT.ok;
    }
    if (error instanceof UsageError) {
      // One line saying what is wrong and where the help is, not the whole help: the line is what needs reading.
      // The message may quote a path or an argument: written out on one line, it cannot act as a workflow command.
      io.stderr(
        `wgbot ${name}: ${inert(visibleLine(error.message))}\nRun \`wgbot ${name} --help\` for its usage.\n`,
      );
      return EXIT.usage;
    }
    // Anything else is wgbot's failure, not the user's: one line saying what failed, never a stack trace (which
    // would print paths and values from the run). Exit 1, as a run that found problems, so CI does not pass.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`wgbot ${name} failed: ${inert(visibleLine(message.split("\n")[0] ?? ""))}\n`);
    return EXIT.problems;
  }
}
