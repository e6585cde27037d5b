/**
 * The route table (src/router/routes.ts): each flow module's own declarations pick it, nothing else does, and no
 * two modules claim one event or command. The subscriptions the App asks GitHub for (HANDLED_EVENTS) follow from it.
 */
import { describe, expect, it } from "vitest";
import { HANDLED_EVENTS, SWEEP_EVENTS } from "../../src/router/handle-event.ts";
import {
  COMMAND_EVENT,
  COMMAND_FLOWS,
  EVENT_FLOWS,
  flowForCommand,
  flowForEvent,
} from "../../src/router/routes.ts";

/** How handleEvent asks: `<event>.<action>` (`schedule.` for an event without an action) and the bare name. */
const route = (declared: string) => {
  const [name = "", action = ""] = declared.split(".");
  return flowForEvent(`${name}.${action}`, name);
};

describe("events", () => {
  it("every event a module declares routes to that module", () => {
    for (const flow of EVENT_FLOWS)
      for (const event of flow.events ?? []) expect(route(event)?.name, event).toBe(flow.name);
  });

  it("no two modules claim the same event", () => {
    const events = EVENT_FLOWS.flatMap((f) => f.events ?? []);
    expect(events.length).toBeGreaterThan(0);
    expect(new Set(events).size).toBe(events.length);
  });

  it("routes the events the README lists to the flows it names", () => {
    const table = Object.fromEntries(EVENT_FLOWS.flatMap((f) => (f.events ?? []).map((e) => [e, f.name])));
    expect(table).toEqual({
      "issues.opened": "request",
      "issues.edited": "request",
      "issues.reopened": "request",
      "issues.labeled": "protected-label",
      "pull_request.labeled": "protected-label",
      "pull_request.opened": "report-pr",
      "pull_request.synchronize": "report-pr",
      "pull_request.reopened": "report-pr",
      schedule: "sweep",
      workflow_dispatch: "sweep",
    });
  });

  it("routes nothing else: other actions of the same events, comments, pushes", () => {
    for (const key of [
      "issues.closed",
      "issues.unlabeled",
      "pull_request.closed",
      "pull_request.edited",
      "issue_comment.created",
      "issue_comment.edited",
      "push.",
      "installation.created",
    ])
      expect(route(key), key).toBeUndefined();
  });

  it("an event module takes no command", () => {
    for (const flow of EVENT_FLOWS) expect(flow.command, flow.name).toBeUndefined();
  });
});

describe("commands", () => {
  it("ride on new comments only", () => {
    expect(COMMAND_EVENT).toBe("issue_comment.created");
  });

  it("each command module takes its one command, and no event", () => {
    expect(COMMAND_FLOWS.map((f) => [f.command, f.name])).toEqual([
      ["recheck", "recheck"],
      ["recommend", "recommend-command"],
      ["board", "board-command"],
    ]);
    for (const flow of COMMAND_FLOWS) {
      expect(flowForCommand(flow.command)).toBe(flow);
      expect(flow.events, flow.name).toBeUndefined();
    }
  });

  it("no two modules claim the same command", () => {
    const commands = COMMAND_FLOWS.map((f) => f.command);
    expect(new Set(commands).size).toBe(commands.length);
  });

  it("no module for a comment that is not a command, or an unknown one", () => {
    expect(flowForCommand(undefined)).toBeUndefined();
    expect(flowForCommand("shrug")).toBeUndefined();
    expect(flowForCommand("")).toBeUndefined();
  });
});

describe("the App's subscriptions", () => {
  it("are the declared webhook events and the command event; the sweep's events have no webhook", () => {
    expect([...HANDLED_EVENTS].sort()).toEqual(
      [
        "issue_comment.created",
        "issues.edited",
        "issues.labeled",
        "issues.opened",
        "issues.reopened",
        "pull_request.labeled",
        "pull_request.opened",
        "pull_request.reopened",
        "pull_request.synchronize",
      ].sort(),
    );
    for (const event of SWEEP_EVENTS) expect(route(event)?.name).toBe("sweep");
  });
});
