/**
 * One scenario per flow, each starting from a small realistic state and ending with one event: the fault matrix
 * (harness.ts) fails each of its requests in turn.
 */
import { commandEvent, labeledEvent } from "../support/board-events.ts";
import { charterBody, grantBody } from "../support/bodies.ts";
import { BOT, type FakeGitHub } from "../support/fake-github.ts";
import { CONFIG, charterYaml, reportYaml } from "../support/governance-files.ts";
import { commentEvent, issuesEvent, pullRequestEvent } from "../support/payloads.ts";
import type { Scenario } from "./harness.ts";

const user = (login: string) => ({ login, type: "User" });

function base(fake: FakeGitHub): void {
  fake.files.set(".github/wgbot.yml", CONFIG);
  fake.teams.set("grants-wg", new Set(["gwen"]));
  fake.teams.set("board", new Set(["bea", "bo"]));
}

function grant(fake: FakeGitHub, amount = "5,000 USD", budget?: string) {
  return fake.addIssue({
    title: "Grant request: PyCon Example 2027",
    body: grantBody({ amount, ...(budget ? { budget } : {}) }),
    labels: [{ name: "kind/grant" }],
  });
}

const OVER = ["12,000 USD", "- Venue: 9,000 USD (essential)\n- Catering: 3,000 USD"] as const;

export const REQUEST: Scenario = {
  name: "grant request opened",
  runtime: "probot",
  async setup(fake) {
    base(fake);
    return issuesEvent(fake, "opened", grant(fake));
  },
};

export const CHARTER: Scenario = {
  name: "charter proposal opened (to the board: milestone and agenda)",
  runtime: "probot",
  async setup(fake) {
    base(fake);
    fake.files.set("workgroups/packaging/charter.yml", charterYaml({ slug: "packaging" }));
    const issue = fake.addIssue({
      title: "Work group proposal: Documentation",
      body: charterBody(),
      labels: [{ name: "kind/charter" }],
    });
    return issuesEvent(fake, "opened", issue);
  },
};

export const RECHECK: Scenario = {
  name: "/recheck after the author edited the request",
  runtime: "probot",
  async setup(fake, { prepare }) {
    base(fake);
    const issue = grant(fake);
    await prepare(issuesEvent(fake, "opened", issue));
    // The author adds swag and drops the Code of Conduct: new labels, an edited comment.
    issue.body = grantBody({
      budget: "- Venue: 3,000 USD (essential)\n- T-shirts: 1,200 USD\n- Childcare: 800 USD",
      coc_url: "",
    });
    const comment = fake.addComment(issue.number, "/recheck", user("ada"));
    return commentEvent(fake, issue, { id: comment.id, body: comment.body, login: "ada" });
  },
};

export const RECOMMEND: Scenario = {
  name: "/recommend approve on a 12,000 USD request (escalated: reply, labels, milestone, agenda)",
  runtime: "probot",
  async setup(fake, { prepare }) {
    base(fake);
    const issue = grant(fake, ...OVER);
    await prepare(issuesEvent(fake, "opened", issue));
    const comment = fake.addComment(issue.number, "/recommend approve 9000 Strong community", user("gwen"));
    return commandEvent(fake, issue, comment);
  },
};

export const BOARD_GRANT: Scenario = {
  name: "/board approve on an escalated grant (reply, labels, close, agenda)",
  runtime: "probot",
  async setup(fake, { prepare }) {
    base(fake);
    const issue = grant(fake, ...OVER);
    await prepare(issuesEvent(fake, "opened", issue));
    const recommend = fake.addComment(issue.number, "/recommend approve 9000", user("gwen"));
    await prepare(commandEvent(fake, issue, recommend));
    const comment = fake.addComment(issue.number, "/board approve 9000", user("bea"));
    return commandEvent(fake, issue, comment);
  },
};

