/**
 * The monthly report rules — what the schema cannot express — in the order their findings are listed. Each is one
 * module (see ../rule.ts); a new rule is a new module and a line here.
 */
import { beforeStartRule } from "./before-start.ts";
import { futurePeriod } from "./future-period.ts";
import type { ReportRule } from "./input.ts";
import { noCharter } from "./no-charter.ts";
import { periodFile } from "./period-file.ts";
import { submitterNotMember } from "./submitter-not-member.ts";
import { workgroupFolder } from "./workgroup-folder.ts";
import { workgroupNotActive } from "./workgroup-not-active.ts";

export const REPORT_RULES: readonly ReportRule[] = [
  periodFile,
  workgroupFolder,
  futurePeriod,
  noCharter,
  workgroupNotActive,
  beforeStartRule,
  submitterNotMember,
];
