/**
 * Fault injection at the network level, with the production retry and throttling configuration.
 *
 * A scenario is a fresh fake GitHub filled with some state and one event to deliver. Its clean run records every
 * request the flow makes and the state it leaves. Then, for each request k of that list and each kind of fault,
 * a new world fails the k-th request (the fake's `faults`, matched by method, path and occurrence) and delivers
 * the event; the fault is removed and the event delivered again, as GitHub's redelivery, the next event or the
 * next sweep would. The state must then equal the clean run's, with no duplicate comment, label, milestone,
 * agenda, tracking issue or pull request, and one more delivery must write nothing. A fault Octokit's plugins
 * should absorb (one 5xx, one rate limit, one timeout) must not even fail the first delivery.
 *
 * Worlds run side by side: each has its own fake and its own throttling key, so the plugin's spacing of writes
 * (one a second, one content-creating request every three) applies within a world as in production, without
 * serialising unrelated worlds.
 *
 * The clients run on a short clock (FAST): the plugins' "second" lasts a millisecond and a request is abandoned
 * after 2 s instead of 15. The plugins, their counts and their order are production's; only the waits are shorter
 * (test/github/ pins the production times).
 */
import { Probot } from "probot";
import { createApp } from "../../src/app.ts";
import type { StateSnapshot } from "../../src/fake-github/state.ts";
import { tokenIdentity } from "../../src/gather/identity.ts";
import { createGitHub } from "../../src/github/client.ts";
import type { Timing } from "../../src/github/limits.ts";
import { wgbotProbotOctokit } from "../../src/github/probot-octokit.ts";
import type { WebhookEvent } from "../../src/model/event.ts";
import { handleEvent } from "../../src/router/handle-event.ts";
import { FakeGitHub, type Fault, type RecordedRequest } from "../support/fake-github.ts";
import { testPrivateKey } from "../support/keys.ts";

export const NOW = new Date("2026-11-21T12:00:00Z");

/** The clients' clock in the fault tests; the time limit stays well above a loopback answer on a busy machine. */
export const FAST: Timing = { secondMs: 1, requestTimeoutMs: 2_000 };

const privateKey = testPrivateKey();

export interface Setup {
  /** Delivers an event with throttling and retries off (fast): the state a scenario starts from. */
  prepare(event: { name: string; payload: unknown }): Promise<void>;
}

export interface Scenario {
  name: string;
  /** `probot`: the App (Probot, wgbotProbotOctokit); `action`: handleEvent with the Action's createGitHub. */
  runtime: "probot" | "action";
  now?: Date;
  /** Fills a fresh fake GitHub; returns the event under test. */
  setup(fake: FakeGitHub, setup: Setup): Promise<{ name: string; payload: unknown }>;
}

let worlds = 0;

/** A scenario's repository once its setup ran (the events before the one under test), and that event. */
interface Prepared {
  snapshot: StateSnapshot;
  event: { name: string; payload: unknown };
}

const prepared = new WeakMap<Scenario, Promise<Prepared>>();

/**
 * Runs a scenario's setup once, through the App on a fake of its own, and keeps what it left: the setup is the same
 * for every case, and replaying it for each was about half of the matrix's work.
 */
function preparedOnce(scenario: Scenario): Promise<Prepared> {
  let done = prepared.get(scenario);
  if (!done) {
    done = prepare(scenario);
    prepared.set(scenario, done);
  }
  return done;
}

async function prepare(scenario: Scenario): Promise<Prepared> {
  const fake = await new FakeGitHub().start();
  try {
    const now = scenario.now ?? NOW;
    const quick = new Probot({
      appId: 1,
      privateKey,
      baseUrl: fake.url,
      logLevel: "fatal",
      Octokit: wgbotProbotOctokit({ throttle: false }),
    });
    await quick.load(createApp({ now: () => now }));
    let deliveries = 0;
    const event = await scenario.setup(fake, {
      prepare: async (e) => {
        await quick.receive({ id: `prepare-${scenario.name}-${++deliveries}`, ...e } as never);
      },
    });
    return { snapshot: fake.snapshot(), event };
  } finally {
    await fake.stop();
  }
}

