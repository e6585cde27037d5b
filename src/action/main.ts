/**
 * The GitHub Action: a thin adapter like the Probot app. It reads the event the runner saved, builds a client
 * for the workflow's token, hands the event to the core and reports the outcome as log lines, annotations and
 * the job summary. A failure fails the step: exit code 1 with an `::error::` line, never a green run hiding it.
 */
import { appendFileSync, readFileSync } from "node:fs";
import { tokenIdentity } from "../gather/identity.ts";
import { createGitHub, type GitHub } from "../github/client.ts";
import type { Timing } from "../github/limits.ts";
import { describeWrite } from "../model/describe-write.ts";
import type { Payload, WebhookEvent } from "../model/event.ts";
import type { Logger } from "../model/identity.ts";
import type { Outcome } from "../model/outcome.ts";
import { CONFIG_PATH } from "../repo/paths.ts";
import { handleEvent } from "../router/handle-event.ts";
import { visibleBody } from "../util/invisible.ts";
import { statusSummary } from "./status-summary.ts";
import { annotation, command, inert, noCommands, summaryMarkdown } from "./workflow-commands.ts";

export type ActionEnv = Record<string, string | undefined>;

export interface ActionIo {
  stdout: (text: string) => void;
  /** Appends Markdown to the job summary; does nothing outside a runner. */
  summary: (markdown: string) => void;
  /** Sets a step output; does nothing outside a runner. */
  output: (name: string, value: string) => void;
  now: () => Date;
  /** The GitHub client's clock (retry backoff, spacing of writes, time limit): production's when left out. */
  timing?: Timing;
}

export class ActionInputError extends Error {}

export interface ActionSettings {
  eventName: string;
  eventPath: string;
  owner: string;
  repo: string;
  apiUrl: string;
  token: string;
  dryRun: boolean;
  configPath: string;
}

/** How the runner passes an input: `INPUT_` and the name upper-cased, spaces as underscores (hyphens stay). */
export function input(env: ActionEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}

/** The settings from the runner's environment; every missing or invalid one is named in the error. */
export function actionSettings(env: ActionEnv): ActionSettings {
  const problems: string[] = [];
  const required = (name: string): string => {
    const value = env[name]?.trim();
    if (!value) problems.push(`${name} is not set (wgbot runs as a step of a GitHub Actions workflow).`);
    return value ?? "";
  };
  const eventName = required("GITHUB_EVENT_NAME");
  const eventPath = required("GITHUB_EVENT_PATH");
  const repository = required("GITHUB_REPOSITORY");
  const [owner = "", repo = "", ...extra] = repository.split("/");
  if (repository && (!owner || !repo || extra.length > 0))
    problems.push(`GITHUB_REPOSITORY must be owner/name, not '${repository}'.`);
  const token = input(env, "token");
  if (!token)
    problems.push("The token input is empty: pass the workflow's github.token or a GitHub App token.");
  const dryRunText = input(env, "dry-run") || "false";
  const dryRun = parseBoolean(dryRunText);
  if (dryRun === undefined) problems.push(`The dry-run input must be true or false, not '${dryRunText}'.`);
  const configPath = input(env, "config") || CONFIG_PATH;
  if (configPath.startsWith("/") || configPath.split("/").includes(".."))
    problems.push(`The config input must be a path inside the repository, not '${configPath}'.`);
  if (problems.length > 0) throw new ActionInputError(problems.join(" "));
  return {
    eventName,
    eventPath,
    owner,
    repo,
    // GITHUB_API_URL is the instance's API on GitHub Enterprise Server (https://HOST/api/v3).
    apiUrl: (env.GITHUB_API_URL?.trim() || "https://api.github.com").replace(/\/+$/, ""),
    token,
    dryRun: dryRun ?? false,
    configPath,
  };
}

/** The YAML 1.2 booleans the Actions toolkit accepts for a boolean input. */
function parseBoolean(text: string): boolean | undefined {
  if (["true", "True", "TRUE"].includes(text)) return true;
  if (["false", "False", "FALSE"].includes(text)) return false;
  return undefined;
}

/**
 * `pull_request_target` delivers the pull_request payload with a token that can write, also for pull requests
 * from forks; wgbot reads the changed files through the API and never runs the pull request's code, so it
 * treats the two events alike.
 */
export function coreEventName(eventName: string): string {
  return eventName === "pull_request_target" ? "pull_request" : eventName;
}

