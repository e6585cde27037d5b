/**
 * GitHub logins as people type them: `@alice, @bob and carol`, one per line, a Markdown list, profile links
 * (`https://github.com/alice`, `[@alice](https://github.com/alice)`). Spaces separate logins (a login has
 * none); text in parentheses is a note (`@alice (chair)`) and is dropped. Repeats are dropped, whatever their
 * case; the first spelling is kept.
 */
import { listing } from "../../util/text.ts";
import { isNothing, quote, stripChars } from "../markdown.ts";
import { fail, ok, type ValueResult } from "./result.ts";

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
export const PEOPLE_HINT =
  "Write GitHub logins such as `@alice`, separated by commas or new lines. A login has only letters, digits and single hyphens, at most 39 characters.";

export function isLogin(text: string): boolean {
  return LOGIN.test(text);
}

/** Why a token is not a GitHub login, as the end of "`x` is not a GitHub login: it …". */
export function loginProblem(token: string): string | undefined {
  if (LOGIN.test(token)) return undefined;
  if (token.length > 39) return "is longer than 39 characters";
  if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(token)) return "looks like an email address";
  if (/[^A-Za-z0-9-]/.test(token)) {
    const bad = [...new Set(token.replace(/[A-Za-z0-9-]/g, ""))].slice(0, 3).map((c) => `"${c}"`);
    return `has ${listing(bad, "and")}, and logins only have letters, digits and hyphens`;
  }
  if (token.startsWith("-")) return "starts with a hyphen";
  if (token.endsWith("-")) return "ends with a hyphen";
  return "has two hyphens in a row";
}

/** Splits an answer into the tokens people meant as logins, before checking them. */
export function loginTokens(text: string): string[] {
  if (isNothing(text)) return [];
  const cleaned = text
    .replace(
      /\[([^\]\n]{0,200})\]\( ?(?:https?:\/\/)?(?:www\.)?github\.com\/([^)\s/?#]{1,100})[^)\n]{0,200}\)/gi,
      " $2 ",
    )
    .replace(/\[([^\]\n]{0,200})\]\([^)\n]{0,500}\)/g, " $1 ")
    .replace(/(?:https?:\/\/)?(?:www\.)?github\.com\/([^\s/?#,;]{1,100})\S{0,200}/gi, " $1 ")
    .replace(/\([^)\n]{0,200}\)/g, " ")
    .replace(/^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+/gm, " ")
    .replace(/[,;\n\r\t]+/g, " ");
  const tokens: string[] = [];
  for (const word of cleaned.split(" ")) {
    const token = stripChars(stripChars(stripChars(word.trim(), "`*_\"'<>"), "@", "start"), ".:!?", "end");
    if (token === "" || /^(?:and|&|\+)$/i.test(token)) continue;
    tokens.push(token);
  }
  return tokens;
}

export function parsePeople(text: string): ValueResult<string[]> {
  const logins: string[] = [];
  const seen = new Set<string>();
  const bad: { token: string; why: string }[] = [];
  for (const token of loginTokens(text)) {
    const why = loginProblem(token);
    if (why) {
      if (!bad.some((b) => b.token === token)) bad.push({ token, why });
      continue;
    }
    const key = token.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    logins.push(token);
  }
  const first = bad[0];
  if (first) {
    const more =
      bad.length > 1
        ? ` (and ${listing(
            bad.slice(1, 4).map((b) => quote(b.token)),
            "and",
          )})`
        : "";
    return fail(`${quote(first.token)} is not a GitHub login: it ${first.why}${more}.`, PEOPLE_HINT);
  }
  return ok(logins);
}
