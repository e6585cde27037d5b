/**
 * Reads only in gather/, writes only in apply/ (README, "Architecture"). dependency-cruiser holds the imports to that
 * (decide/ imports no client); this holds the calls: no module outside gather/, apply/ and github/ (the client
 * itself) calls GitHub's API, whatever it was handed. The fake GitHub is GitHub's side, and generated code is not
 * written by hand. The one read a runtime makes itself is the App's own identity (`apps.getAuthenticated`), which it
 * passes to gather/identity.ts to learn once.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./support/cli.ts";

const SRC = join(ROOT, "src");
const ALLOWED = /^(gather|apply|github|fake-github|generated)\//;
/** A call on an Octokit client: its REST methods, pagination, raw requests, GraphQL. */
const API_CALL = /\.(rest\.[a-z]+\.[a-zA-Z]+|paginate(\.iterator)?|request|graphql)\(/g;
const IDENTITY = ".rest.apps.getAuthenticated(";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

describe("layers by their calls", () => {
  it("calls GitHub's API only from gather/, apply/ and github/ (a runtime's own identity aside)", () => {
    const found: string[] = [];
    for (const file of sources(SRC)) {
      const path = relative(SRC, file).split("\\").join("/");
      if (ALLOWED.test(path)) continue;
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(API_CALL))
        if (!text.slice(m.index - 20, m.index + m[0].length).includes(IDENTITY))
          found.push(`${path}: ${m[0]}`);
    }
    expect(found).toEqual([]);
  });

  it("would see such a call: the pattern matches each kind", () => {
    const calls = [
      "github.rest.issues.createComment(",
      "octokit.paginate(",
      "github.paginate.iterator(",
      "github.request(",
      "github.graphql(",
    ];
    for (const call of calls) expect(call.match(API_CALL), call).not.toBeNull();
  });
});
