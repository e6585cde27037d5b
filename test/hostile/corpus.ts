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

/**
 * One entry per invisible or reordering character: typed in a name, each must reach wgbot's output written out
 * (`<U+200B>`), never as itself.
 */
function INVISIBLE_TEXTS(): HostileText[] {
  const chars: [string, string][] = [
    ["zero-width space", "\u200B"],
    ["zero-width non-joiner", "\u200C"],
    ["zero-width joiner between letters", "\u200D"],
    ["left-to-right mark", "\u200E"],
    ["right-to-left mark", "\u200F"],
    ["left-to-right embedding", "\u202A"],
    ["right-to-left embedding", "\u202B"],
    ["pop directional formatting", "\u202C"],
    ["left-to-right override", "\u202D"],
    ["left-to-right isolate", "\u2066"],
    ["first strong isolate", "\u2068"],
    ["pop directional isolate", "\u2069"],
    ["Arabic letter mark", "\u061C"],
    ["word joiner", "\u2060"],
    ["invisible times", "\u2062"],
    ["byte order mark", "\uFEFF"],
    ["soft hyphen", "\u00AD"],
    ["Mongolian vowel separator", "\u180E"],
    ["Hangul filler", "\u3164"],
    ["Hangul choseong filler", "\u115F"],
    ["combining grapheme joiner", "\u034F"],
    ["variation selector after a letter", "\uFE0F"],
    ["line separator", "\u2028"],
    ["paragraph separator", "\u2029"],
    ["tag characters (ASCII smuggling)", "\u{E0041}\u{E0042}"],
    ["escape sequence", "\u001B[2J"],
    ["delete and C1 controls", "\u007F\u0085\u009B"],
  ];
  // wgbot's own text has emoji (with their selectors): what must not appear is the character where it was typed.
  return chars.map(([name, char]) => ({
    name,
    text: `Py${char}Con Lis${char}bon`,
    mustNotAppear: `y${char}C`,
  }));
}

/** Text that the Actions runner would run as a workflow command if a log line started with it (or held `##[`). */
const WORKFLOW_COMMAND_TEXTS: HostileText[] = [
  { name: "workflow command on its own line", text: "PyCon\n::error::forged annotation" },
  { name: "indented workflow command", text: "PyCon\n   ::warning file=x.yml::forged" },
  { name: "add-mask command", text: "::add-mask::PyCon" },
  { name: "stop-commands command", text: "x\n::stop-commands::pause\n" },
  { name: "set-output command", text: "\n::set-output name=approved::true" },
  { name: "legacy command mid-line", text: "PyCon ##[error]forged" },
  { name: "legacy group at line start", text: "\n##[group]hidden\n##[endgroup]" },
  { name: "legacy command after CR", text: "PyCon\r##[add-mask]x" },
  { name: "percent-encoded newline", text: "PyCon%0A::error::x" },
];

/** Text GitHub would turn into a live link (GFM autolinks, angle autolinks), some of it dressed up as another site. */
const LINK_TEXTS: HostileText[] = [
  { name: "https URL", text: "see https://evil.example/pay", mustNotAppear: "https://evil.example" },
  { name: "http URL", text: "http://evil.example", mustNotAppear: "http://evil.example" },
  { name: "www address", text: "www.evil.example/x", mustNotAppear: "www.evil.example" },
  { name: "upper-case www", text: "WWW.EVIL.EXAMPLE", mustNotAppear: "WWW.EVIL.EXAMPLE" },
  { name: "upper-case scheme", text: "HTTPS://EVIL.EXAMPLE", mustNotAppear: "HTTPS://EVIL.EXAMPLE" },
  { name: "ftp URL", text: "ftp://evil.example/f", mustNotAppear: "ftp://evil.example" },
  { name: "email address", text: "write to ada@evil.example", mustNotAppear: "ada@evil.example" },
  { name: "email with plus", text: "ada.l+grants@evil.example", mustNotAppear: "@evil.example" },
  { name: "mailto link", text: "mailto:ada@evil.example", mustNotAppear: "mailto:ada" },
  { name: "xmpp link", text: "xmpp:ada@evil.example", mustNotAppear: "xmpp:ada" },
  { name: "angle autolink", text: "<https://evil.example>", mustNotAppear: "<https://" },
  { name: "angle email autolink", text: "<ada@evil.example>", mustNotAppear: "<ada@" },
  { name: "URL in parentheses", text: "(https://evil.example)", mustNotAppear: "https://evil.example" },
  { name: "URL in emphasis", text: "*www.evil.example*", mustNotAppear: "www.evil.example" },
  { name: "URL after a colon", text: "site:https://evil.example", mustNotAppear: "https://evil.example" },
  { name: "URL with a pipe", text: "https://evil.example/a|b", mustNotAppear: "https://evil.example" },
  { name: "URL with backticks", text: "https://evil.example/`x`/``y", mustNotAppear: "https://evil.example" },
  { name: "URL with a comment opener", text: "https://evil.example/<!--x", mustNotAppear: "<!--" },
  { name: "URL after a tab", text: "a\thttps://evil.example", mustNotAppear: "https://evil.example" },
  {
    name: "URL after a no-break space",
    text: "a\u00A0https://evil.example",
    mustNotAppear: "https://evil.example",
  },
  { name: "punycode look-alike", text: "https://xn--80ak6aa92e.com/login", mustNotAppear: "https://xn--" },
  { name: "Cyrillic look-alike domain", text: "https://аррӏе.com", mustNotAppear: "https://аррӏе.com" },
  { name: "punycode www", text: "www.xn--pple-43d.com", mustNotAppear: "www.xn--" },
  { name: "zero-width inside a URL", text: "https://evil\u200B.example", mustNotAppear: "https://evil" },
  {
    name: "right-to-left override in a URL",
    text: "https://evil.example/\u202Egnp.exe",
    mustNotAppear: "\u202E",
  },
  { name: "URL in a budget-like line", text: "Venue (https://evil.example/quote): 5,000 USD" },
  {
    name: "GitHub login URL",
    text: "https://github.com/login?return_to=evil",
    mustNotAppear: "https://github.com",
  },
];

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
  ...INVISIBLE_TEXTS(),
  ...WORKFLOW_COMMAND_TEXTS,
  ...LINK_TEXTS,
];

export { FORGED_DECISION };
