/**
 * Shared checks for the hostile-input and race tests: what every body wgbot writes must satisfy, whatever people
 * typed, and the real Probot app against the fake GitHub.
 */
import type { Probot } from "probot";
import { afterEach, beforeEach, expect } from "vitest";
import { commandEvent } from "../support/board-events.ts";
import { grantBody } from "../support/bodies.ts";
import { FakeGitHub, type FakeIssue, type RecordedRequest } from "../support/fake-github.ts";
import { issuesEvent } from "../support/payloads.ts";
import { deliver, probotFor } from "../support/probot.ts";

/** GitHub refuses a comment, issue or pull request body longer than this. */
export const GITHUB_MAX_BODY = 65_536;

/**
 * The only mentions wgbot writes on purpose (both configurable): the Grants WG team on a complete grant request, and
 * the board team on a meeting's agenda.
 */
export const INTENDED_MENTIONS = ["@psf/grants-wg", "@psf/board"];

export const CONFIG = "preset: psf\nteams: { board: board, grants_wg: grants-wg }\n";

export interface Harness {
  fake: FakeGitHub;
  probot: Probot;
}

/** A fresh fake GitHub (teams: grants-wg = gwen; board = bea, bo) and the real app. */
export async function startHarness(): Promise<Harness> {
  const fake = await new FakeGitHub().start();
  fake.files.set(".github/wgbot.yml", CONFIG);
  fake.teams.set("grants-wg", new Set(["gwen"]));
  fake.teams.set("board", new Set(["bea", "bo"]));
  return { fake, probot: await probotFor(fake) };
}

/**
 * The hooks of tests on the harness: a fresh harness before each test, handed to `use` (awaited); after each test,
 * `check` on its fake, then the fake stopped.
 */
export function harnessEachTest(
  use: (h: Harness) => unknown,
  check: (fake: FakeGitHub) => void = () => {},
): void {
  let fake: FakeGitHub;
  beforeEach(async () => {
    const h = await startHarness();
    fake = h.fake;
    await use(h);
  });
  afterEach(async () => {
    check(fake);
    await fake.stop();
  });
}

/** A grant request: 12,000 USD for PyCon Example 2027, a 9,000 USD venue (essential) and catering; `answers` over it. */
export function addGrant(fake: FakeGitHub, answers: Record<string, string> = {}): FakeIssue {
  return fake.addIssue({
    title: "Grant request: PyCon Example 2027",
    body: grantBody({
      amount: "12,000 USD",
      budget: "- Venue: 9,000 USD (essential)\n- Catering: 3,000 USD",
      ...answers,
    }),
    labels: [{ name: "kind/grant" }],
  });
}

/**
 * The grant request opened, then recommended by the Grants WG (gwen) for `amount`: now in board review, on the
 * January meeting, with the fake's record of requests cleared.
 */
export async function grantInBoardReview({ fake, probot }: Harness, amount: number): Promise<FakeIssue> {
  const issue = addGrant(fake);
  await deliver(probot, issuesEvent(fake, "opened", issue));
  const recommend = fake.addComment(issue.number, `/recommend approve ${amount}`, {
    login: "gwen",
    type: "User",
  });
  await deliver(probot, commandEvent(fake, issue, recommend));
  expect(fake.labelsOn(issue.number)).toContain("status/board-review");
  fake.reset();
  return issue;
}

/** Every piece of text in a write request's body: comment and issue bodies, titles, labels. */
export function textsOf(request: RecordedRequest): string[] {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === "string") out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(request.body);
  return out;
}

/** Markdown with code (fenced and inline) removed, as GitHub would not link a mention inside it. */
export function outsideCode(markdown: string): string {
  return withoutCodeSpans(markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, ""));
}

/**
 * Text with its code spans taken out, as CommonMark reads them: outside code a backslash escapes the next character
 * (an escaped backtick opens nothing); a run of backticks opens a span that the next run of exactly the same length
 * closes, and inside a span a backslash is only a backslash; a run never closed is text.
 */
function withoutCodeSpans(markdown: string): string {
  let out = "";
  let i = 0;
  while (i < markdown.length) {
    const c = markdown[i] as string;
    if (c === "\\") {
      out += markdown.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c !== "`") {
      out += c;
      i++;
      continue;
    }
    const run = /^`+/.exec(markdown.slice(i))?.[0] as string;
    const close = new RegExp(`(?<!\`)${run}(?!\`)`, "g");
    close.lastIndex = i + run.length;
    const end = close.exec(markdown);
    if (!end) {
      out += run;
      i += run.length;
      continue;
    }
    i = end.index + run.length;
  }
  return out;
}

