/**
 * `wgbot status [dir]`: the foundation at a glance — each work group's status, chairs, last report, overdue months,
 * at-risk and review date; open proposals and grant requests by stage (with `--repo`); the next board meeting and
 * what is on it. `--format markdown` is what the Action writes to its job summary after each sweep.
 */
import { resolve } from "node:path";
import { formatStatusHuman } from "../../status/format-human.ts";
import { formatStatusMarkdown } from "../../status/format-markdown.ts";
import { foundationJson } from "../../status/foundation.ts";
import { parse } from "../args.ts";
import { defineCommand } from "../command.ts";
import { EXIT, UsageError } from "../io.ts";
import { readFoundation } from "../read-foundation.ts";
import { REMOTE_OPTIONS, remoteOf } from "../remote.ts";

const FORMATS = ["human", "json", "markdown"] as const;

export const statusCommand = defineCommand(
  {
    name: "status",
    args: "[dir]",
    maxPositionals: 1,
    summary: "The foundation at a glance: work groups, open requests, the next board meeting.",
    details: [
      "Reads the governance repository in [dir] (default: here). With --repo and a token in GITHUB_TOKEN,",
      "the open charter proposals and grant requests (issues) are read from GitHub too.",
    ].join("\n"),
    options: {
      format: {
        type: "string",
        short: "f",
        default: "human",
        value: "<human|json|markdown>",
        help: "Output format; markdown is what the Action writes to its job summary.",
      },
      ...REMOTE_OPTIONS,
    },
    examples: ["wgbot status", "GITHUB_TOKEN=… wgbot status --repo psf/governance --format markdown"],
  },
  async (args, io, spec) => {
    const { values, positionals } = parse(args, spec.options, spec.maxPositionals);
    const format = values.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format))
      throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not '${format}'.`);
    const remote = remoteOf("status", values, io);
    const root = resolve(io.cwd, positionals[0] ?? ".");
    const read = await readFoundation("status", root, io, remote);
    if (typeof read === "number") return read;
    const { foundation, notes } = read;
    if (format === "json") io.stdout(foundationJson(foundation, notes));
    else if (format === "markdown") io.stdout(formatStatusMarkdown(foundation, notes));
    else io.stdout(formatStatusHuman(foundation, notes));
    return EXIT.ok;
  },
);
