// Generated from templates/issue-forms/*.yml by scripts/gen-issue-forms.ts. Do not edit: run `npm run gen`.
// Descriptions keep the templates' {{…}} placeholders: the parser does not read them.
import type { FormName, FormTemplate } from "../forms/issue-form-definitions.ts";

export const ISSUE_FORMS: Record<FormName, FormTemplate> = {
  "charter": {
    "name": "New work group",
    "fields": [
      {
        "id": "name",
        "label": "Work group name",
        "type": "input",
        "options": [],
        "required": true,
        "multiple": false
      },
      {
        "id": "slug",
        "label": "Short name (slug)",
        "type": "input",
        "options": [],
        "required": true,
        "multiple": false,
        "description": "Lower-case letters, digits and hyphens. Used for the folder and the label, e.g. `packaging`."
      },
      {
        "id": "mission_alignment",
        "label": "Mission alignment",
        "type": "textarea",
        "options": [],
        "required": true,
        "multiple": false,
        "description": "How does the work group's purpose pertain to the foundation's mission?"
      },
      {
        "id": "purpose",
        "label": "Purpose",
        "type": "textarea",
        "options": [],
        "required": true,
        "multiple": false,
        "description": "Why the work group exists, in a few sentences."
      },
      {
        "id": "goals",
        "label": "Common goals",
        "type": "textarea",
        "options": [],
        "required": true,
        "multiple": false,
        "description": "One goal per line."
      },
      {
        "id": "start",
        "label": "Start date",
        "type": "input",
        "options": [],
        "required": true,
        "multiple": false,
        "description": "YYYY-MM-DD"
      },
      {
        "id": "review",
        "label": "Review date",
        "type": "input",
        "options": [],
        "required": true,
        "multiple": false,
        "description": "When the board should review the charter (YYYY-MM-DD), at most {{max_term_months}} months after the start."
      },
      {
        "id": "core_values",
        "label": "Core values",
        "type": "textarea",
        "options": [],
        "required": true,
        "multiple": false,
        "description": "One value per line."
      },
      {
        "id": "governance",
        "label": "Internal governance",
        "type": "textarea",
        "options": [],
        "required": true,
        "multiple": false,
        "description": "Roles, terms, how members join and leave."
      },
      {
        "id": "decision_making",
        "label": "Rules and decision-making procedures",
        "type": "textarea",
        "options": [],
        "required": true,
        "multiple": false
      },
      {
        "id": "communication",
        "label": "Communication plan",
        "type": "textarea",
        "options": [],
        "required": true,
        "multiple": false,
        "description": "How and how often the work group communicates, internally and with the community."
      },
      {
        "id": "chairs",
        "label": "Chair(s)",
        "type": "input",
        "options": [],
        "required": true,
        "multiple": false,
        "description": "GitHub logins, separated by commas."
      },
      {
        "id": "members",
        "label": "Members",
        "type": "textarea",
        "options": [],
        "required": true,
        "multiple": false,
        "description": "GitHub logins of all members, chairs included; commas, spaces or one per line."
      },
      {
        "id": "resources",
        "label": "Resources requested",
        "type": "textarea",
        "options": [],
        "required": true,
        "multiple": false,
        "description": "Staff time, infrastructure, accounts. One per line; write \"None\" if nothing is needed."
      },
      {
        "id": "budget",
        "label": "Budget",
        "type": "textarea",
        "options": [],
        "required": false,
        "multiple": false,
        "description": "One item per line, e.g. `- Captioning: 1,200 USD`. Leave empty if no money is requested."
      },
      {
        "id": "cadence",
        "label": "Reporting cadence",
        "type": "dropdown",
        "options": [
          "Monthly",
          "Quarterly"
        ],
        "required": true,
        "multiple": false
      }
    ]
  },
  "grant": {
    "name": "Grant request",
    "fields": [
      {
        "id": "applicant_name",
        "label": "Your name",
        "type": "input",
        "options": [],
        "required": true,
        "multiple": false
      },
      {
        "id": "applicant_github",
        "label": "Your GitHub login",
        "type": "input",
        "options": [],
        "required": true,
        "multiple": false
      },
      {
        "id": "applicant_email",
        "label": "Email",
        "type": "input",
        "options": [],
        "required": false,
        "multiple": false,
        "description": "This issue is public: anyone can read this address. Leave it empty to be contacted here, in the issue."
      },
      {
        "id": "organisation",
        "label": "Organising group",
        "type": "input",
        "options": [],
        "required": true,
        "multiple": false
      },
      {
        "id": "organisation_website",
        "label": "Organising group's website",
        "type": "input",
        "options": [],
        "required": false,
        "multiple": false
      },
      {
        "id": "grant_type",
        "label": "Grant type",
        "type": "dropdown",
        "options": [
          "Conference",
          "Workshop",
          "Sprint",
          "Meetup / user group",
          "Deposit advance (venue or vendor deposit for a new event)"
        ],
        "required": true,
        "multiple": false
      },
      {
        "id": "event_name",
        "label": "Event name",
        "type": "input",
        "options": [],
        "required": true,
        "multiple": false
      },
      {
        "id": "start_date",
        "label": "First day of the event",
        "type": "input",
        "options": [],
        "required": true,
        "multiple": false,
        "description": "YYYY-MM-DD"
      },
      {
        "id": "end_date",
        "label": "Last day of the event",
        "type": "input",
        "options": [],
        "required": true,
        "multiple": false,
        "description": "YYYY-MM-DD"
      },
      {
        "id": "location",
        "label": "Location",
        "type": "input",
        "options": [],
        "required": true,
        "multiple": false,
        "description": "City and country, or \"Online\"."
      },
      {
        "id": "format",
        "label": "Format",
        "type": "dropdown",
        "options": [
          "In person",
          "Online",
          "Hybrid"
        ],
        "required": true,
        "multiple": false
      },
      {
        "id": "event_website",
        "label": "Event website",
        "type": "input",
        "options": [],
        "required": false,
        "multiple": false
      },
      {
        "id": "expected_attendees",
        "label": "Expected attendees",
        "type": "input",
        "options": [],
        "required": true,
        "multiple": false
      },
      {
        "id": "amount",
        "label": "Amount requested",
        "type": "input",
        "options": [],
        "required": true,
        "multiple": false,
        "description": "With its currency, e.g. `5,000 {{base_currency}}`. Currencies wgbot can convert: {{currencies}}."
      },
      {
        "id": "budget",
        "label": "Budget",
        "type": "textarea",
        "options": [],
        "required": true,
        "multiple": false,
        "description": "One item per line with its cost, tied to a specific expense of the event; mark what is essential.\nA Markdown table works too."
      },
      {
        "id": "other_funding",
        "label": "Other funding sources",
        "type": "textarea",
        "options": [],
        "required": false,
        "multiple": false,
        "description": "Sponsors, ticket sales, other grants. One per line."
      },
      {
        "id": "coc_url",
        "label": "Code of Conduct URL",
        "type": "input",
        "options": [],
        "required": false,
        "multiple": false,
        "description": "Where the event's Code of Conduct is published. Events the foundation funds need one."
      },
      {
        "id": "coc_contact",
        "label": "Code of Conduct contact",
        "type": "input",
        "options": [],
        "required": false,
        "multiple": false,
        "description": "Who handles reports at the event (an email address or a name)."
      },
      {
        "id": "previous_grants",
        "label": "Previous grants",
        "type": "textarea",
        "options": [],
        "required": false,
        "multiple": false,
        "description": "Earlier grants from the foundation to this event or group, one per line."
      },
      {
        "id": "deposit_quote",
        "label": "Deposit advance only — quote or invoice",
        "type": "input",
        "options": [],
        "required": false,
        "multiple": false,
        "description": "A link to, or the reference of, the quote or invoice the deposit pays."
      },
      {
        "id": "deposit_due",
        "label": "Deposit advance only — date the deposit is due",
        "type": "input",
        "options": [],
        "required": false,
        "multiple": false,
        "description": "YYYY-MM-DD. The lead time is counted to this date."
      }
    ]
  }
};
