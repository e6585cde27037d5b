// Writes the `default` of every config property in schemas/config.schema.json from the psf preset
// (src/config/presets.ts), so an editor shows the real default as you type and the schema and the presets cannot
// disagree: the presets are the one source, this copies them. `npm run gen` runs it (then formats the schema);
// `npm run check:clean` fails when the committed schema is not what it gives.
import { readFile, writeFile } from "node:fs/promises";
import { PRESETS } from "../src/config/presets.ts";

interface Node {
  $ref?: string;
  properties?: Record<string, Node>;
  default?: unknown;
  [keyword: string]: unknown;
}

const url = new URL("../schemas/config.schema.json", import.meta.url);
const schema = JSON.parse(await readFile(url, "utf8")) as Node;

/** Defaults from an earlier run go first, so a value removed from the preset leaves the schema too. */
function strip(node: Node): void {
  delete node.default;
  for (const child of Object.values(node.properties ?? {})) strip(child);
}

/**
 * An object the schema spells out (its own `properties`) gets defaults on its properties; anything else (a number,
 * a list, a map like currency_rates, an empty object, a `$ref` to a shared definition) gets the whole value as its
 * default, on the property itself, never in the shared definition.
 */
function apply(node: Node, value: unknown): void {
  if (isObject(value) && Object.keys(value).length > 0 && node.properties && !node.$ref) {
    for (const [key, child] of Object.entries(value)) {
      const property = node.properties[key];
      if (property) apply(property, child);
    }
    return;
  }
  node.default = value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

strip(schema);
apply(schema, PRESETS.psf);
await writeFile(url, `${JSON.stringify(schema, null, 2)}\n`);
