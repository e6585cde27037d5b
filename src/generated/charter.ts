/* Generated from schemas/charter.schema.json by scripts/gen-types.mjs. Do not edit. */

/**
 * Short identifier of the work group: lower-case letters, digits and hyphens. Must equal the folder name under workgroups/.
 */
export type Slug = string
/**
 * Full name of the work group.
 */
export type Name = string
/**
 * proposed: waiting for the board; active: chartered and reporting; inactive: dormant, can be revived; retired: closed for good.
 */
export type Status = ("proposed" | "active" | "inactive" | "retired")
/**
 * How the work group's purpose pertains to the foundation's mission.
 */
export type MissionAlignment = string
/**
 * Why the work group exists, in a few sentences.
 */
export type Purpose = string
/**
 * What the members commit to achieve together.
 * 
 * @minItems 1
 */
export type CommonGoals = string[]
/**
 * The date the charter took effect (or will), as YYYY-MM-DD.
 */
export type StartDate = string
/**
 * The date by which the board reviews (renews or retires) the charter, as YYYY-MM-DD. Must be after the start date.
 */
export type ReviewDate = string
/**
 * For an inactive or retired work group: the date it stopped, as YYYY-MM-DD. Reports after this month are refused.
 */
export type EndDate = string
/**
 * The values the work group holds itself to.
 * 
 * @minItems 1
 */
export type CoreValues = string[]
/**
 * How the work group organises itself: roles, terms, how members join and leave.
 */
export type InternalGovernance = string
/**
 * How the work group takes decisions (consensus, votes, quorum).
 */
export type RulesAndDecisionMakingProcedures = string
/**
 * How and how often the work group communicates.
 */
export type Plan = string
/**
 * What the channel is.
 */
export type ChannelName = string
/**
 * Where to find it.
 */
export type ChannelURL = string
/**
 * Where the work group can be reached.
 */
export type Channels = Channel[]
/**
 * A GitHub user name, without the @.
 */
export type GitHubLogin = string
/**
 * GitHub logins of the chair(s).
 * 
 * @minItems 1
 */
export type Chairs = GitHubLogin[]
/**
 * GitHub logins of all members, chairs included.
 * 
 * @minItems 1
 */
export type Members = GitHubLogin[]
/**
 * A GitHub user name, without the @.
 */
export type GitHubLogin1 = string
/**
 * Staff time, infrastructure, accounts or anything else requested. Write 'None' as a single item if nothing is needed.
 * 
 * @minItems 1
 */
export type ResourcesRequested = string[]
/**
 * What the money pays for.
 */
export type Description = string
/**
 * The cost, as a number without currency sign.
 */
export type Amount = number
/**
 * ISO 4217 code; the config's base currency when omitted.
 */
export type Currency = string
/**
 * Money requested, item by item.
 */
export type Budget = BudgetItem[]
/**
 * monthly (the default) or quarterly.
 */
export type ReportingCadence = ("monthly" | "quarterly")

/**
 * One work group's charter, stored as workgroups/<slug>/charter.yml. The sections follow the PSF example charter.
 */
export interface Charter {
slug: Slug
name: Name
status: Status
mission_alignment: MissionAlignment
purpose: Purpose
goals: CommonGoals
active_time: ActiveTime
core_values: CoreValues
governance: InternalGovernance
decision_making: RulesAndDecisionMakingProcedures
communication: CommunicationPlan
participants: Participants
support: SupportRequirements
reporting?: Reporting
}
/**
 * A work group does not exist forever: when it started, when the board reviews its charter, and (once inactive or retired) when it stopped.
 */
export interface ActiveTime {
start: StartDate
review: ReviewDate
end?: EndDate
}
/**
 * How the work group communicates internally and with the community.
 */
export interface CommunicationPlan {
plan: Plan
channels?: Channels
}
/**
 * One communication channel.
 */
export interface Channel {
name: ChannelName
url?: ChannelURL
}
/**
 * Chair(s) and members, by GitHub login. Every chair is also listed as a member.
 */
export interface Participants {
chairs: Chairs
members: Members
board_liaison?: GitHubLogin1
}
/**
 * What the work group asks of the foundation.
 */
export interface SupportRequirements {
resources: ResourcesRequested
budget?: Budget
}
/**
 * One cost the work group asks the foundation to cover.
 */
export interface BudgetItem {
description: Description
amount: Amount
currency?: Currency
}
/**
 * How often the work group reports to the board.
 */
export interface Reporting {
cadence?: ReportingCadence
}
