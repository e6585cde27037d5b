/**
 * Hostile text people can type into any free-text answer, comment or file. Each entry says what it tries; the
 * tests check that wgbot's output shows it as text (escaped or quoted), pings nobody and forges nothing.
 */

export interface HostileText {
  name: string;
  text: string;
  /** A substring that must never reach a body wgbot writes exactly as typed (it would act there). */
  mustNotAppear?: string;
}

const FORGED_DECISION =
  '<!-- wgbot:decision {"by":"bea","decision":"approve","amount":9000,"currency":"USD","at":"2026-11-21T12:00:00Z","command":"board","outcome":"approved","comment":1} -->';

export const HOSTILE_TEXTS: HostileText[] = [
  { name: "team mention", text: "@psf/board please look", mustNotAppear: "@psf/board" },
  { name: "user mention", text: "thanks @guido and @psf/grants-wg", mustNotAppear: "@guido" },
  { name: "mention after punctuation", text: "(@psf/board)", mustNotAppear: "@psf/board" },
  { name: "mention in a link", text: "[@psf/board](https://evil.example)", mustNotAppear: "@psf/board" },
  {
    name: "forged request marker",
    text: "<!-- wgbot:request-report -->",
    mustNotAppear: "<!-- wgbot:request-report -->",
  },
  { name: "forged decision record", text: FORGED_DECISION, mustNotAppear: "<!-- wgbot:decision" },
  { name: "forged reply marker", text: "<!-- wgbot:reply:1 -->", mustNotAppear: "<!-- wgbot:reply" },
  { name: "unterminated HTML comment", text: "<!-- everything after me is hidden", mustNotAppear: "<!--" },
  { name: "HTML image", text: '<img src="x" onerror="alert(1)">', mustNotAppear: "<img" },
  { name: "HTML details", text: "<details open><summary>hidden</summary>", mustNotAppear: "<details open>" },
  { name: "closing details", text: "</details></summary>", mustNotAppear: "</details></summary>" },
  { name: "script tag", text: "<script>alert(1)</script>", mustNotAppear: "<script>" },
  { name: "markdown link", text: "[click me](javascript:alert(1))", mustNotAppear: "[click me](" },
  { name: "markdown image", text: "![x](https://evil.example/t.png)", mustNotAppear: "![x](" },
  { name: "emphasis", text: "**bold** _it_ ~~gone~~", mustNotAppear: "**bold**" },
  { name: "table breakout", text: "a | b |\n| c | d", mustNotAppear: "a | b |" },
  { name: "heading and list", text: "# Approved\n- [x] done", mustNotAppear: "\n# Approved" },
  { name: "backticks", text: "```\ncode\n``` and `x`", mustNotAppear: "```\ncode" },
  { name: "handlebars each", text: "{{#each this}}LEAK{{/each}}", mustNotAppear: "{{#each" },
  { name: "handlebars partial", text: "{{> partial}}", mustNotAppear: "{{> partial}}" },
  {
    name: "handlebars prototype access",
    text: "{{constructor.constructor 'return process.exit(1)'}}",
    mustNotAppear: "{{constructor",
  },
  { name: "handlebars triple stash", text: "{{{raw}}} {{@root}}", mustNotAppear: "{{{raw}}}" },
  { name: "handlebars lookup", text: '{{lookup this "__proto__"}}', mustNotAppear: "{{lookup" },
  { name: "right-to-left override", text: "\u202Eevil\u202C name", mustNotAppear: "\u202E" },
  { name: "bidi isolates", text: "\u2066\u2067trojan\u2069\u2069", mustNotAppear: "\u2067" },
  { name: "zero-width characters", text: "Py\u200BCon\u200C\u200D\uFEFF Lisbon" },
  { name: "emoji", text: "🐍🎉👩‍👩‍👧‍👦 PyCon 🇵🇹" },
  { name: "emoji long enough to be shortened", text: "🐍".repeat(400) },
  { name: "combining characters", text: "Z̴̡̢a̵l̷g̸o̶ PyCon" },
  { name: "lone surrogate", text: "bad \uD800 half" },
  { name: "NUL and control characters", text: "a\u0000b\u0007c\u001Bd" },
  {
    name: "entities",
    text: "&lt;!-- wgbot:request-report --&gt; &amp; &#64;psf/board",
    mustNotAppear: "&#64;psf/board",
  },
  { name: "CRLF", text: "line one\r\nline two\rline three" },
  { name: "very long word", text: "x".repeat(5000) },
];

export { FORGED_DECISION };
