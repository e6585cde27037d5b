/**
 * Hostile comments and commands. The strict parser first (parseCommand: only the first line of a first block that
 * GitHub shows as a plain paragraph, only our commands, amounts read by the form's own amount parser), then the real Probot app against the fake GitHub: a board member's command hidden
 * in a quote, a code block, an HTML comment, after some text, behind invisible characters, in an edited comment or
 * from a bot does nothing; a command's note cannot forge a record, ping a team or run as a template; an amount in
 * another currency or in no readable form decides nothing.
 */
import type { Probot } from "probot";
import { afterAll, describe, expect, it } from "vitest";
import { PRESETS } from "../../src/config/presets.ts";
import { type ParsedCommand, parseCommand } from "../../src/decide/command.ts";
import { decideCommand } from "../../src/decide/decision.ts";
import { parseRecord } from "../../src/decide/decision-record.ts";
import { builtInTemplates } from "../../src/gather/comment-templates.ts";
import { commandEvent, commentEditedEvent } from "../support/board-events.ts";
import { grantBody } from "../support/bodies.ts";
import type { FakeGitHub, FakeIssue } from "../support/fake-github.ts";
import { growthRatio, LINEAR_RATIO } from "../support/growth.ts";
import { commentEvent } from "../support/payloads.ts";
import { deliver } from "../support/probot.ts";
import { FORGED_DECISION } from "./corpus.ts";
import {
  botCommentsWith,
  expectSafeText,
  expectSafeWrites,
  GITHUB_MAX_BODY,
  grantInBoardReview,
  harnessEachTest,
  stateOf,
  trackUnhandledRejections,
} from "./harness.ts";

const rejections = trackUnhandledRejections();
afterAll(() => expect(rejections).toEqual([]));

type Expected = "ignored" | RegExp | Record<string, unknown>;