export const BOARD_CHARTER: Scenario = {
  name: "/board approve on a charter proposal (reply, labels, branch, file, pull request, agenda)",
  runtime: "probot",
  async setup(fake, { prepare }) {
    base(fake);
    const issue = fake.addIssue({
      title: "Work group proposal: Documentation",
      body: charterBody(),
      labels: [{ name: "kind/charter" }],
    });
    await prepare(issuesEvent(fake, "opened", issue));
    const comment = fake.addComment(issue.number, "/board approve", user("bea"));
    return commandEvent(fake, issue, comment);
  },
};

export const PROTECTED: Scenario = {
  name: "protected label added by someone outside the board (removed, one reply)",
  runtime: "probot",
  async setup(fake, { prepare }) {
    base(fake);
    const issue = grant(fake);
    await prepare(issuesEvent(fake, "opened", issue));
    issue.labels.push({ name: "status/approved" });
    return labeledEvent(fake, issue, "status/approved", "mallory");
  },
};

export const BOARD_LABEL: Scenario = {
  name: "status/board-review added by a board member (milestone and agenda)",
  runtime: "probot",
  async setup(fake, { prepare }) {
    base(fake);
    const issue = grant(fake);
    await prepare(issuesEvent(fake, "opened", issue));
    issue.labels.push({ name: "status/board-review" });
    return labeledEvent(fake, issue, "status/board-review", "bea");
  },
};

export const REPORT_PR: Scenario = {
  name: "monthly report pull request opened (check run, labels)",
  runtime: "probot",
  async setup(fake) {
    base(fake);
    fake.files.set("workgroups/packaging/charter.yml", charterYaml({ slug: "packaging" }));
    fake.files.set(
      "workgroups/packaging/reports/2026-09.yml",
      reportYaml({ workgroup: "packaging", period: "2026-09" }),
    );
    const pull = fake.addPull({
      author: "alice",
      changes: {
        "workgroups/packaging/reports/2026-10.yml": reportYaml({
          workgroup: "packaging",
          period: "2026-10",
          board_asks: ["Approve a 2,000 USD captioning budget"],
        }),
      },
    });
    return pullRequestEvent(fake, "opened", pull);
  },
};

/** A report with 60 problems: its check run takes a create and an update (50 annotations per request). */
export const REPORT_PR_LARGE: Scenario = {
  name: "report pull request with 60 problems (check run in two requests)",
  runtime: "probot",
  async setup(fake) {
    base(fake);
    fake.files.set("workgroups/packaging/charter.yml", charterYaml({ slug: "packaging" }));
    const metrics = Array.from({ length: 60 }, (_, i) => `  - { name: Metric ${i}, value: lots }`).join("\n");
    const report = reportYaml({ workgroup: "packaging", period: "2026-10" }).replace(
      /metrics:\n(?: {2}.*\n)+/,
      `metrics:\n${metrics}\n`,
    );
    const pull = fake.addPull({
      author: "alice",
      changes: { "workgroups/packaging/reports/2026-10.yml": report },
    });
    return pullRequestEvent(fake, "opened", pull);
  },
};

export const SWEEP_NOW = new Date("2026-11-21T06:00:00Z");

export const SWEEP: Scenario = {
  name: "sweep (reminder and at-risk issues, milestone, agenda, a stale grant closed)",
  runtime: "action",
  now: SWEEP_NOW,
  async setup(fake) {
    fake.setTime("2026-09-20T10:00:00Z");
    const quiet = fake.addIssue({
      title: "Grant request: PyCon Somewhere",
      body: "(form answers)",
      labels: [{ name: "kind/grant" }, { name: "status/needs-info" }],
    });
    fake.addComment(quiet.number, "<!-- wgbot:request-report -->\nPlease add a budget.", BOT);
    fake.setTime(SWEEP_NOW);
    base(fake);
    fake.files.set(
      "workgroups/packaging/charter.yml",
      charterYaml({ slug: "packaging", start: "2026-06-01" }),
    );
    for (const month of ["2026-06", "2026-07", "2026-08"])
      fake.files.set(
        `workgroups/packaging/reports/${month}.yml`,
        reportYaml({ workgroup: "packaging", period: month }),
      );
    return { name: "schedule", payload: { schedule: "17 6 * * *" } };
  },
};
