/**
 * A dropdown answer matched to the form's options, whatever its case or spacing. A hand-edited answer that
 * is the start of exactly one option ("Deposit advance" for "Deposit advance (venue or vendor deposit…)")
 * still matches. Several answers arrive comma-joined; options may contain commas themselves, so they are
 * matched whole, longest first, rather than split on commas.
 */
import { closest, listing } from "../../util/text.ts";
import { normaliseLabel } from "../issue-form-definitions.ts";
import { quote } from "../markdown.ts";
import { fail, ok, type ValueResult } from "./result.ts";

export function parseDropdown(text: string, options: readonly string[]): ValueResult<string> {
  const wanted = normaliseLabel(text);
  const exact = options.find((o) => normaliseLabel(o) === wanted);
  if (exact !== undefined) return ok(exact);
  if (wanted.length >= 3) {
    const starting = options.filter((o) => {
      const option = normaliseLabel(o);
      return option.startsWith(wanted) || wanted.startsWith(headOf(option));
    });
    if (starting.length === 1) return ok(starting[0] as string);
  }
  return unknown(text, options);
}

export function parseDropdownMany(text: string, options: readonly string[]): ValueResult<string[]> {
  const byLength = [...options].sort((a, b) => b.length - a.length);
  const chosen: string[] = [];
  let rest = normaliseLabel(text);
  while (rest !== "") {
    const option = byLength.find((o) => {
      const n = normaliseLabel(o);
      return rest === n || rest.startsWith(`${n},`);
    });
    if (option === undefined) {
      const next = rest.split(",")[0] as string;
      const single = parseDropdown(next, options);
      if (!single.ok) return single;
      if (!chosen.includes(single.value)) chosen.push(single.value);
      rest = rest.slice(next.length);
    } else {
      if (!chosen.includes(option)) chosen.push(option);
      rest = rest.slice(normaliseLabel(option).length);
    }
    rest = rest.replace(/^\s*,\s*/, "");
  }
  return ok(chosen);
}

/** "deposit advance (venue …)" → "deposit advance"; "meetup / user group" → "meetup". */
function headOf(option: string): string {
  return option.split(/\s*[(/]/)[0]?.trim() || option;
}

function unknown<T>(text: string, options: readonly string[]): ValueResult<T> {
  const guess = closest(text.trim(), options);
  return fail(
    `${quote(text)} is not one of the options.`,
    `${guess ? `Did you mean "${guess}"? ` : ""}Choose one of: ${listing(
      options.map((o) => `"${o}"`),
      "or",
    )}.`,
  );
}