/** [comment body, what parseCommand makes of it: ignored, an error matching, or a command like] */
const PARSER_CASES: [string, Expected][] = [
  // Only the first line of the first block, when GitHub shows that block as a plain paragraph, is a command.
  ["/board approve", { name: "board", decision: "approve" }],
  ["> /board approve", "ignored"],
  [">/board approve", "ignored"],
  ["```\n/board approve\n```", "ignored"],
  ["    /board approve", "ignored"],
  ["<!-- /board approve -->", "ignored"],
  ["<!--\n/board approve\n-->", "ignored"],
  ["please /board approve", "ignored"],
  ["LGTM\n/board approve", "ignored"],
  ["*/board approve*", "ignored"],
  ["`/board approve`", "ignored"],
  ["[/board approve](https://x)", "ignored"],
  ["- /board approve", "ignored"],
  ["# /board approve", "ignored"],
  // Smuggled in a block GitHub shows as something other than a plain paragraph.
  ["\t/board approve", "ignored"], // a tab indents as code
  ["  \t/board approve", "ignored"],
  ["   /board approve", { name: "board", decision: "approve" }], // three spaces: still a paragraph
  ["\n\n    /board approve", "ignored"],
  ["Look:\n\n    /board approve", "ignored"],
  ["~~~\n/board approve\n~~~", "ignored"],
  ["````md\n/board approve", "ignored"], // an unclosed fence runs to the end
  ["/board approve\n===", "ignored"], // a setext heading
  ["/board approve\n---", "ignored"],
  ["/board approve\nfor the budget\n----", "ignored"],
  ["/board approve\n|---|", "ignored"], // a one-column table
  ["| /board approve | ok |\n|---|---|", "ignored"],
  ["<details>\n/board approve\n</details>", "ignored"],
  ["<div>/board approve</div>", "ignored"],
  ["<!-- x -->\n/board approve", "ignored"],
  ["<!--\n-->/board approve", "ignored"],
  ["<br>\n/board approve", "ignored"],
  ["> \n/board approve", "ignored"], // an empty quote still comes first
  ["1. /board approve", "ignored"],
  ["* /board approve", "ignored"],
  ["+ /board approve", "ignored"],
  ["- [ ] /board approve", "ignored"],
  ["###### /board approve", "ignored"],
  ["[x]: https://example.com\n/board approve", "ignored"], // a link definition is the first block
  ["[^1]: /board approve", "ignored"],
  ["**/board approve**", "ignored"],
  ["~~/board approve~~", "ignored"],
  ["\\/board approve", "ignored"], // an escaped slash is not the command as typed
  ["&#47;board approve", "ignored"],
  ["&sol;board approve", "ignored"],
  ["\u00A0\n/board approve", "ignored"], // a line of a no-break space is not blank: it is the paragraph
  ["\n\n/board approve", { name: "board", decision: "approve" }], // blank lines before it are no block
  [" \t\n/board approve", { name: "board", decision: "approve" }],
  ["\uFEFF\r\n/board approve\r\n", { name: "board", decision: "approve" }],
  ["/board approve\n\n===", { name: "board", decision: "approve" }], // after a blank line: a new paragraph
  ["/board approve\n\n    code", { name: "board", decision: "approve" }],
  ["/board approve **now**", { name: "board", decision: "approve", note: "**now**" }],
  ["/board approve\\", /Say what you decide/], // a hard line break is not a verb
  ["/board approve\r/board decline", { name: "board", decision: "approve" }], // CR alone ends a line too
  // Invisible and look-alike characters.
  ["\u200B/board approve", "ignored"],
  ["\u2060/board approve", "ignored"],
  ["\u202E/board approve", "ignored"],
  ["/board\u200B approve", "ignored"],
  ["/bоard approve", "ignored"], // Cyrillic о
  ["／board approve", "ignored"], // full-width solidus
  ["/board approve\u200B", /Say what you decide/],
  ["/board аpprove", /Say what you decide/], // Cyrillic а
  ["\uFEFF/board approve", { name: "board", decision: "approve" }],
  ["\u00A0/board approve", { name: "board", decision: "approve" }],
  ["/BOARD Approve", { name: "board", decision: "approve" }],
  ["/board approve\r\n/board decline", { name: "board", decision: "approve" }],
  ["/boards approve", "ignored"],
  ["/shrug", "ignored"],
  ["/", "ignored"],
  ["", "ignored"],
  // Verbs and amounts.
  ["/board", /Say what you decide/],
  ["/board yes", /Say what you decide/],
  ["/recommend defer", /Say what you decide/],
  ["/recheck please", /alone/],
  ["/board approve 9000", { amount: 9000 }],
  ["/board approve 9,000", { amount: 9000 }],
  ["/board approve 9.000", { amount: 9000 }],
  ["/board approve 9000.50", { amount: 9000.5 }],
  ["/board approve 9,000.50", { amount: 9000.5 }],
  ["/board approve 9.000,50", { amount: 9000.5 }],
  ["/board approve 12,50", { amount: 12.5 }],
  ["/board approve $9,000", { amount: 9000, currency: "USD" }],
  ["/board approve 9000USD", { amount: 9000, currency: "USD" }],
  ["/board approve 9000 USD fine", { amount: 9000, currency: "USD", note: "fine" }],
  ["/board approve 9000 EUR", { amount: 9000, currency: "EUR" }],
  ["/board approve €9000", { amount: 9000, currency: "EUR" }],
  ["/board approve $9000 EUR", /two currencies/],
  ["/board approve 1e308", /`1e308` is not an amount wgbot can read/],
  ["/board approve 1e309", /`1e309` is not an amount wgbot can read/],
  ["/board approve -500", /`-500` has a sign/],
  ["/board approve −500", /`−500` has a sign/],
  ["/board approve +500", /`\+500` has a sign/],
  ["/board approve -$500", /`-\$500` has a sign/],
  ["/board approve $-500", /`-500` has a sign/],
  ["/board approve 0", /more than zero/],
  ["/board approve 0.001", /more than two decimals/],
  ["/board approve .5", /`\.5` is not a number/],
  ["/board approve 9,,0,", /do not group thousands/],
  ["/board approve 1.2.3,4", /do not group thousands/],
  ["/board approve 50_00", /do not group thousands/],
  [`/board approve ${"9".repeat(400)}`, /too large/],
  ["/board approve ９０００", /digits wgbot cannot read/],
  ["/board approve ٩٠٠٠", /digits wgbot cannot read/],
  ["/board approve 9000USDx", /No amount found/],
  ["/board approve 500-700", /2 amounts/],
  ["/board approve 5_000 USD", { amount: 5000, currency: "USD", note: undefined }],
  ["/board approve 1 200,50 EUR fine", { amount: 1200.5, currency: "EUR", note: "fine" }],
  ["/board approve USD 9000 fine", { amount: 9000, currency: "USD", note: "fine" }],
  ["/board approve 9000 euros fine", { amount: 9000, currency: "EUR", note: "fine" }],
  ["/board approve $9000 XTS", /two currencies/],
  ["/board approve 9000 valueOf", { amount: 9000, note: "valueOf" }],
  ["/board approve 9000 toString", { amount: 9000, note: "toString" }],
  ["/board approve 5k", { amount: 5000 }], // as the form reads `5k`
  ["/board approve NaN", { note: "NaN" }],
  ["/board approve Infinity", { note: "Infinity" }],
  ["/board approve 🎉", { note: "🎉" }],
  // Notes are kept as typed (the reply escapes them).
  ["/board decline @psf/board", { decision: "decline", note: "@psf/board" }],
  [`/board defer ${FORGED_DECISION}`, { decision: "defer", note: FORGED_DECISION }],
  [
    "/recommend decline {{#each this}}LEAK{{/each}}",
    { decision: "decline", reason: "{{#each this}}LEAK{{/each}}" },
  ],
];

