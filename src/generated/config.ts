/* Generated from schemas/config.schema.json by scripts/gen-types.mjs. Do not edit. */

/**
 * Another repository's wgbot config to start from, as Probot apps share an organisation's settings: other-repo (same owner, its .github/wgbot.yml), owner/repo, or owner/repo:path/to/file.yml. Read by the App and the Action from the default branch of that repository. This file's values win over it (objects merge key by key, lists replace); the file it names may not extend another.
 */
export type Extends = string
/**
 * The policy this file starts from: psf (the PSF rules described by its board), psf-2026 (adds the 2026 Grants WG charter's caps and fast track) or dsf (the Django Software Foundation's working groups: chair, co-chair and board liaison, monthly or quarterly reports, a yearly review).
 */
export type Preset = ("psf" | "psf-2026" | "dsf")
/**
 * The foundation's name, as used in comments.
 */
export type Organisation = string
/**
 * ISO 4217 code all thresholds and caps are expressed in.
 */
export type BaseCurrency = string
/**
 * Team slug of the board; only its members may use /board.
 */
export type BoardTeam = string
/**
 * Team slug of the Grants Work Group; only its members may use /recommend.
 */
export type GrantsWorkGroupTeam = string
/**
 * Whether the comment on a complete grant request mentions the Grants WG team.
 */
export type MentionTheGrantsWG = boolean
/**
 * Whether each meeting's agenda issue mentions the board team, so its members are notified when the agenda is opened (edits keep the same mention and notify no one again).
 */
export type MentionTheBoard = boolean
/**
 * Requests over this amount (in the base currency) go to the board after the Grants WG recommends.
 */
export type BoardThreshold = number
/**
 * Requests filed fewer days than this before the event (or the deposit due date) are late.
 */
export type MinimumLeadTimeDays = number
/**
 * Requests over the threshold filed fewer days than this before the event get a short-notice warning.
 */
export type RecommendedLeadTimeDays = number
/**
 * What the kind is called in comments.
 */
export type Name = string
/**
 * Words and phrases that identify such an item (matched as whole words, case-insensitive, with simple plural and -ise/-ize spelling variants; hyphens count as spaces).
 * 
 * @minItems 1
 */
export type Keywords = string[]
/**
 * Phrases that contain a keyword but are covered (e.g. 'student travel awards' for the keyword 'awards'); an item matching one is not flagged for that keyword.
 */
export type FundableLookAlikes = string[]
/**
 * true when an event whose name matches a keyword is itself not covered (e.g. a hackathon), whatever its budget lists.
 */
export type AppliesToTheEvent = boolean
/**
 * Kinds of budget items grants do not cover; an item whose category or description matches a keyword is flagged and not counted.
 */
export type ItemsNotCovered = ExcludedKind[]
/**
 * Amounts above attendees x days x this figure may be approved for less. 0 turns the guide off.
 */
export type GuideAmountPerAttendeePerDay = number
/**
 * Maximum for a conference.
 */
export type ConferenceCap = number
/**
 * Maximum for a workshop.
 */
export type WorkshopCap = number
/**
 * Maximum for a sprint.
 */
export type SprintCap = number
/**
 * Maximum for a meetup or user group.
 */
export type MeetupCap = number
/**
 * Maximum for a deposit advance.
 */
export type DepositAdvanceCap = number
/**
 * The most one organisation may be granted in a calendar year, in the base currency, counted from the grants ledger (grants/<year>/); organisations are matched on their name and website. 0 turns it off.
 */
export type CapPerOrganisationPerYear = number
/**
 * Requests up to this amount (in the base currency) are fast-tracked: labelled, and decided within the fast track's time. 0 turns it off.
 */
export type FastTrackMaximum = number
/**
 * When more than 0, the fast track is only for an event or organisation the foundation funded within this many years. 0: the amount alone decides.
 */
export type FastTrackPreviousGrantWithinYears = number
/**
 * How many weeks after filing a fast-tracked request can expect a decision.
 */
export type FastTrackDecisionTimeWeeks = number
/**
 * How many weeks after filing a request can expect a decision (its decision target). Requests the board decides wait for its meeting.
 */
export type DecisionTimeWeeks = number
/**
 * Whether a request without a Code of Conduct URL is an error.
 */
export type RequireACodeOfConduct = boolean
/**
 * Whether a request without a Code of Conduct contact is an error.
 */
export type RequireACodeOfConductContact = boolean
/**
 * A request labelled needs-info with no reply from its author for this many days is closed by the sweep.
 */
export type CloseAfterSilenceDays = number
/**
 * A request waiting on the Grants WG longer than this is flagged by the sweep.
 */
export type GrantsWGReviewTimeDays = number
/**
 * Explicit meeting dates (YYYY-MM-DD). When given, they replace the rule.
 */
export type MeetingDates = string[]
/**
 * The board meets every this many months (2: every other month).
 */
