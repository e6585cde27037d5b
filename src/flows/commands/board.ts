/**
 * `/board approve|decline|defer [amount] [note]` by a board-team member on an escalated item: the board's decision,
 * recorded in the one reply, then its effects (labels, closing, the meeting's milestone and agenda, a charter's
 * pull request).
 * The steps both decision commands share are in decision-command.ts.
 */
import type { FlowModule } from "../flow-module.ts";
import { decisionCommand, decisionCommandFlow } from "./decision-command.ts";

export const boardCommand: FlowModule & typeof decisionCommand = {
  name: "board-command",
  command: "board",
  // Round 1 (the reply) as the other flows declare theirs; its decision names the rounds after it.
  gather: decisionCommand.gather,
  decide: decisionCommand.decide,
  handle: decisionCommandFlow,
};
