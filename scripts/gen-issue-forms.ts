// Writes src/generated/issue-forms.ts from templates/issue-forms/*.yml: the fields the issue-body parser reads (ids,
// labels, types, options, required, multiple, render, description), so the parser, and decide/ with it, reads no
// file at run time. `npm run gen` runs it; `npm run check:clean` fails when the committed output is not what the
// templates give.
//
// The templates' `{{…}}` placeholders are filled from a repository's config when a form is installed (`wgbot forms`,
// src/forms/issue-form-text.ts). What the parser matches on must read the same whatever the config says, so a
// placeholder in an id, label, type, option or render is an error here; descriptions keep theirs as written.
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";

const FORMS_DIR = new URL("../templates/issue-forms/", import.meta.url);
const OUTPUT = new URL("../src/generated/issue-forms.ts", import.meta.url);
const HEADER =
  "// Generated from templates/issue-forms/*.yml by scripts/gen-issue-forms.ts. Do not edit: run `npm run gen`.\n";

// The parser (formFromYaml) lives next to the definitions it serves, which import this output. A checkout always
// has it; should it be deleted, an empty one lets the parser load to write it again.
if (!existsSync(OUTPUT))
  await writeFile(
    OUTPUT,
    `${HEADER}import type { FormName, FormTemplate } from "../forms/issue-form-definitions.ts";\n\nexport const ISSUE_FORMS = {} as Record<FormName, FormTemplate>;\n`,
  );
const { formFromYaml } = await import("../src/forms/issue-form-definitions.ts");

const PLACEHOLDER = /\{\{/;
const files = (await readdir(FORMS_DIR)).filter((f) => f.endsWith(".yml")).sort();
const forms: Record<string, unknown> = {};
for (const file of files) {
  const form = formFromYaml(await readFile(new URL(file, FORMS_DIR), "utf8"));
  for (const field of form.fields) {
    const matched = [field.id, field.label, field.type, field.render ?? "", ...field.options];
    const filled = matched.find((text) => PLACEHOLDER.test(text));
    if (filled !== undefined)
      throw new Error(
        `templates/issue-forms/${file}: the field "${field.id}" has a config placeholder in "${filled}". The parser matches on ids, labels, types and options: they must not depend on the config.`,
      );
  }
  forms[file.replace(/\.yml$/, "")] = form;
}

await writeFile(
  OUTPUT,
  `${HEADER}// Descriptions keep the templates' {{…}} placeholders: the parser does not read them.
import type { FormName, FormTemplate } from "../forms/issue-form-definitions.ts";

export const ISSUE_FORMS: Record<FormName, FormTemplate> = ${JSON.stringify(forms, null, 2)};
`,
);
console.log(`src/generated/issue-forms.ts: ${files.join(", ")}`);
