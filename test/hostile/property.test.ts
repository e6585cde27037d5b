/**
 * Properties (fast-check) of what reads hostile text and what writes it back out: the form and command parsers
 * never throw, on any string (lone surrogates, controls and all); what wgbot renders parses back to what it meant
 * (commands, decision records in a reply, escaped text); escaped text pings nobody and opens no HTML; a sticky
 * comment always fits and is written once.
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { fitComment, MAX_COMMENT_LENGTH, stickyWrites } from "../../src/apply/sticky.ts";
import { loadConfig } from "../../src/config/load.ts";
import { PRESETS } from "../../src/config/presets.ts";
import { parseCommand } from "../../src/decide/command.ts";
import { decideCommand } from "../../src/decide/decision.ts";
import { type DecisionRecord, parseRecord, recordBlock } from "../../src/decide/decision-record.ts";
import { decideRequest } from "../../src/decide/request.ts";
import { parseFormBody, renderFormBody } from "../../src/forms/body.ts";
import { charterFromForm } from "../../src/forms/charter.ts";
import { grantFromForm } from "../../src/forms/grant.ts";
import { markerCode } from "../../src/forms/values/currency.ts";
import { builtInTemplates } from "../../src/gather/comment-templates.ts";
import { escapeMarkdown, inlineCode, neutraliseMentions } from "../../src/render/escape.ts";
import { checkYamlDocument } from "../../src/schema/yaml-document.ts";
import { GRANT_ANSWERS, grantBody } from "../support/bodies.ts";
import { recommended } from "../support/decision-records.ts";
import { HOSTILE_TEXTS } from "./corpus.ts";
import {
  autolinks,
  BIDI_CONTROLS,
  outsideCode,
  pingableMentions,
  rawInvisible,
  trackUnhandledRejections,
} from "./harness.ts";

/** wgbot's own account in these checks: the comments it finds again are the ones it wrote. */
const SELF = { login: "wgbot[bot]" };

const rejections = trackUnhandledRejections();
afterAll(() => expect(rejections).toEqual([]));

