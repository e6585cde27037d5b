/**
 * `wgbot simulate <event> <payload.json>`: runs the real handlers on one webhook payload, offline, against a local
 * governance repository, and prints what they would write. Nothing reaches GitHub.
 */

import { existsSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { emitterEventNames } from "@octokit/webhooks";
import { inert } from "../../action/workflow-commands.ts";
import type { Payload } from "../../model/event.ts";
import { COMMAND_EVENT, COMMAND_FLOWS, EVENT_FLOWS } from "../../router/routes.ts";
import { formatSimulation, SimulationInputError, simulate, simulationJson } from "../../simulate/simulate.ts";
import { visibleLine } from "../../util/invisible.ts";
import { closest } from "../../util/text.ts";
import { parse } from "../args.ts";
import { defineCommand } from "../command.ts";
import { jsonText } from "../format/json.ts";
import { type CliIo, EXIT, UsageError } from "../io.ts";

export const simulateCommand = defineCommand(
  {
    name: "simulate",
    args: "<event> <payload.json>",
    maxPositionals: 2,
    summary: "Dry run: the real handlers on one webhook payload, offline; prints what they would write.",
    details: [
      "<event> is the webhook's name (issues, issue_comment, pull_request, schedule…), optionally with",
      "the action: issues.edited replays the payload as an edit. Reads come from --repo and the payload;",
      "writes are recorded and printed, never sent.",
    ].join("\n"),
    options: {
      repo: { type: "string", default: ".", value: "<dir>", help: "The local governance repository." },
      as: {
        type: "string",
        value: "<login>",
        help: "Who triggers the event (the sender; a comment's author).",
      },
      member: {
        type: "string",
        multiple: true,
        default: [],
        value: "<team:login>",
        help: "A team membership (team alone: the --as user).",
      },
      head: { type: "string", value: "<dir>", help: "The files a pull request adds or changes." },
      now: { type: "string", value: "<iso>", help: "The time to simulate (default: now)." },
      format: { type: "string", short: "f", default: "human", value: "<human|json>", help: "Output format." },
    },
    examples: [
      "wgbot simulate issues examples/events/02-grant-request.json --repo examples/psf",
      "wgbot simulate issue_comment examples/events/05-board-decision.json --member board:ewa-board",
    ],
  },
  async (args, io, spec) => {
    const { values, positionals } = parse(args, spec.options, spec.maxPositionals);
    return run(positionals, values, io);
  },
);

async function run(
  positionals: string[],
  values: { repo: string; as?: string; now?: string; member: string[]; head?: string; format: string },
  io: CliIo,
): Promise<number> {
  const [event, payloadFile] = positionals;
  if (!event || !payloadFile) throw new UsageError("simulate needs an event name and a payload file.");
  checkEventName(event);
  if (values.format !== "human" && values.format !== "json")
    throw new UsageError(`--format must be human or json, not '${values.format}'.`);
  const root = resolve(io.cwd, values.repo);
  if (!isDirectory(root)) throw new UsageError(`--repo ${values.repo} is not a directory.`);
  const head = values.head === undefined ? undefined : resolve(io.cwd, values.head);
  if (head !== undefined && !isDirectory(head))
    throw new UsageError(`--head ${values.head} is not a directory.`);
  const now = values.now === undefined ? io.now : new Date(values.now);
  if (Number.isNaN(now.getTime()) || (values.now !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(values.now)))
    throw new UsageError(
      `--now must be an ISO date or time such as 2026-11-21T12:00:00Z, not '${values.now}'.`,
    );

  let sim: Awaited<ReturnType<typeof simulate>>;
  try {
    sim = await simulate({
      event,
      payload: readPayload(resolve(io.cwd, payloadFile), payloadFile),
      root,
      now,
      as: values.as,
      members: values.member,
      head,
    });
  } catch (error) {
    if (error instanceof SimulationInputError) throw new UsageError(error.message);
    throw error;
  }
  if (values.format === "json") io.stdout(`${jsonText(simulationJson(sim))}\n`);
  else io.stdout(formatSimulation(sim, { color: io.color }));
  if (sim.error) {
    // The message only: a stack trace says nothing to the person running the CLI, so none is printed.
    io.stderr(`wgbot simulate: the handler failed: ${inert(visibleLine(sim.error.message))}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}

/** The events wgbot's flows take, for suggestions: a typo is far likelier to be one of these. */
const TAKEN = [...new Set([...EVENT_FLOWS, ...COMMAND_FLOWS].flatMap((f) => f.events ?? [COMMAND_EVENT]))];
const TAKEN_NAMES = [...new Set(TAKEN.map((e) => e.split(".")[0] as string))].sort();

/**
 * A name GitHub never sends (`isues`, `issues.opend`) is a typo: a usage error with the closest names, not a run
 * that reports the event as ignored. A real event wgbot does not take (`issues.closed`) still runs, and says so.
 */
function checkEventName(event: string): void {
  const known = new Set<string>([...emitterEventNames, ...TAKEN]);
  if (known.has(event)) return;
  const guess = closest(event, TAKEN) ?? closest(event, TAKEN_NAMES) ?? closest(event, [...known]);
  throw new UsageError(
    `'${event}' is not a GitHub event.${guess ? ` Did you mean '${guess}'?` : ""} wgbot takes: ${TAKEN_NAMES.join(", ")}.`,
  );
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

function readPayload(path: string, shown: string): Payload {
  let text: string;
  try {
    // Only a plain file: reading a named pipe or a device would wait forever or never end.
    if (!statSync(path).isFile()) throw new UsageError(`the payload ${shown} is not a plain file.`);
    text = readFileSync(path, "utf8");
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read the payload file ${shown}.`);
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${shown} is not JSON: ${(error as Error).message}`);
  }
  if (payload === null || typeof payload !== "object" || Array.isArray(payload))
    throw new UsageError(`${shown} must hold a webhook payload (a JSON object).`);
  return payload as Payload;
}
