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
  teams: { board: "board", grants_wg: "grants-wg", mention_grants_wg: true },
  grants: {
    board_threshold: 10000,
    minimum_lead_days: 42,
    recommended_lead_days: 90,
    not_covered: [
      {
        name: "swag",
        keywords: ["swag", "t-shirt", "t-shirts", "tshirts", "stickers", "merchandise", "merch", "giveaways"],
      },
    ],
    per_attendee_per_day: 15,
    caps: {},
    fast_track_max: 0,
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
  },
  reports: { due_day: 15, missed_for_at_risk: 2, reminders: true },
  workgroups: { min_members: 3, at_risk_min_members: 2, max_term_months: 24 },
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
    workgroup_prefix: "wg/",
  },
  paths: { workgroups: "workgroups" },
  templates: {},
};

const psf2026: Config = {
  ...psf,
  preset: "psf-2026",
  grants: {
    ...psf.grants,
    not_covered: [
      ...psf.grants.not_covered,
      { name: "prizes", keywords: ["prize", "prizes", "awards", "raffle"] },
      {
        name: "personal travel",
        keywords: ["personal travel", "flights for organisers", "organiser travel", "organizer travel"],
      },
      { name: "hackathons", keywords: ["hackathon", "hackathons"] },
    ],
    caps: { conference: 8000, workshop: 1500 },
    fast_track_max: 2500,
    require_code_of_conduct_contact: true,
  },
};

export const PRESETS: Record<Config["preset"], Config> = { psf, "psf-2026": psf2026 };
