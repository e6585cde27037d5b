/**
 * `wgbot sweep`: the scheduled sweep run from a terminal or any scheduler against a repository on GitHub,
 * through the same handleEvent as the Action's `schedule` event. The token comes from the environment
 * (GITHUB_TOKEN or GH_TOKEN), never from the command line, where shell history and process lists would keep it.
 */

import type { SweepPlan } from "../../decide/sweep-model.ts";
import { tokenIdentity } from "../../gather/identity.ts";
import { createGitHub } from "../../github/client.ts";
import { describeWrite } from "../../model/describe-write.ts";
import { handleEvent } from "../../router/handle-event.ts";
import { listing, plural } from "../../util/text.ts";
import { parse } from "../args.ts";
import { defineCommand } from "../command.ts";
import { githubFailure } from "../github-failure.ts";
import { type CliIo, EXIT, UsageError } from "../io.ts";

export const sweepCommand = defineCommand(
  {
    name: "sweep",
    maxPositionals: 0,
    summary: "Run the scheduled sweep on a repository on GitHub (token in GITHUB_TOKEN or GH_TOKEN).",
    details: [
      "Reminders for overdue reports, at-risk and charter-review issues, stale grant requests, agendas.",
      "The token is read from the environment, never the command line, where shell history keeps it.",
    ].join("\n"),
    options: {
      repo: {
        type: "string",
        value: "<owner/name>",
        help: "The governance repository (default: GITHUB_REPOSITORY).",
      },
      "api-url": {
        type: "string",
        value: "<url>",
        help: "GitHub's API (default: GITHUB_API_URL, else https://api.github.com).",
      },
      "dry-run": { type: "boolean", default: false, help: "Print what it would write; write nothing." },
    },
    examples: ["GITHUB_TOKEN=… wgbot sweep --repo psf/governance --dry-run"],
  },
  async (args, io, spec) => {
    const { values } = parse(args, spec.options, spec.maxPositionals);
    return run(values, io);
  },
);

async function run(
  values: { repo?: string; "api-url"?: string; "dry-run": boolean },
  io: CliIo,
): Promise<number> {
  const env = io.env ?? process.env;
  const full = values.repo ?? env.GITHUB_REPOSITORY;
  if (!full) throw new UsageError("sweep needs --repo owner/name (or GITHUB_REPOSITORY).");
  const match = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(full);
  if (!match) throw new UsageError(`--repo must be owner/name, not '${full}'.`);
  const token = env.GITHUB_TOKEN || env.GH_TOKEN;
  if (!token)
    throw new UsageError("sweep needs a token in the GITHUB_TOKEN (or GH_TOKEN) environment variable.");
  const baseUrl = values["api-url"] ?? env.GITHUB_API_URL ?? "https://api.github.com";
  if (!/^https?:\/\//.test(baseUrl))
    throw new UsageError(`--api-url must be an http(s) URL, not '${baseUrl}'.`);

  const dryRun = values["dry-run"];
  const github = createGitHub({
    token,
    baseUrl,
    log: { warn: (m) => io.stderr(`${m}\n`) },
    ...(io.timing ? { timing: io.timing } : {}),
  });
  let outcome: Awaited<ReturnType<typeof handleEvent>>;
  try {
    outcome = await handleEvent(
      { name: "workflow_dispatch", payload: {} },
      {
        github,
        repo: { owner: match[1] as string, repo: match[2] as string },
        now: io.now,
        dryRun,
        log: { info: () => {}, warn: (m) => io.stderr(`${m}\n`) },
        // The token's own account: only what it wrote counts as wgbot's tracking issues and agendas.
        self: tokenIdentity(github),
      },
    );
  } catch (error) {
    io.stderr(
      `wgbot sweep: ${githubFailure(error) ?? (error instanceof Error ? error.message : String(error))}\n`,
    );
    return EXIT.problems;
  }
  const plan = outcome.plan as SweepPlan | undefined;
  if (plan) io.stdout(`${plan.text}\n`);
  const n = outcome.writes.length;
  if (n === 0) io.stdout("Nothing to write: GitHub is up to date.\n");
  else {
    io.stdout(`${dryRun ? "Would write" : "Wrote"} ${plural(n, "change")}${concerning(plan)}:\n`);
    for (const write of outcome.writes) io.stdout(`- ${describeWrite(write)}\n`);
  }
  return EXIT.ok;
}

/** " for 2 work groups (education, packaging) and 1 grant request (#12)": whom the writes concern. */
function concerning(plan: SweepPlan | undefined): string {
  if (!plan) return "";
  const f = plan.findings;
  const slugs = [...new Set([...f.overdue, ...f.atRisk, ...f.renewal].map((x) => x.slug))].sort();
  const reminded = f.grantsPastTarget.map((p) => p.issue);
  const grants = [...new Set([...f.grantsClosed, ...f.grantsFlagged, ...reminded])].sort((a, b) => a - b);
  const parts: string[] = [];
  if (slugs.length > 0) parts.push(`${plural(slugs.length, "work group")} (${slugs.join(", ")})`);
  if (grants.length > 0)
    parts.push(`${plural(grants.length, "grant request")} (${grants.map((g) => `#${g}`).join(", ")})`);
  return parts.length > 0 ? ` for ${listing(parts)}` : "";
}