/** The mentions GitHub would turn into notifications: `@user` or `@org/team`, not preceded by a word character. */
export function pingableMentions(markdown: string): string[] {
  return [
    ...outsideCode(markdown).matchAll(/(?<![\w`])@[A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9_.-]+)?/g),
  ].map((m) => m[0]);
}

/**
 * The links GitHub would make in Markdown outside code (GFM's extended autolinks): a URL with a scheme, a `www.`
 * address, `mailto:`/`xmpp:`, an email address; and an angle-bracket autolink `<scheme:…>`. The destination of an
 * inline link (`](https://…`) is wgbot's own link, not one it made of someone's text: a person's `](` is escaped.
 */
export function autolinks(markdown: string): string[] {
  const text = outsideCode(markdown);
  return [
    ...text.matchAll(
      /(?<!\]\([a-z0-9+.-]*)(?:[a-z][a-z0-9+.-]*:\/\/|(?<![\w.-])www\.|mailto:|xmpp:)[^\s<]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|<[a-z][a-z0-9+.-]{1,31}:[^\s<>]*>/gi,
    ),
  ].map((m) => m[0]);
}

/**
 * Characters that would hide or reorder what a person typed, if written as they are: zero-width spaces and
 * joiners (but the one after `@` that wgbot itself writes to stop a mention), bidi marks, overrides and
 * isolates, invisible tag characters, the byte order mark, and control characters other than line ends and tabs.
 */
// Built from code points: the control characters are among what it finds.
const CONTROLS = [
  [0x00, 0x08],
  [0x0b, 0x0c],
  [0x0e, 0x1f],
  [0x7f, 0x9f],
]
  .map(([from, to]) => `\\u{${(from as number).toString(16)}}-\\u{${(to as number).toString(16)}}`)
  .join("");
const RAW_INVISIBLE = new RegExp(
  `[${CONTROLS}\\u00AD\\u061C\\u180E\\u200B\\u200C\\u200E\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\u{E0000}-\\u{E007F}]|(?<!@)\\u200D(?!\\p{Extended_Pictographic})`,
  "u",
);

/** The first raw invisible character in `text`, as a code point, or undefined. */
export function rawInvisible(text: string): string | undefined {
  const m = RAW_INVISIBLE.exec(text);
  return m ? `U+${(m[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}` : undefined;
}

/** Bidirectional-override and isolate controls: they can make displayed text read differently from what it is. */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * What every body wgbot writes must satisfy: pings nobody but its own intended mention, carries no HTML comment
 * but its own leading marker (and, in a decision reply, its own record block), shows no bidi override and no other
 * invisible character unwritten, links nowhere outside code, and fits in GitHub's limit.
 */
export function expectSafeText(text: string, where = "write"): void {
  for (const mention of pingableMentions(text))
    expect(
      INTENDED_MENTIONS,
      `${where}: pingable ${mention} in ${JSON.stringify(text.slice(0, 300))}`,
    ).toContain(mention);
  expect(text.length, `${where}: body longer than GitHub allows`).toBeLessThanOrEqual(GITHUB_MAX_BODY);
  expect(BIDI_CONTROLS.test(text), `${where}: bidi control character`).toBe(false);
  expect(LONE_SURROGATE.test(text), `${where}: half a surrogate pair`).toBe(false);
  expect(rawInvisible(text), `${where}: an invisible character not written out`).toBeUndefined();
  expect(autolinks(text), `${where}: text GitHub would turn into a link`).toEqual([]);
  const withoutOwn = outsideCode(
    text
      .replace(/^<!-- wgbot:[^\s<>]+(?: [^<>]*?)? -->/, "")
      .replace(/\n<!-- wgbot:decision \{[^<>]*\} -->\n?$/, ""),
  );
  expect(withoutOwn, `${where}: an HTML comment other than wgbot's own marker`).not.toContain("<!--");
  expect(withoutOwn, `${where}: raw HTML`).not.toMatch(/<(?!\/?(?:details|summary|sub)>)[A-Za-z!/]/);
}

/** Checks every write the fake received since its last reset. */
export function expectSafeWrites(fake: FakeGitHub): void {
  for (const request of fake.writes)
    for (const text of textsOf(request)) expectSafeText(text, `${request.method} ${request.path}`);
}

/**
 * Unhandled promise rejections during the file's tests. Registered by each test file: a flow that forgets an
 * awaited write, or lets a failure escape a `.then`, shows up here.
 */
export function trackUnhandledRejections(): unknown[] {
  const seen: unknown[] = [];
  process.on("unhandledRejection", (reason) => {
    seen.push(reason);
  });
  return seen;
}

/** Comments on an issue that a bot wrote with the given marker, oldest first. */
export function botCommentsWith(fake: FakeGitHub, issue: number, name: string) {
  return fake
    .commentsOn(issue)
    .filter((c) => c.user.type === "Bot" && c.body.startsWith(`<!-- wgbot:${name} -->`))
    .sort((a, b) => a.id - b.id);
}

/**
 * The state an event leaves, without what differs between equivalent runs: the numbers wgbot's own agenda issues
 * get, comment ids and times, and agendas a race opened and then closed as duplicates.
 */
export function stateOf(fake: FakeGitHub) {
  const agenda = (body: string) => /^<!-- wgbot:agenda[ -]/.test(body);
  const issues = [...fake.issues.values()]
    .filter((i) => !(agenda(i.body) && i.body.startsWith("<!-- wgbot:agenda-duplicate")))
    .map((i) => ({
      // wgbot's own issues (agendas, charter pull requests) get whatever number is free when they are opened.
      ...(i.user.type === "Bot" ? {} : { number: i.number }),
      title: i.title,
      body: i.body,
      state: i.state,
      state_reason: i.state_reason ?? null,
      labels: i.labels.map((l) => l.name).sort(),
      milestone: i.milestone?.title ?? null,
    }))
    .sort((a, b) => `${a.number ?? ""} ${a.title}`.localeCompare(`${b.number ?? ""} ${b.title}`));
  const comments = fake.comments
    .filter((c) => c.issue > 0 && !agenda(fake.issues.get(c.issue)?.body ?? ""))
    .map((c) => ({ issue: c.issue, by: c.user.login, body: c.body }))
    .sort((a, b) => a.issue - b.issue || a.body.localeCompare(b.body));
  return {
    issues,
    comments,
    milestones: fake.milestones.map((m) => `${m.title} ${m.state}`).sort(),
    pulls: [...fake.pulls.values()].map((p) => p.head.ref).sort(),
    branches: [...fake.branches.keys()].sort(),
  };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
