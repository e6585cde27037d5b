/**
 * The issue forms as a repository installs them: the templates in templates/issue-forms/ with the policy numbers
 * in their text (lead times, the board's threshold, currencies, what grants do not cover) taken from the config,
 * so an applicant never reads 6 weeks on a form whose repository asks for 8.
 *
 * Each installed form carries a stamp (a YAML comment) of the values it was written with: `wgbot validate` compares
 * it with the config and says which value changed since, and `wgbot forms` writes the forms again.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "../config/types.ts";
import { templatesDir } from "../templates-folder.ts";
import { listing } from "../util/text.ts";
import type { FormName } from "./issue-form-definitions.ts";

export const FORM_NAMES: readonly FormName[] = ["charter", "grant"];

/** Where `wgbot init` and `wgbot forms` install a form in a governance repository. */
export function installedFormPath(name: FormName): string {
  return `.github/ISSUE_TEMPLATE/${name}.yml`;
}

const STAMP = "# wgbot-form-config: ";
const HEADER = [
  "# Written by `wgbot init` / `wgbot forms` from .github/wgbot.yml: the lead times, threshold and currencies in",
  "# its text come from there. After changing the config, run `wgbot forms` again. wgbot reads the answers by the",
  "# field ids and labels: keep them as they are.",
  "",
].join("\n");

/** The config values a form's text depends on, by their key in .github/wgbot.yml. */
export function stampedValues(name: FormName, config: Config): Record<string, string | number> {
  if (name === "charter") return { "workgroups.max_term_months": config.workgroups.max_term_months };
  return {
    "grants.minimum_lead_days": config.grants.minimum_lead_days,
    "grants.recommended_lead_days": config.grants.recommended_lead_days,
    "grants.board_threshold": config.grants.board_threshold,
    "grants.not_covered": config.grants.not_covered.map((kind) => kind.name).join(", "),
    base_currency: config.base_currency,
    currency_rates: Object.keys(config.currency_rates).sort().join(", "),
    "board.every_months": config.board.every_months,
  };
}

/** The words that stand for those values in the templates' `{{…}}` placeholders. */
function placeholders(config: Config): Record<string, string> {
  const { grants, base_currency: currency } = config;
  const currencies = [
    currency,
    ...Object.keys(config.currency_rates)
      .filter((c) => c !== currency)
      .sort(),
  ];
  return {
    minimum_lead: duration(grants.minimum_lead_days),
    recommended_lead: duration(grants.recommended_lead_days),
    board_threshold: `${grants.board_threshold.toLocaleString("en-US")} ${currency}`,
    base_currency: currency,
    currencies: currencies.join(", "),
    // Names are the admins' free text: kept on one line, as the block of text they are written into needs.
    not_covered: listing(
      grants.not_covered.map((kind) => kind.name.replace(/\s+/g, " ").trim()),
      "or",
    ),
    board_cadence:
      config.board.every_months === 1
        ? "every month"
        : config.board.every_months === 2
          ? "every other month"
          : `every ${config.board.every_months} months`,
    max_term_months: String(config.workgroups.max_term_months),
  };
}

/** 42 → "6 weeks", 90 → "3 months", 10 → "10 days": as the policy states them. */
export function duration(days: number): string {
  if (days > 0 && days % 30 === 0) return days === 30 ? "1 month" : `${days / 30} months`;
  if (days > 0 && days % 7 === 0) return days === 7 ? "1 week" : `${days / 7} weeks`;
  return days === 1 ? "1 day" : `${days} days`;
}

/** The form's template as shipped, placeholders and all (what the parser reads its fields from). */
export function formTemplate(name: FormName): string {
  return readFileSync(join(templatesDir(), "issue-forms", `${name}.yml`), "utf8");
}

/** The form for this config, stamped with the values it was written from. */
export function renderIssueForm(name: FormName, config: Config): string {
  const words = placeholders(config);
  const text = formTemplate(name).replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => {
    const value = words[key];
    // Our own template naming a value that does not exist is a bug: fail at the first test, not on a form.
    if (value === undefined)
      throw new Error(`wgbot: the ${name} issue form uses an unknown value {{${key}}}.`);
    return value;
  });
  // The template's own header speaks of the template; the installed form says where its numbers come from.
  const body = text.replace(/^(?:#.*\n)+/, "");
  return `${STAMP}${JSON.stringify(stampedValues(name, config))}\n${HEADER}${body}`;
}

/** The values a form was stamped with, or undefined for a form without a stamp (written by hand). */
export function readStamp(text: string): Record<string, unknown> | undefined {
  const line = text.split("\n").find((l) => l.startsWith(STAMP));
  if (!line) return undefined;
  try {
    const value = JSON.parse(line.slice(STAMP.length)) as unknown;
    return value && typeof value === "object" && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