export type MeetsEveryNMonths = number
/**
 * The month of the year (1-12) the rule counts from.
 */
export type FirstMeetingMonth = number
/**
 * Day of the week of the meeting.
 */
export type Weekday = ("monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")
/**
 * Which such weekday of the month: 1 to 4, or -1 for the last.
 */
export type WeekOfTheMonth = (1 | 2 | 3 | 4 | -1)
/**
 * An item escalated fewer days than this before a meeting waits for the next one.
 */
export type PreparationDays = number
/**
 * Whether `/board approve` or `/board decline` on a grant request over the board threshold needs the Grants WG's recommendation on record first.
 */
export type BoardDecidesWithARecommendation = boolean
/**
 * A month's report is due by this day of the following month.
 */
export type DueDay = number
/**
 * The first month whose report this repository keeps, as YYYY-MM, for a foundation that kept earlier reports elsewhere (a wiki, a mailing list). Reports are due from the later of this month and each charter's start; earlier months are not tracked here, never missing. Unset: from each charter's start.
 */
export type ReportsKeptHereSince = string
/**
 * A work group that misses this many of its last `at_risk_window` reports is at risk.
 */
export type MissedReportsForAtRisk = number
/**
 * How many of the most recent reporting periods the at-risk rule looks at (psf: 2, so 2 missed in a row; dsf: 3, so 2 missed of the last 3). Never fewer than `missed_for_at_risk`.
 */
export type ReportsLookedAtForAtRisk = number
/**
 * The cadences a charter may choose under `reporting.cadence`. A proposal that chooses another one is an error; an active charter that does (the list changed after it was chartered) is warned, and its reports are counted on the first cadence listed here.
 * 
 * @minItems 1
 */
export type AllowedReportingCadences = ("monthly" | "quarterly")[]
/**
 * Whether the sweep opens a reminder issue for an overdue report.
 */
export type Reminders = boolean
/**
 * A charter proposal needs at least this many members, chairs included.
 */
export type MinimumMembersForANewCharter = number
/**
 * An active work group with fewer members than this (default: a chair and one more) is at risk.
 */
export type MinimumMembersToStayHealthy = number
/**
 * The review date may be at most this many months after the start date.
 */
export type MaximumTermMonths = number
/**
 * How many chairs the charter must list (2: a chair and a co-chair).
 */
export type ChairsNeeded = number
/**
 * Whether the charter must name a board member as `participants.board_liaison`.
 */
export type BoardLiaisonNeeded = boolean
/**
 * On charter proposals.
 */
export type CharterLabel = string
/**
 * On grant requests.
 */
export type GrantLabel = string
/**
 * On report pull requests.
 */
export type ReportLabel = string
/**
 * On requests with problems to fix.
 */
export type NeedsInfoLabel = string
/**
 * On grants waiting for the Grants WG.
 */
export type GrantsWGReviewLabel = string
/**
 * On items waiting for the board.
 */
export type BoardReviewLabel = string
/**
 * Protected: set only by a decision.
 */
export type ApprovedLabel = string
/**
 * Protected: set only by a decision.
 */
export type DeclinedLabel = string
/**
 * Protected: set only by a decision.
 */
export type DeferredLabel = string
/**
 * On work groups at risk.
 */
export type AtRiskLabel = string
/**
 * On grants over the board threshold.
 */
export type OverThresholdLabel = string
/**
 * On grants filed inside the minimum lead time.
 */
export type LateLabel = string
/**
 * On large grants filed inside the recommended lead time.
 */
export type ShortNoticeLabel = string
/**
 * On grants with items the program does not cover.
 */
export type NotCoveredLabel = string
/**
 * On grants the fast track decides (up to grants.fast_track_max).
 */
export type FastTrackLabel = string
/**
 * Prefix of the per-work-group label, e.g. wg/ gives wg/packaging.
 */
export type WorkGroupLabelPrefix = string
/**
 * Folder that holds one sub-folder per work group: a path inside the repository, from its root, with forward slashes and no leading `/`, `.` or `..`.
 */
export type WorkGroupsFolder = string
/**
 * Folder of the grants ledger, which wgbot writes: one sub-folder per year, one file per final decision. A path inside the repository, from its root, with forward slashes and no leading `/`, `.` or `..`.
 */
export type GrantsLedgerFolder = string
/**
 * Path of the template for the one comment on a charter proposal or grant request: a file inside the repository, from its root, with forward slashes and no leading `/`, `.` or `..`.
 */
export type RequestReportTemplate = string
/**
 * Folder of Handlebars files that replace the built-in templates of the dashboard site by name (`layout.hbs`, `overview.hbs`, `workgroups.hbs`, `workgroup.hbs`, `grants.hbs`, `board.hbs`, `heatmap.hbs`, `bar-chart.hbs`, and `style.css`; see templates/site in wgbot): a folder inside the repository, from its root. Values are HTML-escaped; a template that fails falls back to the built-in one.
 */
