/**
 * The grants ledger: one YAML file per final decision on a grant request, `grants/<year>/<issue>-<slug>.yml`, the
 * year being the decision's. Pure: the decision record, the request and the config in; the file out.
 *
 * Every value comes from the decision record and the request, never from the clock or the current rates: the same
 * decision always gives the same file, so a redelivered or repeated decision writes nothing.
 */
import { stringify } from "yaml";
import type { Config } from "../config/types.ts";
import type { GrantRequest } from "../generated/grant.ts";
import type { GrantRecord } from "../generated/ledger.ts";
import { escapeMarkdown } from "../render/escape.ts";
import { rateFor } from "./decision-amount.ts";
import type { DecisionRecord } from "./decision-record.ts";
import { formatAmount, roundCents } from "./money.ts";

/** A decision the ledger records: a final one, on a grant request. */
export function isFinal(
  record: DecisionRecord,
): record is DecisionRecord & { outcome: "approved" | "declined" } {
  return record.outcome === "approved" || record.outcome === "declined";
}

/** `pycon-example-2027` from "PyCon Example 2027": lower-case letters and digits, at most 40 characters. */
export function ledgerSlug(eventName: string): string {
  const slug = eventName
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return slug || "grant";
}

/** The file of one decision: `grants/2027/12-pycon-example-2027.yml`. */
export function ledgerPath(
  config: Pick<Config, "paths">,
  year: number,
  issue: number,
  eventName: string,
): string {
  return `${config.paths.grants}/${year}/${issue}-${ledgerSlug(eventName)}.yml`;
}

/** The year folder of a decision: the year it was made in (UTC). */
export function ledgerYear(record: Pick<DecisionRecord, "at">): number {
  return new Date(record.at).getUTCFullYear();
}

export interface LedgerInput {
  record: DecisionRecord & { outcome: "approved" | "declined" };
  request: GrantRequest;
  /** The Grants WG's latest recommendation, when the board decided. */
  recommendation?: DecisionRecord;
  issue: number;
  /** The issue's address. */
  url: string;
  /** The board meeting the item was on (its milestone), YYYY-MM-DD. */
  meeting?: string;
  config: Config;
}

/** The ledger record of a final decision; undefined when the request's currency has no rate (it cannot be valued). */
export function ledgerRecord(input: LedgerInput): GrantRecord | undefined {
  const { record, request, config } = input;
  const currency = request.requested.currency;
  const base = config.base_currency;
  // The rate recorded with the decision; older records without one were made in the base currency or at the config's.
  const rate =
    record.local?.currency === currency
      ? record.local.rate
      : currency === base
        ? 1
        : rateFor(config, currency);
  if (rate === undefined) return undefined;
  const approved = record.outcome === "approved";
  const grantedBase = approved ? (record.amount ?? roundCents(request.requested.amount * rate)) : undefined;
  const granted =
    grantedBase === undefined
      ? undefined
      : (record.local?.amount ?? (currency === base ? grantedBase : roundCents(grantedBase / rate)));
  const recommendation = input.recommendation;
  const meeting = record.command === "board" ? input.meeting : undefined;
  return {
    issue: input.issue,
    url: input.url,
    outcome: record.outcome,
    grant_type: request.grant_type,
    organisation: {
      name: request.organisation.name,
      ...(request.organisation.website ? { website: request.organisation.website } : {}),
    },
    event: {
      name: request.event.name,
      start_date: request.event.start_date,
      end_date: request.event.end_date,
      location: request.event.location,
    },
    currency,
    requested: request.requested.amount,
    ...(granted === undefined ? {} : { granted }),
    base_currency: base,
    rate,
    requested_base: roundCents(request.requested.amount * rate),
    ...(grantedBase === undefined ? {} : { granted_base: grantedBase }),
    decided: {
      by: record.by,
      for: record.command === "board" ? "board" : "grants-wg",
      on: record.at.slice(0, 10),
      ...(meeting ? { meeting } : {}),
      comment: record.comment,
    },
    ...(recommendation && record.command === "board" && recommendation.decision !== "defer"
      ? {
          recommendation: {
            by: recommendation.by,
            decision: recommendation.decision,
            ...(recommendation.amount === undefined ? {} : { amount_base: recommendation.amount }),
            on: recommendation.at.slice(0, 10),
          },
        }
      : {}),
  };
}

/** The file's text: the editor's schema hint, a line saying who writes it, then the record. */
export function ledgerYaml(record: GrantRecord, path: string): string {
  const up = "../".repeat(path.split("/").length - 1);
  const yaml = stringify(record, { lineWidth: 110, minContentWidth: 40, aliasDuplicateObjects: false });
  return `# yaml-language-server: $schema=${up}schemas/ledger.schema.json\n# Written by wgbot when the decision on #${record.issue} was recorded.\n${yaml}`;
}

