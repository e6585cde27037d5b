/** `wgbot validate [path…]`: checks a whole governance repository on disk, or some of its files. */
import { realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { countBySeverity, type Problem } from "../../problems.ts";
import { type DirectoryResult, validateDirectory } from "../../validate/directory.ts";
import { findRepositoryRoot, isGovernanceRepository } from "../../validate/repository-root.ts";
import { parse } from "../args.ts";
import { defineCommand } from "../command.ts";
import { formatGithub } from "../format/github.ts";
import { formatHuman, type Summary } from "../format/human.ts";
import { formatJson } from "../format/json.ts";
import { EXIT, UsageError } from "../io.ts";

const FORMATS = ["human", "json", "github"] as const;

export const validateCommand = defineCommand(
  {
    name: "validate",
    args: "[path…]",
    maxPositionals: Number.POSITIVE_INFINITY,
    summary: "Check a governance repository (default: the current folder), or some of its files.",
    details: [
      "A folder is checked whole: the config, every charter and report, the issue forms, and the rules",
      "that span files. Files (as an editor or a pre-commit hook names them) are checked with their",
      "repository around them, found upwards from the file; only their own problems are shown.",
    ].join("\n"),
    options: {
      format: {
        type: "string",
        short: "f",
        default: "human",
        value: "<human|json|github>",
        help: "Output format; github writes annotations for a workflow.",
      },
      root: {
        type: "string",
        value: "<dir>",
        help: "With --format github: the checkout the paths are relative to (default: GITHUB_WORKSPACE).",
      },
    },
    examples: [
      "wgbot validate",
      "wgbot validate governance --format github",
      "wgbot validate workgroups/packaging/reports/2026-10.yml",
    ],
  },
  async (args, io, spec) => {
    const { values, positionals } = parse(args, spec.options, spec.maxPositionals);
    const format = values.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format))
      throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not '${format}'.`);
    const target = resolveTargets(positionals.length > 0 ? positionals : ["."], io.cwd);
    if (!target.root) {
      io.stderr(notARepository(target.shown, target.files.length > 0));
      return EXIT.problems;
    }
    let result: DirectoryResult;
    try {
      result = await validateDirectory(target.root, { now: io.now });
    } catch (error) {
      // Every file problem is reported as a problem; anything else is a fault, said in one line: never a stack trace.
      io.stderr(`wgbot validate: could not check ${target.root}: ${(error as Error).message ?? error}\n`);
      return EXIT.problems;
    }
    let problems = result.problems;
    let summary: Summary = {
      checked: result.checked,
      workgroups: result.workgroups,
      reports: result.reports,
      grants: result.grants,
    };
    if (target.files.length > 0) {
      const named = onlyNamed(result, target.files);
      for (const file of named.skipped)
        io.stderr(`wgbot validate: ${file} is not a file wgbot checks; skipped.\n`);
      problems = named.problems;
      summary = named.summary;
    }
    const env = io.env ?? process.env;
    if (format === "json") io.stdout(formatJson(problems, summary));
    else if (format === "github")
      io.stdout(
        formatGithub(problems, checkoutPrefix(target.root, values.root, env.GITHUB_WORKSPACE, io.cwd)),
      );
    else io.stdout(formatHuman(problems, result.source, summary, io.color));
    return countBySeverity(problems).errors > 0 ? EXIT.problems : EXIT.ok;
  },
);

interface Target {
  /** The governance repository's root, when there is one. */
  root?: string;
  /** The named files, by path from the root; empty when a folder was named. */
  files: string[];
  /** What the user named, for messages. */
  shown: string;
}

function resolveTargets(paths: string[], cwd: string): Target {
  const kinds = paths.map((path) => {
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(resolve(cwd, path));
    } catch {
      throw new UsageError(`${path} does not exist.`);
    }
    if (stat.isDirectory()) return "folder";
    // A pipe or a device would block the read or never end: refused before anything opens it.
    if (!stat.isFile()) throw new UsageError(`${path} is not a directory or a regular file.`);
    return "file";
  });
  if (kinds.includes("folder")) {
    if (paths.length > 1)
      throw new UsageError("name one folder, or files: a folder is already checked whole.");
    const dir = resolve(cwd, paths[0] as string);
    return { root: isGovernanceRepository(dir) ? dir : undefined, files: [], shown: dir };
  }
  const absolute = paths.map((path) => resolve(cwd, path));
  const roots = new Set(absolute.map((file) => findRepositoryRoot(dirname(file))));
  if (roots.size > 1)
    throw new UsageError("these files are in different governance repositories: check one at a time.");
  const root = [...roots][0];
  const files = absolute.map((file) => (root ? relative(root, file).split(sep).join("/") : file));
  return { root, files, shown: paths.join(", ") };
}

function notARepository(shown: string, files: boolean): string {
  const what = files
    ? `${shown} ${shown.includes(", ") ? "are" : "is"} not inside a governance repository`
    : `${shown} is not a governance repository`;
  // A folder inside a repository (a work group's, say) is not one to start a new repository in.
  const above = files ? undefined : findRepositoryRoot(shown);
  return [
    `wgbot validate: ${what}: no .github/wgbot.yml and no workgroups/ folder${files ? " above it" : ""}.`,
    ...(above
      ? [`It is inside the governance repository at ${above}: run \`wgbot validate ${above}\`.`]
      : [
          "Run it in the repository's root or name that folder (wgbot validate path/to/governance);",
          "to start a new one here, run `wgbot init`.",
        ]),
    "",
  ].join("\n");
}

/** The named files' problems and counts; names that are not governance files are skipped. */
function onlyNamed(result: DirectoryResult, files: string[]) {
  const checked = files.filter((file) => result.kinds.has(file));
  const kept = new Set(checked);
  const kinds = checked.map((file) => result.kinds.get(file));
  return {
    skipped: files.filter((file) => !kept.has(file)),
    problems: result.problems.filter((p: Problem) => kept.has(p.file)),
    summary: {
      checked: checked.length,
      workgroups: kinds.filter((k) => k === "charter").length,
      reports: kinds.filter((k) => k === "report").length,
      grants: kinds.filter((k) => k === "ledger").length,
    },
  };
}

/**
 * Annotations must name files from the root of the checkout GitHub shows (GITHUB_WORKSPACE, or --root), which is
 * not the governance repository's root when that is a subfolder. Outside the checkout no prefix can be right, so
 * an explicit --root must contain the repository; the environment's is used only when it does.
 */
function checkoutPrefix(
  root: string,
  option: string | undefined,
  workspace: string | undefined,
  cwd: string,
) {
  const checkout = option ?? workspace;
  if (!checkout) return "";
  const from = relative(real(resolve(cwd, checkout)), real(root))
    .split(sep)
    .join("/");
  const outside = from === ".." || from.startsWith("../") || isAbsolute(from);
  if (outside && option !== undefined)
    throw new UsageError(`--root ${option} does not contain the governance repository ${root}.`);
  return outside || from === "" ? "" : `${from}/`;
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
