/** `wgbot <command>`: parses the command name and hands the rest to the command. */
import { initCommand } from "./commands/init.ts";
import { validateCommand } from "./commands/validate.ts";
import { type CliIo, EXIT, UsageError } from "./io.ts";

const USAGE = `Usage: wgbot <command> [options]

Commands:
  validate [dir]   Check a governance repository (default: the current directory).
                   --format human|json|github   output format (default: human)
  init [dir]       Scaffold a new governance repository (never overwrites a file).
  help             Show this help.

Exit codes: 0 clean, 1 problems found, 2 usage error.
`;

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  init: initCommand,
};

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    (name === undefined ? io.stderr : io.stdout)(USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`wgbot: unknown command '${name}'.\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`wgbot ${name}: ${error.message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    throw error;
  }
}
