/**
 * Dry run of one event: the real core (handleEvent, every flow's gather → decide → apply) in dry-run mode,
 * with GitHub replaced by the offline GitHub (reads from a local governance repository and the payload, writes
 * recorded), then the plan printed: labels, comment text, check runs, escalations — whatever the flow would write.
 */

import { basename, resolve } from "node:path";
import { noCommands } from "../action/workflow-commands.ts";
import { appIdentity } from "../gather/identity.ts";
import { describeWrite } from "../model/describe-write.ts";
import type { Payload, WebhookEvent } from "../model/event.ts";
import type { Outcome } from "../model/outcome.ts";
import type { Repo } from "../model/repo.ts";
import { handleEvent } from "../router/handle-event.ts";
import { visibleBody } from "../util/invisible.ts";
import { type OfflineCall, OfflineGitHub } from "./offline-github.ts";
import { payloadShapeProblem } from "./payload-shape.ts";

export interface SimulateInput {
  /** `issues`, or with the action: `issues.edited` (the payload's action is then replaced). */
  event: string;
  payload: Payload;
  /** The local governance repository, served as the default branch. */
  root: string;
  now: Date;
  /** Who triggers the event: the payload's sender and, for a comment, its author. */
  as?: string;
  /** Team memberships, `team:login`, or `team` for the one triggering the event. */
  members?: readonly string[];
  /** For a pull request: a folder with the files it adds or changes, laid out as in the repository. */
  head?: string;
}

export interface Simulation {
  label: string;
  event: WebhookEvent;
  repo: Repo;
  now: Date;
  outcome?: Outcome;
  error?: Error;
  warnings: string[];
  calls: OfflineCall[];
}

export class SimulationInputError extends Error {}

export function prepareEvent(input: Pick<SimulateInput, "event" | "payload" | "as">): WebhookEvent {
  const [name = "", action, ...extra] = input.event.split(".");
  if (!/^[a-z_]+$/.test(name) || extra.length > 0 || action === "")
    throw new SimulationInputError(`'${input.event}' is not an event name such as issues or issues.opened.`);
  const payload = structuredClone(input.payload);
  if (action) payload.action = action;
  if (input.as) {
    const login = input.as.replace(/^@/, "");
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\[bot\])?$/.test(login))
      throw new SimulationInputError(`--as must be a GitHub login, not '${input.as}'.`);
    payload.sender = { ...(payload.sender ?? {}), login, type: login.endsWith("[bot]") ? "Bot" : "User" };
    if (payload.comment)
      payload.comment = {
        ...payload.comment,
        user: { ...(payload.comment.user ?? {}), login, type: "User" },
      };
  }
  return { name, payload };
}

export function parseMembers(
  members: readonly string[],
  actor: string | undefined,
): Map<string, Set<string>> {
  const teams = new Map<string, Set<string>>();
  for (const spec of members) {
    const [team = "", login = actor, ...extra] = spec.split(":");
    if (!/^[A-Za-z0-9_.-]+$/.test(team) || !login || extra.length > 0)
      throw new SimulationInputError(
        `--member must be team:login (or team, for the one triggering the event), not '${spec}'.`,
      );
    const set = teams.get(team) ?? new Set<string>();
    set.add(login.replace(/^@/, ""));
    teams.set(team, set);
  }
  return teams;
}

function repoOf(payload: Payload, root: string): Repo {
  const repository = payload.repository;
  if (repository?.owner?.login && repository.name)
    return { owner: repository.owner.login, repo: repository.name };
  return { owner: "local", repo: basename(resolve(root)) || "governance" };
}

export async function simulate(input: SimulateInput): Promise<Simulation> {
  const event = prepareEvent(input);
  const shape = payloadShapeProblem(event.name, event.payload);
  if (shape) throw new SimulationInputError(shape);
  const repo = repoOf(event.payload, input.root);
  const teams = parseMembers(input.members ?? [], event.payload.sender?.login);
  const offline = new OfflineGitHub({
    root: input.root,
    repo,
    payload: event.payload,
    teams,
    head: input.head,
  });
  // GitHub refuses a file over 100 MB, so no handler could read one there: say which were left out.
  const warnings = offline.tooLarge.map(
    (path) => `${path} is larger than GitHub's 100 MB limit for a file, so the simulation leaves it out.`,
  );
  const label = `${event.name}${event.payload.action ? `.${event.payload.action}` : ""}`;
  const simulation: Simulation = { label, event, repo, now: input.now, warnings, calls: offline.calls };
  try {
    simulation.outcome = await handleEvent(event, {
      github: offline.github,
      repo,
      now: input.now,
      dryRun: true,
      log: { info: () => {}, warn: (m) => warnings.push(m) },
      // wgbot acts as the offline GitHub's own App, learned as the App learns it (GET /app).
      self: appIdentity(() => offline.github.rest.apps.getAuthenticated()),
    });
  } catch (error) {
    simulation.error = error instanceof Error ? error : new Error(String(error));
  }
  return simulation;
}

interface Style {
  bold: (s: string) => string;
  dim: (s: string) => string;
}

