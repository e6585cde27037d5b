/** `wgbot validate [dir]`: checks a whole governance repository on disk. */
import { resolve } from "node:path";
import { countBySeverity } from "../../problems.ts";
import { NotARepositoryError } from "../../repo/read-local.ts";
import { type DirectoryResult, validateDirectory } from "../../validate/directory.ts";
import { parse } from "../args.ts";
import { formatGithub } from "../format/github.ts";
import { formatHuman } from "../format/human.ts";
import { formatJson } from "../format/json.ts";
import { type CliIo, EXIT, UsageError } from "../io.ts";

const FORMATS = ["human", "json", "github"] as const;

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(
    args,
    { format: { type: "string", short: "f", default: "human" } },
    1,
  );
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not '${format}'.`);
  const dir = resolve(io.cwd, positionals[0] ?? ".");
  let result: DirectoryResult;
  try {
    result = await validateDirectory(dir, { now: io.now });
  } catch (error) {
    if (error instanceof NotARepositoryError) throw new UsageError(error.message);
    // Every file problem is reported as a problem; anything else is a fault, said in one line: never a stack trace.
    io.stderr(`wgbot validate: could not check ${dir}: ${(error as Error).message ?? error}\n`);
    return EXIT.problems;
  }
  const summary = { checked: result.checked, workgroups: result.workgroups, reports: result.reports };
  if (format === "json") io.stdout(formatJson(result.problems, summary));
  else if (format === "github") io.stdout(formatGithub(result.problems));
  else io.stdout(formatHuman(result.problems, result.source, summary, io.color));
  return countBySeverity(result.problems).errors > 0 ? EXIT.problems : EXIT.ok;
}