export class World {
  private constructor(
    readonly fake: FakeGitHub,
    private readonly event: { name: string; payload: unknown },
    private readonly send: (event: { name: string; payload: unknown }) => Promise<void>,
  ) {}

  static async create(scenario: Scenario, timing: Timing = FAST): Promise<World> {
    const fake = await new FakeGitHub().start();
    const now = scenario.now ?? NOW;
    const n = ++worlds;
    const id = `fault-world-${n}`;
    // The scenario's repository is prepared once; each world starts from a copy of it.
    const { snapshot, event } = await preparedOnce(scenario);
    fake.restore(snapshot);
    if (scenario.runtime === "action") {
      const github = createGitHub({
        token: "ghs_test",
        baseUrl: fake.url,
        throttleId: id,
        log: { warn() {} },
        timing,
      });
      const send = async (e: { name: string; payload: unknown }) => {
        await handleEvent(e as WebhookEvent, {
          github,
          repo: { owner: fake.owner, repo: fake.repo },
          now,
          dryRun: false,
          log: { info() {}, warn() {} },
          self: tokenIdentity(github),
        });
      };
      return new World(fake, event, send);
    }
    // The production class, keyed apart from other worlds (Probot passes its throttle options through ours).
    const Octokit = wgbotProbotOctokit({ timing }).defaults((options: Record<string, unknown>) => ({
      ...options,
      throttle: { ...(options.throttle as object), id },
    }));
    const probot = new Probot({ appId: 1, privateKey, baseUrl: fake.url, logLevel: "fatal", Octokit });
    await probot.load(createApp({ now: () => now }));
    let deliveries = 0;
    // Its own installation, too: Octokit's App authentication shares a pending token request between clients of
    // one process by installation id, which would send one world's token request to another world's fake.
    const payload = { ...(event.payload as object), installation: { id: 1000 + n } };
    const send = async (e: { name: string; payload: unknown }) => {
      await probot.receive({ id: `${id}-${++deliveries}`, name: e.name, payload } as never);
    };
    return new World(fake, event, send);
  }

  /** Delivers the event; resolves to the error when the run failed. */
  async deliver(): Promise<unknown> {
    try {
      await this.send(this.event);
      return undefined;
    } catch (error) {
      return error ?? new Error("failed");
    }
  }

  stop(): Promise<void> {
    return this.fake.stop();
  }
}

/**
 * What a run leaves on GitHub, without ids and times (which a retried run may shift). Issues are renumbered by
 * rank, and `#n` in texts with them: the fake numbers a new issue after every comment ever made, so a comment
 * created and deleted again (a duplicate cleaned up) shifts the number of the next issue, which GitHub would not.
 */