const config = PRESETS.psf;
const now = new Date("2026-11-21T12:00:00Z");
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Any UTF-16 text: lone surrogates, controls, bidi overrides and all. */
const anyText = fc.string({ unit: "binary", maxLength: 200 });
/** Text made of the pieces hostile input is made of. */
const hostileText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ...HOSTILE_TEXTS.map((h) => h.text.slice(0, 200)),
        "@",
        "@psf/board",
        "<",
        ">",
        "<!--",
        "-->",
        "&",
        "&#64;",
        "\\",
        "`",
        "{{",
        "}}",
        "|",
        "\n",
        "\r",
        "\r\n",
        "\u200D",
        "\u202E",
        "\uD83D",
        "\uDC0D",
        "🐍",
        "### Budget\n",
        "### Event name\n",
        "/board approve",
        "/recommend approve 9,000",
      ),
      fc.string({ unit: "grapheme", maxLength: 10 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(""));
const text = fc.oneof(anyText, hostileText);

describe("parsers never throw", () => {
  it("parseFormBody, grantFromForm and charterFromForm, on any string", () => {
    fc.assert(
      fc.property(text, (body) => {
        for (const form of ["grant", "charter"] as const) parseFormBody(body, form);
        grantFromForm(body, { author: "ada", config });
        charterFromForm(body, { config });
      }),
      { numRuns: 1000 },
    );
  });

  it("grantFromForm and decideRequest, on any string in any answer of a real form", () => {
    const ids = Object.keys(GRANT_ANSWERS);
    fc.assert(
      fc.property(fc.constantFrom(...ids), text, (id, answer) => {
        const body = grantBody({ [id]: answer });
        const plan = decideRequest({
          kind: "grant",
          issue: { number: 1, title: answer, body, author: "ada", labels: ["kind/grant"] },
          owner: "psf",
          config,
          now,
          existingSlugs: new Set(),
          templates: builtInTemplates(),
        });
        expect(pingableMentions(plan.comment).filter((m) => m !== "@psf/grants-wg")).toEqual([]);
        expect(BIDI_CONTROLS.test(plan.comment)).toBe(false);
        expect(LONE_SURROGATE.test(plan.comment)).toBe(false);
        expect(plan.comment).not.toContain("<!--");
      }),
      { numRuns: 500 },
    );
  });

  it("parseCommand, on any string: a command comes only from the first line with content, and its amount is a real amount", () => {
    fc.assert(
      fc.property(text, text, (first, rest) => {
        const body = `${first}\n${rest}`;
        const parsed = parseCommand(body);
        // The first block starts on the first line with content: text after it can only take a command away
        // (an `===` underline makes it a heading), never make one or change it.
        const line =
          body
            .replace(/^\uFEFF/, "")
            .split(/\r\n|\r|\n/)
            .find((l) => !/^[ \t]*$/.test(l)) ?? "";
        if (parsed) {
          expect(parseCommand(line)).toEqual(parsed);
          expect(line.trim().startsWith("/")).toBe(true);
        }
        if (parsed?.ok && parsed.command.name !== "recheck" && parsed.command.amount !== undefined) {
          expect(Number.isFinite(parsed.command.amount)).toBe(true);
          expect(parsed.command.amount).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("checkYamlDocument and loadConfig, on any text or bytes", () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.uint8Array({ maxLength: 300 })), (content) => {
        const checked = checkYamlDocument("f.yml", content, "charter");
        for (const p of checked.problems) expect(p.message).toMatch(/\S/);
        const loaded = loadConfig(content);
        if (loaded.problems.some((p) => p.severity === "error")) expect(loaded.config).toEqual(PRESETS.psf);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});

describe("what wgbot writes parses back to what it meant", () => {
  const cents = fc.integer({ min: 1, max: 100_000_000_000 });
  const format = fc.constantFrom<(n: number) => string>(
    (n) => String(n),
    (n) => n.toLocaleString("en-US", { maximumFractionDigits: 2 }),
    (n) => n.toLocaleString("de-DE", { maximumFractionDigits: 2 }),
    (n) => `$${n.toLocaleString("en-US", { maximumFractionDigits: 2 })}`,
    (n) => `${n.toFixed(2)} USD`,
    (n) => `${String(n)}USD`,
  );
  const note = fc.string({ unit: "grapheme", maxLength: 40 }).map((s) => s.replace(/\s+/g, " ").trim());

  it("a command, written with an amount in any common style, reads back as that command", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("recommend", "board"),
        fc.constantFrom("approve", "decline", "defer"),
        cents,
        format,
        note,
        (name, verb, c, show, words) => {
          fc.pre(!(name === "recommend" && verb === "defer"));
          // A note that starts like a number or a currency would be read as part of the amount.
          fc.pre(!/^(?:[-+−]?[$€£]?[-+−]?\.?\p{Nd}|[A-Z]{3}(?:\s|$))/u.test(words));
          fc.pre(markerCode(words.split(" ")[0] ?? "") === undefined); // `euros`, `€`: the amount's currency
          const amount = c / 100;
          const parsed = parseCommand(`/${name} ${verb} ${show(amount)} ${words}`);
          expect(parsed?.ok).toBe(true);
          const command = parsed?.ok ? parsed.command : undefined;
          expect(command).toMatchObject({ name, decision: verb, amount });
          const said =
            command && "note" in command
              ? command.note
              : command && "reason" in command
                ? command.reason
                : undefined;
          expect(said ?? "").toBe(words);
        },
      ),
      { numRuns: 2000 },
    );
  });

  const record = fc.record({
    by: fc.stringMatching(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/),
    decision: fc.constantFrom("approve", "decline", "defer"),
    amount: fc.option(
      cents.map((c) => c / 100),
      { nil: undefined },
    ),
    currency: fc.option(fc.stringMatching(/^[A-Z]{3}$/), { nil: undefined }),
    at: fc
      .date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true })
      .map((d) => d.toISOString()),
    command: fc.constantFrom("recommend", "board"),
    outcome: fc.constantFrom("approved", "declined", "deferred", "board-review"),
    meeting: fc.option(
      fc
        .date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      { nil: undefined },
    ),
    comment: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
  }) as fc.Arbitrary<DecisionRecord>;

  it("a decision record round-trips through its hidden block, whatever text surrounds it", () => {
    fc.assert(
      fc.property(record, (r) => {
        const clean = Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined));
        expect(parseRecord(`${recordBlock(r)}\n`)).toEqual(clean);
      }),
      { numRuns: 1000 },
    );
  });

  it("a reply records exactly the decision made, whatever the note says", () => {
    const item = {
      number: 7,
      title: "Grant request",
      body: grantBody({ amount: "12,000 USD", budget: "- Venue: 12,000 USD (essential)" }),
      author: "ada",
      state: "open" as const,
      labels: ["kind/grant", "status/board-review", "grant/over-threshold"],
      isPull: false,
      createdAt: "2026-11-01T10:00:00Z",
    };
    fc.assert(
      fc.property(fc.constantFrom("approve", "decline", "defer"), text, (decision, words) => {
        const plan = decideCommand({
          command: { name: "board", decision, note: words },
          commentId: 501,
          by: "bea",
          at: "2026-11-21T12:00:07.000Z",
          item,
          // Over the threshold the board decides on the Grants WG's recommendation (board.requires_recommendation).
          records: [{ ...recommended, amount: 12000, comment: 400 }],
          config,
          now,
          templates: builtInTemplates(),
        });
        expect(plan.ok).toBe(true);
        if (!plan.ok) return;
        expect(parseRecord(plan.reply)).toEqual(plan.record);
        expect(plan.reply.match(/<!--/g)).toHaveLength(1);
        expect(pingableMentions(plan.reply)).toEqual([]);
        const written = stickyWrites(7, [], "reply:501", plan.reply, SELF)[0] as { body: string };
        expect(parseRecord(written.body)).toEqual(plan.record);
      }),
      { numRuns: 500 },
    );
  });
});

/** What a reader sees of escaped text: the inverse of escapeMarkdown on text without line breaks. */
function readBack(escaped: string): string {
  // Words GitHub would link are code spans (CommonMark: a run of backticks to the next run as long; one space
  // stripped from each end when both have one); the rest is escaped text. Invisible characters are written out.
  return escaped
    .split(/((?<![`\\])(`+)(?!`)[\s\S]*?(?<!`)\2(?!`))/)
    .map((part, i) => {
      if (i % 3 === 2) return "";
      if (i % 3 === 1) {
        const inner = part.replace(/^`+|`+$/g, "");
        return /^ [\s\S]*[^ ][\s\S]* $/.test(inner) ? inner.slice(1, -1) : inner;
      }
      return part
        .replace(/@\u200D(?=[A-Za-z0-9])/g, "@")
        .replace(/\\([\\`*_{}[\]|~])/g, "$1")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&");
    })
    .join("")
    .replace(/<U\+([0-9A-F]{4,6})>/g, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)));
}

