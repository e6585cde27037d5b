/**
 * The one table that routes events and commands to flows: each flow module declares the events it takes, or its
 * one comment command (flows/flow-module.ts), and this table is only the list of modules.
 */
import { boardCommand } from "../flows/commands/board.ts";
import { recheckCommand } from "../flows/commands/recheck.ts";
import { recommendCommand } from "../flows/commands/recommend.ts";
import type { FlowModule } from "../flows/flow-module.ts";
import { protectedLabelsModule } from "../flows/protected-labels.ts";
import { reportPrModule } from "../flows/report-pr.ts";
import { requestModule } from "../flows/request.ts";
import { sweepModule } from "../flows/sweep.ts";

/** Flows that take webhook events (or the Action's scheduled ones). */
export const EVENT_FLOWS: readonly FlowModule[] = [
  requestModule,
  protectedLabelsModule,
  reportPrModule,
  sweepModule,
];

/** Flows that take one comment command each (`issue_comment.created`). */
export const COMMAND_FLOWS: readonly FlowModule[] = [recheckCommand, recommendCommand, boardCommand];

/** The event that carries commands: only new comments are commands, an edited comment never acts. */
export const COMMAND_EVENT = "issue_comment.created";

export function flowForEvent(key: string, name: string): FlowModule | undefined {
  return EVENT_FLOWS.find((f) => f.events?.includes(key) || f.events?.includes(name));
}

export function flowForCommand(command: string | undefined): FlowModule | undefined {
  return command === undefined ? undefined : COMMAND_FLOWS.find((f) => f.command === command);
}
