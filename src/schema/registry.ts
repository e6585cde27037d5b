/**
 * The JSON Schemas in schemas/ are the one source of truth for every file format. Their validators are compiled
 * at build time (src/generated/validators.js); the schemas themselves are read here for the hints in messages.
 */
import type { ValidateFunction } from "ajv";
import charterSchema from "../../schemas/charter.schema.json" with { type: "json" };
import configSchema from "../../schemas/config.schema.json" with { type: "json" };
import grantSchema from "../../schemas/grant.schema.json" with { type: "json" };
import ledgerSchema from "../../schemas/ledger.schema.json" with { type: "json" };
import reportSchema from "../../schemas/report.schema.json" with { type: "json" };
import * as validators from "../generated/validators.js";

export type SchemaName = "charter" | "report" | "grant" | "config" | "ledger";

export const schemas: Record<SchemaName, JsonSchema> = {
  charter: charterSchema as JsonSchema,
  report: reportSchema as JsonSchema,
  grant: grantSchema as JsonSchema,
  config: configSchema as JsonSchema,
  ledger: ledgerSchema as JsonSchema,
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

const precompiled: Record<SchemaName, ValidateFunction> = validators;

/** The validator for a schema, precompiled from schemas/ by scripts/gen-validators.mjs (`npm run gen`). */
export function validator(name: SchemaName): ValidateFunction {
  return precompiled[name];
}

/** Follows a local `$ref` (`#/$defs/login`) so hints can use the target's examples and description. */
export function resolveRef(root: JsonSchema, schema: JsonSchema | undefined): JsonSchema | undefined {
  if (!schema?.$ref?.startsWith("#/")) return schema;
  let node: unknown = root;
  for (const part of schema.$ref.slice(2).split("/"))
    node = (node as Record<string, unknown> | undefined)?.[part];
  return node ? { ...(node as JsonSchema), ...schema, $ref: undefined } : schema;
}
