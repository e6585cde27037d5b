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
import { parse } from "../args.ts";
import { type CliIo, EXIT, UsageError } from "../io.ts";

export async function sweepCommand(args: string[], io: CliIo): Promise<number> {
  const env = io.env ?? process.env;
  const { values } = parse(
    args,
    {
      repo: { type: "string" },
      "api-url": { type: "string" },
      "dry-run": { type: "boolean", default: false },
    },
    0,
  );
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
    const e = error as { status?: number; message?: string };
    io.stderr(
      `wgbot sweep: GitHub answered ${e.status ? `${e.status}: ` : ""}${e.message ?? String(error)}\n`,
    );
    return EXIT.problems;
  }
  const plan = outcome.plan as SweepPlan | undefined;
  if (plan) io.stdout(`${plan.text}\n`);
  const n = outcome.writes.length;
  if (n === 0) io.stdout("Nothing to write: GitHub is up to date.\n");
  else {
    io.stdout(`${dryRun ? "Would write" : "Wrote"} ${n} change${n === 1 ? "" : "s"}:\n`);
    for (const write of outcome.writes) io.stdout(`- ${describeWrite(write)}\n`);
  }
  return EXIT.ok;
}
