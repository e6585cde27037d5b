/* Generated from schemas/report.schema.json by scripts/gen-types.mjs. Do not edit. */

/**
 * Slug of the work group this report is for. Must equal the folder name under workgroups/.
 */
export type WorkGroup = string
/**
 * The month reported on, as YYYY-MM. Must equal the file name.
 */
export type Period = string
/**
 * GitHub login of the chair or member who wrote the report.
 */
export type SubmittedBy = string
/**
 * The most important outcomes of the month.
 * 
 * @minItems 1
 */
export type Highlights = string[]
/**
 * What the work group did this month.
 */
export type Activities = string[]
/**
 * What was measured.
 */
export type MetricName = string
/**
 * The measured value, as a number.
 */
export type Value = number
/**
 * Unit of the value, if any.
 */
export type Unit = string
/**
 * Numbers that show progress.
 */
export type Metrics = Metric[]
/**
 * What the money paid for.
 */
export type Description = string
/**
 * The amount spent, as a number without currency sign.
 */
export type Amount = number
/**
 * ISO 4217 code; the config's base currency when omitted.
 */
export type Currency = string
/**
 * Money spent this month from the work group's budget.
 */
export type Spending = Expense[]
/**
 * What slows the work group down.
 */
export type Blockers = string[]
/**
 * Decisions or help the work group needs from the board. A non-empty list puts the report on the next board agenda.
 */
export type AsksOfTheBoard = string[]
/**
 * What the work group plans for next month.
 */
export type NextSteps = string[]

/**
 * One monthly report, stored as workgroups/<slug>/reports/<YYYY-MM>.yml and added by a pull request.
 */
export interface Report {
workgroup: WorkGroup
period: Period
submitted_by: SubmittedBy
highlights: Highlights
activities?: Activities
metrics?: Metrics
spending?: Spending
blockers?: Blockers
board_asks?: AsksOfTheBoard
next_steps?: NextSteps
}
/**
 * One measured value.
 */
export interface Metric {
name: MetricName
value: Value
unit?: Unit
}
/**
 * One expense.
 */
export interface Expense {
description: Description
amount: Amount
currency?: Currency
}
