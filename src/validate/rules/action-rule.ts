/**
 * The shape of a rule that acts rather than tells: the sweep's grant rules close a request or write it one comment.
 * There is nobody to tell what to fix, so such a rule yields an action, not a `Finding`, and has no severity. Like
 * every rule (rule.ts) it is one small module declaring its code, the label it sets and the config keys it reads;
 * its code names what it does (for a comment, the marker it is found again by).
 *
 * Pure, as every rule: plain data, the config and `now` in; an action, or nothing, out.
 */
import type { Config } from "../../config/types.ts";
import type { Rule } from "./rule.ts";

export interface ActionRule<Input, Action> extends Omit<Rule<Input>, "severity" | "check"> {
  /** What the rule does about one item; undefined when it does nothing. */
  decide(input: Input, config: Config, now: Date): Action | undefined;
}