function expectParsed(parsed: ParsedCommand, expected: Expected): void {
  if (expected === "ignored") expect(parsed).toBeUndefined();
  else if (expected instanceof RegExp) {
    expect(parsed?.ok).toBe(false);
    expect(parsed && !parsed.ok ? parsed.error : "").toMatch(expected);
  } else {
    expect(parsed?.ok).toBe(true);
    expect(parsed?.ok ? parsed.command : undefined).toMatchObject(expected);
  }
}

describe("parseCommand", () => {
  for (const [body, expected] of PARSER_CASES) {
    it(`${JSON.stringify(body.slice(0, 50))} → ${expected instanceof RegExp ? `error ${expected}` : JSON.stringify(expected)}`, () => {
      expectParsed(parseCommand(body), expected);
    });
  }

  it("reads only the first line of a 1 MB comment, in linear time", () => {
    const MB = 1024 * 1024;
    const bodies = [
      (n: number) => `/board approve\n${"x".repeat(n)}`,
      (n: number) => `${" ".repeat(n)}x`,
      (n: number) => `/board approve ${"9 ".repeat(n / 2)}`,
    ];
    expect(parseCommand(bodies[0]?.(MB) as string)).toMatchObject({ ok: true });
    expect(parseCommand(bodies[1]?.(MB) as string)).toBeUndefined();
    expect(parseCommand(bodies[2]?.(600_000) as string)).toMatchObject({ ok: true });
    // One comment of 256 KB against eight of 32 KB (test/support/growth.ts).
    for (const body of bodies) {
      const ratio = growthRatio((n) => {
        const text = body(n);
        return () => parseCommand(text);
      }, MB / 4);
      expect(ratio).toBeLessThan(LINEAR_RATIO);
    }
  });
});

describe("decideCommand on a hostile amount", () => {
  const item = {
    number: 7,
    title: "Grant request",
    body: grantBody({ amount: "12,000 USD", budget: "- Venue: 12,000 USD (essential)" }),
    author: "ada",
    state: "open" as const,
    labels: ["kind/grant", "status/grants-wg-review", "grant/over-threshold"],
    isPull: false,
    createdAt: "2026-11-01T10:00:00Z",
  };
  const plan = (body: string) => {
    const parsed = parseCommand(body);
    if (!parsed?.ok || parsed.command.name === "recheck") throw new Error(`not a decision: ${body}`);
    return decideCommand({
      command: parsed.command,
      commentId: 501,
      by: "gwen",
      at: "2026-11-21T12:00:07.000Z",
      item,
      records: [],
      config: PRESETS.psf,
      now: new Date("2026-11-21T12:00:00Z"),
      templates: builtInTemplates(),
    });
  };

  for (const [body, refused] of [
    ["/recommend approve 9000 EUR", /Give the amount in USD/],
    ["/recommend approve €9000", /Give the amount in USD/],
    ["/recommend approve £1", /Give the amount in USD/],
    ["/recommend approve 9000 XTS", /Give the amount in USD/],
    ["/recommend approve 1,000,000,000,000,000,000,000", /more than the 12,000 USD requested/],
    ["/recommend approve 12000.01", /more than the 12,000 USD requested/],
    ["/recommend decline 5", /takes no amount/],
  ] as const) {
    it(`${body} is refused: ${refused}`, () => {
      const result = plan(body);
      expect(result.ok).toBe(false);
      expect(result.reply).toMatch(refused);
      expectSafeText(result.reply);
    });
  }

  for (const [body, amount] of [
    ["/recommend approve 9000 USD", 9000],
    ["/recommend approve $9,000.50", 9000.5],
    ["/recommend approve 12,50", 12.5],
  ] as const) {
    it(`${body} records ${amount} USD`, () => {
      const result = plan(body);
      expect(result.ok && result.record.amount).toBe(amount);
    });
  }

  it("a note can neither forge the record nor ping anyone", () => {
    const result = plan(`/recommend decline @psf/board ${FORGED_DECISION} {{#each this}}LEAK{{/each}}`);
    expect(result.ok).toBe(true);
    expectSafeText(`<!-- wgbot:reply:501 -->\n${result.reply}`);
    expect(parseRecord(result.reply)).toMatchObject({
      decision: "decline",
      by: "gwen",
      outcome: "board-review",
    });
    expect(result.reply.match(/<!--/g)).toHaveLength(1);
    expect(result.reply).toContain("\\{\\{#each this\\}\\}LEAK\\{\\{/each\\}\\}");
  });
});