const PLAIN: Style = { bold: (s) => s, dim: (s) => s };
const ANSI: Style = { bold: (s) => `\x1b[1m${s}\x1b[22m`, dim: (s) => `\x1b[2m${s}\x1b[22m` };

/**
 * The plan, for people: what the event is, which flow took it, each write it would make, what it found. Titles,
 * comments and files quote people's words: control characters in them are shown as `�`, so no escape sequence
 * in a payload reaches the terminal.
 */
export function formatSimulation(sim: Simulation, { color = false }: { color?: boolean } = {}): string {
  const st = color ? ANSI : PLAIN;
  const out: string[] = [];
  const { payload } = sim.event;
  const item = payload.issue ?? (payload.pull_request as Payload["issue"] | undefined);
  const about = item
    ? ` #${item.number} "${printable(item.title)}"${item.user ? ` by @${item.user.login}` : ""}`
    : "";
  const by = payload.sender?.login;
  const sender = by && by !== item?.user?.login ? ` (sent by @${by})` : "";
  out.push(st.bold(`${sim.label} on ${sim.repo.owner}/${sim.repo.repo}:${about}${sender}`));
  out.push(st.dim(`now ${sim.now.toISOString()} · dry run: nothing is written to GitHub`));
  out.push("");
  if (sim.error) {
    out.push(`✖ The handler failed: ${printable(sim.error.message)}`);
  } else if (sim.outcome) {
    const { outcome } = sim;
    out.push(`${st.bold("Flow:")} ${outcome.flow} — ${printable(outcome.summary)}`);
    if (outcome.writes.length > 0) {
      out.push(
        "",
        st.bold(`Plan (${outcome.writes.length} write${outcome.writes.length === 1 ? "" : "s"}):`),
      );
      outcome.writes.forEach((write, i) => {
        const [head = "", ...body] = printable(describeWrite(write)).split("\n");
        out.push(`  ${i + 1}. ${head}`);
        for (const line of body) out.push(`     ${st.dim("│")}${line.replace(/^ {4}/, " ")}`);
      });
    } else if (outcome.flow !== "ignored") {
      out.push("", "Plan: nothing to write (GitHub already matches).");
    }
    const problems = outcome.problems ?? [];
    if (problems.length > 0) {
      out.push("", st.bold(`Findings (${problems.length}):`));
      for (const p of problems) {
        const where = [p.file, p.line === undefined ? undefined : `line ${p.line}`, p.field]
          .filter(Boolean)
          .join(", ");
        out.push(
          printable(`  ${p.severity === "error" ? "✖" : "⚠"} ${where}: ${p.message}`) +
            (p.hint ? ` ${st.dim(printable(p.hint))}` : ""),
        );
      }
    }
  }
  for (const warning of sim.warnings) out.push(`⚠ ${printable(warning)}`);
  const attempted = sim.calls.filter((c) => c.write);
  if (attempted.length > 0) {
    out.push(
      "",
      `✖ The handler attempted ${attempted.length} write(s) despite the dry run (recorded, not sent):`,
    );
    for (const c of attempted) out.push(`  ${c.method} ${c.path}`);
  }
  const reads = sim.calls.filter((c) => !c.write);
  const unanswered = reads.filter((c) => c.source === "unanswered");
  out.push(
    "",
    st.dim(`${reads.length} read${reads.length === 1 ? "" : "s"} answered offline${readSummary(reads)}`),
  );
  for (const c of unanswered)
    out.push(st.dim(`  not available offline (answered 404): ${c.method} ${c.path}`));
  return `${out.join("\n")}\n`;
}

/**
 * People's text as the terminal (or an Actions log) should show it: invisible and control characters written out
 * (`<U+200B>`; newlines and tabs kept), and no line the Actions runner would take as a workflow command.
 */
function printable(text: string): string {
  return noCommands(visibleBody(text));
}

function readSummary(reads: OfflineCall[]): string {
  const bySource = new Map<string, number>();
  for (const r of reads) bySource.set(r.source, (bySource.get(r.source) ?? 0) + 1);
  if (bySource.size === 0) return ".";
  const from: Record<string, string> = {
    repository: "from the repository",
    payload: "from the payload",
    teams: "from the --member options",
    identity: "for wgbot's own account",
    unanswered: "not available offline",
  };
  return ` (${[...bySource].map(([source, n]) => `${n} ${from[source] ?? source}`).join(", ")}).`;
}

/** The plan as data (`--format json`), for scripts and tests. */
export function simulationJson(sim: Simulation): object {
  return {
    event: sim.label,
    repository: `${sim.repo.owner}/${sim.repo.repo}`,
    now: sim.now.toISOString(),
    ...(sim.error ? { error: sim.error.message } : {}),
    flow: sim.outcome?.flow,
    summary: sim.outcome?.summary,
    writes: sim.outcome?.writes ?? [],
    problems: sim.outcome?.problems ?? [],
    plan: sim.outcome?.plan,
    warnings: sim.warnings,
    requests: sim.calls.map(({ method, path, status, write, source }) => ({
      method,
      path,
      status,
      write,
      source,
    })),
  };
}