/** The commit message of a ledger file. */
export function ledgerMessage(record: GrantRecord): string {
  return `Record the ${record.outcome === "approved" ? "approved" : "declined"} grant request #${record.issue} in the grants ledger`;
}

export interface LedgerFileText {
  path: string;
  content: string;
  message: string;
  record: GrantRecord;
}

/** The file a final decision writes; undefined when the request cannot be read or valued. */
export function ledgerFile(input: LedgerInput): LedgerFileText | undefined {
  const record = ledgerRecord(input);
  if (!record) return undefined;
  const path = ledgerPath(input.config, ledgerYear(input.record), input.issue, record.event.name);
  return { path, content: ledgerYaml(record, path), message: ledgerMessage(record), record };
}

/**
 * Whether the ledger already holds this decision, given the text of every file in its year's folder: a file for the
 * issue with the same content, or one that records the same command comment (a person may have corrected a detail
 * by hand; wgbot does not write it back).
 */
export function ledgerHolds(file: LedgerFileText, texts: ReadonlyMap<string, string>): boolean {
  const folder = file.path.slice(0, file.path.lastIndexOf("/") + 1);
  const prefix = `${folder}${file.record.issue}-`;
  for (const [path, text] of texts) {
    if (!path.startsWith(prefix)) continue;
    if (text === file.content) return true;
    if (new RegExp(`^  comment: ${file.record.decided.comment}$`, "m").test(text)) return true;
  }
  return false;
}

/** The branch of the pull request that proposes an issue's record when the default branch refuses it. */
export function ledgerBranch(issue: number): string {
  return `wgbot/ledger-${issue}`;
}

export interface LedgerPullRequest extends LedgerFileText {
  branch: string;
  title: string;
  body: string;
}

/** An amount in the request's currency, with its value in the base currency when they differ. */
function valued(amount: number, base: number | undefined, record: GrantRecord): string {
  const local = formatAmount(amount, record.currency);
  if (record.currency === record.base_currency || base === undefined) return local;
  return `${local} (${formatAmount(base, record.base_currency)} at 1 ${record.currency} = ${record.rate} ${record.base_currency})`;
}

/**
 * The pull request that adds a record the default branch refused (its protection takes changes only through pull
 * requests), written for the treasurer who merges it: what was decided, what the file says, and what waiting costs.
 */
export function ledgerPullRequest(
  file: LedgerFileText,
  defaultBranch: string,
  config: Pick<Config, "grants">,
): LedgerPullRequest {
  const r = file.record;
  const who = r.decided.for === "board" ? "The board" : "The Grants Work Group";
  const outcome = r.outcome === "approved" ? "approved" : "declined";
  const event = r.event;
  const dates =
    event.start_date === event.end_date ? event.start_date : `${event.start_date} to ${event.end_date}`;
  const granted = r.granted === undefined ? "nothing (declined)" : valued(r.granted, r.granted_base, r);
  const cap = config.grants.organisation_cap_per_year;
  const waiting =
    r.outcome === "declined"
      ? "Until it is merged, the ledger does not show this decision."
      : cap > 0
        ? `Until it is merged, the ledger does not count this grant: new requests from the organisation are checked against the yearly cap of ${formatAmount(cap, r.base_currency)} without it, and \`wgbot status\` does not show it.`
        : "Until it is merged, the ledger does not count this grant, and `wgbot status` does not show it.";
  const body = [
    `${who} ${outcome} grant request #${r.issue} on ${r.decided.on}${r.decided.meeting ? ` (board meeting ${r.decided.meeting})` : ""}. wgbot records every final decision on a grant in the grants ledger, but the default branch, ${escapeMarkdown(defaultBranch)}, takes changes only through pull requests (a branch protection rule or a ruleset), so this record waits here to be merged.`,
    "",
    `- **Record:** \`${file.path}\``,
    `- **Organisation:** ${escapeMarkdown(r.organisation.name)}`,
    `- **Event:** ${escapeMarkdown(event.name)}${event.location ? ` (${escapeMarkdown(event.location)})` : ""}, ${dates}`,
    `- **Requested:** ${valued(r.requested, r.requested_base, r)}`,
    `- **Granted:** ${granted}`,
    `- **Decided by:** ${r.decided.by}, for ${r.decided.for === "board" ? "the board" : "the Grants Work Group"}`,
    "",
    `${waiting} The decision itself is already made and on record in #${r.issue}: merging changes nothing else. A detail corrected in the file before merging is kept; wgbot does not write the record again.`,
  ].join("\n");
  return { ...file, branch: ledgerBranch(r.issue), title: file.message, body: `${body}\n` };
}
