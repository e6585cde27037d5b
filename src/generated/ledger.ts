/* Generated from schemas/ledger.schema.json by scripts/gen-types.mjs. Do not edit. */

/**
 * The number of the grant request issue. The file name starts with it.
 */
export type Issue = number
/**
 * The grant request issue's address.
 */
export type IssueLink = string
/**
 * The final decision: approved or declined.
 */
export type Outcome = ("approved" | "declined")
/**
 * conference, workshop, sprint, meetup or deposit-advance, as the request gave it.
 */
export type GrantType = ("conference" | "workshop" | "sprint" | "meetup" | "deposit-advance")
/**
 * Name of the organising group.
 */
export type OrganisationName = string
/**
 * The organisation's web site.
 */
export type OrganisationWebsite = string
/**
 * Name of the event.
 */
export type EventName = string
/**
 * First day of the event, YYYY-MM-DD.
 */
export type StartDate = string
/**
 * Last day of the event, YYYY-MM-DD.
 */
export type EndDate = string
/**
 * City and country, or 'Online'.
 */
export type Location = string
/**
 * ISO 4217 code of the request's currency: `requested` and `granted` are in it.
 */
export type Currency = string
/**
 * The amount requested, in the request's currency.
 */
export type AmountRequested = number
/**
 * The amount granted, in the request's currency. Only an approved grant has one.
 */
export type AmountGranted = number
/**
 * The currency the foundation counts in (the config's base_currency when the decision was made).
 */
export type BaseCurrency = string
/**
 * The value of one unit of `currency` in `base_currency`, as used for the decision (1 when they are the same).
 */
export type ExchangeRate = number
/**
 * `requested` × `rate`, to the cent.
 */
export type AmountRequestedInTheBaseCurrency = number
/**
 * `granted` × `rate`, to the cent. Only an approved grant has one.
 */
export type AmountGrantedInTheBaseCurrency = number
/**
 * GitHub login of the board or Grants WG member who recorded the decision.
 */
export type DecidedBy = string
/**
 * board, or grants-wg for a request the Grants WG decides alone (up to the board threshold).
 */
export type DecidedFor = ("board" | "grants-wg")
/**
 * The day of the decision, YYYY-MM-DD. The file's year folder is its year.
 */
export type DecidedOn = string
/**
 * The board meeting the request was on, YYYY-MM-DD.
 */
export type BoardMeeting = string
/**
 * The id of the `/board` or `/recommend` comment that made the decision.
 */
export type CommandComment = number
/**
 * GitHub login of the Grants WG member who recorded it.
 */
export type RecommendedBy = string
/**
 * approve or decline.
 */
export type Recommendation = ("approve" | "decline")
/**
 * The amount the Grants WG recommended granting, in the base currency.
 */
export type AmountRecommendedInTheBaseCurrency = number
/**
 * The day of the recommendation, YYYY-MM-DD.
 */
export type RecommendedOn = string

/**
 * One final decision on a grant request (approved or declined), stored as grants/<year>/<issue>-<slug>.yml in the governance repository. wgbot writes these files when the Grants WG or the board decides; the year is the year of the decision.
 */
export interface GrantRecord {
issue: Issue
url: IssueLink
outcome: Outcome
grant_type: GrantType
organisation: Organisation
event: Event
currency: Currency
requested: AmountRequested
granted?: AmountGranted
base_currency: BaseCurrency
rate: ExchangeRate
requested_base: AmountRequestedInTheBaseCurrency
granted_base?: AmountGrantedInTheBaseCurrency
decided: Decision
recommendation?: GrantsWGRecommendation
}
/**
 * The group or organisation that runs the event. The per-organisation cap matches on its name and website.
 */
export interface Organisation {
name: OrganisationName
website?: OrganisationWebsite
}
/**
 * The event the grant supports.
 */
export interface Event {
name: EventName
start_date: StartDate
end_date: EndDate
location?: Location
}
/**
 * Who decided, for whom, when, and where the decision is recorded.
 */
export interface Decision {
by: DecidedBy
for: DecidedFor
on: DecidedOn
meeting?: BoardMeeting
comment: CommandComment
}
/**
 * The Grants WG's recommendation the board decided with, when there was one.
 */
export interface GrantsWGRecommendation {
by: RecommendedBy
decision: Recommendation
amount_base?: AmountRecommendedInTheBaseCurrency
on: RecommendedOn
}
