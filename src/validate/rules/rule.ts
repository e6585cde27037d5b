/**
 * The shape of every policy rule — grant requests, charter proposals, charter files, monthly reports, work-group
 * health (a rule that acts instead of telling, as the sweep's grant rules do, is action-rule.ts). One rule is one
 * small module that declares what it finds (its code and severity), the label it sets when it finds something, and
 * the config keys it reads; a family of rules is a list of them in the order their findings are reported. A new rule
 * is one new file (plus its test) and one line in its family's list; the labels wgbot owns follow from the rules.
 *
 * Rules are pure: plain data, the config and `now` in; findings out. No I/O, no clock.
 */
import type { Config, LabelKey } from "../../config/types.ts";
import { type Finding, finding } from "../../finding.ts";

/** Makes one of the rule's findings, with the code and severity the rule declares. */
export type Report = (path: Finding["path"], message: string, hint?: string) => Finding;

export interface Rule<Input> {
  /** Its module's name, e.g. "late" for src/decide/rules/grant/late.ts. */
  id: string;
  /** The code of every finding it makes, e.g. "rule.grant-late". */
  code: string;
  severity: Finding["severity"];
  /** The label (a key of the config's `labels`) the item carries while the rule finds something. */
  label?: LabelKey;
  /** Every config key it reads, as a dotted path into schemas/config.schema.json (e.g. "grants.minimum_lead_days"). */
  configKeys: readonly string[];
  check(input: Input, config: Config, now: Date): Finding[];
}

export interface RuleSpec<Input> extends Omit<Rule<Input>, "check"> {
  check(input: Input, config: Config, now: Date, report: Report): Finding[];
}

/** A rule whose findings cannot disagree with what it declares: they are made with its code and severity. */
export function defineRule<Input>(spec: RuleSpec<Input>): Rule<Input> {
  const report: Report = (path, message, hint) => finding(spec.severity, spec.code, path, message, hint);
  return { ...spec, check: (input, config, now) => spec.check(input, config, now, report) };
}

export interface RulesResult {
  findings: Finding[];
  /** The label keys of the rules that found something, in rule order, each once. */
  labels: LabelKey[];
}

/** Runs a family of rules in order: every finding, and the labels of the rules that found something. */
export function runRules<Input>(
  rules: readonly Rule<Input>[],
  input: Input,
  config: Config,
  now: Date,
): RulesResult {
  const findings: Finding[] = [];
  const labels = new Set<LabelKey>();
  for (const rule of rules) {
    const found = rule.check(input, config, now);
    if (found.length === 0) continue;
    findings.push(...found);
    if (rule.label) labels.add(rule.label);
  }
  return { findings, labels: [...labels] };
}

/** The label keys a family of rules can set, in rule order, each once. */
export function ruleLabelKeys(rules: readonly Rule<never>[]): LabelKey[] {
  return [...new Set(rules.flatMap((r) => (r.label ? [r.label] : [])))];
}

/**
 * The `now` of the file rules (charters, reports): a file's validity does not change with the clock (a report's
 * current month is part of its input). It is an invalid date, so a rule that read it would throw, not use a wrong day.
 */
export const UNDATED = new Date(Number.NaN);
