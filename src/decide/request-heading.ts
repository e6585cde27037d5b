/** The heading of a request's comment when nothing has to change: what is left to read, counted. Pure. */
import { plural } from "../util/text.ts";

/**
 * The heading of a request with no errors. It never says "complete" above a warning that the request may be
 * declined: the ✅ is for a request with nothing to read first, and the counts say what there is.
 */
export function readyHeading(what: string, to: string, warnings: unknown[], suggestions: unknown[]): string {
  const counts = [
    ...(warnings.length > 0 ? [plural(warnings.length, "warning")] : []),
    ...(suggestions.length > 0 ? [plural(suggestions.length, "suggestion")] : []),
  ];
  const ready = `This ${what} is ready for ${to}`;
  if (counts.length === 0) return `✅ ${ready}`;
  return warnings.length === 0 ? `✅ ${ready} — ${counts.join(", ")}` : `${ready} — ${counts.join(", ")}`;
}
