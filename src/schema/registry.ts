/**
 * The JSON Schemas in schemas/ are the one source of truth for every file format. This module compiles each
 * once (lazily: a CLI run that validates only reports does not pay for the grant schema).
 */
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import charterSchema from "../../schemas/charter.schema.json" with { type: "json" };
import configSchema from "../../schemas/config.schema.json" with { type: "json" };
import grantSchema from "../../schemas/grant.schema.json" with { type: "json" };
import reportSchema from "../../schemas/report.schema.json" with { type: "json" };

export type SchemaName = "charter" | "report" | "grant" | "config";

export const schemas: Record<SchemaName, JsonSchema> = {
  charter: charterSchema as JsonSchema,
  report: reportSchema as JsonSchema,
  grant: grantSchema as JsonSchema,
  config: configSchema as JsonSchema,
};

export interface JsonSchema {
  $ref?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  enum?: unknown[];
  examples?: unknown[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  $defs?: Record<string, JsonSchema>;
  [keyword: string]: unknown;
}

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020, formats: string[]) => void;

let ajv: Ajv2020 | undefined;
const compiled = new Map<SchemaName, ValidateFunction>();

function instance(): Ajv2020 {
  if (!ajv) {
    // allErrors: users want every problem at once, not one per run. verbose: the message writer needs the
    // failing sub-schema (its title, description and examples) to write a useful hint.
    // strictRequired is off: it refuses `then: { required: [deposit] }` in the grant schema (a field defined in the
    // parent's properties), so the grant schema did not compile at all.
    ajv = new Ajv2020({
      allErrors: true,
      verbose: true,
      strict: true,
      strictRequired: false,
      allowUnionTypes: true,
    });
    addFormats(ajv, ["date", "uri", "email"]);
  }
  return ajv;
}

export function validator(name: SchemaName): ValidateFunction {
  let fn = compiled.get(name);
  if (!fn) {
    fn = instance().compile(schemas[name]);
    compiled.set(name, fn);
  }
  return fn;
}

/** Follows a local `$ref` (`#/$defs/login`) so hints can use the target's examples and description. */
export function resolveRef(root: JsonSchema, schema: JsonSchema | undefined): JsonSchema | undefined {
  if (!schema?.$ref?.startsWith("#/")) return schema;
  let node: unknown = root;
  for (const part of schema.$ref.slice(2).split("/"))
    node = (node as Record<string, unknown> | undefined)?.[part];
  return node ? { ...(node as JsonSchema), ...schema, $ref: undefined } : schema;
}
