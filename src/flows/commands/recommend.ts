/**
 * `/recommend approve|decline [amount] [reason]` by a Grants Work Group member on a grant request: the
 * recommendation, recorded in the one reply; over the threshold the request then goes to board review.
 * The steps both decision commands share are in decision-command.ts.
 */
import type { FlowModule } from "../flow-module.ts";
import { decisionCommandFlow } from "./decision-command.ts";

export const recommendCommand: FlowModule = {
  name: "recommend-command",
  command: "recommend",
  handle: decisionCommandFlow,
};
