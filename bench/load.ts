/**
 * Load: the Probot server as deployed — `node dist/server.js`, what `npm start` runs — on 127.0.0.1, its GitHub
 * the loopback fake (GHE_HOST/GHE_PROTOCOL), receives 5,000 signed webhooks of a realistic mix at a fixed
 * concurrency: grant requests and charter proposals opened and edited, `/recheck` and `/recommend` comments,
 * monthly report pull requests, and events from bots. It prints throughput, p50/p99 latency, the server's peak
 * RSS, and how many events were fully handled — answered 200, logged by the app with their delivery id, and with
 * their effect on the fake GitHub (the comment, reply or check run each must leave; nothing for a bot's event).
 * The same load then goes to a bare Probot app whose handler does nothing (bench/lib/bare-app.ts), and the
 * ratio of the two throughputs is checked against the target. For scale, the bare app runs twice more: making one
 * GitHub read per event, and making as many requests per event as wgbot did — what a GitHub request costs a Probot
 * app, next to what wgbot adds to its requests.
 *
 * Octokit's throttling spaces writes a second apart per installation (content-creating ones three seconds), as
 * GitHub asks of real clients: with it, 5,000 events that write would take hours and measure the spacing, not
 * wgbot. So the server runs with WGBOT_THROTTLE=off, its documented switch for load tests against a fake GitHub
 * (retries stay on); the section "with throttling" measures a few events with the spacing on, for the bound it
 * sets in production. The run stops itself: each phase has a deadline.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createHmac, generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { charterBody, grantBody } from "../test/support/bodies.ts";
import { BOT, type FakeGitHub as Fake, FakeGitHub } from "../test/support/fake-github.ts";
import { CONFIG, charterYaml, reportYaml } from "../test/support/governance-files.ts";
import { commentEvent, issuesEvent, pullRequestEvent } from "../test/support/payloads.ts";
import { ms, table } from "./lib/measure.ts";

export const name = "load";
export const description =
  "5,000 signed webhooks at concurrency 16 through `node dist/server.js` against a loopback GitHub, next to a bare Probot app";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const EVENTS = Number(process.env.LOAD_EVENTS ?? 5000);
const CONCURRENCY = 16;
/** wgbot's throughput must be at least this share of the bare app's. */
const TARGET_RATIO = 0.7;
/** Each phase (one server under load) stops by itself after this long. */
const PHASE_DEADLINE_MS = 75_000;
const THROTTLED_EVENTS = 6;
const SECRET = "load-test secret";

type Kind =
  | "grant opened"
  | "grant edited"
  | "charter opened (incomplete)"
  | "charter opened (to the board)"
  | "/recheck"
  | "/recommend"
  | "report PR opened"
  | "bot event";

/** Shares of the mix, in events out of 100. */
const MIX: [Kind, number][] = [
  ["grant opened", 28],
  ["grant edited", 10],
  ["charter opened (incomplete)", 9],
  ["charter opened (to the board)", 1],
  ["/recheck", 15],
  ["/recommend", 10],
  ["report PR opened", 17],
  ["bot event", 10],
];

interface Delivery {
  id: string;
  kind: Kind;
  name: string;
  body: string;
  signature: string;
  /** What the event must leave on the fake GitHub once handled. */
  check: (fake: Fake) => boolean;
}

