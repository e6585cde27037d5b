/**
 * What wgbot echoes is inert, through the real Probot app against the fake GitHub: a grant request whose answers
 * hold zero-width and bidi characters and every kind of text GitHub would link, and a report pull request whose
 * values and keys hold invisible characters. The sticky comment and the check run show the characters written out
 * (`<U+200B>`) and link nowhere outside code; every write of every test passes expectSafeText.
 */
import type { Probot } from "probot";
import { afterAll, describe, expect, it } from "vitest";
import { grantBody } from "../support/bodies.ts";
import type { FakeGitHub } from "../support/fake-github.ts";
import { charterYaml, reportYaml } from "../support/governance-files.ts";
import { issuesEvent, pullRequestEvent } from "../support/payloads.ts";
import { deliver } from "../support/probot.ts";
import {
  autolinks,
  botCommentsWith,
  expectSafeText,
  harnessEachTest,
  outsideCode,
  rawInvisible,
  textsOf,
  trackUnhandledRejections,
} from "./harness.ts";

const rejections = trackUnhandledRejections();
afterAll(() => expect(rejections).toEqual([]));

let fake: FakeGitHub;
let probot: Probot;
harnessEachTest(
  (h) => ({ fake, probot } = h),
  (fake) => {
    // A check run's summary ends with wgbot's digest marker, its one HTML comment.
    const own = (text: string) => text.replace(/\n<!-- wgbot:digest [0-9a-f]+ -->$/, "");
    for (const request of fake.writes)
      for (const text of textsOf(request)) expectSafeText(own(text), `${request.method} ${request.path}`);
  },
);

/** What GitHub shows of Markdown text outside code: the entities decoded. */
const shown = (markdown: string) =>
  markdown.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

const LINKS = [
  "https://evil.example/pay",
  "http://evil.example/x",
  "www.evil.example",
  "ada@evil.example",
  "mailto:bo@evil.example",
  "<https://angle.example>",
  "https://xn--80ak6aa92e.com",
];

describe("a grant request with invisible characters and links in its answers", () => {
  async function stickyFor(answers: Record<string, string>): Promise<string> {
    const issue = fake.addIssue({
      title: "Grant request",
      body: grantBody(answers),
      labels: [{ name: "kind/grant" }],
    });
    await deliver(probot, issuesEvent(fake, "opened", issue));
    const [sticky] = botCommentsWith(fake, issue.number, "request-report");
    expect(sticky).toBeDefined();
    return (sticky as { body: string }).body;
  }

  it("writes the characters out and shows every link as code", async () => {
    const body = await stickyFor({
      applicant_name: "Ada\u200B Love\u202Elace",
      event_name: `PyCon\u2066 Lisbon ${LINKS.join(" ")}`,
      location: "Lisbon, see www.lisbon.example or https://lisbon.example/`x`",
    });
    expect(rawInvisible(body)).toBeUndefined();
    expect(autolinks(body)).toEqual([]);
    const text = shown(body);
    expect(text).toContain("Ada<U+200B> Love<U+202E>lace");
    expect(text).toContain("PyCon<U+2066> Lisbon");
    for (const link of ["https://evil.example/pay", "www.evil.example", "ada@evil.example"])
      expect(body).toContain(`\`${link}\``);
    // A backtick in a URL does not end its code span: a longer fence holds it.
    expect(body).toContain("`` https://lisbon.example/`x` ``");
    expect(outsideCode(body)).not.toMatch(/https?:|www\.|@evil/);
  });

  it("quotes a login with a zero-width space visibly, in the finding that refuses it", async () => {
    const body = await stickyFor({ applicant_github: "@ali\u200Bce" });
    expect(body).toContain("`ali<U+200B>ce` is not a GitHub login");
    expect(shown(body)).toContain('it has "<U+200B>"');
    expect(rawInvisible(body)).toBeUndefined();
  });

  it("shows a budget line's URL as code in the finding that quotes it", async () => {
    const body = await stickyFor({
      budget: "- Venue, see https://venue.example/quote\n- Catering: 3,000 USD (www.food.example)",
    });
    expect(autolinks(body)).toEqual([]);
    expect(body).toMatch(/`[^`]*https:\/\/venue\.example\/quote[^`]*` has no cost/);
  });
});

describe("a report pull request with invisible characters", () => {
  const REPORT = "workgroups/packaging/reports/2026-10.yml";

  it("writes them out in the check run's summary and annotations", async () => {
    fake.files.set(
      "workgroups/packaging/charter.yml",
      charterYaml({ slug: "packaging", chairs: ["alice"], members: ["alice", "bob", "carol"] }),
    );
    const yaml = reportYaml({
      workgroup: "packaging",
      period: "2026-10",
      submitted_by: "ali\u200Bce",
    }).replace("value: 42", "value: 42\n    not\u202Ee: https://evil.example @psf/board");
    const pull = fake.addPull({ author: "alice", changes: { [REPORT]: yaml } });
    await deliver(probot, pullRequestEvent(fake, "opened", pull));
    const [run] = fake.checkRuns.filter((r) => r.head_sha === pull.head.sha);
    expect(run?.conclusion).toBe("failure");
    const summary = run?.output.summary ?? "";
    const annotations = (run?.annotations ?? []).map((a) => `${a.title} ${a.message}`).join("\n");
    expect(annotations).toContain("ali<U+200B>ce");
    expect(annotations).toContain("not<U+202E>e");
    expect(shown(summary)).toContain("ali<U+200B>ce");
    for (const text of [summary, annotations, run?.output.title ?? ""]) {
      expect(rawInvisible(text)).toBeUndefined();
    }
    expect(autolinks(summary)).toEqual([]);
  });
});
