// Generated from schemas/*.schema.json by scripts/gen-validators.mjs. Do not edit.
import type { ValidateFunction } from "ajv";
export declare const charter: ValidateFunction;
export declare const report: ValidateFunction;
export declare const grant: ValidateFunction;
export declare const config: ValidateFunction;
export declare const ledger: ValidateFunction;