export async function run(): Promise<void> {
  const { privateKey } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  });

  // wgbot under load.
  const fake = await new FakeGitHub().start();
  let wgbot: Result;
  try {
    const deliveries = prepare(fake, EVENTS, "load");
    console.log(`Mix of ${deliveries.length} events (concurrency ${CONCURRENCY}):`);
    table(
      MIX.map(([kind]) => [kind, String(deliveries.filter((d) => d.kind === kind).length)]).concat([
        [
          "payload size (median)",
          `${median(deliveries.map((d) => d.body.length)).toLocaleString("en-US")} B`,
        ],
      ]),
    );
    wgbot = await measure("wgbot", [join(ROOT, "dist", "server.js")], deliveries, fake, privateKey, {
      WGBOT_THROTTLE: "off",
    });
  } finally {
    await fake.stop();
  }

  // The bare app, same load: answering without calling GitHub (the target's baseline), then making one GitHub read
  // per event, then as many requests per event as wgbot made (reads of the repository, through Probot's client).
  const perEvent = wgbot.apiRequests / wgbot.sent;
  const bare = await measureBare(privateKey, 0);
  const bareRead = await measureBare(privateKey, 1);
  const bareSame = await measureBare(privateKey, Math.round(perEvent));

  console.log("\nResults (wall time from the first request to the last answer):");
  table([
    [
      "",
      "events",
      "time",
      "events/s",
      "p50",
      "p99",
      "max",
      "peak RSS",
      "CPU/event",
      "answered",
      "fully handled",
    ],
    ...[wgbot, bare, bareRead, bareSame].map((r) => [
      r.label,
      String(r.sent),
      ms(r.wallMs),
      r.throughput.toFixed(0),
      ms(r.p50),
      ms(r.p99),
      ms(r.max),
      r.peakRssKb === undefined ? "n/a" : `${(r.peakRssKb / 1024).toFixed(0)} MiB`,
      r.cpuMs === undefined ? "n/a" : `${(r.cpuMs / r.sent).toFixed(2)} ms`,
      `${r.ok}${r.accepted ? ` (${r.accepted} × 202)` : ""}`,
      r.handled === undefined ? "—" : String(r.handled),
    ]),
  ]);
  console.log(
    `\n  wgbot made ${wgbot.apiRequests.toLocaleString("en-US")} requests to the fake GitHub (${(wgbot.apiRequests / wgbot.sent).toFixed(1)} per event, ${wgbot.apiWrites.toLocaleString("en-US")} writes); the bare app made ${bare.apiRequests}.`,
  );
  if (wgbot.lost.length > 0) console.log(`  not fully handled: ${wgbot.lost.slice(0, 10).join(", ")}`);
  console.log(
    `  For scale: an App installation may make 5,000 requests an hour (up to 12,500 on large organisations), so at ${perEvent.toFixed(1)} requests per event GitHub allows about ${Math.round(5000 / perEvent).toLocaleString("en-US")} events an hour per installation; this server handled ${Math.round(wgbot.throughput * 3600).toLocaleString("en-US")} an hour here, on one core.`,
  );
  const ratio = wgbot.throughput / bare.throughput;
  console.log(
    `  For scale: one GitHub read per event takes the bare app from ${bare.throughput.toFixed(0)} to ${bareRead.throughput.toFixed(0)} events/s (${(bareRead.throughput / bare.throughput).toFixed(2)} ×). Making as many requests per event as wgbot (${Math.round(perEvent)}), it handles ${bareSame.throughput.toFixed(0)} events/s: wgbot does ${(wgbot.throughput / bareSame.throughput).toFixed(2)} × that, its own work included.`,
  );
  console.log(
    `\n${ratio >= TARGET_RATIO ? "PASS" : "FAIL"} load: wgbot ${wgbot.throughput.toFixed(0)} events/s = ${ratio.toFixed(2)} × the bare Probot app's ${bare.throughput.toFixed(0)} events/s; target ≥ ${TARGET_RATIO}`,
  );
  const complete = wgbot.handled === wgbot.sent && wgbot.sent === EVENTS && !wgbot.timedOut;
  console.log(
    `${complete ? "PASS" : "FAIL"} load: ${wgbot.handled}/${EVENTS} events fully handled, none lost${wgbot.timedOut ? " (the phase hit its deadline)" : ""}`,
  );

  await throttled(privateKey);
}

async function measureBare(privateKey: string, reads: number): Promise<Result> {
  const fake = await new FakeGitHub().start();
  try {
    const deliveries = prepare(fake, EVENTS, `bare-${reads}`);
    return await measure(
      reads === 0 ? "bare Probot app" : `bare app, ${reads} read${reads === 1 ? "" : "s"}/event`,
      ["--import", "tsx", join(ROOT, "bench", "lib", "bare-app.ts")],
      deliveries,
      fake,
      privateKey,
      { BARE_READS: String(reads) },
    );
  } finally {
    await fake.stop();
  }
}

