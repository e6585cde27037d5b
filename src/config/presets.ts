/**
 * Every policy default lives here, and only here. A repository's .github/wgbot.yml is merged over one of these.
 *
 * psf: the rules PSF board members have described publicly (grants over 10,000 USD go to the board; 6 weeks
 * minimum lead time, 3 months recommended; no swag; 15 USD per attendee per day as a guide; a board that meets
 * every other month). psf-2026 adds the 2026 Grants WG charter's caps, fast track and Code of Conduct contact.
 */
import type { Config } from "./types.ts";

const psf: Config = {
  preset: "psf",
  organisation: "Python Software Foundation",
  base_currency: "USD",
  currency_rates: {
    EUR: 1.08,
    GBP: 1.27,
    CAD: 0.73,
    AUD: 0.66,
    JPY: 0.0067,
    INR: 0.012,
    BRL: 0.18,
    NGN: 0.00065,
  },
  teams: { board: "board", grants_wg: "grants-wg", mention_grants_wg: true, mention_board: true },
  grants: {
    board_threshold: 10000,
    minimum_lead_days: 42,
    recommended_lead_days: 90,
    // Matched word by word, plurals and -ise/-ize spellings included (src/decide/rules/grant/not-covered-match.ts);
    // the corpora in test/fixtures/budget-lines.txt and budget-lines-held-out.txt measure it.
    not_covered: [
      {
        name: "swag",
        keywords: [
          "swag",
          "t-shirt",
          "tshirt",
          "tee shirt",
          "hoodie",
          "sticker",
          "merchandise",
          "merch",
          "giveaway",
          "give-away",
          "goodie bag",
          "goody bag",
          "tote bag",
          "souvenir",
          "gift",
          "mug",
          "keychain",
          "enamel pin",
          "lapel pin",
          "conference bag",
          "attendee bag",
          "welcome bag",
        ],
        allow: ["gift card", "gift voucher", "in-kind gift", "gift aid"],
      },
    ],
    per_attendee_per_day: 15,
    caps: {},
    // No cap per organisation in the psf preset (PSF's public policy names none); psf-2026 has one.
    organisation_cap_per_year: 0,
    fast_track_max: 0,
    fast_track_previous_years: 0,
    fast_track_decision_weeks: 2,
    // The minimum lead time is 6 weeks because that is how long a review may take (PSF grants policy, 2017: "a six
    // week lead time will allow us sufficient time to thoroughly review your request"): a decision within 6 weeks.
    decision_weeks: 6,
    require_code_of_conduct: true,
    require_code_of_conduct_contact: false,
    needs_info_close_days: 42,
    grants_wg_review_days: 30,
  },
  board: {
    meeting_dates: [],
    every_months: 2,
    first_month: 1,
    weekday: "wednesday",
    week: 2,
    preparation_days: 7,
    // Over the threshold, PSF board members decide "with the Grants WG's recommendation and context".
    requires_recommendation: true,
  },
  // PSF work groups send monthly reports; two missed in a row put a group at risk.
  reports: { due_day: 15, missed_for_at_risk: 2, at_risk_window: 2, cadences: ["monthly"], reminders: true },
  workgroups: {
    min_members: 3,
    at_risk_min_members: 2,
    max_term_months: 24,
    leadership: { chairs: 1, board_liaison: false },
  },
  labels: {
    charter: "kind/charter",
    grant: "kind/grant",
    report: "kind/report",
    needs_info: "status/needs-info",
    grants_wg_review: "status/grants-wg-review",
    board_review: "status/board-review",
    approved: "status/approved",
    declined: "status/declined",
    deferred: "status/deferred",
    at_risk: "status/at-risk",
    over_threshold: "grant/over-threshold",
    late: "grant/late",
    short_notice: "grant/short-notice",
    not_covered: "grant/not-covered",
    fast_track: "grant/fast-track",
    workgroup_prefix: "wg/",
  },
  paths: { workgroups: "workgroups", grants: "grants" },
  templates: {},
};

const psf2026: Config = {
  ...psf,
  preset: "psf-2026",
  grants: {
    ...psf.grants,
    not_covered: [
      ...psf.grants.not_covered,
      {
        name: "prizes",
        keywords: [
          "prize",
          "award",
          "raffle",
          "trophy",
          "trophies",
          "lottery",
          "gift card",
          "gift voucher",
          "winner",
        ],
        // Travel and financial-aid awards pay for people to attend: fundable, whatever they are called.
        allow: [
          "travel award",
          "aid award",
          "opportunity award",
          "scholarship award",
          "diversity award",
          "attendance award",
          "award-winning",
        ],
      },
      {
        name: "personal travel",
        keywords: [
          "personal travel",
          "my travel",
          "my flight",
          "my hotel",
          "organiser travel",
          "travel organiser",
          "organiser flight",
          "flight organiser",
          "organiser hotel",
          "hotel organiser",
          "organiser accommodation",
          "accommodation organiser",
          "organising team travel",
          "travel organising team",
          "organising committee travel",
          "travel organising committee",
          "committee travel",
          "travel committee member",
        ],
      },
      { name: "hackathons", keywords: ["hackathon", "hack day", "hack night", "hackfest"], events: true },
    ],
    caps: { conference: 8000, workshop: 1500 },
    organisation_cap_per_year: 15000,
    fast_track_max: 2500,
    decision_weeks: 8,
    require_code_of_conduct_contact: true,
  },
};

/**
 * dsf: the Django Software Foundation's working groups (django/dsf-working-groups README): every group has a chair,
 * a co-chair and a board member as its board liaison; it reports monthly or quarterly; the board reviews each
 * charter yearly; a group that stops reporting is shut down (two missed of the last three periods here). Grants go
 * through a Grants working group with spending authority under a limit. The limit and the board's calendar are
 * assumptions, written out in docs/policy.md; the PSF's grant exclusions and attendee guide are not carried over.
 */
const dsf: Config = {
  ...psf,
  preset: "dsf",
  organisation: "Django Software Foundation",
  grants: {
    ...psf.grants,
    board_threshold: 5000,
    not_covered: [],
    per_attendee_per_day: 0,
  },
  board: { ...psf.board, every_months: 1, weekday: "thursday", week: 2 },
  reports: { ...psf.reports, at_risk_window: 3, cadences: ["monthly", "quarterly"] },
  workgroups: {
    min_members: 3,
    at_risk_min_members: 2,
    max_term_months: 12,
    leadership: { chairs: 2, board_liaison: true },
  },
};

export const PRESETS: Record<Config["preset"], Config> = { psf, "psf-2026": psf2026, dsf };
