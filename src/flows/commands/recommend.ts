/**
 * `/recommend approve|decline [amount] [reason]` by a Grants Work Group member on a grant request: the
 * recommendation, recorded in the one reply; over the threshold the request then goes to board review.
 * The steps both decision commands share are in decision-command.ts.
 */
import type { FlowModule } from "../flow-module.ts";
import { decisionCommand, decisionCommandFlow } from "./decision-command.ts";

export const recommendCommand: FlowModule & typeof decisionCommand = {
  name: "recommend-command",
  command: "recommend",
  // Round 1 (the reply) as the other flows declare theirs; its decision names the rounds after it.
  gather: decisionCommand.gather,
  decide: decisionCommand.decide,
  handle: decisionCommandFlow,
};