/**
 * A few grant requests with the production spacing on: each writes a label and a comment, and comments are
 * content-creating requests, spaced three seconds apart per installation by the throttling plugin.
 */
async function throttled(privateKey: string): Promise<void> {
  const fake = await new FakeGitHub().start();
  try {
    const deliveries = prepare(fake, THROTTLED_EVENTS, "throttled", ["grant opened"]);
    const result = await measure(
      "wgbot, throttled",
      [join(ROOT, "dist", "server.js")],
      deliveries,
      fake,
      privateKey,
      {},
    );
    console.log(
      `\nWith throttling (the production setting): ${result.sent} grant requests of one installation at once, ${result.apiWrites} writes, all handled after ${ms(result.handledMs)} (${(result.apiWrites / (result.handledMs / 1000)).toFixed(2)} writes/s); ${result.accepted} of them answered 202 (still processing after 9 s); ${result.handled}/${result.sent} fully handled. The plugin spaces one installation's writes (a second apart, comments three), so a burst is drained at that pace, whatever wgbot's own speed.`,
    );
  } finally {
    await fake.stop();
  }
}

interface Result {
  label: string;
  sent: number;
  ok: number;
  handled?: number;
  lost: string[];
  wallMs: number;
  throughput: number;
  p50: number;
  p99: number;
  max: number;
  peakRssKb?: number;
  apiRequests: number;
  apiWrites: number;
  timedOut: boolean;
  /** Answered 202 (still processing after 9 s). */
  accepted: number;
  /** Until the last event was handled (the last log line), for events answered 202. */
  handledMs: number;
  /** The server's CPU time (user + system). */
  cpuMs?: number;
}

async function measure(
  label: string,
  script: string[],
  deliveries: Delivery[],
  fake: Fake,
  privateKey: string,
  env: Record<string, string>,
): Promise<Result> {
  const port = await freePort();
  const server = await start(script, {
    NODE_ENV: "production",
    APP_ID: "1",
    PRIVATE_KEY: privateKey,
    WEBHOOK_SECRET: SECRET,
    PORT: String(port),
    HOST: "127.0.0.1",
    GHE_HOST: new URL(fake.url).host,
    GHE_PROTOCOL: "http",
    LOG_LEVEL: "info",
    LOG_FORMAT: "json",
    ...env,
  });
  fake.reset();
  const url = `http://127.0.0.1:${port}/api/github/webhooks`;
  const latencies: number[] = [];
  const okIds = new Set<string>();
  let accepted = 0;
  let next = 0;
  let timedOut = false;
  const deadline = performance.now() + PHASE_DEADLINE_MS;
  const started = performance.now();
  const worker = async () => {
    while (next < deliveries.length) {
      if (performance.now() > deadline) {
        timedOut = true;
        return;
      }
      const d = deliveries[next++] as Delivery;
      const t = performance.now();
      try {
        const response = await fetch(url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "x-github-event": d.name,
            "x-github-delivery": d.id,
            "x-hub-signature-256": d.signature,
          },
          body: d.body,
          signal: AbortSignal.timeout(30_000),
        });
        await response.arrayBuffer();
        // 202: Probot's middleware answers "still processing" after 9 s and lets the handler finish.
        if (response.status === 200 || response.status === 202) okIds.add(d.id);
        if (response.status === 202) accepted++;
      } catch {
        // counted as not answered
      }
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, deliveries.length) }, worker));
  const wallMs = performance.now() - started;
  const isWgbot = label.startsWith("wgbot");
  // Handlers answered 202 are still running: wait for their log lines (bounded) before stopping the server.
  const settle = performance.now() + 60_000;
  while (isWgbot && loggedDeliveries(server.output()).size < okIds.size && performance.now() < settle)
    await new Promise((r) => setTimeout(r, 200));
  const handledMs = performance.now() - started;
  const peakRssKb = peakRss(server.child.pid);
  const cpuMs = cpuTime(server.child.pid);
  await stop(server.child);

  const sent = latencies.length;
  const sorted = [...latencies].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  const apiRequests = fake.requests.filter((r) => !r.path.includes("/access_tokens")).length;
  const result: Result = {
    label,
    sent,
    ok: okIds.size,
    lost: [],
    wallMs,
    throughput: (sent * 1000) / wallMs,
    p50: pct(50),
    p99: pct(99),
    max: sorted.at(-1) ?? 0,
    ...(peakRssKb === undefined ? {} : { peakRssKb }),
    apiRequests,
    apiWrites: fake.writes.length,
    timedOut,
    accepted,
    handledMs,
    ...(cpuMs === undefined ? {} : { cpuMs }),
  };
  if (isWgbot) {
    // Fully handled: answered 200, logged by the app with its delivery id, and its effect is on the fake.
    const logged = loggedDeliveries(server.output());
    const lost = deliveries
      .slice(0, sent)
      .filter((d) => !okIds.has(d.id) || !logged.has(d.id) || !d.check(fake))
      .map(
        (d) =>
          `${d.id} (${d.kind}${okIds.has(d.id) ? "" : ", no 200"}${logged.has(d.id) ? "" : ", not logged"})`,
      );
    result.handled = sent - lost.length;
    result.lost = lost;
  }
  return result;
}