describe("escapeMarkdown", () => {
  it("pings nobody, opens no HTML, stays on one line, shows no bidi override or broken character", () => {
    fc.assert(
      fc.property(text, (input) => {
        const out = escapeMarkdown(input);
        // Words GitHub would link are shown as code, where nothing is a mention, a tag or a link.
        const prose = outsideCode(out);
        expect(prose).not.toMatch(/@[A-Za-z0-9]/);
        expect(pingableMentions(out)).toEqual([]);
        expect(autolinks(out)).toEqual([]);
        expect(prose).not.toContain("<");
        expect(prose).not.toContain(">");
        expect(out).not.toContain("<!--");
        expect(out).not.toMatch(/[\r\n]/);
        expect(BIDI_CONTROLS.test(out)).toBe(false);
        expect(rawInvisible(out.replace(/@\u200D/g, "@"))).toBeUndefined();
        expect(LONE_SURROGATE.test(out)).toBe(false);
        // Every & starts an entity wgbot wrote; every Markdown character is escaped.
        expect(prose.replace(/&(?:amp|lt|gt);/g, "")).not.toContain("&");
        expect(prose.replace(/\\./g, "")).not.toMatch(/[\\*_{}[\]|~]/);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads back as the text typed (line breaks as spaces, invisible characters written out)", () => {
    fc.assert(
      fc.property(text, (input) => {
        fc.pre(!input.includes("\u200D") && !LONE_SURROGATE.test(input) && !input.includes("<U+"));
        const expected = input.replace(/[\r\n]+/g, " ");
        expect(readBack(escapeMarkdown(input))).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("is what neutraliseMentions leaves alone: neutralising twice changes nothing", () => {
    fc.assert(
      fc.property(text, (input) => {
        const once = neutraliseMentions(input);
        expect(neutraliseMentions(once)).toBe(once);
        expect(once).not.toMatch(/@[A-Za-z0-9]/);
      }),
      { numRuns: 1000 },
    );
  });

  it("inlineCode is one code span on one line", () => {
    fc.assert(
      fc.property(text, (input) => {
        const out = inlineCode(input);
        expect(out.startsWith("`") && out.endsWith("`")).toBe(true);
        expect(out.slice(1, -1)).not.toMatch(/[`\r\n]/);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("sticky comments", () => {
  const long = fc
    .tuple(text, fc.integer({ min: 0, max: 4_000 }))
    .map(([t, n]) => (t === "" ? "x" : t).repeat(Math.max(1, Math.ceil(n / Math.max(1, t.length)) * 40)));

  it("always fit in a GitHub comment, cut without breaking a character", () => {
    fc.assert(
      fc.property(fc.oneof(text, long), (body) => {
        const fitted = fitComment(body);
        expect(fitted.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
        if (body.length <= MAX_COMMENT_LENGTH) expect(fitted).toBe(body);
        else {
          expect(fitted.startsWith(body.slice(0, 1000))).toBe(true);
          expect(LONE_SURROGATE.test(fitted) && !LONE_SURROGATE.test(body)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("are written once: what was written is found again and needs no write", () => {
    fc.assert(
      fc.property(fc.oneof(text, long), fc.boolean(), (comment, crlf) => {
        const [created] = stickyWrites(3, [], "request-report", comment, SELF);
        expect(created?.kind).toBe("create-comment");
        const body = (created as { body: string }).body;
        const stored = [
          {
            id: 1,
            body: "<!-- wgbot:request-report -->\nforged by a person",
            user: { login: "ada", type: "User" },
          },
          {
            id: 2,
            body: crlf ? body.replace(/\r?\n/g, "\r\n") : body,
            user: { login: "wgbot[bot]", type: "Bot" },
          },
        ];
        expect(stickyWrites(3, stored, "request-report", comment, SELF)).toEqual([]);
        const changed = stickyWrites(3, stored, "request-report", `${comment}!`, SELF);
        for (const w of changed) expect(w).toMatchObject({ kind: "update-comment", commentId: 2 });
      }),
      { numRuns: 300 },
    );
  });
});

describe("rendered form bodies", () => {
  it("any answer that is one line of text reads back from the body GitHub would render", () => {
    const line = fc
      .string({ unit: "grapheme", minLength: 1, maxLength: 60 })
      .map((s) => `a${s.replace(/[\r\n]/g, " ")}`.trim());
    fc.assert(
      fc.property(
        fc.constantFrom("event_name", "location", "organisation", "applicant_name"),
        line,
        (id, answer) => {
          fc.pre(!/^#|_No response_|^(none|n\/a|-)$/i.test(answer));
          const parsed = parseFormBody(renderFormBody("grant", { ...GRANT_ANSWERS, [id]: answer }), "grant");
          expect(parsed.answers.get(id)?.text).toBe(answer);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