describe("through the app: commands that must do nothing", () => {
  let fake: FakeGitHub;
  let probot: Probot;
  let issue: FakeIssue;

  harnessEachTest(async (h) => {
    ({ fake, probot } = h);
    // The Grants WG recommends: the request is now in board review, on the January meeting.
    issue = await grantInBoardReview(h, 9000);
  }, expectSafeWrites);

  const inert = [
    "> /board approve",
    "```\n/board approve\n```",
    "<!-- /board approve -->",
    "<!--\n/board approve\n-->",
    "I think we should\n/board approve",
    "Thanks! /board approve",
    "\u200B/board approve",
    "\u202E/board approve",
    "/board\u200B approve",
    "/bоard approve",
    "／board approve",
    "    /board approve",
    "\t/board approve",
    "~~~\n/board approve\n~~~",
    "/board approve\n===",
    "- /board approve",
    "<details>\n/board approve\n</details>",
    "| /board approve |\n|---|",
    "**/board approve**",
  ];
  for (const body of inert) {
    it(`a board member's ${JSON.stringify(body)} changes nothing and writes nothing`, async () => {
      const comment = fake.addComment(1, body, { login: "bea", type: "User" });
      const before = stateOf(fake);
      await deliver(probot, commandEvent(fake, issue, comment));
      expect(fake.writes).toEqual([]);
      expect(stateOf(fake)).toEqual(before);
    });
  }

  it("an edited comment never acts, even when it now reads /board approve", async () => {
    const comment = fake.addComment(1, "Looks fine to me", { login: "bea", type: "User" });
    comment.body = "/board approve";
    await deliver(probot, commentEditedEvent(fake, issue, comment));
    expect(fake.requests).toEqual([]);
    expect(fake.issues.get(1)?.state).toBe("open");
  });

  for (const [login, type] of [
    ["wgbot[bot]", "Bot"],
    ["dependabot[bot]", "Bot"],
    ["bea", "Bot"],
    ["evil[bot]", "User"],
  ] as const) {
    it(`a command from the bot ${login} (${type}) is ignored without a request`, async () => {
      const comment = fake.addComment(1, "/board approve", { login, type });
      await deliver(
        probot,
        commentEvent(fake, issue, { id: comment.id, body: comment.body, login, type }) as never,
      );
      expect(fake.requests).toEqual([]);
    });
  }

  for (const [body, reply] of [
    ["/board approve 9000 EUR", /Give the amount in USD/],
    ["/board approve -500", /has a sign/],
    ["/board approve 1e308", /not an amount wgbot can read/],
    ["/board approve ９０００", /digits wgbot cannot read/],
    ["/board approve 99999", /more than the 12,000 USD requested/],
  ] as const) {
    it(`${body} from a board member gets one reply and decides nothing`, async () => {
      const before = stateOf(fake);
      const comment = fake.addComment(1, body, { login: "bea", type: "User" });
      const event = commandEvent(fake, issue, comment);
      await deliver(probot, event);
      await deliver(probot, event);
      const replies = botCommentsWith(fake, 1, `reply:${comment.id}`);
      expect(replies).toHaveLength(1);
      expect(replies[0]?.body).toMatch(reply);
      expect(parseRecord(replies[0]?.body ?? "")).toBeUndefined();
      const after = stateOf(fake);
      expect(after.issues).toEqual(before.issues);
      expect(after.milestones).toEqual(before.milestones);
    });
  }

  it("a board member's hostile note is recorded as text: the decision is the command's, no one is pinged", async () => {
    const body = `/board decline @psf/board ${FORGED_DECISION} {{#each this}}LEAK{{/each}} \u202Eevil`;
    const comment = fake.addComment(1, body, { login: "bea", type: "User" });
    await deliver(probot, commandEvent(fake, issue, comment));
    const [reply] = botCommentsWith(fake, 1, `reply:${comment.id}`);
    expect(parseRecord(reply?.body ?? "")).toMatchObject({
      by: "bea",
      decision: "decline",
      outcome: "declined",
    });
    expect(fake.labelsOn(1)).toContain("status/declined");
    expect(fake.labelsOn(1)).not.toContain("status/approved");
    expect(fake.issues.get(1)).toMatchObject({ state: "closed", state_reason: "not_planned" });
  });

  it("a note far longer than a comment can hold still records the decision, in a reply GitHub accepts", async () => {
    const body = `/board decline ${"@psf/board <b>x</b> ".repeat(5_000)}`;
    const comment = fake.addComment(1, body, { login: "bea", type: "User" });
    await deliver(probot, commandEvent(fake, issue, comment));
    const [reply] = botCommentsWith(fake, 1, `reply:${comment.id}`);
    expect(reply?.body.length).toBeLessThanOrEqual(GITHUB_MAX_BODY);
    expect(parseRecord(reply?.body ?? "")).toMatchObject({ decision: "decline", outcome: "declined" });
    expect(fake.labelsOn(1)).toContain("status/declined");
  });
});
