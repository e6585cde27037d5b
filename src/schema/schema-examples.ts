/** Examples from a schema, written as a person would type them in the file: the hints' "For example: …". */
import { type JsonSchema, resolveRef } from "./registry.ts";

/** "e.g. `cost: 1200`", from the schema's first example, keyed like the field in the file. */
export function exampleOf(
  path: readonly (string | number)[],
  schema: JsonSchema | undefined,
  verb = "e.g.",
): string | undefined {
  if (!schema?.examples || schema.examples.length === 0) return undefined;
  const last = path[path.length - 1];
  const value = inline(schema.examples[0]);
  const shown = typeof last === "string" ? `${last}: ${value}` : `- ${value}`;
  return verb === "e.g." ? `For example: \`${shown}\`` : `${verb} \`${shown}\``;
}

/** A value written as YAML flow style, as short as a person would type it. */
function inline(value: unknown): string {
  if (typeof value === "string") {
    const plain = /^[A-Za-z0-9][\w .,'()/:@-]*$/.test(value) && !value.includes(": ");
    return plain && !/^(true|false|null|yes|no|[-+]?[\d.]+)$/i.test(value) ? value : JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(inline).join(", ")}]`;
  if (value && typeof value === "object") {
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${inline(v)}`)
      .join(", ")} }`;
  }
  return String(value);
}

/** "For example: `slug: packaging`", from the first top-level field that has an example. */
export function firstExample(root: JsonSchema): string | undefined {
  const names = [...((root.required as string[] | undefined) ?? []), ...Object.keys(root.properties ?? {})];
  // A key such as `_extends` says where the file's values come from, not what it holds: no first example.
  for (const field of names.filter((name) => !name.startsWith("_"))) {
    const example = exampleOf([field], resolveRef(root, root.properties?.[field]));
    if (example) return example;
  }
  return undefined;
}

/** The schema that describes the value at `path`, following `properties` and `items`. */
export function schemaAt(root: JsonSchema, path: readonly (string | number)[]): JsonSchema | undefined {
  let node: JsonSchema | undefined = root;
  for (const segment of path) {
    node = resolveRef(root, node);
    node = typeof segment === "number" ? node?.items : node?.properties?.[segment];
  }
  return node;
}
