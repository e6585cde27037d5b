/** Issue bodies as GitHub renders them from the issue forms, for end-to-end scenarios. */
import { renderFormBody } from "../../src/forms/body.ts";

export const GRANT_ANSWERS: Record<string, string> = {
  applicant_name: "Ada Lovelace",
  applicant_github: "@ada",
  applicant_email: "ada@example.org",
  organisation: "PyCon Example",
  organisation_website: "https://pycon.example.org",
  grant_type: "Conference",
  event_name: "PyCon Example 2027",
  start_date: "2027-04-14",
  end_date: "2027-04-16",
  location: "Lisbon, Portugal",
  format: "In person",
  event_website: "https://2027.pycon.example.org",
  expected_attendees: "400",
  amount: "5,000 USD",
  budget:
    "- Venue rental: 3,000 USD (essential)\n- Live captioning: 1,200 USD (essential)\n- Childcare: 800 USD",
  other_funding: "- Ticket sales\n- Local sponsors",
  coc_url: "https://2027.pycon.example.org/coc",
  coc_contact: "coc@pycon.example.org",
  previous_grants: "",
  deposit_quote: "",
  deposit_due: "",
};

export function grantBody(overrides: Record<string, string> = {}): string {
  return renderFormBody("grant", { ...GRANT_ANSWERS, ...overrides });
}

export const CHARTER_ANSWERS: Record<string, string> = {
  name: "Documentation Work Group",
  slug: "documentation",
  mission_alignment:
    "Good documentation is how people learn Python; improving it directly serves the foundation's mission to promote and advance the language.",
  purpose: "Coordinate volunteers who improve the Python documentation and its translations.",
  goals: "- Publish a documentation style guide\n- Run two documentation sprints a year",
  start: "2027-01-15",
  review: "2028-12-15",
  core_values: "- Openness\n- Respect for volunteers' time",
  governance: "Two chairs serve one-year terms; members join by invitation of the chairs after a vote.",
  decision_making:
    "Lazy consensus in the issue tracker; a simple majority vote of members if consensus fails.",
  communication: "A monthly call with public notes, and a monthly report to the board as a pull request.",
  chairs: "@grace",
  members: "@grace, @linus, @margaret",
  resources: "- A mailing list\n- A channel on the community chat",
  budget: "",
  cadence: "Monthly",
};

export function charterBody(overrides: Record<string, string> = {}): string {
  return renderFormBody("charter", { ...CHARTER_ANSWERS, ...overrides });
}
