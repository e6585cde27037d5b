/** Builders for the decide tests: a valid document, changed only where a case says so. */

import { PRESETS } from "../../src/config/presets.ts";
import type { Config } from "../../src/config/types.ts";
import type { LedgerEntry } from "../../src/decide/ledger-totals.ts";
import type { SweepIssue } from "../../src/decide/sweep-model.ts";
import type { Charter } from "../../src/generated/charter.ts";
import type { GrantRequest } from "../../src/generated/grant.ts";

export const psf: Config = PRESETS.psf;
export const psf2026: Config = PRESETS["psf-2026"];

export function withConfig(
  base: Config,
  patch: { grants?: Partial<Config["grants"]>; board?: Partial<Config["board"]> },
): Config {
  return { ...base, grants: { ...base.grants, ...patch.grants }, board: { ...base.board, ...patch.board } };
}

/** An open grant request issue by ada, as the sweep lists it: `kind/grant` and `labels`, created (and last updated) at `created`. */
export function grantIssue(labels: string[], created: string, number = 7): SweepIssue {
  return {
    number,
    title: "Grant request",
    body: "…",
    state: "open",
    labels: ["kind/grant", ...labels],
    author: { login: "ada", type: "User" },
    created_at: created,
    updated_at: created,
  };
}

/** 2026-11-23, midday UTC: the "now" of most cases. */
export const NOW = new Date("2026-11-23T12:00:00Z");

/** An 8,000 USD conference grant, 117 days ahead, 400 attendees over two days: nothing to say about it. */
export function grant(
  patch: Partial<GrantRequest> = {},
  event: Partial<GrantRequest["event"]> = {},
): GrantRequest {
  return {
    applicant: { name: "Ada Example", github: "ada-example", email: "ada@example.org" },
    organisation: { name: "PyCon Example", website: "https://pycon.example.org" },
    grant_type: "conference",
    event: {
      name: "PyCon Example 2027",
      start_date: "2027-03-20",
      end_date: "2027-03-21",
      location: "Lisbon, Portugal",
      expected_attendees: 400,
      ...event,
    },
    requested: { amount: 8000, currency: "USD" },
    budget: [
      { description: "Venue rental", category: "venue", cost: 5000, essential: true },
      { description: "Catering for two days", category: "catering", cost: 3000 },
    ],
    other_funding: ["Ticket sales", "Local sponsors"],
    code_of_conduct: { url: "https://pycon.example.org/coc", contact: "coc@pycon.example.org" },
    ...patch,
  };
}

/** A proposal for a new "education" work group, starting 2026-12-01 and reviewed a year later. */
export function charter(patch: Partial<Charter> = {}): Charter {
  return {
    slug: "education",
    name: "Education Work Group",
    status: "proposed",
    mission_alignment:
      "Teaching Python in schools and universities grows the community of Python users, which is the heart of the foundation's mission.",
    purpose: "Coordinate and fund teaching material for Python in schools and universities.",
    goals: ["Publish a free course for secondary schools"],
    active_time: { start: "2026-12-01", review: "2027-12-01" },
    core_values: ["Open material, free to reuse"],
    governance: "One chair, elected yearly by the members.",
    decision_making: "Lazy consensus with a week for objections.",
    communication: { plan: "A monthly call and a monthly report." },
    participants: { chairs: ["ada-example"], members: ["ada-example", "grace-example", "linus-example"] },
    support: { resources: ["A mailing list", "Two hours of staff time per month"] },
    ...patch,
  };
}

/** An approved grant of `amount` USD in the ledger, decided on `on`, to the organisation `name`. */
export function granted(
  issue: number,
  amount: number,
  on = "2026-03-11",
  name = "PyCon Example",
): LedgerEntry {
  return {
    path: `grants/${on.slice(0, 4)}/${issue}-x.yml`,
    record: {
      issue,
      url: `https://github.com/psf/governance/issues/${issue}`,
      outcome: "approved",
      grant_type: "workshop",
      organisation: { name },
      event: { name: "Workshop", start_date: on, end_date: on },
      currency: "USD",
      requested: amount,
      granted: amount,
      base_currency: "USD",
      rate: 1,
      requested_base: amount,
      granted_base: amount,
      decided: { by: "gwen", for: "grants-wg", on, comment: issue },
    },
  };
}
