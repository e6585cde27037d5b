/** `wgbot validate [dir]`: checks a whole governance repository on disk. */
import { resolve } from "node:path";
import { countBySeverity } from "../../problems.ts";
import { NotARepositoryError, readLocalRepository } from "../../repo/read-local.ts";
import { validateRepository } from "../../validate/repository.ts";
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
  let snapshot: Awaited<ReturnType<typeof readLocalRepository>>;
  try {
    snapshot = await readLocalRepository(dir);
  } catch (error) {
    if (error instanceof NotARepositoryError) throw new UsageError(error.message);
    throw error;
  }
  const state = validateRepository(snapshot, { now: io.now });
  const summary = {
    checked: state.checked,
    workgroups: [...state.workgroups.values()].filter((wg) => wg.charterFound).length,
    reports: [...state.workgroups.values()].reduce((n, wg) => n + wg.reports.size, 0),
  };
  const source = (file: string) => {
    const content = snapshot.files.get(file);
    return content === undefined
      ? undefined
      : typeof content === "string"
        ? content
        : Buffer.from(content).toString("utf8");
  };
  if (format === "json") io.stdout(formatJson(state.problems, summary));
  else if (format === "github") io.stdout(formatGithub(state.problems));
  else io.stdout(formatHuman(state.problems, source, summary, io.color));
  return countBySeverity(state.problems).errors > 0 ? EXIT.problems : EXIT.ok;
}