/** Delivery ids of the events the app logged as handled (its one line per event: `issues.opened: …`). */
function loggedDeliveries(output: string): Set<string> {
  const ids = new Set<string>();
  for (const line of output.split("\n")) {
    if (!line.startsWith("{")) continue;
    try {
      const entry = JSON.parse(line) as { id?: string; msg?: string };
      if (entry.id && /^[a-z_]+\.[a-z_]*: /.test(entry.msg ?? "")) ids.add(entry.id);
    } catch {
      // not a log line
    }
  }
  return ids;
}

/** The events, each with its own issue or pull request on the fake, shuffled with a fixed seed. */
function prepare(fake: Fake, count: number, prefix: string, only?: Kind[]): Delivery[] {
  fake.files.set(".github/wgbot.yml", CONFIG);
  fake.files.set("workgroups/packaging/charter.yml", charterYaml({ slug: "packaging" }));
  fake.files.set(
    "workgroups/packaging/reports/2026-09.yml",
    reportYaml({ workgroup: "packaging", period: "2026-09" }),
  );
  fake.teams.set("grants-wg", new Set(["gwen"]));
  fake.teams.set("board", new Set(["bea"]));
  const mix = only ? MIX.filter(([k]) => only.includes(k)) : MIX;
  const total = mix.reduce((n, [, share]) => n + share, 0);
  const kinds: Kind[] = [];
  for (const [kind, share] of mix)
    for (let i = 0; i < Math.round((count * share) / total); i++) kinds.push(kind);
  while (kinds.length < count) kinds.push("grant opened");
  kinds.length = count;
  const random = seeded(20261121);
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [kinds[i], kinds[j]] = [kinds[j] as Kind, kinds[i] as Kind];
  }
  const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  const dates = { start_date: day(150), end_date: day(152) };
  const grant = (overrides: Record<string, string> = {}) =>
    fake.addIssue({
      title: "Grant request: PyCon Example",
      body: grantBody({ ...dates, ...overrides }),
      labels: [{ name: "kind/grant" }],
    });
  const hasSticky = (issue: number, marker: string) =>
    fake.commentsOn(issue).some((c) => c.user.type === "Bot" && c.body.startsWith(`<!-- wgbot:${marker}`));
  return kinds.map((kind, i): Delivery => {
    let event: { name: string; payload: unknown };
    let check: (f: Fake) => boolean;
    switch (kind) {
      case "grant opened": {
        const issue = grant();
        event = issuesEvent(fake, "opened", issue);
        check = () => hasSticky(issue.number, "request-report");
        break;
      }
      case "grant edited": {
        const issue = grant({ coc_url: "", budget: "- Venue: 3,000 USD (essential)\n- T-shirts: 2,000 USD" });
        event = issuesEvent(fake, "edited", issue);
        check = () => hasSticky(issue.number, "request-report");
        break;
      }
      case "charter opened (incomplete)":
      case "charter opened (to the board)": {
        const issue = fake.addIssue({
          title: "Work group proposal",
          body: charterBody(
            kind === "charter opened (incomplete)"
              ? { chairs: "", members: "", slug: `group-${i}` }
              : { slug: `group-${i}`, name: `Group ${i} Work Group` },
          ),
          labels: [{ name: "kind/charter" }],
        });
        event = issuesEvent(fake, "opened", issue);
        check = () => hasSticky(issue.number, "request-report");
        break;
      }
      case "/recheck": {
        const issue = grant();
        const comment = fake.addComment(issue.number, "/recheck", { login: "ada", type: "User" });
        event = commentEvent(fake, issue, { id: comment.id, body: comment.body, login: "ada" });
        check = () => hasSticky(issue.number, "request-report");
        break;
      }
      case "/recommend": {
        const issue = grant();
        issue.labels.push({ name: "status/grants-wg-review" });
        const comment = fake.addComment(issue.number, "/recommend approve", { login: "gwen", type: "User" });
        event = commentEvent(fake, issue, { id: comment.id, body: comment.body, login: "gwen" });
        check = () => hasSticky(issue.number, `reply:${comment.id}`);
        break;
      }
      case "report PR opened": {
        const pull = fake.addPull({
          author: "alice",
          changes: {
            "workgroups/packaging/reports/2026-10.yml": reportYaml({
              workgroup: "packaging",
              period: "2026-10",
            }),
          },
        });
        event = pullRequestEvent(fake, "opened", pull);
        check = (f) => f.checkRuns.some((r) => r.head_sha === pull.head.sha);
        break;
      }
      case "bot event": {
        const issue = grant();
        event =
          i % 2 === 0
            ? issuesEvent(fake, "opened", issue, BOT.login)
            : commentEvent(fake, issue, {
                id: 900_000 + i,
                body: "/recheck",
                login: "github-actions[bot]",
                type: "Bot",
              });
        check = (f) => f.commentsOn(issue.number).length === 0 && f.labelsOn(issue.number).length === 1;
        break;
      }
    }
    const body = JSON.stringify(event.payload);
    return {
      id: `${prefix}-${i}`,
      kind,
      name: event.name,
      body,
      signature: `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`,
      check,
    };
  });
}

