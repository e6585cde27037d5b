/** Issue forms → schema-shaped data. See each module for details. */
export {
  type Answer,
  checkedBoxes,
  isNothing,
  type ParsedFormBody,
  parseFormBody,
  renderFormBody,
} from "./body.ts";
export {
  CHARTER_FIELDS,
  type CharterFormContext,
  type CharterFromForm,
  charterFromForm,
  parseSlug,
  slugify,
} from "./charter.ts";
export { type DeepPartial, type FieldMap, fieldForPath, formLocator } from "./fields.ts";
export {
  GRANT_FIELDS,
  type GrantFormContext,
  type GrantFromForm,
  grantFromForm,
  grantTypeOf,
} from "./grant.ts";
export {
  type FieldType,
  type FormField,
  type FormName,
  type FormTemplate,
  fieldById,
  fieldLabel,
  formFromYaml,
  loadForm,
  normaliseLabel,
} from "./issue-form-definitions.ts";
export * from "./values.ts";