export type DashboardSiteTemplates = string

/**
 * The governance repository's .github/wgbot.yml. Everything is optional: a value left out comes from the preset.
 */
export interface ConfigFile {
_extends?: Extends
preset?: Preset
organisation?: Organisation
base_currency?: BaseCurrency
currency_rates?: CurrencyRates
teams?: Teams
grants?: GrantsPolicy
board?: Board
reports?: Reports
workgroups?: WorkGroups
labels?: Labels
paths?: Paths
templates?: CommentTemplates
}
/**
 * The value of one unit of each other currency in the base currency, e.g. EUR: 1.08. A request in a currency not listed here gets a clear error.
 */
export interface CurrencyRates {
[k: string]: number | undefined
}
/**
 * The GitHub teams (slugs in the repository's organisation) whose members may use commands.
 */
export interface Teams {
board?: BoardTeam
grants_wg?: GrantsWorkGroupTeam
mention_grants_wg?: MentionTheGrantsWG
mention_board?: MentionTheBoard
}
/**
 * Rules applied to grant requests.
 */
export interface GrantsPolicy {
board_threshold?: BoardThreshold
minimum_lead_days?: MinimumLeadTimeDays
recommended_lead_days?: RecommendedLeadTimeDays
not_covered?: ItemsNotCovered
per_attendee_per_day?: GuideAmountPerAttendeePerDay
caps?: Caps
organisation_cap_per_year?: CapPerOrganisationPerYear
fast_track_max?: FastTrackMaximum
fast_track_previous_years?: FastTrackPreviousGrantWithinYears
fast_track_decision_weeks?: FastTrackDecisionTimeWeeks
decision_weeks?: DecisionTimeWeeks
require_code_of_conduct?: RequireACodeOfConduct
require_code_of_conduct_contact?: RequireACodeOfConductContact
needs_info_close_days?: CloseAfterSilenceDays
grants_wg_review_days?: GrantsWGReviewTimeDays
}
/**
 * One kind of item that is not covered.
 */
export interface ExcludedKind {
name: Name
keywords: Keywords
allow?: FundableLookAlikes
events?: AppliesToTheEvent
}
/**
 * Maximum amounts per grant type, in the base currency. A type not listed has no cap.
 */
export interface Caps {
conference?: ConferenceCap
workshop?: WorkshopCap
sprint?: SprintCap
meetup?: MeetupCap
"deposit-advance"?: DepositAdvanceCap
}
/**
 * When the board meets.
 */
export interface Board {
meeting_dates?: MeetingDates
every_months?: MeetsEveryNMonths
first_month?: FirstMeetingMonth
weekday?: Weekday
week?: WeekOfTheMonth
preparation_days?: PreparationDays
requires_recommendation?: BoardDecidesWithARecommendation
}
/**
 * Monthly reports and the at-risk rule.
 */
export interface Reports {
due_day?: DueDay
since?: ReportsKeptHereSince
missed_for_at_risk?: MissedReportsForAtRisk
at_risk_window?: ReportsLookedAtForAtRisk
cadences?: AllowedReportingCadences
reminders?: Reminders
}
/**
 * Rules for charters.
 */
export interface WorkGroups {
min_members?: MinimumMembersForANewCharter
at_risk_min_members?: MinimumMembersToStayHealthy
max_term_months?: MaximumTermMonths
leadership?: LeadershipRule
}
/**
 * Who an active work group must have to stay healthy; a group without them is at risk.
 */
export interface LeadershipRule {
chairs?: ChairsNeeded
board_liaison?: BoardLiaisonNeeded
}
/**
 * Names of the labels wgbot manages. Labels not listed here are never touched.
 */
export interface Labels {
charter?: CharterLabel
grant?: GrantLabel
report?: ReportLabel
needs_info?: NeedsInfoLabel
grants_wg_review?: GrantsWGReviewLabel
board_review?: BoardReviewLabel
approved?: ApprovedLabel
declined?: DeclinedLabel
deferred?: DeferredLabel
at_risk?: AtRiskLabel
over_threshold?: OverThresholdLabel
late?: LateLabel
short_notice?: ShortNoticeLabel
not_covered?: NotCoveredLabel
fast_track?: FastTrackLabel
workgroup_prefix?: WorkGroupLabelPrefix
}
/**
 * Where the governance files live in the repository.
 */
export interface Paths {
workgroups?: WorkGroupsFolder
grants?: GrantsLedgerFolder
}
/**
 * Handlebars files in this repository that replace wgbot's built-in comment templates (see templates/comments in wgbot). Values from issues are escaped before they reach a template; a template that fails falls back to the built-in one.
 */
export interface CommentTemplates {
request_report?: RequestReportTemplate
site?: DashboardSiteTemplates
}
