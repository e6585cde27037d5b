/**
 * The config schema's `default`s are the psf preset's values (written by scripts/gen-schema-defaults.ts in
 * `npm run gen`): an editor shows the default wgbot really uses, and every preset value has one.
 */
import { describe, expect, it } from "vitest";
import schema from "../../schemas/config.schema.json" with { type: "json" };
import { PRESETS } from "../../src/config/presets.ts";

interface Node {
  properties?: Record<string, Node>;
  default?: unknown;
}

/** Every `default` in the schema's properties, by dotted path. */
function defaults(node: Node, path: string[] = []): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if ("default" in node && path.length > 0) out.set(path.join("."), node.default);
  for (const [key, child] of Object.entries(node.properties ?? {}))
    for (const [p, v] of defaults(child, [...path, key])) out.set(p, v);
  return out;
}

function at(value: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], value);
}

describe("the config schema's defaults", () => {
  const found = defaults(schema as Node);

  it("are the psf preset's values", () => {
    expect(found.size).toBeGreaterThan(40);
    for (const [path, value] of found) expect(value, path).toEqual(at(PRESETS.psf, path));
  });

  it("cover every top-level setting of the preset", () => {
    for (const key of Object.keys(PRESETS.psf)) {
      const covered = [...found.keys()].some((path) => path === key || path.startsWith(`${key}.`));
      expect(covered, key).toBe(true);
    }
  });
});