interface Started {
  child: ChildProcess;
  output: () => string;
}

async function start(script: string[], env: Record<string, string>): Promise<Started> {
  // LOAD_NODE_ARGS, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`, to profile the servers under load.
  const nodeArgs = process.env.LOAD_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, ...script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const chunks: string[] = [];
  let seen = "";
  await new Promise<void>((resolveStart, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script.join(" ")} did not start:\n${seen}`)), 20_000);
    const onData = (d: Buffer) => {
      const text = d.toString("utf8");
      chunks.push(text);
      if (seen.length < 10_000) seen += text;
      if (/listening on/.test(seen)) {
        clearTimeout(timer);
        resolveStart();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${script.join(" ")} exited with ${code}:\n${seen}`));
    });
  });
  child.removeAllListeners("exit");
  return { child, output: () => chunks.join("") };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const closed = new Promise<void>((done) => child.once("close", () => done()));
  child.kill("SIGTERM");
  const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
  return closed.finally(() => clearTimeout(force));
}

/** The process's CPU time so far, user and system, in ms (Linux). */
function cpuTime(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    // utime and stime are fields 14 and 15 of the line, in clock ticks (100 per second on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** The process's peak resident set size (VmHWM), on Linux. */
function peakRss(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** A small deterministic PRNG (mulberry32), so every run sends the same mix in the same order. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
