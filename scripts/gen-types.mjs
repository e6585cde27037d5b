// Generates src/generated/*.ts from schemas/*.schema.json, so TypeScript types never drift from the schemas.
// `npm run check:clean` regenerates and fails when the committed output differs.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { compile } from "json-schema-to-typescript";

const names = {
  charter: "Charter",
  report: "Report",
  grant: "GrantRequest",
  config: "ConfigFile",
  ledger: "GrantRecord",
};
await mkdir(new URL("../src/generated/", import.meta.url), { recursive: true });
for (const [file, typeName] of Object.entries(names)) {
  const schema = JSON.parse(
    await readFile(new URL(`../schemas/${file}.schema.json`, import.meta.url), "utf8"),
  );
  const ts = await compile({ ...schema, title: typeName }, typeName, {
    bannerComment: `/* Generated from schemas/${file}.schema.json by scripts/gen-types.mjs. Do not edit. */`,
    additionalProperties: false,
    strictIndexSignatures: true,
    unreachableDefinitions: false,
    format: false,
    declareExternallyReferenced: true,
    ignoreMinAndMaxItems: true,
  });
  await writeFile(new URL(`../src/generated/${file}.ts`, import.meta.url), ts);
}
