/** What the report rules read: the report, where its file is, the work group's charter and the current month. */
import type { Charter } from "../../../generated/charter.ts";
import type { Report } from "../../../generated/report.ts";
import type { Rule } from "../rule.ts";

export interface ReportContext {
  folderSlug: string;
  /** The month in the file name. */
  fileMonth: string;
  /** The work group's charter: valid, present but invalid, or missing. */
  charter: Charter | "invalid" | undefined;
  /** The current month, YYYY-MM: reports for later months are refused. */
  currentMonth: string;
}

export interface ReportInput extends ReportContext {
  report: Report;
}

export type ReportRule = Rule<ReportInput>;