export function stateOf(fake: FakeGitHub) {
  const latestRuns = new Map<string, (typeof fake.checkRuns)[number]>();
  for (const run of fake.checkRuns) latestRuns.set(`${run.head_sha} ${run.name}`, run);
  const rank = new Map([...fake.issues.keys()].sort((a, b) => a - b).map((n, i) => [n, i + 1]));
  const num = (n: number) => rank.get(n) ?? n;
  const text = (t: string): string =>
    t.replace(/#(\d+)\b/g, (m, n: string) => (rank.has(Number(n)) ? `#${num(Number(n))}` : m));
  return {
    issues: [...fake.issues.values()]
      .sort((a, b) => a.number - b.number)
      .map((i) => ({
        number: num(i.number),
        title: text(i.title),
        body: text(i.body),
        state: i.state,
        state_reason: i.state_reason ?? null,
        labels: i.labels.map((l) => l.name).sort(),
        milestone: i.milestone?.title ?? null,
        assignees: i.assignees.map((a) => a.login).sort(),
        author: i.user.login,
      })),
    comments: fake.comments
      .filter((c) => c.issue > 0)
      .map((c) => ({ issue: num(c.issue), author: c.user.login, body: text(c.body) }))
      .sort((a, b) => a.issue - b.issue || a.body.localeCompare(b.body)),
    milestones: fake.milestones.map((m) => ({
      title: m.title,
      state: m.state,
      due_on: m.due_on,
      description: m.description,
    })),
    checkRuns: [...latestRuns.values()].map((r) => ({
      name: r.name,
      head_sha: r.head_sha,
      status: r.status,
      conclusion: r.conclusion,
      title: r.output.title === null ? null : text(r.output.title),
      summary: r.output.summary === null ? null : text(r.output.summary),
      annotations: r.annotations,
    })),
    branches: [...fake.branches].map(([name, commit]) => ({
      name,
      files: Object.fromEntries(fake.commits.get(commit) ?? []),
    })),
    pulls: [...fake.pulls.values()].map((p) => ({
      number: num(p.number),
      head: p.head.ref,
      base: p.base.ref,
    })),
    files: Object.fromEntries(fake.files),
  };
}

/** Duplicates that must never exist, whatever failed: each is a sentence naming it. */
export function duplicatesIn(fake: FakeGitHub): string[] {
  const found: string[] = [];
  const count = <T>(items: readonly T[], key: (t: T) => string | undefined, what: string) => {
    const seen = new Map<string, number>();
    for (const item of items) {
      const k = key(item);
      if (k !== undefined) seen.set(k, (seen.get(k) ?? 0) + 1);
    }
    for (const [k, n] of seen) if (n > 1) found.push(`${n} × ${what} ${k}`);
  };
  const comments = fake.comments.filter((c) => c.issue > 0 && c.user.type === "Bot");
  // Every comment wgbot writes starts with its marker; reminders and closing notes too, or have unique text.
  count(comments, (c) => `#${c.issue} ${c.body.split("\n")[0]}`, "bot comment");
  const issues = [...fake.issues.values()];
  for (const issue of issues) count(issue.labels, (l) => l.name, `label on #${issue.number}:`);
  count(fake.milestones, (m) => m.title, "milestone");
  count(
    issues.filter((i) => i.state === "open" && i.user.type === "Bot" && i.body.startsWith("<!-- wgbot:")),
    (i) => i.body.split("\n")[0],
    "open wgbot issue",
  );
  count([...fake.pulls.values()], (p) => p.head.ref, "pull request from");
  // A run superseded by a newer one is by design (a result that changed, or a run left half-annotated by a
  // failure, is replaced: GitHub shows the latest); two complete, identical runs are a duplicate.
  count(
    fake.checkRuns,
    (r) => `${r.head_sha.slice(0, 7)} ${r.name} ${r.output.annotations_count} ${r.output.summary}`,
    "identical check run",
  );
  return found;
}

export interface FaultKind {
  name: string;
  /** Octokit's plugins should absorb it: the first delivery must succeed. */
  absorbed: boolean;
  /** Only for requests that change something (a lost answer to a read is just a failed read). */
  writesOnly?: boolean;
  fault(request: RecordedRequest, skip: number): Fault;
}

const SECONDARY = {
  message:
    "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.",
  documentation_url:
    "https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits",
};

function at(request: RecordedRequest, skip: number): Pick<Fault, "method" | "path" | "skip"> {
  // Each world has its own installation id (see World.create).
  const path = escapeRegExp(request.path).replace(/^\/app\/installations\/\d+\//, "/app/installations/\\d+/");
  return { method: request.method, path: new RegExp(`^${path}$`), skip };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A delay past the client's limit, so that the client gives up first. */
export const PAST_TIMEOUT_MS = FAST.requestTimeoutMs + 1_000;

export const FAULTS: FaultKind[] = [
  {
    name: "500 on every attempt",
    absorbed: false,
    fault: (r, skip) => ({ ...at(r, skip), status: 500, times: 99 }),
  },
  { name: "502 once", absorbed: true, fault: (r, skip) => ({ ...at(r, skip), status: 502, times: 1 }) },
  {
    name: "403 secondary rate limit on every attempt (retry-after: 1)",
    absorbed: false,
    fault: (r, skip) => ({
      ...at(r, skip),
      status: 403,
      times: 99,
      headers: { "retry-after": "1" },
      body: SECONDARY,
    }),
  },
  {
    name: "403 secondary rate limit once (retry-after: 1)",
    absorbed: true,
    fault: (r, skip) => ({
      ...at(r, skip),
      status: 403,
      times: 1,
      headers: { "retry-after": "1" },
      body: SECONDARY,
    }),
  },
  {
    name: "429 once (retry-after: 1)",
    absorbed: true,
    fault: (r, skip) => ({
      ...at(r, skip),
      status: 429,
      times: 1,
      headers: { "retry-after": "1" },
      body: SECONDARY,
    }),
  },
  {
    name: "no answer within the client's timeout, once",
    absorbed: true,
    fault: (r, skip) => ({ ...at(r, skip), status: 504, times: 1, delayMs: PAST_TIMEOUT_MS }),
  },
  {
    name: "502 after GitHub acted (answer lost), once",
    absorbed: true,
    writesOnly: true,
    fault: (r, skip) => ({ ...at(r, skip), status: 502, times: 1, applied: true }),
  },
  {
    name: "timeout after GitHub acted (answer lost), once",
    absorbed: true,
    writesOnly: true,
    fault: (r, skip) => ({ ...at(r, skip), status: 504, times: 1, applied: true, delayMs: PAST_TIMEOUT_MS }),
  },
];

function isWrite(r: RecordedRequest): boolean {
  const query = (r.body as { query?: unknown } | undefined)?.query;
  if (r.path.endsWith("/graphql") && typeof query === "string") return /^\s*mutation\b/.test(query);
  return r.method !== "GET" && !r.path.includes("/access_tokens");
}

/** Probot's request for an installation token goes through its own client, without wgbot's plugins. */
function isTokenRequest(r: RecordedRequest): boolean {
  return r.path.includes("/access_tokens");
}

export interface CleanRun {
  requests: RecordedRequest[];
  state: ReturnType<typeof stateOf>;
}

/** The clean run: every request, and the state it leaves; a second delivery must write nothing. */
export async function cleanRun(scenario: Scenario): Promise<CleanRun> {
  const world = await World.create(scenario);
  try {
    const error = await world.deliver();
    if (error) throw new Error(`${scenario.name}: the clean run failed: ${String(error)}`);
    const requests = [...world.fake.requests];
    const state = stateOf(world.fake);
    world.fake.reset();
    const again = await world.deliver();
    if (again) throw new Error(`${scenario.name}: the second clean run failed: ${String(again)}`);
    if (world.fake.writes.length > 0)
      throw new Error(
        `${scenario.name}: the second clean run wrote ${world.fake.writes.map((w) => `${w.method} ${w.path}`).join(", ")}`,
      );
    return { requests, state };
  } finally {
    await world.stop();
  }
}

/** The clean run's writes, as `METHOD /path` below the repository: what the scenario must do when nothing fails. */
export function writesOf(clean: CleanRun): string[] {
  return clean.requests
    .filter(isWrite)
    .map((r) => `${r.method} ${r.path.replace(/^\/repos\/[^/]+\/[^/]+(?=\/)/, "")}`);
}

export interface Case {
  k: number;
  request: RecordedRequest;
  kind: FaultKind;
}

/** Every (request, fault) pair of a clean run. */
export function casesOf(clean: CleanRun, kinds: readonly FaultKind[] = FAULTS): Case[] {
  const cases: Case[] = [];
  for (const [k, request] of clean.requests.entries()) {
    for (const kind of kinds) {
      if (kind.writesOnly && !isWrite(request)) continue;
      // A token request failing on every attempt is retried 16 times (the installation client's retries wrap
      // the App authentication's), over 160 s: measured once and documented (docs/reliability.md), not rerun.
      if (isTokenRequest(request) && kind.name === "500 on every attempt") continue;
      cases.push({ k, request, kind });
    }
  }
  return cases;
}

/** Runs one case; returns what went wrong (empty when it recovered as it must). */
export async function runCase(scenario: Scenario, clean: CleanRun, c: Case): Promise<string[]> {
  const problems: string[] = [];
  const label = `#${c.k} ${c.request.method} ${c.request.path} — ${c.kind.name}`;
  const skip = clean.requests
    .slice(0, c.k)
    .filter((r) => r.method === c.request.method && r.path === c.request.path).length;
  const world = await World.create(scenario);
  try {
    world.fake.faults = [c.kind.fault(c.request, skip)];
    const first = await world.deliver();
    const hit = world.fake.faults[0]?.times !== c.kind.fault(c.request, skip).times;
    world.fake.faults = [];
    if (!hit) problems.push(`${label}: the fault never fired (the run took another path)`);
    for (const d of duplicatesIn(world.fake)) problems.push(`${label}: after the faulty run, ${d}`);
    const mustAbsorb = c.kind.absorbed && !isTokenRequest(c.request);
    if (mustAbsorb && first) problems.push(`${label}: not absorbed by retries: ${describe(first)}`);
    if (mustAbsorb && !first) {
      const diff = differences(clean.state, stateOf(world.fake));
      if (diff.length > 0) problems.push(`${label}: absorbed, but the state differs: ${diff.join("; ")}`);
    }
    const second = await world.deliver();
    if (second) problems.push(`${label}: the redelivery failed: ${describe(second)}`);
    const diff = differences(clean.state, stateOf(world.fake));
    if (diff.length > 0)
      problems.push(`${label}: after the redelivery, the state differs: ${diff.join("; ")}`);
    for (const d of duplicatesIn(world.fake)) problems.push(`${label}: after the redelivery, ${d}`);
    world.fake.reset();
    await world.deliver();
    const writes = world.fake.writes.map((w) => `${w.method} ${w.path}`);
    if (writes.length > 0) problems.push(`${label}: a third delivery still wrote ${writes.join(", ")}`);
  } finally {
    await world.stop();
  }
  return problems;
}

function describe(error: unknown): string {
  const e = error as { message?: string; errors?: unknown[] };
  const inner = (e.errors?.[0] as { message?: string; status?: number } | undefined) ?? e;
  return `${(inner as { status?: number }).status ?? ""} ${inner.message ?? String(error)}`
    .trim()
    .slice(0, 200);
}

/** The top-level parts of two states that differ, each with a short excerpt. */
export function differences(expected: object, actual: object): string[] {
  const out: string[] = [];
  for (const key of Object.keys(expected)) {
    const a = JSON.stringify((expected as Record<string, unknown>)[key]);
    const b = JSON.stringify((actual as Record<string, unknown>)[key]);
    if (a === b) continue;
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    out.push(
      `${key}: expected …${a.slice(Math.max(0, i - 60), i + 80)}… got …${b.slice(Math.max(0, i - 60), i + 80)}…`,
    );
  }
  return out;
}

/** Runs every case of a scenario, `limit` at a time; returns every problem found. */
export async function runMatrix(
  scenario: Scenario,
  options: { kinds?: readonly FaultKind[]; limit?: number } = {},
): Promise<{ clean: CleanRun; cases: number; problems: string[] }> {
  const clean = await cleanRun(scenario);
  const cases = casesOf(clean, options.kinds);
  const problems: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const c = cases[next++] as Case;
      problems.push(...(await runCase(scenario, clean, c)));
    }
  };
  await Promise.all(Array.from({ length: options.limit ?? 64 }, worker));
  return { clean, cases: cases.length, problems };
}
