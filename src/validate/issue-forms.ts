/**
 * The issue forms a repository has installed (.github/ISSUE_TEMPLATE/charter.yml and grant.yml), checked against
 * what wgbot reads and what the config says. Warnings, not errors: the forms still work, but an applicant would be
 * told a lead time or threshold the repository no longer uses, or wgbot would find no answer for a field.
 */
import type { Config } from "../config/types.ts";
import {
  type FormName,
  type FormTemplate,
  formFromYaml,
  loadForm,
  normaliseLabel,
} from "../forms/issue-form-definitions.ts";
import { readStamp, stampedValues } from "../forms/issue-form-text.ts";
import { type Problem, problem } from "../problems.ts";

const REWRITE = "Run `wgbot forms` to write the form again from the config.";

export function issueFormProblems(path: string, text: string, name: FormName, config: Config): Problem[] {
  const warn = (code: string, message: string, hint = REWRITE, line?: number) =>
    problem(path, `form.${code}`, message, {
      severity: "warning",
      hint,
      ...(line ? { line, column: 1 } : {}),
    });
  let installed: FormTemplate;
  try {
    installed = formFromYaml(text);
  } catch (error) {
    return [
      warn(
        "unreadable",
        `This issue form cannot be read: ${(error as Error).message.replace(/^wgbot: /, "")}`,
      ),
    ];
  }
  return [...missingFields(installed, name, warn), ...staleValues(text, name, config, warn)];
}

type Warn = (code: string, message: string, hint?: string, line?: number) => Problem;

/** Every field the parser reads must be there, under the label it looks for, with the options it knows. */
function missingFields(installed: FormTemplate, name: FormName, warn: Warn): Problem[] {
  const problems: Problem[] = [];
  for (const needed of loadForm(name).fields) {
    const field = installed.fields.find((f) => f.id === needed.id);
    if (!field) {
      problems.push(
        warn(
          "missing-field",
          `The form has no field \`${needed.id}\` ("${needed.label}"), which wgbot reads.`,
        ),
      );
      continue;
    }
    if (normaliseLabel(field.label) !== normaliseLabel(needed.label))
      problems.push(
        warn(
          "field-label",
          `The field \`${needed.id}\` is labelled "${field.label}"; wgbot finds its answer under "${needed.label}".`,
          `Label it "${needed.label}" again. ${REWRITE}`,
        ),
      );
    const options = new Set(field.options.map(normaliseLabel));
    const missing = needed.options.filter((o) => !options.has(normaliseLabel(o)));
    if (missing.length > 0)
      problems.push(
        warn(
          "field-options",
          `The field \`${needed.id}\` lacks the option${missing.length > 1 ? "s" : ""} ${missing.map((o) => `"${o}"`).join(", ")}.`,
        ),
      );
  }
  return problems;
}

/** A form written by wgbot says which config values its text states; each that changed since is one warning. */
function staleValues(text: string, name: FormName, config: Config, warn: Warn): Problem[] {
  const stamp = readStamp(text);
  if (!stamp) return [];
  const line = text.split("\n").findIndex((l) => l.startsWith("# wgbot-form-config:")) + 1;
  return Object.entries(stampedValues(name, config))
    .filter(([key, now]) => stamp[key] !== now)
    .map(([key, now]) =>
      warn(
        "stale",
        `The form's text was written for \`${key}: ${String(stamp[key] ?? "(not set)")}\`; the config now says \`${now === "" ? "(not set)" : now}\`.`,
        REWRITE,
        line,
      ),
    );
}
