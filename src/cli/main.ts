/** `wgbot <command>`: parses the command name and hands the rest to the command. */
import { inert } from "../action/workflow-commands.ts";
import { visibleLine } from "../util/invisible.ts";
import { initCommand } from "./commands/init.ts";
import { simulateCommand } from "./commands/simulate.ts";
import { sweepCommand } from "./commands/sweep.ts";
import { validateCommand } from "./commands/validate.ts";
import { type CliIo, EXIT, UsageError } from "./io.ts";

const USAGE = `Usage: wgbot <command> [options]

Commands:
  validate [dir]   Check a governance repository (default: the current directory).
                   --format human|json|github   output format (default: human)
  init [dir]       Scaffold a new governance repository (never overwrites a file).
  simulate <event> <payload.json>
                   Dry run: the real handlers on one webhook payload, offline; prints what
                   they would write. <event> is e.g. issues or issues.opened.
                   --repo <dir>             local governance repository (default: .)
                   --as <login>             who triggers the event (sender; comment author)
                   --member <team:login>    a team membership, repeatable (team alone: --as)
                   --head <dir>             files a pull request adds or changes
                   --now <iso>              the time to simulate (default: now)
                   --format human|json      output format (default: human)
  sweep            Run the scheduled sweep on a repository on GitHub: reminders for overdue
                   reports, at-risk and charter-review issues, stale grant requests.
                   Needs a token in GITHUB_TOKEN (or GH_TOKEN).
                   --repo <owner/name>      the governance repository (default: GITHUB_REPOSITORY)
                   --api-url <url>          GitHub API (default: GITHUB_API_URL or api.github.com)
                   --dry-run                print what it would write; write nothing
  help             Show this help.

Exit codes: 0 clean, 1 problems found (or wgbot failed), 2 usage error.
`;

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  init: initCommand,
  simulate: simulateCommand,
  sweep: sweepCommand,
};

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    (name === undefined ? io.stderr : io.stdout)(USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`wgbot: unknown command '${inert(visibleLine(name))}'.\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      // The message may quote a path or an argument: written out on one line, it cannot act as a workflow command.
      io.stderr(`wgbot ${name}: ${inert(visibleLine(error.message))}\n\n${USAGE}`);
      return EXIT.usage;
    }
    // Anything else is wgbot's failure, not the user's: one line saying what failed, never a stack trace (which
    // would print paths and values from the run). Exit 1, as a run that found problems, so CI does not pass.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`wgbot ${name} failed: ${inert(visibleLine(message.split("\n")[0] ?? ""))}\n`);
    return EXIT.problems;
  }
}
