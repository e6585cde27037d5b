/* Generated from schemas/grant.schema.json by scripts/gen-types.mjs. Do not edit. */

/**
 * The applicant's name.
 */
export type Name = string
/**
 * The applicant's GitHub login.
 */
export type GitHubLogin = string
/**
 * Where the Grants WG can write to the applicant.
 */
export type Email = string
/**
 * Name of the organising group.
 */
export type OrganisationName = string
/**
 * The organisation's web site.
 */
export type OrganisationWebsite = string
/**
 * conference, workshop, sprint, meetup (user group), or deposit-advance (money for a new event's venue or vendor deposits before sponsorship or ticket sales arrive).
 */
export type GrantType = ("conference" | "workshop" | "sprint" | "meetup" | "deposit-advance")
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
 * true when the event is held online.
 */
export type Online = boolean
/**
 * The event's web site.
 */
export type EventWebsite = string
/**
 * How many people are expected to attend.
 */
export type ExpectedAttendees = number
/**
 * The amount requested, as a number.
 */
export type Amount = number
/**
 * ISO 4217 code of the amount.
 */
export type Currency = string
/**
 * What the money pays for.
 */
export type Description = string
/**
 * A short category such as venue, catering, travel, accessibility, childcare, speakers, swag.
 */
export type Category = string
/**
 * The cost of the item, as a number.
 */
export type Cost = number
/**
 * ISO 4217 code; the requested currency when omitted.
 */
export type Currency1 = string
/**
 * true when the event cannot happen without this item.
 */
export type Essential = boolean
/**
 * The detailed budget: each item tied to a specific cost and directly related to the event.
 * 
 * @minItems 1
 */
export type Budget = BudgetItem[]
/**
 * Sponsors, ticket sales and other grants that also fund the event.
 */
export type OtherFundingSources = string[]
/**
 * Where the Code of Conduct is published.
 */
export type CodeOfConductURL = string
/**
 * Who handles reports (an email address or a name).
 */
export type CodeOfConductContact = string
/**
 * Earlier grants from the foundation to this event or organisation.
 */
export type PreviousGrants = string[]
/**
 * A link to, or the reference of, the quote or invoice the deposit pays.
 */
export type QuoteOrInvoice = string
/**
 * When the deposit must be paid, YYYY-MM-DD. The lead time is counted to this date.
 */
export type DepositDueDate = string

/**
 * A structured grant request, as parsed from the 'Grant request' issue form.
 */
export interface GrantRequest {
applicant: Applicant
organisation: Organisation
grant_type: GrantType
event: Event
requested: RequestedAmount
budget: Budget
other_funding?: OtherFundingSources
code_of_conduct?: CodeOfConduct
previous_grants?: PreviousGrants
deposit?: Deposit
}
/**
 * The person who asks for the grant.
 */
export interface Applicant {
name: Name
github: GitHubLogin
email?: Email
}
/**
 * The group or organisation that runs the event.
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
location: Location
online?: Online
website?: EventWebsite
expected_attendees: ExpectedAttendees
}
/**
 * How much money is requested.
 */
export interface RequestedAmount {
amount: Amount
currency: Currency
}
/**
 * One cost.
 */
export interface BudgetItem {
description: Description
category?: Category
cost: Cost
currency?: Currency1
essential?: Essential
}
/**
 * The event's Code of Conduct and who to contact about it. Whether it is required is policy: see grants.require_code_of_conduct in the config.
 */
export interface CodeOfConduct {
url?: CodeOfConductURL
contact?: CodeOfConductContact
}
/**
 * For a deposit advance: the quote or invoice it pays and when the deposit is due.
 */
export interface Deposit {
quote: QuoteOrInvoice
due_date: DepositDueDate
}