export async function runAction(env: ActionEnv, io: ActionIo): Promise<number> {
  let settings: ActionSettings;
  let event: WebhookEvent;
  try {
    settings = actionSettings(env);
    event = { name: coreEventName(settings.eventName), payload: readPayload(settings.eventPath) };
  } catch (error) {
    return fail(io, "wgbot could not start", error, env.GITHUB_EVENT_NAME ?? "(no event)", false);
  }
  const label = `${settings.eventName}${event.payload.action ? `.${event.payload.action}` : ""}`;
  const log: Logger = {
    info: (m) => io.stdout(`${inert(m)}\n`),
    warn: (m) => io.stdout(command("warning", m)),
  };
  const github = createGitHub({
    token: settings.token,
    baseUrl: settings.apiUrl,
    log,
    userAgent: "wgbot-action",
    ...(io.timing ? { timing: io.timing } : {}),
  });
  if (settings.configPath !== CONFIG_PATH) readConfigFrom(github, settings.configPath);

  let outcome: Outcome;
  try {
    outcome = await handleEvent(event, {
      github,
      repo: { owner: settings.owner, repo: settings.repo },
      now: io.now(),
      dryRun: settings.dryRun,
      log,
      // The token's own account (`github-actions[bot]` for GITHUB_TOKEN, `<slug>[bot]` for an App token).
      self: tokenIdentity(github),
    });
  } catch (error) {
    return fail(io, `wgbot failed on ${label}`, error, label, settings.dryRun);
  }

  io.stdout(inert(`wgbot ${label}: ${outcome.flow}: ${outcome.summary}\n`));
  if (outcome.writes.length > 0) {
    io.stdout(`::group::${settings.dryRun ? "Writes it would make (dry run)" : "Writes made"}\n`);
    for (const write of outcome.writes) io.stdout(`${noCommands(visibleBody(describeWrite(write)))}\n`);
    io.stdout("::endgroup::\n");
  }
  for (const problem of outcome.problems ?? []) io.stdout(annotation(problem));
  io.summary(summaryMarkdown({ event: label, outcome, dryRun: settings.dryRun, describe: describeWrite }));
  if (outcome.flow === "sweep")
    io.summary(await statusSummary(github, { owner: settings.owner, repo: settings.repo }, io.now(), log));
  io.output("flow", outcome.flow);
  io.output("writes", String(outcome.writes.length));
  return 0;
}

function readPayload(path: string): Payload {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ActionInputError(`cannot read the event payload at ${path}: ${(error as Error).message}`);
  }
  try {
    const payload = JSON.parse(text) as unknown;
    if (payload === null || typeof payload !== "object" || Array.isArray(payload))
      throw new Error("not an object");
    return payload as Payload;
  } catch (error) {
    throw new ActionInputError(
      `the event payload at ${path} is not a JSON object: ${(error as Error).message}`,
    );
  }
}

/**
 * The `config` input: the core reads `.github/wgbot.yml`; here every read of that file — a contents request, or a
 * GraphQL `object(expression: "<ref>:.github/wgbot.yml")` variable — is pointed at the configured path instead, so
 * all flows see the same config without knowing the input.
 */
function readConfigFrom(github: GitHub, path: string): void {
  type Options = Record<string, unknown> & { variables?: Record<string, unknown> };
  const { hook } = github as unknown as {
    hook: { before: (name: string, fn: (o: Options) => void) => void };
  };
  const expression = new RegExp(`^([^:]*):${CONFIG_PATH.replace(/\./g, "\\.")}$`);
  hook.before("request", (options) => {
    if (options.url === "/repos/{owner}/{repo}/contents/{path}" && options.path === CONFIG_PATH)
      options.path = path;
    if (options.variables && typeof options.variables === "object") {
      for (const [name, value] of Object.entries(options.variables)) {
        if (typeof value === "string" && expression.test(value))
          options.variables[name] = value.replace(expression, (_, ref: string) => `${ref}:${path}`);
      }
    }
  });
}

function fail(io: ActionIo, what: string, error: unknown, label: string, dryRun: boolean): number {
  const message = errorMessage(error);
  io.stdout(command("error", `${what}: ${message}`));
  if (!(error instanceof ActionInputError) && error instanceof Error && error.stack) {
    io.stdout(`::group::Stack trace\n${inert(error.stack)}\n::endgroup::\n`);
  }
  io.summary(
    summaryMarkdown({ event: label, dryRun, error: `${what}: ${message}`, describe: describeWrite }),
  );
  return 1;
}

function errorMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const http = error as Error & {
    status?: number;
    request?: { method?: string; url?: string };
    response?: unknown;
  };
  if (typeof http.status === "number" && http.request?.url) {
    // Octokit reports a request that got no answer (DNS, refused connection, TLS) as a 500 without a response.
    return http.response === undefined
      ? `cannot reach GitHub for ${http.request.method} ${http.request.url}: ${error.message}`
      : `GitHub answered ${http.status} to ${http.request.method} ${http.request.url}: ${error.message}`;
  }
  return error.message;
}

/** The io of a real run: stdout, and the files the runner names for the job summary and step outputs. */
export function runnerIo(env: ActionEnv): ActionIo {
  const append = (file: string | undefined, text: string) => {
    if (file) appendFileSync(file, text);
  };
  return {
    stdout: (text) => process.stdout.write(text),
    summary: (markdown) => append(env.GITHUB_STEP_SUMMARY, markdown),
    output: (name, value) => append(env.GITHUB_OUTPUT, `${name}=${value.replace(/[\r\n]/g, " ")}\n`),
    now: () => new Date(),
  };
}
