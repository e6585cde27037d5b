/**
 * What a simulated payload must hold for its event, checked before any handler runs. A real webhook always has
 * these fields; a hand-written payload may not, and the handlers, which trust GitHub's shape, would then fail
 * half-way with a TypeError. Here the user gets one sentence naming every field that is missing or of the wrong
 * type (`issue.number`, `comment.body`…) instead.
 */
import type { Payload } from "../model/event.ts";

type Kind = "object" | "string" | "integer" | "array" | "login";

const REPOSITORY: [string, Kind][] = [
  ["repository", "object"],
  ["repository.name", "string"],
  ["repository.owner.login", "login"],
];

const ISSUE: [string, Kind][] = [
  ...REPOSITORY,
  ["issue", "object"],
  ["issue.number", "integer"],
  ["issue.title", "string"],
  ["issue.user.login", "login"],
  ["issue.labels?", "array"],
];

/** Required fields by event, as dotted paths; `?` marks an optional one that must have its type when present. */
const SHAPES: Record<string, [string, Kind][]> = {
  issues: ISSUE,
  issue_comment: [
    ...ISSUE,
    ["comment", "object"],
    ["comment.id", "integer"],
    ["comment.body", "string"],
    ["comment.user.login", "login"],
  ],
  pull_request: [
    ...REPOSITORY,
    ["pull_request", "object"],
    ["pull_request.number", "integer"],
    ["pull_request.user.login", "login"],
    ["pull_request.head.sha", "string"],
    ["pull_request.base.ref", "string"],
    ["pull_request.labels?", "array"],
  ],
};

/** Events that act on a label also need the label. */
const LABEL: [string, Kind] = ["label.name", "string"];

const DESCRIBED: Record<Kind, string> = {
  object: "an object",
  string: "text",
  integer: "a whole number above 0",
  array: "a list",
  login: "a GitHub login",
};

/**
 * Why `payload` cannot be a `name` event (undefined when it can): every missing or mistyped field, by path. Events
 * wgbot has no flow for, and the sweep (which needs nothing from its payload), are not checked.
 */
export function payloadShapeProblem(name: string, payload: Payload): string | undefined {
  const shape = SHAPES[name];
  if (!shape) return undefined;
  const fields = payload.action === "labeled" ? [...shape, LABEL] : shape;
  const missing: string[] = [];
  const wrong: string[] = [];
  for (const [spec, kind] of fields) {
    const optional = spec.endsWith("?");
    const path = optional ? spec.slice(0, -1) : spec;
    // A field inside one already reported says nothing new.
    if ([...missing, ...wrong].some((p) => path.startsWith(`${p.split(" ")[0]}.`))) continue;
    const value = valueAt(payload, path);
    if (value === undefined || value === null) {
      if (!optional) missing.push(path);
    } else if (!hasKind(value, kind)) wrong.push(`${path} (must be ${DESCRIBED[kind]})`);
  }
  if (missing.length === 0 && wrong.length === 0) return undefined;
  const parts = [
    missing.length > 0 ? `missing ${missing.join(", ")}` : "",
    wrong.length > 0 ? `wrong type: ${wrong.join(", ")}` : "",
  ].filter(Boolean);
  return `the payload is not a complete ${name} event: ${parts.join("; ")}.`;
}

function valueAt(payload: Payload, path: string): unknown {
  let value: unknown = payload;
  for (const key of path.split(".")) {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
    value = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

function hasKind(value: unknown, kind: Kind): boolean {
  switch (kind) {
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    case "string":
      return typeof value === "string";
    case "integer":
      return typeof value === "number" && Number.isSafeInteger(value) && value > 0;
    case "array":
      return Array.isArray(value);
    case "login":
      return typeof value === "string" && value.length > 0;
  }
}
