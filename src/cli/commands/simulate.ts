/**
 * `wgbot simulate <event> <payload.json>`: runs the real handlers on one webhook payload, offline, against a local
 * governance repository, and prints what they would write. Nothing reaches GitHub.
 */

import { existsSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { inert } from "../../action/workflow-commands.ts";
import type { Payload } from "../../model/event.ts";
import { formatSimulation, SimulationInputError, simulate, simulationJson } from "../../simulate/simulate.ts";
import { visibleLine } from "../../util/invisible.ts";
import { parse } from "../args.ts";
import { jsonText } from "../format/json.ts";
import { type CliIo, EXIT, UsageError } from "../io.ts";

export async function simulateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      repo: { type: "string", default: "." },
      as: { type: "string" },
      now: { type: "string" },
      member: { type: "string", multiple: true, default: [] },
      head: { type: "string" },
      format: { type: "string", short: "f", default: "human" },
    },
    2,
  );
  const [event, payloadFile] = positionals;
  if (!event || !payloadFile) throw new UsageError("simulate needs an event name and a payload file.");
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
