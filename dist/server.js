import { createRequire as __wgbotCreateRequire } from 'node:module'; const require = __wgbotCreateRequire(import.meta.url);
var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};

// src/server/main.ts
import { existsSync as existsSync2 } from "node:fs";
import { join as join4 } from "node:path";

// src/server/server.ts
import { createServer } from "node:http";
import { createNodeMiddleware, createProbot } from "probot";

// src/repo/paths.ts
var CONFIG_PATH = ".github/wgbot.yml";
var ALTERNATIVE_CONFIG_PATH = ".github/wgbot.yaml";
var SLUG = /^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$/;
var MONTH = /^[0-9]{4}-(0[1-9]|1[0-2])$/;
function classifyPath(path, workgroupsDir) {
  if (path === CONFIG_PATH) return { kind: "config" };
  if (path === ALTERNATIVE_CONFIG_PATH) {
    return {
      kind: "misplaced",
      reason: "The config file is named wgbot.yaml.",
      hint: `Rename it to ${CONFIG_PATH}.`
    };
  }
  const prefix = `${workgroupsDir}/`;
  if (!path.startsWith(prefix)) return void 0;
  const parts = path.slice(prefix.length).split("/");
  const isYaml = /\.ya?ml$/.test(path);
  if (!isYaml) return void 0;
  const [slug, second, third, ...rest] = parts;
  if (slug === void 0 || second === void 0) {
    return {
      kind: "misplaced",
      reason: `YAML files belong in a work group's folder, not directly in ${workgroupsDir}/.`,
      hint: `Move it to ${workgroupsDir}/<slug>/charter.yml or ${workgroupsDir}/<slug>/reports/<YYYY-MM>.yml.`
    };
  }
  if (!SLUG.test(slug)) {
    return {
      kind: "misplaced",
      reason: `The folder name \`${slug}\` is not a valid work group slug.`,
      hint: "Use lower-case letters, digits and hyphens, e.g. `packaging` or `diversity-inclusion`."
    };
  }
  if (third === void 0) {
    if (second === "charter.yml") return { kind: "charter", slug };
    if (second === "charter.yaml") {
      return {
        kind: "misplaced",
        slug,
        reason: "The charter file is named charter.yaml.",
        hint: "Rename it to charter.yml."
      };
    }
    return {
      kind: "misplaced",
      slug,
      reason: `\`${second}\` is not a file wgbot knows.`,
      hint: "A work group folder holds charter.yml and a reports/ folder."
    };
  }
  if (second === "reports" && rest.length === 0) {
    const month = third.replace(/\.ya?ml$/, "");
    if (MONTH.test(month) && third.endsWith(".yml")) return { kind: "report", slug, month };
    if (MONTH.test(month))
      return {
        kind: "misplaced",
        slug,
        reason: `The report file is named \`${third}\`; wgbot reads reports named \`.yml\`.`,
        hint: `Rename it to reports/${month}.yml.`
      };
    return {
      kind: "misplaced",
      slug,
      reason: `The report file name \`${third}\` is not a month.`,
      hint: "Name reports after the month they cover, e.g. reports/2026-10.yml."
    };
  }
  return {
    kind: "misplaced",
    slug,
    reason: `\`${parts.slice(1).join("/")}\` is not where wgbot expects a file.`,
    hint: "A work group folder holds charter.yml and reports/<YYYY-MM>.yml."
  };
}

// src/gather/config-cache.ts
var CONFIG_MAX_AGE_MS = 6e4;
var MAX_ENTRIES = 1e3;
var PUSH_COMMITS_LISTED = 20;
var ConfigCache = class {
  constructor(maxAgeMs = CONFIG_MAX_AGE_MS, clock = Date.now) {
    this.maxAgeMs = maxAgeMs;
    this.clock = clock;
  }
  maxAgeMs;
  clock;
  entries = /* @__PURE__ */ new Map();
  /** Reads in flight, so concurrent events on one repository share one request. */
  pending = /* @__PURE__ */ new Map();
  /** For each shared file (`owner/repo:path`, lower case) the repositories whose cached config extends it. */
  dependents = /* @__PURE__ */ new Map();
  async get(repo, ref, read2) {
    const key = `${repo}@${ref ?? ""}`;
    const entry = this.entries.get(key);
    if (entry && this.clock() - entry.at < this.maxAgeMs) return entry.loaded;
    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight;
    const generation = this.generations.get(repo) ?? 0;
    const reading = read2().then(
      (loaded) => {
        this.pending.delete(key);
        if ((this.generations.get(repo) ?? 0) === generation) {
          this.remember(key, deepFreeze(loaded));
          if (loaded.extended) this.depend(repo, loaded.extended);
        }
        return loaded;
      },
      (error2) => {
        this.pending.delete(key);
        throw error2;
      }
    );
    this.pending.set(key, reading);
    return reading;
  }
  /** How many times each repository's config was forgotten, so a read that started before is not kept. */
  generations = /* @__PURE__ */ new Map();
  /**
   * Forgets the repository's config after a push that changed it, or may have; and the configs of the repositories
   * that extend a file the push changed. (A push to a branch other than the default cannot change what `_extends`
   * reads, but the payload's ref is compared with nothing here: forgetting too often only costs a read.)
   */
  onPush(repo, push) {
    if (push.ref?.startsWith("refs/tags/")) return;
    if (mayTouch(push, CONFIG_PATH)) this.forget(repo);
    for (const [shared, repos] of this.dependents) {
      const [owner, path] = splitShared(shared);
      if (owner !== repo.toLowerCase() || !mayTouch(push, path)) continue;
      this.dependents.delete(shared);
      for (const dependent of repos) this.forget(dependent);
    }
  }
  depend(repo, extended) {
    const shared = `${extended.repo}:${extended.path}`.toLowerCase();
    const repos = this.dependents.get(shared) ?? /* @__PURE__ */ new Set();
    repos.add(repo);
    this.dependents.set(shared, repos);
  }
  forget(repo) {
    this.generations.set(repo, (this.generations.get(repo) ?? 0) + 1);
    for (const key of [...this.entries.keys()]) if (key.startsWith(`${repo}@`)) this.entries.delete(key);
    for (const key of [...this.pending.keys()]) if (key.startsWith(`${repo}@`)) this.pending.delete(key);
  }
  remember(key, loaded) {
    this.entries.delete(key);
    this.entries.set(key, { loaded, at: this.clock() });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value);
  }
};
function mayTouch(push, path) {
  const commits = push.commits ?? [];
  return push.forced === true || commits.length === 0 || commits.length >= PUSH_COMMITS_LISTED || commits.some(
    (c) => [c.added, c.modified, c.removed].some((paths) => paths?.some((p) => p.toLowerCase() === path))
  );
}
function splitShared(shared) {
  const at = shared.indexOf(":");
  return [shared.slice(0, at), shared.slice(at + 1)];
}
function deepFreeze(value) {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

// src/github/graphql.ts
var GraphQLError = class extends Error {
  constructor(errors) {
    super(`GitHub GraphQL: ${errors.map((e) => e.message).join("; ")}`);
    this.errors = errors;
  }
  errors;
};
function isNotFound(error2) {
  if (!(error2 instanceof GraphQLError)) return false;
  const errors = error2.errors;
  return errors.length > 0 && errors.every((e) => e.type === "NOT_FOUND");
}
async function graphql(github, query2, variables) {
  const baseUrl = github.request.endpoint?.DEFAULTS?.baseUrl;
  const url = baseUrl && /\/api\/v3\/?$/.test(baseUrl) ? baseUrl.replace(/\/api\/v3\/?$/, "/api/graphql") : "/graphql";
  const response = await github.request({ method: "POST", url, query: query2, variables });
  const body = response.data;
  if (body.errors?.length || body.data === void 0) throw new GraphQLError(body.errors ?? []);
  return body.data;
}

// src/gather/identity.ts
function learnOnce(learn) {
  let known;
  return () => {
    known ??= learn().catch((error2) => {
      known = void 0;
      throw error2;
    });
    return known;
  };
}
function appIdentity(getApp) {
  return learnOnce(async () => {
    const { data } = await getApp();
    const slug = selfFrom(data?.slug, "GitHub did not give the App's slug (GET /app)").login;
    return { login: `${slug}[bot]` };
  });
}
function selfFrom(login, what) {
  if (typeof login !== "string" || login.trim() === "")
    throw new Error(`wgbot cannot tell who it is: ${what}.`);
  return { login };
}

// src/github/client.ts
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";

// src/github/limits.ts
import Bottleneck from "bottleneck";
var MAX_RATE_LIMIT_RETRIES = 2;
var RETRIES = 3;
var REQUEST_TIMEOUT_MS = 15e3;
var PRODUCTION_TIMING = { secondMs: 1e3, requestTimeoutMs: REQUEST_TIMEOUT_MS };
function throttleOptions(log, timing = PRODUCTION_TIMING) {
  const onLimit = (kind) => (retryAfter, options, _octokit, retryCount) => {
    const again = retryCount < MAX_RATE_LIMIT_RETRIES;
    log.warn(
      `${kind} on ${options.method} ${options.url}; ${again ? `retrying in ${retryAfter}s` : "giving up after retries"}.`
    );
    return again;
  };
  return {
    onRateLimit: onLimit("Rate limit"),
    onSecondaryRateLimit: onLimit("Secondary rate limit"),
    retryAfterBaseValue: timing.secondMs,
    ...spacing(timing.secondMs)
  };
}
function retryOptions(timing = PRODUCTION_TIMING) {
  return { retries: RETRIES, retryAfterBaseValue: timing.secondMs };
}
function timedFetch(ms, base) {
  return (input, init = {}) => {
    const timeout = AbortSignal.timeout(ms);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return (base ?? globalThis.fetch)(input, { ...init, signal });
  };
}
var scaled = /* @__PURE__ */ new Map();
function spacing(secondMs) {
  if (secondMs === PRODUCTION_TIMING.secondMs) return {};
  let groups = scaled.get(secondMs);
  if (!groups) {
    const group = (minTime) => new Bottleneck.Group({ maxConcurrent: 1, minTime: minTime * secondMs, timeout: 12e4 });
    groups = { write: group(1), notifications: group(3), search: group(2) };
    scaled.set(secondMs, groups);
  }
  return groups;
}

// src/github/client.ts
var WgbotOctokit = Octokit.plugin(throttling, retry);
function unreachable(error2) {
  const e = error2;
  if (!e || typeof e !== "object" || e.status !== 500 || e.response !== void 0) return void 0;
  const url = typeof e.request?.url === "string" ? e.request.url : void 0;
  let where = "GitHub";
  try {
    if (url) where = new URL(url).origin;
  } catch {
  }
  const why = typeof e.message === "string" && e.message ? e.message : "no answer";
  return `cannot reach ${where}: ${why}`;
}

// src/util/invisible.ts
var INVISIBLE = [
  [0, 8],
  [11, 31],
  [127, 159],
  [173, 173],
  // soft hyphen
  [847, 847],
  // combining grapheme joiner
  [1564, 1564],
  // Arabic letter mark
  [4447, 4448],
  // Hangul fillers
  [6068, 6069],
  [6155, 6159],
  // Mongolian variation selectors and vowel separator
  [8203, 8207],
  // zero-width space, joiners, left-to-right and right-to-left marks
  [8234, 8238],
  // bidirectional embeddings and overrides
  [8232, 8233],
  // line and paragraph separators: some viewers break the line there, others show nothing
  [8288, 8303],
  // word joiner, invisible operators, bidirectional isolates
  [10240, 10240],
  // braille blank, a favourite "empty" name
  [12644, 12644],
  [65024, 65039],
  // variation selectors
  [65279, 65279],
  // byte order mark, zero-width no-break space
  [65440, 65440],
  [65529, 65531],
  [113824, 113827],
  // shorthand format controls
  [119155, 119162],
  // musical formatting controls
  [917504, 917631],
  // tag characters: invisible ASCII look-alikes ("ASCII smuggling")
  [917760, 917999]
  // variation selectors supplement
];
var BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
var hex = (cp) => `\\u{${cp.toString(16)}}`;
var ANY_INVISIBLE = new RegExp(
  `[${INVISIBLE.map(([from, to]) => `${hex(from)}-${hex(to)}`).join("")}\\u{d800}-\\u{dfff}]`,
  "gu"
);
function isInvisible(char) {
  ANY_INVISIBLE.lastIndex = 0;
  return ANY_INVISIBLE.test(char);
}
function codePoint(char) {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}
function visible(text) {
  return text.replace(
    ANY_INVISIBLE,
    (char, at, whole3) => partOfEmoji(char, at, whole3) ? char : `<${codePoint(char)}>`
  );
}
var PICTOGRAPHIC = new RegExp("^\\p{Extended_Pictographic}$", "u");
var SKIN_TONE = /^[\u{1F3FB}-\u{1F3FF}]$/u;
function partOfEmoji(char, at, whole3) {
  if (char !== "\u200D" && char !== "\uFE0F") return false;
  let before = [...whole3.slice(Math.max(0, at - 4), at)];
  if (char === "\uFE0F") {
    const prev = before.at(-1) ?? "";
    return PICTOGRAPHIC.test(prev) || /^[0-9#*]$/.test(prev);
  }
  if (before.at(-1) === "\uFE0F" || SKIN_TONE.test(before.at(-1) ?? "")) before = before.slice(0, -1);
  const next = [...whole3.slice(at + 1, at + 3)][0] ?? "";
  return PICTOGRAPHIC.test(before.at(-1) ?? "") && PICTOGRAPHIC.test(next);
}
function invisibleIn(text) {
  const found = [...new Set([...text].filter(isInvisible))];
  return found.length > 0 ? found.map(codePoint).join(", ") : void 0;
}
function withoutInvisible(text) {
  return [...text].filter((char) => !isInvisible(char)).join("");
}

// src/util/text.ts
function distance(a, b) {
  if (Math.abs(a.length - b.length) > 3) return 99;
  const row2 = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row2[0];
    row2[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row2[j];
      row2[j] = Math.min(
        row2[j] + 1,
        row2[j - 1] + 1,
        prev + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
      prev = cur;
    }
  }
  return row2[b.length];
}
function closest(word, candidates) {
  const lower2 = word.toLowerCase();
  let best;
  let bestScore = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = distance(lower2, c.toLowerCase());
    if (d < bestScore) {
      best = c;
      bestScore = d;
    }
  }
  return best;
}
function truncate(text, max = 40) {
  const single = text.replace(/[ \t\n\r]+/g, " ");
  if (single.length <= max) return single;
  const cut = single.slice(0, max - 1);
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}\u2026`;
}
function quoted(text, max = 40) {
  const shown = visible(truncate(text, max).replace(/^ | $/g, "")).replace(/`/g, "'");
  return `\`${shown === "" ? " " : shown}\``;
}
function plural(n, word, many = `${word}s`) {
  return `${n} ${n === 1 ? word : many}`;
}
function listing(items, conjunction = "and") {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

// src/forms/values/result.ts
var ok = (value) => ({ ok: true, value });
var fail = (message, hint) => ({
  ok: false,
  message,
  hint
});

// src/forms/values/currency.ts
var COMMON_CODES = "USD EUR GBP CAD AUD NZD JPY CNY INR BRL NGN KES GHS ZAR CHF SEK NOK DKK PLN CZK HUF RON MXN ARS COP CLP SGD HKD KRW IDR THB ILS UGX TZS";
var ISO_CODES = new Set(
  `${COMMON_CODES} AED AFN ANG AOA AWG AZN BBD BDT BGN BHD BIF BMD BND BSD BTN BWP BYN BZD CDF CRC CVE DJF DZD EGP ERN ETB FJD FKP GMD GNF GTQ GYD HNL HTG IQD IRR ISK JMD JOD KGS KHR KMF KPW KWD KYD KZT LAK LBP LKR LRD LSL LYD MDL MGA MKD MMK MNT MRU MUR MWK MYR MZN NAD NIO NPR OMR PAB PGK PKR PYG QAR RSD RUB RWF SAR SBD SCR SDG SLE SRD SSP STN SYP SZL TJS TMT TND TTD TWD UAH UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZMW`.split(
    " "
  )
);
var COMMON = new Set(COMMON_CODES.split(" "));
var WORDS = {
  dollar: "$",
  dollars: "$",
  bucks: "$",
  euro: "EUR",
  euros: "EUR",
  pound: "GBP",
  pounds: "GBP",
  sterling: "GBP",
  yen: "JPY",
  rupee: "INR",
  rupees: "INR",
  rs: "INR",
  naira: "NGN",
  reais: "BRL"
};
var SYMBOLS = {
  US$: "USD",
  CA$: "CAD",
  C$: "CAD",
  AU$: "AUD",
  A$: "AUD",
  NZ$: "NZD",
  HK$: "HKD",
  SG$: "SGD",
  S$: "SGD",
  R$: "BRL",
  MX$: "MXN",
  $: "$",
  "\u20AC": "EUR",
  "\xA3": "GBP",
  "\xA5": "JPY",
  "\u20B9": "INR",
  "\u20A6": "NGN",
  "\u20A9": "KRW",
  "\u20B1": "PHP",
  "\u20AA": "ILS",
  "\u20BA": "TRY",
  "\u20B4": "UAH",
  "\u20B5": "GHS",
  "\u0E3F": "THB"
};
var MARKER = new RegExp("(?<![\\p{L}\\p{N}])(?:US|CA|C|AU|A|NZ|HK|SG|S|R|MX)\\$|[$\u20AC\xA3\xA5\u20B9\u20A6\u20A9\u20B1\u20AA\u20BA\u20B4\u20B5\u0E3F]|(?<!\\p{L})\\p{L}{2,8}\\.?(?!\\p{L})", "gu");
function currencyMarkers(text, config2) {
  const markers = [];
  for (const m of text.matchAll(MARKER)) {
    const code2 = markerCode(m[0], config2);
    if (code2) markers.push({ code: code2, start: m.index, end: m.index + m[0].length });
  }
  return markers;
}
function markerCode(token, config2) {
  if (Object.hasOwn(SYMBOLS, token)) return SYMBOLS[token];
  const word = token.replace(/\.$/, "");
  if (/^[A-Z]{3}$/.test(word) && (ISO_CODES.has(word) || knownToConfig(word, config2))) return word;
  const upper = word.toUpperCase();
  if (word.length === 3 && (COMMON.has(upper) || knownToConfig(upper, config2))) return upper;
  return Object.hasOwn(WORDS, word.toLowerCase()) ? WORDS[word.toLowerCase()] : void 0;
}
function rateOf(config2, currency) {
  if (currency === config2.base_currency) return 1;
  if (!Object.hasOwn(config2.currency_rates, currency)) return void 0;
  const rate = config2.currency_rates[currency];
  return typeof rate === "number" && Number.isFinite(rate) && rate > 0 ? rate : void 0;
}
function knownToConfig(code2, config2) {
  return !!config2 && rateOf(config2, code2) !== void 0;
}
var DOLLARS = /* @__PURE__ */ new Set(["USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN", "TWD", "JMD", "BSD", "BBD", "TTD"]);
function resolveCurrency(code2, config2) {
  if (code2 !== "$") return code2;
  return config2 && DOLLARS.has(config2.base_currency) ? config2.base_currency : "USD";
}
function acceptedCurrencies(config2) {
  return [config2.base_currency, ...Object.keys(config2.currency_rates)].filter(
    (c, i, all) => all.indexOf(c) === i && rateOf(config2, c) !== void 0
  );
}
function checkCurrency(code2, config2, written = code2) {
  if (knownToConfig(code2, config2)) return ok(code2);
  const accepted = acceptedCurrencies(config2);
  const dollar = written === "$" || /dollar/i.test(written);
  return fail(
    `Amounts in ${code2} cannot be accepted: the configuration has no exchange rate for ${code2}.`,
    `Write the amount in ${listing(accepted, "or")}.${dollar ? " A bare `$` is read as USD: write the currency code (e.g. `CAD`) for other dollars." : ""}`
  );
}

// src/forms/markdown.ts
var NOTHING = /^(?:_no response_|none|n\/?a|nil|null|nothing|-+|—|–)\.?$/i;
function isNothing(text) {
  const t = text.trim();
  return t === "" || NOTHING.test(t);
}
function splitLines(text) {
  return text.split(/\r\n|\r|\n/);
}
var FENCE = /^\s*(`{3,}|~{3,})(.*)$/;
function fenceOf(line, index) {
  const m = FENCE.exec(line);
  if (!m) return void 0;
  const marker2 = m[1];
  const rest = m[2].trim();
  const char = marker2[0];
  if (char === "`" && rest.includes("`")) return void 0;
  return { index, char, length: marker2.length, bare: rest === "" };
}
function fencedLines(lines) {
  const inside = new Array(lines.length).fill(false);
  const fences = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.length >= 3 && (line.includes("```") || line.includes("~~~"))) {
      const f = fenceOf(line, i);
      if (f) fences.push(f);
    }
  }
  const longest = {
    "`": new Array(fences.length + 1).fill(0),
    "~": new Array(fences.length + 1).fill(0)
  };
  for (let k2 = fences.length - 1; k2 >= 0; k2--) {
    const f = fences[k2];
    for (const c of ["`", "~"]) {
      const after = longest[c][k2 + 1];
      longest[c][k2] = f.bare && f.char === c ? Math.max(after, f.length) : after;
    }
  }
  let k = 0;
  while (k < fences.length) {
    const open = fences[k];
    if (longest[open.char][k + 1] < open.length) {
      k++;
      continue;
    }
    let close = k + 1;
    while (close < fences.length) {
      const f = fences[close];
      if (f.bare && f.char === open.char && f.length >= open.length) break;
      close++;
    }
    const end = fences[close].index;
    for (let i = open.index; i <= end; i++) inside[i] = true;
    k = close + 1;
  }
  return inside;
}
var ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
function headingOf(line) {
  if (!line.includes("#")) return void 0;
  const m = ATX.exec(line);
  if (!m) return void 0;
  let text = (m[2] ?? "").trim();
  const closed = stripChars(text, "#", "end");
  if (closed === "" || closed.endsWith(" ") || closed.endsWith("	")) text = closed.trim();
  return { level: m[1].length, text };
}
function stripChars(text, chars, where = "both") {
  let start = 0;
  let end = text.length;
  if (where !== "end") while (start < end && chars.includes(text[start])) start++;
  if (where !== "start") while (end > start && chars.includes(text[end - 1])) end--;
  return text.slice(start, end);
}
var BULLET = /^\s*(?:[-*+•‣◦▪]|\d{1,4}[.)])\s+(?:\[[ xX✓✔]\]\s+)?/u;
function stripBullet(line) {
  return line.replace(BULLET, "");
}
function hasBullet(line) {
  return BULLET.test(line);
}
function quote(text, max = 40) {
  return quoted(text, max);
}
function lowerFirst(message) {
  return /^[A-Z][a-z]/.test(message) ? `${message[0]?.toLowerCase()}${message.slice(1)}` : message;
}
function bold(label) {
  return `**${label}**`;
}

// src/forms/values/amount.ts
var HINT_NUMBER = "Write the amount with digits and its currency, e.g. `12,500 USD` or `4.500,50 \u20AC`.";
function parseNumber(raw2) {
  const text = raw2.trim().replace(/[\u00A0\u202F\u2009]/g, " ").replace(/’/g, "'");
  if (!/^\d[\d.,' _]*$/.test(text) || !/\d$/.test(text))
    return fail(`${quote(raw2)} is not a number.`, HINT_NUMBER);
  const seps = text.replace(/\d+/g, "").split("");
  const parts = text.split(/[.,' _]/);
  if (seps.length === 0) return finite(raw2, Number(text));
  const last = seps[seps.length - 1];
  let decimal;
  if ((last === "." || last === ",") && seps.filter((s) => s === last).length === 1) {
    if (seps.length > 1) decimal = last;
    else {
      const whole3 = parts[0];
      const fraction = parts[1];
      const thousands = fraction.length === 3 && whole3 !== "0" && whole3.length <= 3;
      if (!thousands) decimal = last;
    }
  }
  if (decimal && parts[parts.length - 1].length > 2)
    return fail(
      `${quote(raw2)} has more than two decimals: amounts are written to the cent at most.`,
      HINT_NUMBER
    );
  const groupSeps = decimal ? seps.slice(0, -1) : seps;
  const groups = decimal ? parts.slice(0, -1) : parts;
  const western = groups[0].length <= 3 && groups.slice(1).every((g) => g.length === 3);
  const indian = groupSeps[0] === "," && groups[0].length <= 2 && groups.slice(1, -1).every((g) => g.length === 2) && groups[groups.length - 1]?.length === 3;
  const wellGrouped = new Set(groupSeps).size <= 1 && (groupSeps.length === 0 || western || indian) && !(decimal && groupSeps[0] === decimal);
  if (!wellGrouped)
    return fail(
      `${quote(raw2)} is not a number wgbot can read: its separators do not group thousands by three.`,
      HINT_NUMBER
    );
  return finite(raw2, Number(groups.join("") + (decimal ? `.${parts[parts.length - 1]}` : "")));
}
function finite(raw2, value) {
  return Number.isFinite(value) ? ok(value) : fail(`${quote(raw2)} is too large to be an amount.`, HINT_NUMBER);
}
function unreadableNumber(text) {
  const exponent = /\d[eE][-+−]?\d+/.exec(text);
  if (exponent)
    return fail(
      `${quote(exponent[0])} is not an amount wgbot can read: write the number with all its digits.`,
      HINT_NUMBER
    );
  const foreign = new RegExp("(?:(?![0-9])\\p{Nd})+", "u").exec(text);
  if (foreign)
    return fail(
      `${quote(foreign[0])} is written with digits wgbot cannot read: use the digits 0 to 9.`,
      HINT_NUMBER
    );
  return void 0;
}
var QUANTITY = /^\s*(?:days?|nights?|hours?|hrs?|weeks?|months?|people|persons?|attendees?|participants?|speakers?|volunteers?|kids?|children|rooms?|tickets?|pcs|pieces?|units?|items?|sessions?|tables?|seats?|meals?|x\b|×)/iu;
var NOT_AMOUNTS = /\d{4}-\d{1,2}-\d{1,2}|\d{1,4}\/\d{1,2}\/\d{1,4}|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:,?\s+\d{4})?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?!\d)(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\b\d{1,2}:\d{2}\b|(?<![\d.,])\d+(?:[.,]\d+)?\s?%|#\d+/giu;
var MAY_HOLD_NON_AMOUNTS = /[-/:%#]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
var isDigit = (c) => c !== void 0 && c >= "0" && c <= "9";
var isSpace = (c) => c === " " || c === "\xA0" || c === "\u202F" || c === "\u2009";
var isLetter = (c) => c !== void 0 && new RegExp("\\p{L}", "u").test(c);
var isSeparator = (c) => c === "." || c === "," || c === "'" || c === "\u2019" || c === "_";
var isSign = (c) => c === "-" || c === "+" || c === "\u2212";
function scanAmounts(text, config2) {
  const masked = MAY_HOLD_NON_AMOUNTS.test(text) ? text.replace(NOT_AMOUNTS, (m) => " ".repeat(m.length)) : text;
  const markers = currencyMarkers(text, config2);
  const tokens = [];
  let i = 0;
  while (i < masked.length) {
    const before = masked[i - 1];
    const twoBefore = masked[i - 2];
    if (!isDigit(masked[i]) || isDigit(before) || isLetter(before) && !gluedCodeBefore(masked, i, config2) || // `A4`, but `USD12`
    before === "_" || (before === "." || before === ",") && (isDigit(twoBefore) || isLetter(twoBefore)) || // v1.2
    before === "-" && isLetter(twoBefore)) {
      i++;
      continue;
    }
    const start = before === "." && twoBefore !== "." ? i - 1 : i;
    let group = 0;
    let spaceGrouped = true;
    let separators = 0;
    while (i < masked.length) {
      const c = masked[i];
      let run = i;
      while (isSeparator(masked[run])) run++;
      if (isDigit(c)) {
        group++;
        i++;
      } else if (run > i && isDigit(masked[run])) {
        spaceGrouped = false;
        separators++;
        group = 0;
        i = run;
      } else if (isSpace(c) && group <= 3 && (spaceGrouped || separators === 0) && /^\d{3}(?!\d)/.test(masked.slice(i + 1, i + 5))) {
        separators++;
        group = 0;
        i++;
      } else break;
    }
    let end = i;
    const raw2 = text.slice(start, end);
    let thousands = false;
    if ((masked[end] === "k" || masked[end] === "K") && !isLetter(masked[end + 1])) {
      thousands = true;
      end++;
    }
    const glued = isLetter(masked[end]) ? new RegExp("^\\p{L}+", "u").exec(masked.slice(end))?.[0] : void 0;
    if (glued && !markerCode(glued, config2)) {
      i = end;
      continue;
    }
    const around = adjacentMarkers(text, markers, start, end);
    let value = parseNumber(raw2);
    if (value.ok && thousands) value = ok(Math.round(value.value * 1e5) / 100);
    const sign = signBefore(masked, start, around.before);
    if (sign !== void 0)
      value = fail(
        `${quote(text.slice(sign, end))} has a sign: an amount is written without \`-\` or \`+\`, and is more than zero.`,
        HINT_NUMBER
      );
    const currency = around.before ?? around.after;
    tokens.push({
      start,
      end,
      raw: text.slice(start, end),
      value,
      currency,
      quantity: !currency && QUANTITY.test(masked.slice(end, end + 16)),
      ...around.before && around.after ? { otherCurrency: around.after } : {}
    });
    i = end;
  }
  return tokens;
}
function signBefore(text, start, marker2) {
  const at = (p) => isSign(text[p - 1]) && !isDigit(text[p - 2]) && !isLetter(text[p - 2]);
  if (at(start)) return start - 1;
  if (marker2 && marker2.end === start && at(marker2.start)) return marker2.start - 1;
  return void 0;
}
function gluedCodeBefore(text, i, config2) {
  const letters = new RegExp("\\p{L}+$", "u").exec(text.slice(Math.max(0, i - 8), i))?.[0];
  return letters !== void 0 && markerCode(letters, config2) !== void 0;
}
function adjacentMarkers(text, markers, start, end) {
  let lo = 0;
  let hi = markers.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (markers[mid].start < end) lo = mid + 1;
    else hi = mid;
  }
  const before = markers[lo - 1];
  const after = markers[lo];
  return {
    ...before && before.end <= start && start - before.end <= 2 && !text.slice(before.end, start).trim() ? { before } : {},
    ...after && after.start - end <= 2 && !text.slice(end, after.start).trim() ? { after } : {}
  };
}

// src/forms/values/money.ts
function readAmount(text, config2) {
  const tokens = scanAmounts(text, config2).filter((t) => !t.quantity || t.currency);
  if (tokens.length === 0)
    return unreadableNumber(text) ?? fail(
      text.trim() === "" ? "No amount given." : `No amount found in ${quote(text)}.`,
      "Write the amount with its currency, e.g. `5,000 USD`."
    );
  if (tokens.length > 1)
    return fail(
      `Found ${tokens.length} amounts (${listing(
        tokens.slice(0, 3).map((t) => quote(t.raw)),
        "and"
      )}); write only one.`,
      "Write the total amount requested with its currency, e.g. `5,000 USD`; the budget lists the details."
    );
  const token = tokens[0];
  if (!token.value.ok) return token.value;
  if (token.value.value <= 0) return fail("The amount must be more than zero.", HINT_NUMBER);
  const currency = pickCurrency(text, token, config2);
  if (!currency.ok) return currency;
  const written = currency.value ?? unknownCodeNextTo(text, token);
  const sides = [token.currency?.code, token.otherCurrency?.code, unknownCodeNextTo(text, token)];
  const codes = [...new Set(sides.filter((c) => c !== void 0).map((c) => resolveCurrency(c, config2)))];
  if (codes.length > 1)
    return fail(
      `${quote(text)} has two currencies, ${listing(codes, "and")}.`,
      "Write one amount in one currency, e.g. `5,000 USD`."
    );
  return ok({
    amount: token.value.value,
    ...written === void 0 ? {} : { currency: resolveCurrency(written, config2), written }
  });
}
function parseMoney(text, options = {}) {
  const { config: config2 } = options;
  const read2 = readAmount(text, config2);
  if (!read2.ok) return read2;
  const written = read2.value.currency;
  const code2 = written ?? options.defaultCurrency ?? config2?.base_currency ?? "";
  if (!code2)
    return fail(
      `${quote(text)} has no currency.`,
      "Write the currency next to the amount, e.g. `5,000 USD`."
    );
  if (config2) {
    const checked2 = checkCurrency(code2, config2, read2.value.written ?? code2);
    if (!checked2.ok) return checked2;
  }
  return ok({ amount: read2.value.amount, currency: code2, currencyWritten: written !== void 0 });
}
function unknownCodeNextTo(text, token) {
  return new RegExp("^\\s{0,2}([A-Z]{3})(?!\\p{L})", "u").exec(text.slice(token.end))?.[1] ?? new RegExp("(?<!\\p{L})([A-Z]{3})\\s{0,2}$", "u").exec(text.slice(0, token.start))?.[1];
}
function pickCurrency(text, token, config2) {
  if (token.currency) return ok(token.currency.code);
  const markers = currencyMarkers(text, config2);
  const codes = [...new Set(markers.map((m) => resolveCurrency(m.code, config2)))];
  if (codes.length <= 1) return ok(markers[0]?.code);
  return fail(
    `${quote(text)} names more than one currency (${listing(codes, "and")}).`,
    "Write one amount in one currency, e.g. `5,000 USD`."
  );
}

// src/decide/command-line.ts
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";

// src/util/memo.ts
var Memo = class {
  constructor(max) {
    this.max = max;
  }
  max;
  values = /* @__PURE__ */ new Map();
  get(key, compute) {
    if (this.values.has(key)) {
      const known = this.values.get(key);
      this.values.delete(key);
      this.values.set(key, known);
      return known;
    }
    const value = compute();
    this.values.set(key, value);
    if (this.values.size > this.max) this.values.delete(this.values.keys().next().value);
    return value;
  }
  get size() {
    return this.values.size;
  }
};

// src/decide/command-line.ts
var GITHUB_MAX_COMMENT = 65536;
var GFM = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };
var PARSED = new Memo(64);
var KEPT_BLOCK = 1e3;
var BLANK = /^[ \t]*$/;
function commandLine(body) {
  const text = (body ?? "").replace(/^\uFEFF/, "");
  const first = firstBlock(text);
  if (!first?.line.trim().startsWith("/")) return void 0;
  const source = first.source;
  return source.length <= KEPT_BLOCK ? PARSED.get(source, () => paragraphLine(source)) : paragraphLine(source);
}
function paragraphLine(source) {
  const tree = fromMarkdown(source, GFM);
  const block = tree.children[0];
  const start = block?.type === "paragraph" ? block.position?.start.offset : void 0;
  if (start === void 0) return void 0;
  const end = /\r|\n/.exec(source.slice(start))?.index;
  return source.slice(start, end === void 0 ? void 0 : start + end).trim();
}
function firstBlock(text) {
  const newline = /\r\n|\r|\n/g;
  let start = 0;
  let line;
  let end = 0;
  while (start <= text.length && start < GITHUB_MAX_COMMENT) {
    newline.lastIndex = start;
    const found = newline.exec(text);
    const lineEnd = found ? found.index : text.length;
    const next = found ? found.index + found[0].length : text.length + 1;
    const current = text.slice(start, lineEnd);
    if (BLANK.test(current)) {
      if (line !== void 0) break;
    } else {
      line ??= current;
      if (next <= GITHUB_MAX_COMMENT || end === 0) end = Math.min(lineEnd, GITHUB_MAX_COMMENT);
    }
    start = next;
  }
  return line === void 0 ? void 0 : { source: text.slice(0, end), line };
}

// src/decide/command.ts
function commandName(parsed) {
  return parsed ? parsed.ok ? parsed.command.name : parsed.name : void 0;
}
var USAGE = {
  recheck: "`/recheck`",
  recommend: "`/recommend approve|decline [amount] [reason]`",
  board: "`/board approve|decline|defer [amount] [note]`"
};
function parseCommand(body) {
  const first = commandLine(body) ?? "";
  const match = /^\/([a-z]+)(?:\s+(.*))?$/i.exec(first);
  if (!match) return void 0;
  const name2 = match[1].toLowerCase();
  const rest = (match[2] ?? "").trim();
  if (!(name2 in USAGE)) return void 0;
  if (name2 === "recheck") {
    return rest === "" ? { ok: true, command: { name: name2 } } : { ok: false, name: name2, error: `Use ${USAGE.recheck} alone.` };
  }
  const [verb = "", ...words3] = rest.split(/\s+/);
  const decisions = name2 === "recommend" ? ["approve", "decline"] : ["approve", "decline", "defer"];
  const decision = verb.toLowerCase();
  if (!decisions.includes(decision)) {
    return { ok: false, name: name2, error: `Say what you decide: ${USAGE[name2]}.` };
  }
  const amount = amountWords(words3);
  let money2 = {};
  if (amount > 0) {
    const read2 = readAmount(words3.slice(0, amount).join(" "));
    if (!read2.ok) return { ok: false, name: name2, error: `${read2.message} ${read2.hint}` };
    money2 = read2.value.currency === void 0 ? { amount: read2.value.amount } : { amount: read2.value.amount, currency: read2.value.currency };
  }
  const text = words3.slice(amount).join(" ").trim() || void 0;
  if (name2 === "recommend") {
    return {
      ok: true,
      command: { name: name2, decision, ...money2, reason: text }
    };
  }
  return {
    ok: true,
    command: { name: "board", decision, ...money2, note: text }
  };
}
function numberLike(word) {
  const m = new RegExp("^[-+\u2212]?([^\\p{Nd}\\s]{0,4}?)[-+\u2212]?\\.?\\p{Nd}", "u").exec(word ?? "");
  return !!m && (m[1] === "" || markerCode(m[1]) !== void 0);
}
function currencyWord(word) {
  return word !== void 0 && (/^[A-Z]{3}$/.test(word) || markerCode(word) !== void 0);
}
var DIGIT_GROUP = /^\d{3}(?:[.,]\d{1,2})?$/;
function amountWords(words3) {
  let i = currencyWord(words3[0]) && numberLike(words3[1]) ? 1 : 0;
  if (!numberLike(words3[i])) return 0;
  i++;
  while (/(?<![\d.,'’_])\d{1,3}$/.test(words3[i - 1] ?? "") && DIGIT_GROUP.test(words3[i] ?? "")) i++;
  if (currencyWord(words3[i])) i++;
  return i;
}

// src/model/event.ts
function labelNames(issue) {
  return (issue.labels ?? []).map((l) => typeof l === "string" ? l : l.name);
}
function isBot(user) {
  return !user || user.type === "Bot" || user.login.endsWith("[bot]");
}

// src/model/outcome.ts
function ignored(summary) {
  return { flow: "ignored", summary, writes: [] };
}
function counted(summary, writes) {
  return `${summary} (${writes} write${writes === 1 ? "" : "s"})`;
}

// src/router/item-locks.ts
function itemKey(event) {
  const { repository, issue } = event.payload;
  const pull = event.payload.pull_request;
  const number = issue?.number ?? pull?.number;
  if (!repository || typeof number !== "number") return void 0;
  return `${repository.owner.login}/${repository.name}#${number}`.toLowerCase();
}
function localItemLocks() {
  const tails = /* @__PURE__ */ new Map();
  return {
    run(key, work) {
      const result = (tails.get(key) ?? Promise.resolve()).then(work);
      const tail = result.then(
        () => {
        },
        () => {
        }
      );
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    }
  };
}

// src/apply/labels.ts
function labelWrites(issue, current, wanted, owned) {
  const have = new Set(current);
  const want = new Set(wanted);
  const writes = [];
  const add2 = [...want].filter((l) => !have.has(l));
  if (add2.length > 0) writes.push({ kind: "add-labels", issue, labels: add2 });
  for (const label of current) {
    if (owned(label) && !want.has(label)) writes.push({ kind: "remove-label", issue, label });
  }
  return writes;
}
function labelsAfter(issue, current, writes) {
  const labels = new Set(current);
  for (const w of writes) {
    if (w.kind === "add-labels" && w.issue === issue) for (const l of w.labels) labels.add(l);
    if (w.kind === "remove-label" && w.issue === issue) labels.delete(w.label);
  }
  return [...labels];
}

// src/forms/issue-form-definitions.ts
import { parse } from "yaml";

// src/generated/issue-forms.ts
var ISSUE_FORMS = {
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
        "description": 'Staff time, infrastructure, accounts. One per line; write "None" if nothing is needed.'
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
        "description": 'City and country, or "Online".'
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
        "label": "Deposit advance only \u2014 quote or invoice",
        "type": "input",
        "options": [],
        "required": false,
        "multiple": false,
        "description": "A link to, or the reference of, the quote or invoice the deposit pays."
      },
      {
        "id": "deposit_due",
        "label": "Deposit advance only \u2014 date the deposit is due",
        "type": "input",
        "options": [],
        "required": false,
        "multiple": false,
        "description": "YYYY-MM-DD. The lead time is counted to this date."
      }
    ]
  }
};

// src/forms/issue-form-definitions.ts
function loadForm(name2) {
  return ISSUE_FORMS[name2];
}
function resolveForm(form) {
  return typeof form === "string" ? loadForm(form) : form;
}
function fieldById(form, id) {
  return resolveForm(form).fields.find((f) => f.id === id);
}
function fieldLabel(form, id) {
  return fieldById(form, id)?.label ?? id;
}
function normaliseLabel(text) {
  return text.normalize("NFKC").replace(/[*_`]+/g, "").replace(/[\u2010-\u2015\u2212]/g, "-").replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, " ").trim().replace(/\s*:$/, "").toLowerCase();
}

// src/forms/body.ts
var NO_RESPONSE = "_No response_";
function parseFormBody(body, formOrName) {
  const form = resolveForm(formOrName);
  const lines = splitLines(typeof body === "string" ? body.replace(/^\uFEFF/, "") : "");
  const candidates = findCandidates(lines, form);
  const chosen = chooseHeadings(candidates, lines, form.fields);
  const starts = [...chosen.values()].sort((a, b) => a.index - b.index);
  const byField = /* @__PURE__ */ new Map();
  starts.forEach((c, k) => {
    const end = k + 1 < starts.length ? starts[k + 1].index : lines.length;
    byField.set(c.field, answerOf(lines, c.index, end, form.fields[c.field]));
  });
  const answers = /* @__PURE__ */ new Map();
  form.fields.forEach((f, i) => {
    const answer = byField.get(i);
    if (answer) answers.set(f.id, answer);
  });
  const found = answers.size;
  const needed = Math.max(2, Math.ceil(form.fields.length / 2));
  return {
    fromForm: found >= Math.min(needed, form.fields.length) && found > 0,
    answers,
    missingSections: form.fields.filter((f) => !answers.has(f.id)).map((f) => f.id)
  };
}
var labelIndexes = /* @__PURE__ */ new WeakMap();
function labelIndex(form) {
  let byLabel = labelIndexes.get(form);
  if (!byLabel) {
    byLabel = new Map(form.fields.map((f, i) => [normaliseLabel(f.label), i]));
    labelIndexes.set(form, byLabel);
  }
  return byLabel;
}
function findCandidates(lines, form) {
  const byLabel = labelIndex(form);
  const fenced = fencedLines(lines);
  const candidates = [];
  for (let i = 0; i < lines.length; i++) {
    if (fenced[i]) continue;
    const line = lines[i];
    const heading = headingOf(line);
    if (!heading) continue;
    const field = byLabel.get(normaliseLabel(heading.text));
    if (field === void 0) continue;
    const label = form.fields[field].label;
    let penalty = 0;
    if (heading.level !== 3) penalty += 2;
    if (line !== `### ${label}`) penalty += 1;
    if (i > 0 && lines[i - 1].trim() !== "") penalty += 1;
    candidates.push({ index: i, field, penalty });
  }
  return candidates;
}
var better = (a, b) => !b || a.count > b.count || a.count === b.count && a.penalty <= b.penalty;
function chooseHeadings(candidates, lines, fields) {
  const filledBefore = new Array(lines.length + 1);
  filledBefore[0] = 0;
  lines.forEach((line, i) => {
    filledBefore[i + 1] = filledBefore[i] + (line.trim() ? 1 : 0);
  });
  const bestEndingAt = new Array(fields.length).fill(void 0);
  let best;
  for (const c of candidates) {
    let chain = { count: 1, penalty: c.penalty, last: c };
    for (let f = 0; f < c.field; f++) {
      const prev = bestEndingAt[f];
      if (!prev) continue;
      const extended = {
        count: prev.count + 1,
        penalty: prev.penalty + c.penalty + gapPenalty(prev.last, c, filledBefore, fields),
        last: c,
        prev
      };
      if (better(extended, chain)) chain = extended;
    }
    if (better(chain, bestEndingAt[c.field])) bestEndingAt[c.field] = chain;
    if (better(chain, best)) best = chain;
  }
  const chosen = /* @__PURE__ */ new Map();
  for (let link = best; link; link = link.prev) chosen.set(link.last.field, link.last);
  const used = new Set([...chosen.values()].map((c) => c.index));
  for (const c of candidates) {
    if (used.has(c.index)) continue;
    const have = chosen.get(c.field);
    if (!have || !used.has(have.index) && c.penalty < have.penalty) chosen.set(c.field, c);
  }
  return chosen;
}
function gapPenalty(prev, next, filledBefore, fields) {
  const type = fields[prev.field].type;
  if (type === "textarea" || type === "checkboxes") return 0;
  const filled = filledBefore[next.index] - filledBefore[prev.index + 1];
  return filled > 1 ? 3 : 0;
}
function answerOf(lines, heading, end, field) {
  let first = heading + 1;
  let last = end - 1;
  while (first <= last && lines[first].trim() === "") first++;
  while (last >= first && lines[last].trim() === "") last--;
  let text = first <= last ? lines.slice(first, last + 1).join("\n").trim() : "";
  if (text === NO_RESPONSE) text = "";
  if (field.render && text.startsWith("```")) text = unfence(text);
  const answer = {
    text,
    empty: isNothing(text),
    line: first <= last ? first + 1 : heading + 2,
    headingLine: heading + 1
  };
  if (field.type === "checkboxes") {
    answer.checked = checkedBoxes(text, field.options);
    answer.empty = answer.checked.length === 0;
  }
  return answer;
}
function unfence(text) {
  const m = /^```[^\n]*\n([\s\S]*?)\n?```$/.exec(text);
  return m ? m[1].trim() : text;
}
var BOX = /^\s*[-*+]\s+\[([ xX✓✔])\]\s+(.*)$/u;
function checkedBoxes(text, options) {
  const known = new Map(options.map((o) => [normaliseLabel(o), o]));
  const checked2 = [];
  for (const line of splitLines(text)) {
    const m = BOX.exec(line);
    if (!m || m[1] === " ") continue;
    const label = m[2].trim();
    const option = known.get(normaliseLabel(label)) ?? label;
    if (!checked2.includes(option)) checked2.push(option);
  }
  return checked2;
}

// schemas/charter.schema.json
var charter_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "urn:wgbot:schema:charter",
  title: "Work group charter",
  description: "One work group's charter, stored as workgroups/<slug>/charter.yml. The sections follow the PSF example charter.",
  type: "object",
  additionalProperties: false,
  required: [
    "slug",
    "name",
    "status",
    "mission_alignment",
    "purpose",
    "goals",
    "active_time",
    "core_values",
    "governance",
    "decision_making",
    "communication",
    "participants",
    "support"
  ],
  properties: {
    slug: {
      title: "Slug",
      description: "Short identifier of the work group: lower-case letters, digits and hyphens. Must equal the folder name under workgroups/.",
      type: "string",
      pattern: "^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$",
      examples: ["packaging"]
    },
    name: {
      title: "Name",
      description: "Full name of the work group.",
      type: "string",
      minLength: 3,
      maxLength: 120,
      examples: ["Packaging Work Group"]
    },
    status: {
      title: "Status",
      description: "proposed: waiting for the board; active: chartered and reporting; inactive: dormant, can be revived; retired: closed for good.",
      enum: ["proposed", "active", "inactive", "retired"],
      examples: ["active"]
    },
    mission_alignment: {
      title: "Mission alignment",
      description: "How the work group's purpose pertains to the foundation's mission.",
      type: "string",
      minLength: 20,
      examples: [
        "Packaging is how Python code reaches its users; this supports the PSF's mission to promote Python."
      ]
    },
    purpose: {
      title: "Purpose",
      description: "Why the work group exists, in a few sentences.",
      type: "string",
      minLength: 20,
      examples: ["Coordinate funding and work on the Python packaging ecosystem."]
    },
    goals: {
      title: "Common goals",
      description: "What the members commit to achieve together.",
      type: "array",
      minItems: 1,
      items: {
        type: "string",
        minLength: 3
      },
      examples: [["Fund packaging improvements"]]
    },
    active_time: {
      title: "Active time",
      description: "A work group does not exist forever: when it started, when the board reviews its charter, and (once inactive or retired) when it stopped.",
      type: "object",
      additionalProperties: false,
      required: ["start", "review"],
      properties: {
        start: {
          title: "Start date",
          description: "The date the charter took effect (or will), as YYYY-MM-DD.",
          type: "string",
          format: "date",
          examples: ["2025-01-15"]
        },
        review: {
          title: "Review date",
          description: "The date by which the board reviews (renews or retires) the charter, as YYYY-MM-DD. Must be after the start date.",
          type: "string",
          format: "date",
          examples: ["2027-01-15"]
        },
        end: {
          title: "End date",
          description: "For an inactive or retired work group: the date it stopped, as YYYY-MM-DD. Reports after this month are refused.",
          type: "string",
          format: "date",
          examples: ["2025-06-30"]
        }
      }
    },
    core_values: {
      title: "Core values",
      description: "The values the work group holds itself to.",
      type: "array",
      minItems: 1,
      items: {
        type: "string",
        minLength: 3
      },
      examples: [["Openness", "Respect for volunteers' time"]]
    },
    governance: {
      title: "Internal governance",
      description: "How the work group organises itself: roles, terms, how members join and leave.",
      type: "string",
      minLength: 20,
      examples: ["Chairs serve one-year terms; members join by invitation of the chairs."]
    },
    decision_making: {
      title: "Rules and decision-making procedures",
      description: "How the work group takes decisions (consensus, votes, quorum).",
      type: "string",
      minLength: 20,
      examples: ["Lazy consensus on the mailing list; a majority vote of members if consensus fails."]
    },
    communication: {
      title: "Communication plan",
      description: "How the work group communicates internally and with the community.",
      type: "object",
      additionalProperties: false,
      required: ["plan"],
      properties: {
        plan: {
          title: "Plan",
          description: "How and how often the work group communicates.",
          type: "string",
          minLength: 20,
          examples: ["Monthly call; public notes on Discourse within a week."]
        },
        channels: {
          title: "Channels",
          description: "Where the work group can be reached.",
          type: "array",
          items: {
            title: "Channel",
            description: "One communication channel.",
            type: "object",
            additionalProperties: false,
            required: ["name"],
            properties: {
              name: {
                title: "Channel name",
                description: "What the channel is.",
                type: "string",
                minLength: 1,
                examples: ["Discourse category"]
              },
              url: {
                title: "Channel URL",
                description: "Where to find it.",
                type: "string",
                format: "uri",
                examples: ["https://discuss.python.org/c/packaging/14"]
              }
            }
          }
        }
      }
    },
    participants: {
      title: "Participants",
      description: "Chair(s) and members, by GitHub login. Every chair is also listed as a member.",
      type: "object",
      additionalProperties: false,
      required: ["chairs", "members"],
      properties: {
        chairs: {
          title: "Chairs",
          description: "GitHub logins of the chair(s).",
          type: "array",
          minItems: 1,
          uniqueItems: true,
          items: {
            $ref: "#/$defs/login"
          },
          examples: [["alice"]]
        },
        members: {
          title: "Members",
          description: "GitHub logins of all members, chairs included.",
          type: "array",
          minItems: 1,
          uniqueItems: true,
          items: {
            $ref: "#/$defs/login"
          },
          examples: [["alice", "bob", "carol"]]
        },
        board_liaison: {
          title: "Board liaison",
          description: "GitHub login of the board member who is the work group's link to the board (required by presets that ask for one, such as dsf).",
          $ref: "#/$defs/login"
        }
      }
    },
    support: {
      title: "Support requirements",
      description: "What the work group asks of the foundation.",
      type: "object",
      additionalProperties: false,
      required: ["resources"],
      properties: {
        resources: {
          title: "Resources requested",
          description: "Staff time, infrastructure, accounts or anything else requested. Write 'None' as a single item if nothing is needed.",
          type: "array",
          minItems: 1,
          items: {
            type: "string",
            minLength: 2
          },
          examples: [["A mailing list", "Two hours of staff time per month"]]
        },
        budget: {
          title: "Budget",
          description: "Money requested, item by item.",
          type: "array",
          items: {
            title: "Budget item",
            description: "One cost the work group asks the foundation to cover.",
            type: "object",
            additionalProperties: false,
            required: ["description", "amount"],
            properties: {
              description: {
                title: "Description",
                description: "What the money pays for.",
                type: "string",
                minLength: 3,
                examples: ["Video captioning for sprint recordings"]
              },
              amount: {
                title: "Amount",
                description: "The cost, as a number without currency sign.",
                type: "number",
                minimum: 0,
                examples: [1200]
              },
              currency: {
                title: "Currency",
                description: "ISO 4217 code; the config's base currency when omitted.",
                type: "string",
                pattern: "^[A-Z]{3}$",
                examples: ["USD"]
              }
            }
          }
        }
      }
    },
    reporting: {
      title: "Reporting",
      description: "How often the work group reports to the board.",
      type: "object",
      additionalProperties: false,
      properties: {
        cadence: {
          title: "Reporting cadence",
          description: "monthly (the default) or quarterly.",
          enum: ["monthly", "quarterly"],
          examples: ["monthly"]
        }
      }
    }
  },
  $defs: {
    login: {
      title: "GitHub login",
      description: "A GitHub user name, without the @.",
      type: "string",
      pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$",
      examples: ["alice"]
    }
  }
};

// schemas/config.schema.json
var config_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "urn:wgbot:schema:config",
  title: "wgbot configuration",
  description: "The governance repository's .github/wgbot.yml. Everything is optional: a value left out comes from the preset.",
  type: "object",
  additionalProperties: false,
  properties: {
    _extends: {
      title: "Extends",
      description: "Another repository's wgbot config to start from, as Probot apps share an organisation's settings: other-repo (same owner, its .github/wgbot.yml), owner/repo, or owner/repo:path/to/file.yml. Read by the App and the Action from the default branch of that repository. This file's values win over it (objects merge key by key, lists replace); the file it names may not extend another.",
      type: "string",
      pattern: "^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/)?[A-Za-z0-9._-]{1,100}(?::[^\\s:]+)?$",
      examples: ["governance-settings", "psf/.github:wgbot.yml"]
    },
    preset: {
      title: "Preset",
      description: "The policy this file starts from: psf (the PSF rules described by its board), psf-2026 (adds the 2026 Grants WG charter's caps and fast track) or dsf (the Django Software Foundation's working groups: chair, co-chair and board liaison, monthly or quarterly reports, a yearly review).",
      enum: ["psf", "psf-2026", "dsf"],
      examples: ["psf"],
      default: "psf"
    },
    organisation: {
      title: "Organisation",
      description: "The foundation's name, as used in comments.",
      type: "string",
      minLength: 1,
      examples: ["Python Software Foundation"],
      default: "Python Software Foundation"
    },
    base_currency: {
      title: "Base currency",
      description: "ISO 4217 code all thresholds and caps are expressed in.",
      type: "string",
      pattern: "^[A-Z]{3}$",
      examples: ["USD"],
      default: "USD"
    },
    currency_rates: {
      title: "Currency rates",
      description: "The value of one unit of each other currency in the base currency, e.g. EUR: 1.08. A request in a currency not listed here gets a clear error.",
      type: "object",
      propertyNames: {
        pattern: "^[A-Z]{3}$"
      },
      additionalProperties: {
        type: "number",
        exclusiveMinimum: 0
      },
      examples: [
        {
          EUR: 1.08,
          GBP: 1.27
        }
      ],
      default: {
        EUR: 1.08,
        GBP: 1.27,
        CAD: 0.73,
        AUD: 0.66,
        JPY: 67e-4,
        INR: 0.012,
        BRL: 0.18,
        NGN: 65e-5
      }
    },
    teams: {
      title: "Teams",
      description: "The GitHub teams (slugs in the repository's organisation) whose members may use commands.",
      type: "object",
      additionalProperties: false,
      properties: {
        board: {
          title: "Board team",
          description: "Team slug of the board; only its members may use /board.",
          $ref: "#/$defs/teamSlug",
          default: "board"
        },
        grants_wg: {
          title: "Grants Work Group team",
          description: "Team slug of the Grants Work Group; only its members may use /recommend.",
          $ref: "#/$defs/teamSlug",
          default: "grants-wg"
        },
        mention_grants_wg: {
          title: "Mention the Grants WG",
          description: "Whether the comment on a complete grant request mentions the Grants WG team.",
          type: "boolean",
          examples: [true],
          default: true
        },
        mention_board: {
          title: "Mention the board",
          description: "Whether each meeting's agenda issue mentions the board team, so its members are notified when the agenda is opened (edits keep the same mention and notify no one again).",
          type: "boolean",
          examples: [true],
          default: true
        }
      }
    },
    grants: {
      title: "Grants policy",
      description: "Rules applied to grant requests.",
      type: "object",
      additionalProperties: false,
      properties: {
        board_threshold: {
          title: "Board threshold",
          description: "Requests over this amount (in the base currency) go to the board after the Grants WG recommends.",
          type: "number",
          minimum: 0,
          examples: [1e4],
          default: 1e4
        },
        minimum_lead_days: {
          title: "Minimum lead time (days)",
          description: "Requests filed fewer days than this before the event (or the deposit due date) are late.",
          type: "integer",
          minimum: 0,
          examples: [42],
          default: 42
        },
        recommended_lead_days: {
          title: "Recommended lead time (days)",
          description: "Requests over the threshold filed fewer days than this before the event get a short-notice warning.",
          type: "integer",
          minimum: 0,
          examples: [90],
          default: 90
        },
        not_covered: {
          title: "Items not covered",
          description: "Kinds of budget items grants do not cover; an item whose category or description matches a keyword is flagged and not counted.",
          type: "array",
          items: {
            title: "Excluded kind",
            description: "One kind of item that is not covered.",
            type: "object",
            additionalProperties: false,
            required: ["name", "keywords"],
            properties: {
              name: {
                title: "Name",
                description: "What the kind is called in comments.",
                type: "string",
                minLength: 1,
                examples: ["swag"]
              },
              keywords: {
                title: "Keywords",
                description: "Words and phrases that identify such an item (matched as whole words, case-insensitive, with simple plural and -ise/-ize spelling variants; hyphens count as spaces).",
                type: "array",
                minItems: 1,
                items: {
                  type: "string",
                  minLength: 1
                },
                examples: [["swag", "t-shirts", "stickers"]]
              },
              allow: {
                title: "Fundable look-alikes",
                description: "Phrases that contain a keyword but are covered (e.g. 'student travel awards' for the keyword 'awards'); an item matching one is not flagged for that keyword.",
                type: "array",
                items: {
                  type: "string",
                  minLength: 1
                },
                examples: [["travel award", "award ceremony venue"]]
              },
              events: {
                title: "Applies to the event",
                description: "true when an event whose name matches a keyword is itself not covered (e.g. a hackathon), whatever its budget lists.",
                type: "boolean",
                examples: [true]
              }
            }
          },
          default: [
            {
              name: "swag",
              keywords: [
                "swag",
                "t-shirt",
                "tshirt",
                "tee shirt",
                "hoodie",
                "sticker",
                "merchandise",
                "merch",
                "giveaway",
                "give-away",
                "goodie bag",
                "goody bag",
                "tote bag",
                "souvenir",
                "gift",
                "mug",
                "keychain",
                "enamel pin",
                "lapel pin",
                "conference bag",
                "attendee bag",
                "welcome bag"
              ],
              allow: ["gift card", "gift voucher", "in-kind gift", "gift aid"]
            }
          ]
        },
        per_attendee_per_day: {
          title: "Guide amount per attendee per day",
          description: "Amounts above attendees x days x this figure may be approved for less. 0 turns the guide off.",
          type: "number",
          minimum: 0,
          examples: [15],
          default: 15
        },
        caps: {
          title: "Caps",
          description: "Maximum amounts per grant type, in the base currency. A type not listed has no cap.",
          type: "object",
          additionalProperties: false,
          properties: {
            conference: {
              title: "Conference cap",
              description: "Maximum for a conference.",
              type: "number",
              minimum: 0,
              examples: [8e3]
            },
            workshop: {
              title: "Workshop cap",
              description: "Maximum for a workshop.",
              type: "number",
              minimum: 0,
              examples: [1500]
            },
            sprint: {
              title: "Sprint cap",
              description: "Maximum for a sprint.",
              type: "number",
              minimum: 0,
              examples: [1500]
            },
            meetup: {
              title: "Meetup cap",
              description: "Maximum for a meetup or user group.",
              type: "number",
              minimum: 0,
              examples: [1e3]
            },
            "deposit-advance": {
              title: "Deposit advance cap",
              description: "Maximum for a deposit advance.",
              type: "number",
              minimum: 0,
              examples: [5e3]
            }
          },
          default: {}
        },
        organisation_cap_per_year: {
          title: "Cap per organisation per year",
          description: "The most one organisation may be granted in a calendar year, in the base currency, counted from the grants ledger (grants/<year>/); organisations are matched on their name and website. 0 turns it off.",
          type: "number",
          minimum: 0,
          examples: [15e3],
          default: 0
        },
        fast_track_max: {
          title: "Fast track maximum",
          description: "Requests up to this amount (in the base currency) are fast-tracked: labelled, and decided within the fast track's time. 0 turns it off.",
          type: "number",
          minimum: 0,
          examples: [2500],
          default: 0
        },
        fast_track_previous_years: {
          title: "Fast track: previous grant within (years)",
          description: "When more than 0, the fast track is only for an event or organisation the foundation funded within this many years. 0: the amount alone decides.",
          type: "integer",
          minimum: 0,
          examples: [0, 3],
          default: 0
        },
        fast_track_decision_weeks: {
          title: "Fast track decision time (weeks)",
          description: "How many weeks after filing a fast-tracked request can expect a decision.",
          type: "integer",
          minimum: 1,
          examples: [2],
          default: 2
        },
        decision_weeks: {
          title: "Decision time (weeks)",
          description: "How many weeks after filing a request can expect a decision (its decision target). Requests the board decides wait for its meeting.",
          type: "integer",
          minimum: 1,
          examples: [6, 8],
          default: 6
        },
        require_code_of_conduct: {
          title: "Require a Code of Conduct",
          description: "Whether a request without a Code of Conduct URL is an error.",
          type: "boolean",
          examples: [true],
          default: true
        },
        require_code_of_conduct_contact: {
          title: "Require a Code of Conduct contact",
          description: "Whether a request without a Code of Conduct contact is an error.",
          type: "boolean",
          examples: [false],
          default: false
        },
        needs_info_close_days: {
          title: "Close after silence (days)",
          description: "A request labelled needs-info with no reply from its author for this many days is closed by the sweep.",
          type: "integer",
          minimum: 1,
          examples: [42],
          default: 42
        },
        grants_wg_review_days: {
          title: "Grants WG review time (days)",
          description: "A request waiting on the Grants WG longer than this is flagged by the sweep.",
          type: "integer",
          minimum: 1,
          examples: [30],
          default: 30
        }
      }
    },
    board: {
      title: "Board",
      description: "When the board meets.",
      type: "object",
      additionalProperties: false,
      properties: {
        meeting_dates: {
          title: "Meeting dates",
          description: "Explicit meeting dates (YYYY-MM-DD). When given, they replace the rule.",
          type: "array",
          items: {
            type: "string",
            format: "date"
          },
          examples: [["2027-01-13", "2027-03-10"]],
          default: []
        },
        every_months: {
          title: "Meets every N months",
          description: "The board meets every this many months (2: every other month).",
          type: "integer",
          minimum: 1,
          maximum: 12,
          examples: [2],
          default: 2
        },
        first_month: {
          title: "First meeting month",
          description: "The month of the year (1-12) the rule counts from.",
          type: "integer",
          minimum: 1,
          maximum: 12,
          examples: [1],
          default: 1
        },
        weekday: {
          title: "Weekday",
          description: "Day of the week of the meeting.",
          enum: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
          examples: ["wednesday"],
          default: "wednesday"
        },
        week: {
          title: "Week of the month",
          description: "Which such weekday of the month: 1 to 4, or -1 for the last.",
          enum: [1, 2, 3, 4, -1],
          examples: [2],
          default: 2
        },
        preparation_days: {
          title: "Preparation days",
          description: "An item escalated fewer days than this before a meeting waits for the next one.",
          type: "integer",
          minimum: 0,
          examples: [7],
          default: 7
        },
        requires_recommendation: {
          title: "Board decides with a recommendation",
          description: "Whether `/board approve` or `/board decline` on a grant request over the board threshold needs the Grants WG's recommendation on record first.",
          type: "boolean",
          examples: [true],
          default: true
        }
      }
    },
    reports: {
      title: "Reports",
      description: "Monthly reports and the at-risk rule.",
      type: "object",
      additionalProperties: false,
      properties: {
        due_day: {
          title: "Due day",
          description: "A month's report is due by this day of the following month.",
          type: "integer",
          minimum: 1,
          maximum: 28,
          examples: [15],
          default: 15
        },
        since: {
          title: "Reports kept here since",
          description: "The first month whose report this repository keeps, as YYYY-MM, for a foundation that kept earlier reports elsewhere (a wiki, a mailing list). Reports are due from the later of this month and each charter's start; earlier months are not tracked here, never missing. Unset: from each charter's start.",
          type: "string",
          pattern: "^[0-9]{4}-(0[1-9]|1[0-2])$",
          examples: ["2026-06"]
        },
        missed_for_at_risk: {
          title: "Missed reports for at-risk",
          description: "A work group that misses this many of its last `at_risk_window` reports is at risk.",
          type: "integer",
          minimum: 1,
          examples: [2],
          default: 2
        },
        at_risk_window: {
          title: "Reports looked at for at-risk",
          description: "How many of the most recent reporting periods the at-risk rule looks at (psf: 2, so 2 missed in a row; dsf: 3, so 2 missed of the last 3). Never fewer than `missed_for_at_risk`.",
          type: "integer",
          minimum: 1,
          examples: [3],
          default: 2
        },
        cadences: {
          title: "Allowed reporting cadences",
          description: "The cadences a charter may choose under `reporting.cadence`. A proposal that chooses another one is an error; an active charter that does (the list changed after it was chartered) is warned, and its reports are counted on the first cadence listed here.",
          type: "array",
          minItems: 1,
          uniqueItems: true,
          items: {
            enum: ["monthly", "quarterly"]
          },
          examples: [["monthly", "quarterly"]],
          default: ["monthly"]
        },
        reminders: {
          title: "Reminders",
          description: "Whether the sweep opens a reminder issue for an overdue report.",
          type: "boolean",
          examples: [true],
          default: true
        }
      }
    },
    workgroups: {
      title: "Work groups",
      description: "Rules for charters.",
      type: "object",
      additionalProperties: false,
      properties: {
        min_members: {
          title: "Minimum members for a new charter",
          description: "A charter proposal needs at least this many members, chairs included.",
          type: "integer",
          minimum: 1,
          examples: [3],
          default: 3
        },
        at_risk_min_members: {
          title: "Minimum members to stay healthy",
          description: "An active work group with fewer members than this (default: a chair and one more) is at risk.",
          type: "integer",
          minimum: 1,
          examples: [2],
          default: 2
        },
        max_term_months: {
          title: "Maximum term (months)",
          description: "The review date may be at most this many months after the start date.",
          type: "integer",
          minimum: 1,
          examples: [24],
          default: 24
        },
        leadership: {
          title: "Leadership rule",
          description: "Who an active work group must have to stay healthy; a group without them is at risk.",
          type: "object",
          additionalProperties: false,
          properties: {
            chairs: {
              title: "Chairs needed",
              description: "How many chairs the charter must list (2: a chair and a co-chair).",
              type: "integer",
              minimum: 1,
              examples: [2],
              default: 1
            },
            board_liaison: {
              title: "Board liaison needed",
              description: "Whether the charter must name a board member as `participants.board_liaison`.",
              type: "boolean",
              examples: [true],
              default: false
            }
          }
        }
      }
    },
    labels: {
      title: "Labels",
      description: "Names of the labels wgbot manages. Labels not listed here are never touched.",
      type: "object",
      additionalProperties: false,
      properties: {
        charter: {
          $ref: "#/$defs/label",
          title: "Charter label",
          description: "On charter proposals.",
          default: "kind/charter"
        },
        grant: {
          $ref: "#/$defs/label",
          title: "Grant label",
          description: "On grant requests.",
          default: "kind/grant"
        },
        report: {
          $ref: "#/$defs/label",
          title: "Report label",
          description: "On report pull requests.",
          default: "kind/report"
        },
        needs_info: {
          $ref: "#/$defs/label",
          title: "Needs-info label",
          description: "On requests with problems to fix.",
          default: "status/needs-info"
        },
        grants_wg_review: {
          $ref: "#/$defs/label",
          title: "Grants WG review label",
          description: "On grants waiting for the Grants WG.",
          default: "status/grants-wg-review"
        },
        board_review: {
          $ref: "#/$defs/label",
          title: "Board review label",
          description: "On items waiting for the board.",
          default: "status/board-review"
        },
        approved: {
          $ref: "#/$defs/label",
          title: "Approved label",
          description: "Protected: set only by a decision.",
          default: "status/approved"
        },
        declined: {
          $ref: "#/$defs/label",
          title: "Declined label",
          description: "Protected: set only by a decision.",
          default: "status/declined"
        },
        deferred: {
          $ref: "#/$defs/label",
          title: "Deferred label",
          description: "Protected: set only by a decision.",
          default: "status/deferred"
        },
        at_risk: {
          $ref: "#/$defs/label",
          title: "At-risk label",
          description: "On work groups at risk.",
          default: "status/at-risk"
        },
        over_threshold: {
          $ref: "#/$defs/label",
          title: "Over-threshold label",
          description: "On grants over the board threshold.",
          default: "grant/over-threshold"
        },
        late: {
          $ref: "#/$defs/label",
          title: "Late label",
          description: "On grants filed inside the minimum lead time.",
          default: "grant/late"
        },
        short_notice: {
          $ref: "#/$defs/label",
          title: "Short-notice label",
          description: "On large grants filed inside the recommended lead time.",
          default: "grant/short-notice"
        },
        not_covered: {
          $ref: "#/$defs/label",
          title: "Not-covered label",
          description: "On grants with items the program does not cover.",
          default: "grant/not-covered"
        },
        fast_track: {
          $ref: "#/$defs/label",
          title: "Fast-track label",
          description: "On grants the fast track decides (up to grants.fast_track_max).",
          default: "grant/fast-track"
        },
        workgroup_prefix: {
          title: "Work group label prefix",
          description: "Prefix of the per-work-group label, e.g. wg/ gives wg/packaging.",
          type: "string",
          minLength: 1,
          maxLength: 20,
          examples: ["wg/"],
          default: "wg/"
        }
      }
    },
    paths: {
      title: "Paths",
      description: "Where the governance files live in the repository.",
      type: "object",
      additionalProperties: false,
      properties: {
        workgroups: {
          title: "Work groups folder",
          description: "Folder that holds one sub-folder per work group: a path inside the repository, from its root, with forward slashes and no leading `/`, `.` or `..`.",
          type: "string",
          pattern: "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$",
          examples: ["workgroups"],
          default: "workgroups"
        },
        grants: {
          title: "Grants ledger folder",
          description: "Folder of the grants ledger, which wgbot writes: one sub-folder per year, one file per final decision. A path inside the repository, from its root, with forward slashes and no leading `/`, `.` or `..`.",
          type: "string",
          pattern: "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$",
          examples: ["grants"],
          default: "grants"
        }
      }
    },
    templates: {
      title: "Comment templates",
      description: "Handlebars files in this repository that replace wgbot's built-in comment templates (see templates/comments in wgbot). Values from issues are escaped before they reach a template; a template that fails falls back to the built-in one.",
      type: "object",
      additionalProperties: false,
      properties: {
        request_report: {
          title: "Request report template",
          description: "Path of the template for the one comment on a charter proposal or grant request: a file inside the repository, from its root, with forward slashes and no leading `/`, `.` or `..`.",
          type: "string",
          pattern: "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*\\.hbs$",
          examples: [".github/wgbot/request-report.hbs"]
        },
        site: {
          title: "Dashboard site templates",
          description: "Folder of Handlebars files that replace the built-in templates of the dashboard site by name (`layout.hbs`, `overview.hbs`, `workgroups.hbs`, `workgroup.hbs`, `grants.hbs`, `board.hbs`, `heatmap.hbs`, `bar-chart.hbs`, and `style.css`; see templates/site in wgbot): a folder inside the repository, from its root. Values are HTML-escaped; a template that fails falls back to the built-in one.",
          type: "string",
          pattern: "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$",
          examples: [".github/wgbot/site"]
        }
      },
      default: {}
    }
  },
  $defs: {
    teamSlug: {
      type: "string",
      pattern: "^[a-z0-9][a-z0-9_-]*$",
      examples: ["board"]
    },
    label: {
      type: "string",
      minLength: 1,
      maxLength: 50,
      pattern: "^[^<>\\r\\n]+$",
      description: "A label name as GitHub shows it, on one line and without < or > (wgbot names some labels in its hidden markers).",
      examples: ["status/board-review"]
    }
  }
};

// schemas/grant.schema.json
var grant_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "urn:wgbot:schema:grant",
  title: "Grant request",
  description: "A structured grant request, as parsed from the 'Grant request' issue form.",
  type: "object",
  additionalProperties: false,
  required: ["applicant", "organisation", "grant_type", "event", "requested", "budget"],
  properties: {
    applicant: {
      title: "Applicant",
      description: "The person who asks for the grant.",
      type: "object",
      additionalProperties: false,
      required: ["name", "github"],
      properties: {
        name: {
          title: "Name",
          description: "The applicant's name.",
          type: "string",
          minLength: 1,
          examples: ["Ada Lovelace"]
        },
        github: {
          title: "GitHub login",
          description: "The applicant's GitHub login.",
          $ref: "#/$defs/login"
        },
        email: {
          title: "Email",
          description: "Where the Grants WG can write to the applicant.",
          type: "string",
          format: "email",
          examples: ["ada@example.org"]
        }
      }
    },
    organisation: {
      title: "Organisation",
      description: "The group or organisation that runs the event.",
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: {
        name: {
          title: "Organisation name",
          description: "Name of the organising group.",
          type: "string",
          minLength: 1,
          examples: ["PyCon Example"]
        },
        website: {
          title: "Organisation website",
          description: "The organisation's web site.",
          type: "string",
          format: "uri",
          examples: ["https://example.org"]
        }
      }
    },
    grant_type: {
      title: "Grant type",
      description: "conference, workshop, sprint, meetup (user group), or deposit-advance (money for a new event's venue or vendor deposits before sponsorship or ticket sales arrive).",
      enum: ["conference", "workshop", "sprint", "meetup", "deposit-advance"],
      examples: ["conference"]
    },
    event: {
      title: "Event",
      description: "The event the grant supports.",
      type: "object",
      additionalProperties: false,
      required: ["name", "start_date", "end_date", "location", "expected_attendees"],
      properties: {
        name: {
          title: "Event name",
          description: "Name of the event.",
          type: "string",
          minLength: 1,
          examples: ["PyCon Example 2027"]
        },
        start_date: {
          title: "Start date",
          description: "First day of the event, YYYY-MM-DD.",
          type: "string",
          format: "date",
          examples: ["2027-03-14"]
        },
        end_date: {
          title: "End date",
          description: "Last day of the event, YYYY-MM-DD.",
          type: "string",
          format: "date",
          examples: ["2027-03-16"]
        },
        location: {
          title: "Location",
          description: "City and country, or 'Online'.",
          type: "string",
          minLength: 1,
          examples: ["Lisbon, Portugal"]
        },
        online: {
          title: "Online",
          description: "true when the event is held online.",
          type: "boolean",
          examples: [false]
        },
        website: {
          title: "Event website",
          description: "The event's web site.",
          type: "string",
          format: "uri",
          examples: ["https://2027.pycon.example.org"]
        },
        expected_attendees: {
          title: "Expected attendees",
          description: "How many people are expected to attend.",
          type: "integer",
          minimum: 1,
          examples: [350]
        }
      }
    },
    requested: {
      title: "Requested amount",
      description: "How much money is requested.",
      type: "object",
      additionalProperties: false,
      required: ["amount", "currency"],
      properties: {
        amount: {
          title: "Amount",
          description: "The amount requested, as a number.",
          type: "number",
          exclusiveMinimum: 0,
          examples: [5e3]
        },
        currency: {
          title: "Currency",
          description: "ISO 4217 code of the amount.",
          type: "string",
          pattern: "^[A-Z]{3}$",
          examples: ["USD"]
        }
      }
    },
    budget: {
      title: "Budget",
      description: "The detailed budget: each item tied to a specific cost and directly related to the event.",
      type: "array",
      minItems: 1,
      items: {
        title: "Budget item",
        description: "One cost.",
        type: "object",
        additionalProperties: false,
        required: ["description", "cost"],
        properties: {
          description: {
            title: "Description",
            description: "What the money pays for.",
            type: "string",
            minLength: 1,
            examples: ["Venue rental"]
          },
          category: {
            title: "Category",
            description: "A short category such as venue, catering, travel, accessibility, childcare, speakers, swag.",
            type: "string",
            examples: ["venue"]
          },
          cost: {
            title: "Cost",
            description: "The cost of the item, as a number.",
            type: "number",
            minimum: 0,
            examples: [1200]
          },
          currency: {
            title: "Currency",
            description: "ISO 4217 code; the requested currency when omitted.",
            type: "string",
            pattern: "^[A-Z]{3}$",
            examples: ["USD"]
          },
          essential: {
            title: "Essential",
            description: "true when the event cannot happen without this item.",
            type: "boolean",
            examples: [true]
          }
        }
      }
    },
    other_funding: {
      title: "Other funding sources",
      description: "Sponsors, ticket sales and other grants that also fund the event.",
      type: "array",
      items: {
        type: "string",
        minLength: 1
      },
      examples: [["Ticket sales", "Local sponsors"]]
    },
    code_of_conduct: {
      title: "Code of Conduct",
      description: "The event's Code of Conduct and who to contact about it. Whether it is required is policy: see grants.require_code_of_conduct in the config.",
      type: "object",
      additionalProperties: false,
      properties: {
        url: {
          title: "Code of Conduct URL",
          description: "Where the Code of Conduct is published.",
          type: "string",
          format: "uri",
          examples: ["https://2027.pycon.example.org/coc"]
        },
        contact: {
          title: "Code of Conduct contact",
          description: "Who handles reports (an email address or a name).",
          type: "string",
          minLength: 1,
          examples: ["coc@pycon.example.org"]
        }
      }
    },
    previous_grants: {
      title: "Previous grants",
      description: "Earlier grants from the foundation to this event or organisation.",
      type: "array",
      items: {
        type: "string",
        minLength: 1
      },
      examples: [["2025: 3,000 USD for PyCon Example 2025"]]
    },
    deposit: {
      title: "Deposit",
      description: "For a deposit advance: the quote or invoice it pays and when the deposit is due.",
      type: "object",
      additionalProperties: false,
      required: ["quote", "due_date"],
      properties: {
        quote: {
          title: "Quote or invoice",
          description: "A link to, or the reference of, the quote or invoice the deposit pays.",
          type: "string",
          minLength: 3,
          examples: ["https://example.org/venue-quote.pdf"]
        },
        due_date: {
          title: "Deposit due date",
          description: "When the deposit must be paid, YYYY-MM-DD. The lead time is counted to this date.",
          type: "string",
          format: "date",
          examples: ["2027-01-10"]
        }
      }
    }
  },
  if: {
    properties: {
      grant_type: {
        const: "deposit-advance"
      }
    },
    required: ["grant_type"]
  },
  then: {
    required: ["deposit"]
  },
  $defs: {
    login: {
      title: "GitHub login",
      description: "A GitHub user name, without the @.",
      type: "string",
      pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$",
      examples: ["alice"]
    }
  }
};

// schemas/ledger.schema.json
var ledger_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "urn:wgbot:schema:ledger",
  title: "Grants ledger record",
  description: "One final decision on a grant request (approved or declined), stored as grants/<year>/<issue>-<slug>.yml in the governance repository. wgbot writes these files when the Grants WG or the board decides; the year is the year of the decision.",
  type: "object",
  additionalProperties: false,
  required: [
    "issue",
    "url",
    "outcome",
    "grant_type",
    "organisation",
    "event",
    "currency",
    "requested",
    "base_currency",
    "rate",
    "requested_base",
    "decided"
  ],
  properties: {
    issue: {
      title: "Issue",
      description: "The number of the grant request issue. The file name starts with it.",
      type: "integer",
      minimum: 1,
      examples: [12]
    },
    url: {
      title: "Issue link",
      description: "The grant request issue's address.",
      type: "string",
      format: "uri",
      pattern: "^https?://",
      examples: ["https://github.com/psf/governance/issues/12"]
    },
    outcome: {
      title: "Outcome",
      description: "The final decision: approved or declined.",
      enum: ["approved", "declined"],
      examples: ["approved"]
    },
    grant_type: {
      title: "Grant type",
      description: "conference, workshop, sprint, meetup or deposit-advance, as the request gave it.",
      enum: ["conference", "workshop", "sprint", "meetup", "deposit-advance"],
      examples: ["conference"]
    },
    organisation: {
      title: "Organisation",
      description: "The group or organisation that runs the event. The per-organisation cap matches on its name and website.",
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: {
        name: {
          title: "Organisation name",
          description: "Name of the organising group.",
          type: "string",
          minLength: 1,
          examples: ["PyCon Example"]
        },
        website: {
          title: "Organisation website",
          description: "The organisation's web site.",
          type: "string",
          format: "uri",
          examples: ["https://pycon.example.org"]
        }
      }
    },
    event: {
      title: "Event",
      description: "The event the grant supports.",
      type: "object",
      additionalProperties: false,
      required: ["name", "start_date", "end_date"],
      properties: {
        name: {
          title: "Event name",
          description: "Name of the event.",
          type: "string",
          minLength: 1,
          examples: ["PyCon Example 2027"]
        },
        start_date: {
          title: "Start date",
          description: "First day of the event, YYYY-MM-DD.",
          type: "string",
          format: "date",
          examples: ["2027-04-14"]
        },
        end_date: {
          title: "End date",
          description: "Last day of the event, YYYY-MM-DD.",
          type: "string",
          format: "date",
          examples: ["2027-04-16"]
        },
        location: {
          title: "Location",
          description: "City and country, or 'Online'.",
          type: "string",
          minLength: 1,
          examples: ["Lisbon, Portugal"]
        }
      }
    },
    currency: {
      title: "Currency",
      description: "ISO 4217 code of the request's currency: `requested` and `granted` are in it.",
      type: "string",
      pattern: "^[A-Z]{3}$",
      examples: ["EUR"]
    },
    requested: {
      title: "Amount requested",
      description: "The amount requested, in the request's currency.",
      type: "number",
      exclusiveMinimum: 0,
      examples: [11e3]
    },
    granted: {
      title: "Amount granted",
      description: "The amount granted, in the request's currency. Only an approved grant has one.",
      type: "number",
      exclusiveMinimum: 0,
      examples: [9e3]
    },
    base_currency: {
      title: "Base currency",
      description: "The currency the foundation counts in (the config's base_currency when the decision was made).",
      type: "string",
      pattern: "^[A-Z]{3}$",
      examples: ["USD"]
    },
    rate: {
      title: "Exchange rate",
      description: "The value of one unit of `currency` in `base_currency`, as used for the decision (1 when they are the same).",
      type: "number",
      exclusiveMinimum: 0,
      examples: [1.08]
    },
    requested_base: {
      title: "Amount requested in the base currency",
      description: "`requested` \xD7 `rate`, to the cent.",
      type: "number",
      exclusiveMinimum: 0,
      examples: [11880]
    },
    granted_base: {
      title: "Amount granted in the base currency",
      description: "`granted` \xD7 `rate`, to the cent. Only an approved grant has one.",
      type: "number",
      exclusiveMinimum: 0,
      examples: [9720]
    },
    decided: {
      title: "Decision",
      description: "Who decided, for whom, when, and where the decision is recorded.",
      type: "object",
      additionalProperties: false,
      required: ["by", "for", "on", "comment"],
      properties: {
        by: {
          title: "Decided by",
          description: "GitHub login of the board or Grants WG member who recorded the decision.",
          $ref: "#/$defs/login"
        },
        for: {
          title: "Decided for",
          description: "board, or grants-wg for a request the Grants WG decides alone (up to the board threshold).",
          enum: ["board", "grants-wg"],
          examples: ["board"]
        },
        on: {
          title: "Decided on",
          description: "The day of the decision, YYYY-MM-DD. The file's year folder is its year.",
          type: "string",
          format: "date",
          examples: ["2027-01-13"]
        },
        meeting: {
          title: "Board meeting",
          description: "The board meeting the request was on, YYYY-MM-DD.",
          type: "string",
          format: "date",
          examples: ["2027-01-13"]
        },
        comment: {
          title: "Command comment",
          description: "The id of the `/board` or `/recommend` comment that made the decision.",
          type: "integer",
          minimum: 1,
          examples: [1234567]
        }
      }
    },
    recommendation: {
      title: "Grants WG recommendation",
      description: "The Grants WG's recommendation the board decided with, when there was one.",
      type: "object",
      additionalProperties: false,
      required: ["by", "decision", "on"],
      properties: {
        by: {
          title: "Recommended by",
          description: "GitHub login of the Grants WG member who recorded it.",
          $ref: "#/$defs/login"
        },
        decision: {
          title: "Recommendation",
          description: "approve or decline.",
          enum: ["approve", "decline"],
          examples: ["approve"]
        },
        amount_base: {
          title: "Amount recommended in the base currency",
          description: "The amount the Grants WG recommended granting, in the base currency.",
          type: "number",
          exclusiveMinimum: 0,
          examples: [9720]
        },
        on: {
          title: "Recommended on",
          description: "The day of the recommendation, YYYY-MM-DD.",
          type: "string",
          format: "date",
          examples: ["2026-11-30"]
        }
      }
    }
  },
  $defs: {
    login: {
      title: "GitHub login",
      description: "A GitHub login, without the @.",
      type: "string",
      pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$",
      examples: ["bea"]
    }
  }
};

// schemas/report.schema.json
var report_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "urn:wgbot:schema:report",
  title: "Monthly work group report",
  description: "One monthly report, stored as workgroups/<slug>/reports/<YYYY-MM>.yml and added by a pull request.",
  type: "object",
  additionalProperties: false,
  required: ["workgroup", "period", "submitted_by", "highlights"],
  properties: {
    workgroup: {
      title: "Work group",
      description: "Slug of the work group this report is for. Must equal the folder name under workgroups/.",
      type: "string",
      pattern: "^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$",
      examples: ["packaging"]
    },
    period: {
      title: "Period",
      description: "The month reported on, as YYYY-MM. Must equal the file name.",
      type: "string",
      pattern: "^[0-9]{4}-(0[1-9]|1[0-2])$",
      examples: ["2026-10"]
    },
    submitted_by: {
      title: "Submitted by",
      description: "GitHub login of the chair or member who wrote the report.",
      $ref: "#/$defs/login"
    },
    highlights: {
      title: "Highlights",
      description: "The most important outcomes of the month.",
      type: "array",
      minItems: 1,
      items: { type: "string", minLength: 3 },
      examples: [["Released the new packaging guide"]]
    },
    activities: {
      title: "Activities",
      description: "What the work group did this month.",
      type: "array",
      items: { type: "string", minLength: 3 },
      examples: [["Two sprint sessions with 14 contributors"]]
    },
    metrics: {
      title: "Metrics",
      description: "Numbers that show progress.",
      type: "array",
      items: {
        title: "Metric",
        description: "One measured value.",
        type: "object",
        additionalProperties: false,
        required: ["name", "value"],
        properties: {
          name: {
            title: "Metric name",
            description: "What was measured.",
            type: "string",
            minLength: 1,
            examples: ["Pull requests merged"]
          },
          value: {
            title: "Value",
            description: "The measured value, as a number.",
            type: "number",
            examples: [42]
          },
          unit: {
            title: "Unit",
            description: "Unit of the value, if any.",
            type: "string",
            examples: ["hours"]
          }
        }
      }
    },
    spending: {
      title: "Spending",
      description: "Money spent this month from the work group's budget.",
      type: "array",
      items: {
        title: "Expense",
        description: "One expense.",
        type: "object",
        additionalProperties: false,
        required: ["description", "amount"],
        properties: {
          description: {
            title: "Description",
            description: "What the money paid for.",
            type: "string",
            minLength: 3,
            examples: ["Captioning service"]
          },
          amount: {
            title: "Amount",
            description: "The amount spent, as a number without currency sign.",
            type: "number",
            minimum: 0,
            examples: [300]
          },
          currency: {
            title: "Currency",
            description: "ISO 4217 code; the config's base currency when omitted.",
            type: "string",
            pattern: "^[A-Z]{3}$",
            examples: ["USD"]
          }
        }
      }
    },
    blockers: {
      title: "Blockers",
      description: "What slows the work group down.",
      type: "array",
      items: { type: "string", minLength: 3 },
      examples: [["Waiting for a new mailing list"]]
    },
    board_asks: {
      title: "Asks of the board",
      description: "Decisions or help the work group needs from the board. A non-empty list puts the report on the next board agenda.",
      type: "array",
      items: { type: "string", minLength: 3 },
      examples: [["Approve a 2,000 USD budget for captioning"]]
    },
    next_steps: {
      title: "Next steps",
      description: "What the work group plans for next month.",
      type: "array",
      items: { type: "string", minLength: 3 },
      examples: [["Publish the survey results"]]
    }
  },
  $defs: {
    login: {
      title: "GitHub login",
      description: "A GitHub user name, without the @.",
      type: "string",
      pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$",
      examples: ["alice"]
    }
  }
};

// src/generated/validators.js
var validators_exports = {};
__export(validators_exports, {
  charter: () => charter,
  config: () => config,
  grant: () => grant,
  ledger: () => ledger,
  report: () => report
});
import * as __ns0 from "ajv/dist/runtime/ucs2length.js";
import * as __ns1 from "ajv/dist/runtime/equal.js";
import * as __ns2 from "ajv-formats/dist/formats.js";
var __module0 = __ns0.default?.default ? __ns0.default : __ns0;
var __module1 = __ns1.default?.default ? __ns1.default : __ns1;
var __module2 = __ns2.default?.default ? __ns2.default : __ns2;
var charter = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:wgbot:schema:charter", "title": "Work group charter", "description": "One work group's charter, stored as workgroups/<slug>/charter.yml. The sections follow the PSF example charter.", "type": "object", "additionalProperties": false, "required": ["slug", "name", "status", "mission_alignment", "purpose", "goals", "active_time", "core_values", "governance", "decision_making", "communication", "participants", "support"], "properties": { "slug": { "title": "Slug", "description": "Short identifier of the work group: lower-case letters, digits and hyphens. Must equal the folder name under workgroups/.", "type": "string", "pattern": "^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$", "examples": ["packaging"] }, "name": { "title": "Name", "description": "Full name of the work group.", "type": "string", "minLength": 3, "maxLength": 120, "examples": ["Packaging Work Group"] }, "status": { "title": "Status", "description": "proposed: waiting for the board; active: chartered and reporting; inactive: dormant, can be revived; retired: closed for good.", "enum": ["proposed", "active", "inactive", "retired"], "examples": ["active"] }, "mission_alignment": { "title": "Mission alignment", "description": "How the work group's purpose pertains to the foundation's mission.", "type": "string", "minLength": 20, "examples": ["Packaging is how Python code reaches its users; this supports the PSF's mission to promote Python."] }, "purpose": { "title": "Purpose", "description": "Why the work group exists, in a few sentences.", "type": "string", "minLength": 20, "examples": ["Coordinate funding and work on the Python packaging ecosystem."] }, "goals": { "title": "Common goals", "description": "What the members commit to achieve together.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 3 }, "examples": [["Fund packaging improvements"]] }, "active_time": { "title": "Active time", "description": "A work group does not exist forever: when it started, when the board reviews its charter, and (once inactive or retired) when it stopped.", "type": "object", "additionalProperties": false, "required": ["start", "review"], "properties": { "start": { "title": "Start date", "description": "The date the charter took effect (or will), as YYYY-MM-DD.", "type": "string", "format": "date", "examples": ["2025-01-15"] }, "review": { "title": "Review date", "description": "The date by which the board reviews (renews or retires) the charter, as YYYY-MM-DD. Must be after the start date.", "type": "string", "format": "date", "examples": ["2027-01-15"] }, "end": { "title": "End date", "description": "For an inactive or retired work group: the date it stopped, as YYYY-MM-DD. Reports after this month are refused.", "type": "string", "format": "date", "examples": ["2025-06-30"] } } }, "core_values": { "title": "Core values", "description": "The values the work group holds itself to.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 3 }, "examples": [["Openness", "Respect for volunteers' time"]] }, "governance": { "title": "Internal governance", "description": "How the work group organises itself: roles, terms, how members join and leave.", "type": "string", "minLength": 20, "examples": ["Chairs serve one-year terms; members join by invitation of the chairs."] }, "decision_making": { "title": "Rules and decision-making procedures", "description": "How the work group takes decisions (consensus, votes, quorum).", "type": "string", "minLength": 20, "examples": ["Lazy consensus on the mailing list; a majority vote of members if consensus fails."] }, "communication": { "title": "Communication plan", "description": "How the work group communicates internally and with the community.", "type": "object", "additionalProperties": false, "required": ["plan"], "properties": { "plan": { "title": "Plan", "description": "How and how often the work group communicates.", "type": "string", "minLength": 20, "examples": ["Monthly call; public notes on Discourse within a week."] }, "channels": { "title": "Channels", "description": "Where the work group can be reached.", "type": "array", "items": { "title": "Channel", "description": "One communication channel.", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "title": "Channel name", "description": "What the channel is.", "type": "string", "minLength": 1, "examples": ["Discourse category"] }, "url": { "title": "Channel URL", "description": "Where to find it.", "type": "string", "format": "uri", "examples": ["https://discuss.python.org/c/packaging/14"] } } } } } }, "participants": { "title": "Participants", "description": "Chair(s) and members, by GitHub login. Every chair is also listed as a member.", "type": "object", "additionalProperties": false, "required": ["chairs", "members"], "properties": { "chairs": { "title": "Chairs", "description": "GitHub logins of the chair(s).", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/$defs/login" }, "examples": [["alice"]] }, "members": { "title": "Members", "description": "GitHub logins of all members, chairs included.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/$defs/login" }, "examples": [["alice", "bob", "carol"]] }, "board_liaison": { "title": "Board liaison", "description": "GitHub login of the board member who is the work group's link to the board (required by presets that ask for one, such as dsf).", "$ref": "#/$defs/login" } } }, "support": { "title": "Support requirements", "description": "What the work group asks of the foundation.", "type": "object", "additionalProperties": false, "required": ["resources"], "properties": { "resources": { "title": "Resources requested", "description": "Staff time, infrastructure, accounts or anything else requested. Write 'None' as a single item if nothing is needed.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 2 }, "examples": [["A mailing list", "Two hours of staff time per month"]] }, "budget": { "title": "Budget", "description": "Money requested, item by item.", "type": "array", "items": { "title": "Budget item", "description": "One cost the work group asks the foundation to cover.", "type": "object", "additionalProperties": false, "required": ["description", "amount"], "properties": { "description": { "title": "Description", "description": "What the money pays for.", "type": "string", "minLength": 3, "examples": ["Video captioning for sprint recordings"] }, "amount": { "title": "Amount", "description": "The cost, as a number without currency sign.", "type": "number", "minimum": 0, "examples": [1200] }, "currency": { "title": "Currency", "description": "ISO 4217 code; the config's base currency when omitted.", "type": "string", "pattern": "^[A-Z]{3}$", "examples": ["USD"] } } } } } }, "reporting": { "title": "Reporting", "description": "How often the work group reports to the board.", "type": "object", "additionalProperties": false, "properties": { "cadence": { "title": "Reporting cadence", "description": "monthly (the default) or quarterly.", "enum": ["monthly", "quarterly"], "examples": ["monthly"] } } } }, "$defs": { "login": { "title": "GitHub login", "description": "A GitHub user name, without the @.", "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "examples": ["alice"] } } };
var schema32 = { "title": "GitHub login", "description": "A GitHub user name, without the @.", "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "examples": ["alice"] };
var func1 = Object.prototype.hasOwnProperty;
var func2 = __module0.default;
var func0 = __module1.default;
var pattern4 = new RegExp("^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$", "u");
var pattern5 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "u");
var pattern8 = new RegExp("^[A-Z]{3}$", "u");
var formats0 = __module2.fullFormats.date;
var formats6 = __module2.fullFormats.uri;
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.slug === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "slug" }, message: "must have required property 'slug'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.mission_alignment === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mission_alignment" }, message: "must have required property 'mission_alignment'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.purpose === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "purpose" }, message: "must have required property 'purpose'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.goals === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "goals" }, message: "must have required property 'goals'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.active_time === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "active_time" }, message: "must have required property 'active_time'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.core_values === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "core_values" }, message: "must have required property 'core_values'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.governance === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "governance" }, message: "must have required property 'governance'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.decision_making === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "decision_making" }, message: "must have required property 'decision_making'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.communication === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "communication" }, message: "must have required property 'communication'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.participants === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "participants" }, message: "must have required property 'participants'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.support === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "support" }, message: "must have required property 'support'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err13 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.slug !== void 0) {
      let data0 = data.slug;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err14 = { instancePath: instancePath + "/slug", schemaPath: "#/properties/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$"', schema: "^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$", parentSchema: schema31.properties.slug, data: data0 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/slug", schemaPath: "#/properties/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.slug.type, parentSchema: schema31.properties.slug, data: data0 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) > 120) {
          const err16 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 120 }, message: "must NOT have more than 120 characters", schema: 120, parentSchema: schema31.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (func2(data1) < 3) {
          const err17 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema31.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.name.type, parentSchema: schema31.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data2 = data.status;
      if (!(data2 === "proposed" || data2 === "active" || data2 === "inactive" || data2 === "retired")) {
        const err19 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema31.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.status.enum, parentSchema: schema31.properties.status, data: data2 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.mission_alignment !== void 0) {
      let data3 = data.mission_alignment;
      if (typeof data3 === "string") {
        if (func2(data3) < 20) {
          const err20 = { instancePath: instancePath + "/mission_alignment", schemaPath: "#/properties/mission_alignment/minLength", keyword: "minLength", params: { limit: 20 }, message: "must NOT have fewer than 20 characters", schema: 20, parentSchema: schema31.properties.mission_alignment, data: data3 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/mission_alignment", schemaPath: "#/properties/mission_alignment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.mission_alignment.type, parentSchema: schema31.properties.mission_alignment, data: data3 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.purpose !== void 0) {
      let data4 = data.purpose;
      if (typeof data4 === "string") {
        if (func2(data4) < 20) {
          const err22 = { instancePath: instancePath + "/purpose", schemaPath: "#/properties/purpose/minLength", keyword: "minLength", params: { limit: 20 }, message: "must NOT have fewer than 20 characters", schema: 20, parentSchema: schema31.properties.purpose, data: data4 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/purpose", schemaPath: "#/properties/purpose/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.purpose.type, parentSchema: schema31.properties.purpose, data: data4 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.goals !== void 0) {
      let data5 = data.goals;
      if (Array.isArray(data5)) {
        if (data5.length < 1) {
          const err24 = { instancePath: instancePath + "/goals", schemaPath: "#/properties/goals/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.goals, data: data5 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 === "string") {
            if (func2(data6) < 3) {
              const err25 = { instancePath: instancePath + "/goals/" + i0, schemaPath: "#/properties/goals/items/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema31.properties.goals.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/goals/" + i0, schemaPath: "#/properties/goals/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.goals.items.type, parentSchema: schema31.properties.goals.items, data: data6 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/goals", schemaPath: "#/properties/goals/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.goals.type, parentSchema: schema31.properties.goals, data: data5 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.active_time !== void 0) {
      let data7 = data.active_time;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.start === void 0) {
          const err28 = { instancePath: instancePath + "/active_time", schemaPath: "#/properties/active_time/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema31.properties.active_time.required, parentSchema: schema31.properties.active_time, data: data7 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (data7.review === void 0) {
          const err29 = { instancePath: instancePath + "/active_time", schemaPath: "#/properties/active_time/required", keyword: "required", params: { missingProperty: "review" }, message: "must have required property 'review'", schema: schema31.properties.active_time.required, parentSchema: schema31.properties.active_time, data: data7 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        for (const key1 in data7) {
          if (!(key1 === "start" || key1 === "review" || key1 === "end")) {
            const err30 = { instancePath: instancePath + "/active_time", schemaPath: "#/properties/active_time/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.active_time, data: data7 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data7.start !== void 0) {
          let data8 = data7.start;
          if (typeof data8 === "string") {
            if (!formats0.validate(data8)) {
              const err31 = { instancePath: instancePath + "/active_time/start", schemaPath: "#/properties/active_time/properties/start/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema31.properties.active_time.properties.start, data: data8 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/active_time/start", schemaPath: "#/properties/active_time/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.active_time.properties.start.type, parentSchema: schema31.properties.active_time.properties.start, data: data8 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data7.review !== void 0) {
          let data9 = data7.review;
          if (typeof data9 === "string") {
            if (!formats0.validate(data9)) {
              const err33 = { instancePath: instancePath + "/active_time/review", schemaPath: "#/properties/active_time/properties/review/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema31.properties.active_time.properties.review, data: data9 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/active_time/review", schemaPath: "#/properties/active_time/properties/review/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.active_time.properties.review.type, parentSchema: schema31.properties.active_time.properties.review, data: data9 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data7.end !== void 0) {
          let data10 = data7.end;
          if (typeof data10 === "string") {
            if (!formats0.validate(data10)) {
              const err35 = { instancePath: instancePath + "/active_time/end", schemaPath: "#/properties/active_time/properties/end/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema31.properties.active_time.properties.end, data: data10 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = { instancePath: instancePath + "/active_time/end", schemaPath: "#/properties/active_time/properties/end/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.active_time.properties.end.type, parentSchema: schema31.properties.active_time.properties.end, data: data10 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/active_time", schemaPath: "#/properties/active_time/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.active_time.type, parentSchema: schema31.properties.active_time, data: data7 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.core_values !== void 0) {
      let data11 = data.core_values;
      if (Array.isArray(data11)) {
        if (data11.length < 1) {
          const err38 = { instancePath: instancePath + "/core_values", schemaPath: "#/properties/core_values/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.core_values, data: data11 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        const len1 = data11.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data12 = data11[i1];
          if (typeof data12 === "string") {
            if (func2(data12) < 3) {
              const err39 = { instancePath: instancePath + "/core_values/" + i1, schemaPath: "#/properties/core_values/items/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema31.properties.core_values.items, data: data12 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          } else {
            const err40 = { instancePath: instancePath + "/core_values/" + i1, schemaPath: "#/properties/core_values/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.core_values.items.type, parentSchema: schema31.properties.core_values.items, data: data12 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/core_values", schemaPath: "#/properties/core_values/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.core_values.type, parentSchema: schema31.properties.core_values, data: data11 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.governance !== void 0) {
      let data13 = data.governance;
      if (typeof data13 === "string") {
        if (func2(data13) < 20) {
          const err42 = { instancePath: instancePath + "/governance", schemaPath: "#/properties/governance/minLength", keyword: "minLength", params: { limit: 20 }, message: "must NOT have fewer than 20 characters", schema: 20, parentSchema: schema31.properties.governance, data: data13 };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      } else {
        const err43 = { instancePath: instancePath + "/governance", schemaPath: "#/properties/governance/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.governance.type, parentSchema: schema31.properties.governance, data: data13 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.decision_making !== void 0) {
      let data14 = data.decision_making;
      if (typeof data14 === "string") {
        if (func2(data14) < 20) {
          const err44 = { instancePath: instancePath + "/decision_making", schemaPath: "#/properties/decision_making/minLength", keyword: "minLength", params: { limit: 20 }, message: "must NOT have fewer than 20 characters", schema: 20, parentSchema: schema31.properties.decision_making, data: data14 };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      } else {
        const err45 = { instancePath: instancePath + "/decision_making", schemaPath: "#/properties/decision_making/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.decision_making.type, parentSchema: schema31.properties.decision_making, data: data14 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.communication !== void 0) {
      let data15 = data.communication;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        if (data15.plan === void 0) {
          const err46 = { instancePath: instancePath + "/communication", schemaPath: "#/properties/communication/required", keyword: "required", params: { missingProperty: "plan" }, message: "must have required property 'plan'", schema: schema31.properties.communication.required, parentSchema: schema31.properties.communication, data: data15 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        for (const key2 in data15) {
          if (!(key2 === "plan" || key2 === "channels")) {
            const err47 = { instancePath: instancePath + "/communication", schemaPath: "#/properties/communication/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.communication, data: data15 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data15.plan !== void 0) {
          let data16 = data15.plan;
          if (typeof data16 === "string") {
            if (func2(data16) < 20) {
              const err48 = { instancePath: instancePath + "/communication/plan", schemaPath: "#/properties/communication/properties/plan/minLength", keyword: "minLength", params: { limit: 20 }, message: "must NOT have fewer than 20 characters", schema: 20, parentSchema: schema31.properties.communication.properties.plan, data: data16 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          } else {
            const err49 = { instancePath: instancePath + "/communication/plan", schemaPath: "#/properties/communication/properties/plan/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.communication.properties.plan.type, parentSchema: schema31.properties.communication.properties.plan, data: data16 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data15.channels !== void 0) {
          let data17 = data15.channels;
          if (Array.isArray(data17)) {
            const len2 = data17.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data18 = data17[i2];
              if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                if (data18.name === void 0) {
                  const err50 = { instancePath: instancePath + "/communication/channels/" + i2, schemaPath: "#/properties/communication/properties/channels/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.properties.communication.properties.channels.items.required, parentSchema: schema31.properties.communication.properties.channels.items, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
                for (const key3 in data18) {
                  if (!(key3 === "name" || key3 === "url")) {
                    const err51 = { instancePath: instancePath + "/communication/channels/" + i2, schemaPath: "#/properties/communication/properties/channels/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.communication.properties.channels.items, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
                if (data18.name !== void 0) {
                  let data19 = data18.name;
                  if (typeof data19 === "string") {
                    if (func2(data19) < 1) {
                      const err52 = { instancePath: instancePath + "/communication/channels/" + i2 + "/name", schemaPath: "#/properties/communication/properties/channels/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.communication.properties.channels.items.properties.name, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err52];
                      } else {
                        vErrors.push(err52);
                      }
                      errors++;
                    }
                  } else {
                    const err53 = { instancePath: instancePath + "/communication/channels/" + i2 + "/name", schemaPath: "#/properties/communication/properties/channels/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.communication.properties.channels.items.properties.name.type, parentSchema: schema31.properties.communication.properties.channels.items.properties.name, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                }
                if (data18.url !== void 0) {
                  let data20 = data18.url;
                  if (typeof data20 === "string") {
                    if (!formats6(data20)) {
                      const err54 = { instancePath: instancePath + "/communication/channels/" + i2 + "/url", schemaPath: "#/properties/communication/properties/channels/items/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema31.properties.communication.properties.channels.items.properties.url, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err54];
                      } else {
                        vErrors.push(err54);
                      }
                      errors++;
                    }
                  } else {
                    const err55 = { instancePath: instancePath + "/communication/channels/" + i2 + "/url", schemaPath: "#/properties/communication/properties/channels/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.communication.properties.channels.items.properties.url.type, parentSchema: schema31.properties.communication.properties.channels.items.properties.url, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                }
              } else {
                const err56 = { instancePath: instancePath + "/communication/channels/" + i2, schemaPath: "#/properties/communication/properties/channels/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.communication.properties.channels.items.type, parentSchema: schema31.properties.communication.properties.channels.items, data: data18 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
          } else {
            const err57 = { instancePath: instancePath + "/communication/channels", schemaPath: "#/properties/communication/properties/channels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.communication.properties.channels.type, parentSchema: schema31.properties.communication.properties.channels, data: data17 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
      } else {
        const err58 = { instancePath: instancePath + "/communication", schemaPath: "#/properties/communication/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.communication.type, parentSchema: schema31.properties.communication, data: data15 };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
    if (data.participants !== void 0) {
      let data21 = data.participants;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        if (data21.chairs === void 0) {
          const err59 = { instancePath: instancePath + "/participants", schemaPath: "#/properties/participants/required", keyword: "required", params: { missingProperty: "chairs" }, message: "must have required property 'chairs'", schema: schema31.properties.participants.required, parentSchema: schema31.properties.participants, data: data21 };
          if (vErrors === null) {
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
        if (data21.members === void 0) {
          const err60 = { instancePath: instancePath + "/participants", schemaPath: "#/properties/participants/required", keyword: "required", params: { missingProperty: "members" }, message: "must have required property 'members'", schema: schema31.properties.participants.required, parentSchema: schema31.properties.participants, data: data21 };
          if (vErrors === null) {
            vErrors = [err60];
          } else {
            vErrors.push(err60);
          }
          errors++;
        }
        for (const key4 in data21) {
          if (!(key4 === "chairs" || key4 === "members" || key4 === "board_liaison")) {
            const err61 = { instancePath: instancePath + "/participants", schemaPath: "#/properties/participants/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.participants, data: data21 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data21.chairs !== void 0) {
          let data22 = data21.chairs;
          if (Array.isArray(data22)) {
            if (data22.length < 1) {
              const err62 = { instancePath: instancePath + "/participants/chairs", schemaPath: "#/properties/participants/properties/chairs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.participants.properties.chairs, data: data22 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            const len3 = data22.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data23 = data22[i3];
              if (typeof data23 === "string") {
                if (!pattern5.test(data23)) {
                  const err63 = { instancePath: instancePath + "/participants/chairs/" + i3, schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"', schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema32, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
              } else {
                const err64 = { instancePath: instancePath + "/participants/chairs/" + i3, schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data23 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            let i4 = data22.length;
            let j0;
            if (i4 > 1) {
              outer0: for (; i4--; ) {
                for (j0 = i4; j0--; ) {
                  if (func0(data22[i4], data22[j0])) {
                    const err65 = { instancePath: instancePath + "/participants/chairs", schemaPath: "#/properties/participants/properties/chairs/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i4 + " are identical)", schema: true, parentSchema: schema31.properties.participants.properties.chairs, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
            }
          } else {
            const err66 = { instancePath: instancePath + "/participants/chairs", schemaPath: "#/properties/participants/properties/chairs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.participants.properties.chairs.type, parentSchema: schema31.properties.participants.properties.chairs, data: data22 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data21.members !== void 0) {
          let data24 = data21.members;
          if (Array.isArray(data24)) {
            if (data24.length < 1) {
              const err67 = { instancePath: instancePath + "/participants/members", schemaPath: "#/properties/participants/properties/members/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.participants.properties.members, data: data24 };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
            const len4 = data24.length;
            for (let i5 = 0; i5 < len4; i5++) {
              let data25 = data24[i5];
              if (typeof data25 === "string") {
                if (!pattern5.test(data25)) {
                  const err68 = { instancePath: instancePath + "/participants/members/" + i5, schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"', schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema32, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
              } else {
                const err69 = { instancePath: instancePath + "/participants/members/" + i5, schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data25 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
            let i6 = data24.length;
            let j1;
            if (i6 > 1) {
              outer1: for (; i6--; ) {
                for (j1 = i6; j1--; ) {
                  if (func0(data24[i6], data24[j1])) {
                    const err70 = { instancePath: instancePath + "/participants/members", schemaPath: "#/properties/participants/properties/members/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i6 + " are identical)", schema: true, parentSchema: schema31.properties.participants.properties.members, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                    break outer1;
                  }
                }
              }
            }
          } else {
            const err71 = { instancePath: instancePath + "/participants/members", schemaPath: "#/properties/participants/properties/members/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.participants.properties.members.type, parentSchema: schema31.properties.participants.properties.members, data: data24 };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
        if (data21.board_liaison !== void 0) {
          let data26 = data21.board_liaison;
          if (typeof data26 === "string") {
            if (!pattern5.test(data26)) {
              const err72 = { instancePath: instancePath + "/participants/board_liaison", schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"', schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema32, data: data26 };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
          } else {
            const err73 = { instancePath: instancePath + "/participants/board_liaison", schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data26 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
      } else {
        const err74 = { instancePath: instancePath + "/participants", schemaPath: "#/properties/participants/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.participants.type, parentSchema: schema31.properties.participants, data: data21 };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
    if (data.support !== void 0) {
      let data27 = data.support;
      if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
        if (data27.resources === void 0) {
          const err75 = { instancePath: instancePath + "/support", schemaPath: "#/properties/support/required", keyword: "required", params: { missingProperty: "resources" }, message: "must have required property 'resources'", schema: schema31.properties.support.required, parentSchema: schema31.properties.support, data: data27 };
          if (vErrors === null) {
            vErrors = [err75];
          } else {
            vErrors.push(err75);
          }
          errors++;
        }
        for (const key5 in data27) {
          if (!(key5 === "resources" || key5 === "budget")) {
            const err76 = { instancePath: instancePath + "/support", schemaPath: "#/properties/support/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.support, data: data27 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data27.resources !== void 0) {
          let data28 = data27.resources;
          if (Array.isArray(data28)) {
            if (data28.length < 1) {
              const err77 = { instancePath: instancePath + "/support/resources", schemaPath: "#/properties/support/properties/resources/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.support.properties.resources, data: data28 };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
            const len5 = data28.length;
            for (let i7 = 0; i7 < len5; i7++) {
              let data29 = data28[i7];
              if (typeof data29 === "string") {
                if (func2(data29) < 2) {
                  const err78 = { instancePath: instancePath + "/support/resources/" + i7, schemaPath: "#/properties/support/properties/resources/items/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters", schema: 2, parentSchema: schema31.properties.support.properties.resources.items, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
              } else {
                const err79 = { instancePath: instancePath + "/support/resources/" + i7, schemaPath: "#/properties/support/properties/resources/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.support.properties.resources.items.type, parentSchema: schema31.properties.support.properties.resources.items, data: data29 };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
          } else {
            const err80 = { instancePath: instancePath + "/support/resources", schemaPath: "#/properties/support/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.support.properties.resources.type, parentSchema: schema31.properties.support.properties.resources, data: data28 };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data27.budget !== void 0) {
          let data30 = data27.budget;
          if (Array.isArray(data30)) {
            const len6 = data30.length;
            for (let i8 = 0; i8 < len6; i8++) {
              let data31 = data30[i8];
              if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                if (data31.description === void 0) {
                  const err81 = { instancePath: instancePath + "/support/budget/" + i8, schemaPath: "#/properties/support/properties/budget/items/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema31.properties.support.properties.budget.items.required, parentSchema: schema31.properties.support.properties.budget.items, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
                if (data31.amount === void 0) {
                  const err82 = { instancePath: instancePath + "/support/budget/" + i8, schemaPath: "#/properties/support/properties/budget/items/required", keyword: "required", params: { missingProperty: "amount" }, message: "must have required property 'amount'", schema: schema31.properties.support.properties.budget.items.required, parentSchema: schema31.properties.support.properties.budget.items, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
                for (const key6 in data31) {
                  if (!(key6 === "description" || key6 === "amount" || key6 === "currency")) {
                    const err83 = { instancePath: instancePath + "/support/budget/" + i8, schemaPath: "#/properties/support/properties/budget/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.support.properties.budget.items, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err83];
                    } else {
                      vErrors.push(err83);
                    }
                    errors++;
                  }
                }
                if (data31.description !== void 0) {
                  let data32 = data31.description;
                  if (typeof data32 === "string") {
                    if (func2(data32) < 3) {
                      const err84 = { instancePath: instancePath + "/support/budget/" + i8 + "/description", schemaPath: "#/properties/support/properties/budget/items/properties/description/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema31.properties.support.properties.budget.items.properties.description, data: data32 };
                      if (vErrors === null) {
                        vErrors = [err84];
                      } else {
                        vErrors.push(err84);
                      }
                      errors++;
                    }
                  } else {
                    const err85 = { instancePath: instancePath + "/support/budget/" + i8 + "/description", schemaPath: "#/properties/support/properties/budget/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.support.properties.budget.items.properties.description.type, parentSchema: schema31.properties.support.properties.budget.items.properties.description, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err85];
                    } else {
                      vErrors.push(err85);
                    }
                    errors++;
                  }
                }
                if (data31.amount !== void 0) {
                  let data33 = data31.amount;
                  if (typeof data33 == "number" && isFinite(data33)) {
                    if (data33 < 0 || isNaN(data33)) {
                      const err86 = { instancePath: instancePath + "/support/budget/" + i8 + "/amount", schemaPath: "#/properties/support/properties/budget/items/properties/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.support.properties.budget.items.properties.amount, data: data33 };
                      if (vErrors === null) {
                        vErrors = [err86];
                      } else {
                        vErrors.push(err86);
                      }
                      errors++;
                    }
                  } else {
                    const err87 = { instancePath: instancePath + "/support/budget/" + i8 + "/amount", schemaPath: "#/properties/support/properties/budget/items/properties/amount/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.support.properties.budget.items.properties.amount.type, parentSchema: schema31.properties.support.properties.budget.items.properties.amount, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err87];
                    } else {
                      vErrors.push(err87);
                    }
                    errors++;
                  }
                }
                if (data31.currency !== void 0) {
                  let data34 = data31.currency;
                  if (typeof data34 === "string") {
                    if (!pattern8.test(data34)) {
                      const err88 = { instancePath: instancePath + "/support/budget/" + i8 + "/currency", schemaPath: "#/properties/support/properties/budget/items/properties/currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"', schema: "^[A-Z]{3}$", parentSchema: schema31.properties.support.properties.budget.items.properties.currency, data: data34 };
                      if (vErrors === null) {
                        vErrors = [err88];
                      } else {
                        vErrors.push(err88);
                      }
                      errors++;
                    }
                  } else {
                    const err89 = { instancePath: instancePath + "/support/budget/" + i8 + "/currency", schemaPath: "#/properties/support/properties/budget/items/properties/currency/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.support.properties.budget.items.properties.currency.type, parentSchema: schema31.properties.support.properties.budget.items.properties.currency, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err89];
                    } else {
                      vErrors.push(err89);
                    }
                    errors++;
                  }
                }
              } else {
                const err90 = { instancePath: instancePath + "/support/budget/" + i8, schemaPath: "#/properties/support/properties/budget/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.support.properties.budget.items.type, parentSchema: schema31.properties.support.properties.budget.items, data: data31 };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
          } else {
            const err91 = { instancePath: instancePath + "/support/budget", schemaPath: "#/properties/support/properties/budget/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.support.properties.budget.type, parentSchema: schema31.properties.support.properties.budget, data: data30 };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
      } else {
        const err92 = { instancePath: instancePath + "/support", schemaPath: "#/properties/support/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.support.type, parentSchema: schema31.properties.support, data: data27 };
        if (vErrors === null) {
          vErrors = [err92];
        } else {
          vErrors.push(err92);
        }
        errors++;
      }
    }
    if (data.reporting !== void 0) {
      let data35 = data.reporting;
      if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
        for (const key7 in data35) {
          if (!(key7 === "cadence")) {
            const err93 = { instancePath: instancePath + "/reporting", schemaPath: "#/properties/reporting/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.reporting, data: data35 };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
        if (data35.cadence !== void 0) {
          let data36 = data35.cadence;
          if (!(data36 === "monthly" || data36 === "quarterly")) {
            const err94 = { instancePath: instancePath + "/reporting/cadence", schemaPath: "#/properties/reporting/properties/cadence/enum", keyword: "enum", params: { allowedValues: schema31.properties.reporting.properties.cadence.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.reporting.properties.cadence.enum, parentSchema: schema31.properties.reporting.properties.cadence, data: data36 };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
        }
      } else {
        const err95 = { instancePath: instancePath + "/reporting", schemaPath: "#/properties/reporting/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.reporting.type, parentSchema: schema31.properties.reporting, data: data35 };
        if (vErrors === null) {
          vErrors = [err95];
        } else {
          vErrors.push(err95);
        }
        errors++;
      }
    }
  } else {
    const err96 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err96];
    } else {
      vErrors.push(err96);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var report = validate21;
var schema35 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:wgbot:schema:report", "title": "Monthly work group report", "description": "One monthly report, stored as workgroups/<slug>/reports/<YYYY-MM>.yml and added by a pull request.", "type": "object", "additionalProperties": false, "required": ["workgroup", "period", "submitted_by", "highlights"], "properties": { "workgroup": { "title": "Work group", "description": "Slug of the work group this report is for. Must equal the folder name under workgroups/.", "type": "string", "pattern": "^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$", "examples": ["packaging"] }, "period": { "title": "Period", "description": "The month reported on, as YYYY-MM. Must equal the file name.", "type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$", "examples": ["2026-10"] }, "submitted_by": { "title": "Submitted by", "description": "GitHub login of the chair or member who wrote the report.", "$ref": "#/$defs/login" }, "highlights": { "title": "Highlights", "description": "The most important outcomes of the month.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 3 }, "examples": [["Released the new packaging guide"]] }, "activities": { "title": "Activities", "description": "What the work group did this month.", "type": "array", "items": { "type": "string", "minLength": 3 }, "examples": [["Two sprint sessions with 14 contributors"]] }, "metrics": { "title": "Metrics", "description": "Numbers that show progress.", "type": "array", "items": { "title": "Metric", "description": "One measured value.", "type": "object", "additionalProperties": false, "required": ["name", "value"], "properties": { "name": { "title": "Metric name", "description": "What was measured.", "type": "string", "minLength": 1, "examples": ["Pull requests merged"] }, "value": { "title": "Value", "description": "The measured value, as a number.", "type": "number", "examples": [42] }, "unit": { "title": "Unit", "description": "Unit of the value, if any.", "type": "string", "examples": ["hours"] } } } }, "spending": { "title": "Spending", "description": "Money spent this month from the work group's budget.", "type": "array", "items": { "title": "Expense", "description": "One expense.", "type": "object", "additionalProperties": false, "required": ["description", "amount"], "properties": { "description": { "title": "Description", "description": "What the money paid for.", "type": "string", "minLength": 3, "examples": ["Captioning service"] }, "amount": { "title": "Amount", "description": "The amount spent, as a number without currency sign.", "type": "number", "minimum": 0, "examples": [300] }, "currency": { "title": "Currency", "description": "ISO 4217 code; the config's base currency when omitted.", "type": "string", "pattern": "^[A-Z]{3}$", "examples": ["USD"] } } } }, "blockers": { "title": "Blockers", "description": "What slows the work group down.", "type": "array", "items": { "type": "string", "minLength": 3 }, "examples": [["Waiting for a new mailing list"]] }, "board_asks": { "title": "Asks of the board", "description": "Decisions or help the work group needs from the board. A non-empty list puts the report on the next board agenda.", "type": "array", "items": { "type": "string", "minLength": 3 }, "examples": [["Approve a 2,000 USD budget for captioning"]] }, "next_steps": { "title": "Next steps", "description": "What the work group plans for next month.", "type": "array", "items": { "type": "string", "minLength": 3 }, "examples": [["Publish the survey results"]] } }, "$defs": { "login": { "title": "GitHub login", "description": "A GitHub user name, without the @.", "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "examples": ["alice"] } } };
var schema36 = { "title": "GitHub login", "description": "A GitHub user name, without the @.", "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "examples": ["alice"] };
var pattern10 = new RegExp("^[0-9]{4}-(0[1-9]|1[0-2])$", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.workgroup === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "workgroup" }, message: "must have required property 'workgroup'", schema: schema35.required, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.period === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "period" }, message: "must have required property 'period'", schema: schema35.required, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.submitted_by === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "submitted_by" }, message: "must have required property 'submitted_by'", schema: schema35.required, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.highlights === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "highlights" }, message: "must have required property 'highlights'", schema: schema35.required, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema35.properties, key0)) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.workgroup !== void 0) {
      let data0 = data.workgroup;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err5 = { instancePath: instancePath + "/workgroup", schemaPath: "#/properties/workgroup/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$"', schema: "^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$", parentSchema: schema35.properties.workgroup, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/workgroup", schemaPath: "#/properties/workgroup/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.workgroup.type, parentSchema: schema35.properties.workgroup, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.period !== void 0) {
      let data1 = data.period;
      if (typeof data1 === "string") {
        if (!pattern10.test(data1)) {
          const err7 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])$" }, message: 'must match pattern "^[0-9]{4}-(0[1-9]|1[0-2])$"', schema: "^[0-9]{4}-(0[1-9]|1[0-2])$", parentSchema: schema35.properties.period, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.period.type, parentSchema: schema35.properties.period, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.submitted_by !== void 0) {
      let data2 = data.submitted_by;
      if (typeof data2 === "string") {
        if (!pattern5.test(data2)) {
          const err9 = { instancePath: instancePath + "/submitted_by", schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"', schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema36, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/submitted_by", schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.highlights !== void 0) {
      let data3 = data.highlights;
      if (Array.isArray(data3)) {
        if (data3.length < 1) {
          const err11 = { instancePath: instancePath + "/highlights", schemaPath: "#/properties/highlights/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema35.properties.highlights, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 === "string") {
            if (func2(data4) < 3) {
              const err12 = { instancePath: instancePath + "/highlights/" + i0, schemaPath: "#/properties/highlights/items/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema35.properties.highlights.items, data: data4 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/highlights/" + i0, schemaPath: "#/properties/highlights/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.highlights.items.type, parentSchema: schema35.properties.highlights.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/highlights", schemaPath: "#/properties/highlights/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.highlights.type, parentSchema: schema35.properties.highlights, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.activities !== void 0) {
      let data5 = data.activities;
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data6 = data5[i1];
          if (typeof data6 === "string") {
            if (func2(data6) < 3) {
              const err15 = { instancePath: instancePath + "/activities/" + i1, schemaPath: "#/properties/activities/items/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema35.properties.activities.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/activities/" + i1, schemaPath: "#/properties/activities/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.activities.items.type, parentSchema: schema35.properties.activities.items, data: data6 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/activities", schemaPath: "#/properties/activities/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.activities.type, parentSchema: schema35.properties.activities, data: data5 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data7 = data.metrics;
      if (Array.isArray(data7)) {
        const len2 = data7.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data8 = data7[i2];
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.name === void 0) {
              const err18 = { instancePath: instancePath + "/metrics/" + i2, schemaPath: "#/properties/metrics/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema35.properties.metrics.items.required, parentSchema: schema35.properties.metrics.items, data: data8 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data8.value === void 0) {
              const err19 = { instancePath: instancePath + "/metrics/" + i2, schemaPath: "#/properties/metrics/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema35.properties.metrics.items.required, parentSchema: schema35.properties.metrics.items, data: data8 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            for (const key1 in data8) {
              if (!(key1 === "name" || key1 === "value" || key1 === "unit")) {
                const err20 = { instancePath: instancePath + "/metrics/" + i2, schemaPath: "#/properties/metrics/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.metrics.items, data: data8 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data8.name !== void 0) {
              let data9 = data8.name;
              if (typeof data9 === "string") {
                if (func2(data9) < 1) {
                  const err21 = { instancePath: instancePath + "/metrics/" + i2 + "/name", schemaPath: "#/properties/metrics/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.properties.metrics.items.properties.name, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              } else {
                const err22 = { instancePath: instancePath + "/metrics/" + i2 + "/name", schemaPath: "#/properties/metrics/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.metrics.items.properties.name.type, parentSchema: schema35.properties.metrics.items.properties.name, data: data9 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data8.value !== void 0) {
              let data10 = data8.value;
              if (!(typeof data10 == "number" && isFinite(data10))) {
                const err23 = { instancePath: instancePath + "/metrics/" + i2 + "/value", schemaPath: "#/properties/metrics/items/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema35.properties.metrics.items.properties.value.type, parentSchema: schema35.properties.metrics.items.properties.value, data: data10 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data8.unit !== void 0) {
              let data11 = data8.unit;
              if (typeof data11 !== "string") {
                const err24 = { instancePath: instancePath + "/metrics/" + i2 + "/unit", schemaPath: "#/properties/metrics/items/properties/unit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.metrics.items.properties.unit.type, parentSchema: schema35.properties.metrics.items.properties.unit, data: data11 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          } else {
            const err25 = { instancePath: instancePath + "/metrics/" + i2, schemaPath: "#/properties/metrics/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.metrics.items.type, parentSchema: schema35.properties.metrics.items, data: data8 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.metrics.type, parentSchema: schema35.properties.metrics, data: data7 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.spending !== void 0) {
      let data12 = data.spending;
      if (Array.isArray(data12)) {
        const len3 = data12.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data13 = data12[i3];
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            if (data13.description === void 0) {
              const err27 = { instancePath: instancePath + "/spending/" + i3, schemaPath: "#/properties/spending/items/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema35.properties.spending.items.required, parentSchema: schema35.properties.spending.items, data: data13 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data13.amount === void 0) {
              const err28 = { instancePath: instancePath + "/spending/" + i3, schemaPath: "#/properties/spending/items/required", keyword: "required", params: { missingProperty: "amount" }, message: "must have required property 'amount'", schema: schema35.properties.spending.items.required, parentSchema: schema35.properties.spending.items, data: data13 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            for (const key2 in data13) {
              if (!(key2 === "description" || key2 === "amount" || key2 === "currency")) {
                const err29 = { instancePath: instancePath + "/spending/" + i3, schemaPath: "#/properties/spending/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.spending.items, data: data13 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data13.description !== void 0) {
              let data14 = data13.description;
              if (typeof data14 === "string") {
                if (func2(data14) < 3) {
                  const err30 = { instancePath: instancePath + "/spending/" + i3 + "/description", schemaPath: "#/properties/spending/items/properties/description/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema35.properties.spending.items.properties.description, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              } else {
                const err31 = { instancePath: instancePath + "/spending/" + i3 + "/description", schemaPath: "#/properties/spending/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.spending.items.properties.description.type, parentSchema: schema35.properties.spending.items.properties.description, data: data14 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data13.amount !== void 0) {
              let data15 = data13.amount;
              if (typeof data15 == "number" && isFinite(data15)) {
                if (data15 < 0 || isNaN(data15)) {
                  const err32 = { instancePath: instancePath + "/spending/" + i3 + "/amount", schemaPath: "#/properties/spending/items/properties/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema35.properties.spending.items.properties.amount, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              } else {
                const err33 = { instancePath: instancePath + "/spending/" + i3 + "/amount", schemaPath: "#/properties/spending/items/properties/amount/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema35.properties.spending.items.properties.amount.type, parentSchema: schema35.properties.spending.items.properties.amount, data: data15 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data13.currency !== void 0) {
              let data16 = data13.currency;
              if (typeof data16 === "string") {
                if (!pattern8.test(data16)) {
                  const err34 = { instancePath: instancePath + "/spending/" + i3 + "/currency", schemaPath: "#/properties/spending/items/properties/currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"', schema: "^[A-Z]{3}$", parentSchema: schema35.properties.spending.items.properties.currency, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              } else {
                const err35 = { instancePath: instancePath + "/spending/" + i3 + "/currency", schemaPath: "#/properties/spending/items/properties/currency/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.spending.items.properties.currency.type, parentSchema: schema35.properties.spending.items.properties.currency, data: data16 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
          } else {
            const err36 = { instancePath: instancePath + "/spending/" + i3, schemaPath: "#/properties/spending/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.spending.items.type, parentSchema: schema35.properties.spending.items, data: data13 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/spending", schemaPath: "#/properties/spending/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.spending.type, parentSchema: schema35.properties.spending, data: data12 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.blockers !== void 0) {
      let data17 = data.blockers;
      if (Array.isArray(data17)) {
        const len4 = data17.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data18 = data17[i4];
          if (typeof data18 === "string") {
            if (func2(data18) < 3) {
              const err38 = { instancePath: instancePath + "/blockers/" + i4, schemaPath: "#/properties/blockers/items/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema35.properties.blockers.items, data: data18 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          } else {
            const err39 = { instancePath: instancePath + "/blockers/" + i4, schemaPath: "#/properties/blockers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.blockers.items.type, parentSchema: schema35.properties.blockers.items, data: data18 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/blockers", schemaPath: "#/properties/blockers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.blockers.type, parentSchema: schema35.properties.blockers, data: data17 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.board_asks !== void 0) {
      let data19 = data.board_asks;
      if (Array.isArray(data19)) {
        const len5 = data19.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data20 = data19[i5];
          if (typeof data20 === "string") {
            if (func2(data20) < 3) {
              const err41 = { instancePath: instancePath + "/board_asks/" + i5, schemaPath: "#/properties/board_asks/items/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema35.properties.board_asks.items, data: data20 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          } else {
            const err42 = { instancePath: instancePath + "/board_asks/" + i5, schemaPath: "#/properties/board_asks/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.board_asks.items.type, parentSchema: schema35.properties.board_asks.items, data: data20 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/board_asks", schemaPath: "#/properties/board_asks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.board_asks.type, parentSchema: schema35.properties.board_asks, data: data19 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.next_steps !== void 0) {
      let data21 = data.next_steps;
      if (Array.isArray(data21)) {
        const len6 = data21.length;
        for (let i6 = 0; i6 < len6; i6++) {
          let data22 = data21[i6];
          if (typeof data22 === "string") {
            if (func2(data22) < 3) {
              const err44 = { instancePath: instancePath + "/next_steps/" + i6, schemaPath: "#/properties/next_steps/items/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema35.properties.next_steps.items, data: data22 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = { instancePath: instancePath + "/next_steps/" + i6, schemaPath: "#/properties/next_steps/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.next_steps.items.type, parentSchema: schema35.properties.next_steps.items, data: data22 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/next_steps", schemaPath: "#/properties/next_steps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.next_steps.type, parentSchema: schema35.properties.next_steps, data: data21 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
  } else {
    const err47 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data };
    if (vErrors === null) {
      vErrors = [err47];
    } else {
      vErrors.push(err47);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var grant = validate22;
var schema37 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:wgbot:schema:grant", "title": "Grant request", "description": "A structured grant request, as parsed from the 'Grant request' issue form.", "type": "object", "additionalProperties": false, "required": ["applicant", "organisation", "grant_type", "event", "requested", "budget"], "properties": { "applicant": { "title": "Applicant", "description": "The person who asks for the grant.", "type": "object", "additionalProperties": false, "required": ["name", "github"], "properties": { "name": { "title": "Name", "description": "The applicant's name.", "type": "string", "minLength": 1, "examples": ["Ada Lovelace"] }, "github": { "title": "GitHub login", "description": "The applicant's GitHub login.", "$ref": "#/$defs/login" }, "email": { "title": "Email", "description": "Where the Grants WG can write to the applicant.", "type": "string", "format": "email", "examples": ["ada@example.org"] } } }, "organisation": { "title": "Organisation", "description": "The group or organisation that runs the event.", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "title": "Organisation name", "description": "Name of the organising group.", "type": "string", "minLength": 1, "examples": ["PyCon Example"] }, "website": { "title": "Organisation website", "description": "The organisation's web site.", "type": "string", "format": "uri", "examples": ["https://example.org"] } } }, "grant_type": { "title": "Grant type", "description": "conference, workshop, sprint, meetup (user group), or deposit-advance (money for a new event's venue or vendor deposits before sponsorship or ticket sales arrive).", "enum": ["conference", "workshop", "sprint", "meetup", "deposit-advance"], "examples": ["conference"] }, "event": { "title": "Event", "description": "The event the grant supports.", "type": "object", "additionalProperties": false, "required": ["name", "start_date", "end_date", "location", "expected_attendees"], "properties": { "name": { "title": "Event name", "description": "Name of the event.", "type": "string", "minLength": 1, "examples": ["PyCon Example 2027"] }, "start_date": { "title": "Start date", "description": "First day of the event, YYYY-MM-DD.", "type": "string", "format": "date", "examples": ["2027-03-14"] }, "end_date": { "title": "End date", "description": "Last day of the event, YYYY-MM-DD.", "type": "string", "format": "date", "examples": ["2027-03-16"] }, "location": { "title": "Location", "description": "City and country, or 'Online'.", "type": "string", "minLength": 1, "examples": ["Lisbon, Portugal"] }, "online": { "title": "Online", "description": "true when the event is held online.", "type": "boolean", "examples": [false] }, "website": { "title": "Event website", "description": "The event's web site.", "type": "string", "format": "uri", "examples": ["https://2027.pycon.example.org"] }, "expected_attendees": { "title": "Expected attendees", "description": "How many people are expected to attend.", "type": "integer", "minimum": 1, "examples": [350] } } }, "requested": { "title": "Requested amount", "description": "How much money is requested.", "type": "object", "additionalProperties": false, "required": ["amount", "currency"], "properties": { "amount": { "title": "Amount", "description": "The amount requested, as a number.", "type": "number", "exclusiveMinimum": 0, "examples": [5e3] }, "currency": { "title": "Currency", "description": "ISO 4217 code of the amount.", "type": "string", "pattern": "^[A-Z]{3}$", "examples": ["USD"] } } }, "budget": { "title": "Budget", "description": "The detailed budget: each item tied to a specific cost and directly related to the event.", "type": "array", "minItems": 1, "items": { "title": "Budget item", "description": "One cost.", "type": "object", "additionalProperties": false, "required": ["description", "cost"], "properties": { "description": { "title": "Description", "description": "What the money pays for.", "type": "string", "minLength": 1, "examples": ["Venue rental"] }, "category": { "title": "Category", "description": "A short category such as venue, catering, travel, accessibility, childcare, speakers, swag.", "type": "string", "examples": ["venue"] }, "cost": { "title": "Cost", "description": "The cost of the item, as a number.", "type": "number", "minimum": 0, "examples": [1200] }, "currency": { "title": "Currency", "description": "ISO 4217 code; the requested currency when omitted.", "type": "string", "pattern": "^[A-Z]{3}$", "examples": ["USD"] }, "essential": { "title": "Essential", "description": "true when the event cannot happen without this item.", "type": "boolean", "examples": [true] } } } }, "other_funding": { "title": "Other funding sources", "description": "Sponsors, ticket sales and other grants that also fund the event.", "type": "array", "items": { "type": "string", "minLength": 1 }, "examples": [["Ticket sales", "Local sponsors"]] }, "code_of_conduct": { "title": "Code of Conduct", "description": "The event's Code of Conduct and who to contact about it. Whether it is required is policy: see grants.require_code_of_conduct in the config.", "type": "object", "additionalProperties": false, "properties": { "url": { "title": "Code of Conduct URL", "description": "Where the Code of Conduct is published.", "type": "string", "format": "uri", "examples": ["https://2027.pycon.example.org/coc"] }, "contact": { "title": "Code of Conduct contact", "description": "Who handles reports (an email address or a name).", "type": "string", "minLength": 1, "examples": ["coc@pycon.example.org"] } } }, "previous_grants": { "title": "Previous grants", "description": "Earlier grants from the foundation to this event or organisation.", "type": "array", "items": { "type": "string", "minLength": 1 }, "examples": [["2025: 3,000 USD for PyCon Example 2025"]] }, "deposit": { "title": "Deposit", "description": "For a deposit advance: the quote or invoice it pays and when the deposit is due.", "type": "object", "additionalProperties": false, "required": ["quote", "due_date"], "properties": { "quote": { "title": "Quote or invoice", "description": "A link to, or the reference of, the quote or invoice the deposit pays.", "type": "string", "minLength": 3, "examples": ["https://example.org/venue-quote.pdf"] }, "due_date": { "title": "Deposit due date", "description": "When the deposit must be paid, YYYY-MM-DD. The lead time is counted to this date.", "type": "string", "format": "date", "examples": ["2027-01-10"] } } } }, "if": { "properties": { "grant_type": { "const": "deposit-advance" } }, "required": ["grant_type"] }, "then": { "required": ["deposit"] }, "$defs": { "login": { "title": "GitHub login", "description": "A GitHub user name, without the @.", "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "examples": ["alice"] } } };
var schema38 = { "title": "GitHub login", "description": "A GitHub user name, without the @.", "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "examples": ["alice"] };
var formats8 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.grant_type === void 0 && (missing0 = "grant_type")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.grant_type !== void 0) {
        if ("deposit-advance" !== data.grant_type) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.deposit === void 0) {
        const err2 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "deposit" }, message: "must have required property 'deposit'", schema: schema37.then.required, parentSchema: schema37.then, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema37.if, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.applicant === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "applicant" }, message: "must have required property 'applicant'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.organisation === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "organisation" }, message: "must have required property 'organisation'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.grant_type === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "grant_type" }, message: "must have required property 'grant_type'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.event === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "event" }, message: "must have required property 'event'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.requested === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requested" }, message: "must have required property 'requested'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.budget === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "budget" }, message: "must have required property 'budget'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema37.properties, key0)) {
        const err10 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37, data };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.applicant !== void 0) {
      let data1 = data.applicant;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.name === void 0) {
          const err11 = { instancePath: instancePath + "/applicant", schemaPath: "#/properties/applicant/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema37.properties.applicant.required, parentSchema: schema37.properties.applicant, data: data1 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data1.github === void 0) {
          const err12 = { instancePath: instancePath + "/applicant", schemaPath: "#/properties/applicant/required", keyword: "required", params: { missingProperty: "github" }, message: "must have required property 'github'", schema: schema37.properties.applicant.required, parentSchema: schema37.properties.applicant, data: data1 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "name" || key1 === "github" || key1 === "email")) {
            const err13 = { instancePath: instancePath + "/applicant", schemaPath: "#/properties/applicant/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.properties.applicant, data: data1 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data1.name !== void 0) {
          let data2 = data1.name;
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err14 = { instancePath: instancePath + "/applicant/name", schemaPath: "#/properties/applicant/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.applicant.properties.name, data: data2 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/applicant/name", schemaPath: "#/properties/applicant/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.applicant.properties.name.type, parentSchema: schema37.properties.applicant.properties.name, data: data2 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data1.github !== void 0) {
          let data3 = data1.github;
          if (typeof data3 === "string") {
            if (!pattern5.test(data3)) {
              const err16 = { instancePath: instancePath + "/applicant/github", schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"', schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema38, data: data3 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/applicant/github", schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data3 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data1.email !== void 0) {
          let data4 = data1.email;
          if (typeof data4 === "string") {
            if (!formats8.test(data4)) {
              const err18 = { instancePath: instancePath + "/applicant/email", schemaPath: "#/properties/applicant/properties/email/format", keyword: "format", params: { format: "email" }, message: 'must match format "email"', schema: "email", parentSchema: schema37.properties.applicant.properties.email, data: data4 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/applicant/email", schemaPath: "#/properties/applicant/properties/email/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.applicant.properties.email.type, parentSchema: schema37.properties.applicant.properties.email, data: data4 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/applicant", schemaPath: "#/properties/applicant/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.properties.applicant.type, parentSchema: schema37.properties.applicant, data: data1 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.organisation !== void 0) {
      let data5 = data.organisation;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.name === void 0) {
          const err21 = { instancePath: instancePath + "/organisation", schemaPath: "#/properties/organisation/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema37.properties.organisation.required, parentSchema: schema37.properties.organisation, data: data5 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        for (const key2 in data5) {
          if (!(key2 === "name" || key2 === "website")) {
            const err22 = { instancePath: instancePath + "/organisation", schemaPath: "#/properties/organisation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.properties.organisation, data: data5 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data5.name !== void 0) {
          let data6 = data5.name;
          if (typeof data6 === "string") {
            if (func2(data6) < 1) {
              const err23 = { instancePath: instancePath + "/organisation/name", schemaPath: "#/properties/organisation/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.organisation.properties.name, data: data6 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/organisation/name", schemaPath: "#/properties/organisation/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.organisation.properties.name.type, parentSchema: schema37.properties.organisation.properties.name, data: data6 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data5.website !== void 0) {
          let data7 = data5.website;
          if (typeof data7 === "string") {
            if (!formats6(data7)) {
              const err25 = { instancePath: instancePath + "/organisation/website", schemaPath: "#/properties/organisation/properties/website/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema37.properties.organisation.properties.website, data: data7 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/organisation/website", schemaPath: "#/properties/organisation/properties/website/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.organisation.properties.website.type, parentSchema: schema37.properties.organisation.properties.website, data: data7 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/organisation", schemaPath: "#/properties/organisation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.properties.organisation.type, parentSchema: schema37.properties.organisation, data: data5 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.grant_type !== void 0) {
      let data8 = data.grant_type;
      if (!(data8 === "conference" || data8 === "workshop" || data8 === "sprint" || data8 === "meetup" || data8 === "deposit-advance")) {
        const err28 = { instancePath: instancePath + "/grant_type", schemaPath: "#/properties/grant_type/enum", keyword: "enum", params: { allowedValues: schema37.properties.grant_type.enum }, message: "must be equal to one of the allowed values", schema: schema37.properties.grant_type.enum, parentSchema: schema37.properties.grant_type, data: data8 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.event !== void 0) {
      let data9 = data.event;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.name === void 0) {
          const err29 = { instancePath: instancePath + "/event", schemaPath: "#/properties/event/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema37.properties.event.required, parentSchema: schema37.properties.event, data: data9 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data9.start_date === void 0) {
          const err30 = { instancePath: instancePath + "/event", schemaPath: "#/properties/event/required", keyword: "required", params: { missingProperty: "start_date" }, message: "must have required property 'start_date'", schema: schema37.properties.event.required, parentSchema: schema37.properties.event, data: data9 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (data9.end_date === void 0) {
          const err31 = { instancePath: instancePath + "/event", schemaPath: "#/properties/event/required", keyword: "required", params: { missingProperty: "end_date" }, message: "must have required property 'end_date'", schema: schema37.properties.event.required, parentSchema: schema37.properties.event, data: data9 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (data9.location === void 0) {
          const err32 = { instancePath: instancePath + "/event", schemaPath: "#/properties/event/required", keyword: "required", params: { missingProperty: "location" }, message: "must have required property 'location'", schema: schema37.properties.event.required, parentSchema: schema37.properties.event, data: data9 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (data9.expected_attendees === void 0) {
          const err33 = { instancePath: instancePath + "/event", schemaPath: "#/properties/event/required", keyword: "required", params: { missingProperty: "expected_attendees" }, message: "must have required property 'expected_attendees'", schema: schema37.properties.event.required, parentSchema: schema37.properties.event, data: data9 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        for (const key3 in data9) {
          if (!(key3 === "name" || key3 === "start_date" || key3 === "end_date" || key3 === "location" || key3 === "online" || key3 === "website" || key3 === "expected_attendees")) {
            const err34 = { instancePath: instancePath + "/event", schemaPath: "#/properties/event/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.properties.event, data: data9 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data9.name !== void 0) {
          let data10 = data9.name;
          if (typeof data10 === "string") {
            if (func2(data10) < 1) {
              const err35 = { instancePath: instancePath + "/event/name", schemaPath: "#/properties/event/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.event.properties.name, data: data10 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = { instancePath: instancePath + "/event/name", schemaPath: "#/properties/event/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.event.properties.name.type, parentSchema: schema37.properties.event.properties.name, data: data10 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data9.start_date !== void 0) {
          let data11 = data9.start_date;
          if (typeof data11 === "string") {
            if (!formats0.validate(data11)) {
              const err37 = { instancePath: instancePath + "/event/start_date", schemaPath: "#/properties/event/properties/start_date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema37.properties.event.properties.start_date, data: data11 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          } else {
            const err38 = { instancePath: instancePath + "/event/start_date", schemaPath: "#/properties/event/properties/start_date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.event.properties.start_date.type, parentSchema: schema37.properties.event.properties.start_date, data: data11 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data9.end_date !== void 0) {
          let data12 = data9.end_date;
          if (typeof data12 === "string") {
            if (!formats0.validate(data12)) {
              const err39 = { instancePath: instancePath + "/event/end_date", schemaPath: "#/properties/event/properties/end_date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema37.properties.event.properties.end_date, data: data12 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          } else {
            const err40 = { instancePath: instancePath + "/event/end_date", schemaPath: "#/properties/event/properties/end_date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.event.properties.end_date.type, parentSchema: schema37.properties.event.properties.end_date, data: data12 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data9.location !== void 0) {
          let data13 = data9.location;
          if (typeof data13 === "string") {
            if (func2(data13) < 1) {
              const err41 = { instancePath: instancePath + "/event/location", schemaPath: "#/properties/event/properties/location/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.event.properties.location, data: data13 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          } else {
            const err42 = { instancePath: instancePath + "/event/location", schemaPath: "#/properties/event/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.event.properties.location.type, parentSchema: schema37.properties.event.properties.location, data: data13 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data9.online !== void 0) {
          let data14 = data9.online;
          if (typeof data14 !== "boolean") {
            const err43 = { instancePath: instancePath + "/event/online", schemaPath: "#/properties/event/properties/online/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema37.properties.event.properties.online.type, parentSchema: schema37.properties.event.properties.online, data: data14 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data9.website !== void 0) {
          let data15 = data9.website;
          if (typeof data15 === "string") {
            if (!formats6(data15)) {
              const err44 = { instancePath: instancePath + "/event/website", schemaPath: "#/properties/event/properties/website/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema37.properties.event.properties.website, data: data15 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = { instancePath: instancePath + "/event/website", schemaPath: "#/properties/event/properties/website/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.event.properties.website.type, parentSchema: schema37.properties.event.properties.website, data: data15 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data9.expected_attendees !== void 0) {
          let data16 = data9.expected_attendees;
          if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
            const err46 = { instancePath: instancePath + "/event/expected_attendees", schemaPath: "#/properties/event/properties/expected_attendees/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema37.properties.event.properties.expected_attendees.type, parentSchema: schema37.properties.event.properties.expected_attendees, data: data16 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
          if (typeof data16 == "number" && isFinite(data16)) {
            if (data16 < 1 || isNaN(data16)) {
              const err47 = { instancePath: instancePath + "/event/expected_attendees", schemaPath: "#/properties/event/properties/expected_attendees/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema37.properties.event.properties.expected_attendees, data: data16 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/event", schemaPath: "#/properties/event/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.properties.event.type, parentSchema: schema37.properties.event, data: data9 };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.requested !== void 0) {
      let data17 = data.requested;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.amount === void 0) {
          const err49 = { instancePath: instancePath + "/requested", schemaPath: "#/properties/requested/required", keyword: "required", params: { missingProperty: "amount" }, message: "must have required property 'amount'", schema: schema37.properties.requested.required, parentSchema: schema37.properties.requested, data: data17 };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
        if (data17.currency === void 0) {
          const err50 = { instancePath: instancePath + "/requested", schemaPath: "#/properties/requested/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'", schema: schema37.properties.requested.required, parentSchema: schema37.properties.requested, data: data17 };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
        for (const key4 in data17) {
          if (!(key4 === "amount" || key4 === "currency")) {
            const err51 = { instancePath: instancePath + "/requested", schemaPath: "#/properties/requested/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.properties.requested, data: data17 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data17.amount !== void 0) {
          let data18 = data17.amount;
          if (typeof data18 == "number" && isFinite(data18)) {
            if (data18 <= 0 || isNaN(data18)) {
              const err52 = { instancePath: instancePath + "/requested/amount", schemaPath: "#/properties/requested/properties/amount/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema37.properties.requested.properties.amount, data: data18 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          } else {
            const err53 = { instancePath: instancePath + "/requested/amount", schemaPath: "#/properties/requested/properties/amount/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema37.properties.requested.properties.amount.type, parentSchema: schema37.properties.requested.properties.amount, data: data18 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data17.currency !== void 0) {
          let data19 = data17.currency;
          if (typeof data19 === "string") {
            if (!pattern8.test(data19)) {
              const err54 = { instancePath: instancePath + "/requested/currency", schemaPath: "#/properties/requested/properties/currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"', schema: "^[A-Z]{3}$", parentSchema: schema37.properties.requested.properties.currency, data: data19 };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          } else {
            const err55 = { instancePath: instancePath + "/requested/currency", schemaPath: "#/properties/requested/properties/currency/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.requested.properties.currency.type, parentSchema: schema37.properties.requested.properties.currency, data: data19 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
      } else {
        const err56 = { instancePath: instancePath + "/requested", schemaPath: "#/properties/requested/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.properties.requested.type, parentSchema: schema37.properties.requested, data: data17 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.budget !== void 0) {
      let data20 = data.budget;
      if (Array.isArray(data20)) {
        if (data20.length < 1) {
          const err57 = { instancePath: instancePath + "/budget", schemaPath: "#/properties/budget/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema37.properties.budget, data: data20 };
          if (vErrors === null) {
            vErrors = [err57];
          } else {
            vErrors.push(err57);
          }
          errors++;
        }
        const len0 = data20.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data21 = data20[i0];
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            if (data21.description === void 0) {
              const err58 = { instancePath: instancePath + "/budget/" + i0, schemaPath: "#/properties/budget/items/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema37.properties.budget.items.required, parentSchema: schema37.properties.budget.items, data: data21 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (data21.cost === void 0) {
              const err59 = { instancePath: instancePath + "/budget/" + i0, schemaPath: "#/properties/budget/items/required", keyword: "required", params: { missingProperty: "cost" }, message: "must have required property 'cost'", schema: schema37.properties.budget.items.required, parentSchema: schema37.properties.budget.items, data: data21 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            for (const key5 in data21) {
              if (!(key5 === "description" || key5 === "category" || key5 === "cost" || key5 === "currency" || key5 === "essential")) {
                const err60 = { instancePath: instancePath + "/budget/" + i0, schemaPath: "#/properties/budget/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.properties.budget.items, data: data21 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data21.description !== void 0) {
              let data22 = data21.description;
              if (typeof data22 === "string") {
                if (func2(data22) < 1) {
                  const err61 = { instancePath: instancePath + "/budget/" + i0 + "/description", schemaPath: "#/properties/budget/items/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.budget.items.properties.description, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
              } else {
                const err62 = { instancePath: instancePath + "/budget/" + i0 + "/description", schemaPath: "#/properties/budget/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.budget.items.properties.description.type, parentSchema: schema37.properties.budget.items.properties.description, data: data22 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data21.category !== void 0) {
              let data23 = data21.category;
              if (typeof data23 !== "string") {
                const err63 = { instancePath: instancePath + "/budget/" + i0 + "/category", schemaPath: "#/properties/budget/items/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.budget.items.properties.category.type, parentSchema: schema37.properties.budget.items.properties.category, data: data23 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data21.cost !== void 0) {
              let data24 = data21.cost;
              if (typeof data24 == "number" && isFinite(data24)) {
                if (data24 < 0 || isNaN(data24)) {
                  const err64 = { instancePath: instancePath + "/budget/" + i0 + "/cost", schemaPath: "#/properties/budget/items/properties/cost/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema37.properties.budget.items.properties.cost, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
              } else {
                const err65 = { instancePath: instancePath + "/budget/" + i0 + "/cost", schemaPath: "#/properties/budget/items/properties/cost/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema37.properties.budget.items.properties.cost.type, parentSchema: schema37.properties.budget.items.properties.cost, data: data24 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data21.currency !== void 0) {
              let data25 = data21.currency;
              if (typeof data25 === "string") {
                if (!pattern8.test(data25)) {
                  const err66 = { instancePath: instancePath + "/budget/" + i0 + "/currency", schemaPath: "#/properties/budget/items/properties/currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"', schema: "^[A-Z]{3}$", parentSchema: schema37.properties.budget.items.properties.currency, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
              } else {
                const err67 = { instancePath: instancePath + "/budget/" + i0 + "/currency", schemaPath: "#/properties/budget/items/properties/currency/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.budget.items.properties.currency.type, parentSchema: schema37.properties.budget.items.properties.currency, data: data25 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data21.essential !== void 0) {
              let data26 = data21.essential;
              if (typeof data26 !== "boolean") {
                const err68 = { instancePath: instancePath + "/budget/" + i0 + "/essential", schemaPath: "#/properties/budget/items/properties/essential/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema37.properties.budget.items.properties.essential.type, parentSchema: schema37.properties.budget.items.properties.essential, data: data26 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
          } else {
            const err69 = { instancePath: instancePath + "/budget/" + i0, schemaPath: "#/properties/budget/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.properties.budget.items.type, parentSchema: schema37.properties.budget.items, data: data21 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
      } else {
        const err70 = { instancePath: instancePath + "/budget", schemaPath: "#/properties/budget/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.properties.budget.type, parentSchema: schema37.properties.budget, data: data20 };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    }
    if (data.other_funding !== void 0) {
      let data27 = data.other_funding;
      if (Array.isArray(data27)) {
        const len1 = data27.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data28 = data27[i1];
          if (typeof data28 === "string") {
            if (func2(data28) < 1) {
              const err71 = { instancePath: instancePath + "/other_funding/" + i1, schemaPath: "#/properties/other_funding/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.other_funding.items, data: data28 };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
          } else {
            const err72 = { instancePath: instancePath + "/other_funding/" + i1, schemaPath: "#/properties/other_funding/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.other_funding.items.type, parentSchema: schema37.properties.other_funding.items, data: data28 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
      } else {
        const err73 = { instancePath: instancePath + "/other_funding", schemaPath: "#/properties/other_funding/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.properties.other_funding.type, parentSchema: schema37.properties.other_funding, data: data27 };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
    if (data.code_of_conduct !== void 0) {
      let data29 = data.code_of_conduct;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        for (const key6 in data29) {
          if (!(key6 === "url" || key6 === "contact")) {
            const err74 = { instancePath: instancePath + "/code_of_conduct", schemaPath: "#/properties/code_of_conduct/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.properties.code_of_conduct, data: data29 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
        if (data29.url !== void 0) {
          let data30 = data29.url;
          if (typeof data30 === "string") {
            if (!formats6(data30)) {
              const err75 = { instancePath: instancePath + "/code_of_conduct/url", schemaPath: "#/properties/code_of_conduct/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema37.properties.code_of_conduct.properties.url, data: data30 };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
          } else {
            const err76 = { instancePath: instancePath + "/code_of_conduct/url", schemaPath: "#/properties/code_of_conduct/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.code_of_conduct.properties.url.type, parentSchema: schema37.properties.code_of_conduct.properties.url, data: data30 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data29.contact !== void 0) {
          let data31 = data29.contact;
          if (typeof data31 === "string") {
            if (func2(data31) < 1) {
              const err77 = { instancePath: instancePath + "/code_of_conduct/contact", schemaPath: "#/properties/code_of_conduct/properties/contact/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.code_of_conduct.properties.contact, data: data31 };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          } else {
            const err78 = { instancePath: instancePath + "/code_of_conduct/contact", schemaPath: "#/properties/code_of_conduct/properties/contact/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.code_of_conduct.properties.contact.type, parentSchema: schema37.properties.code_of_conduct.properties.contact, data: data31 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
      } else {
        const err79 = { instancePath: instancePath + "/code_of_conduct", schemaPath: "#/properties/code_of_conduct/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.properties.code_of_conduct.type, parentSchema: schema37.properties.code_of_conduct, data: data29 };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
    }
    if (data.previous_grants !== void 0) {
      let data32 = data.previous_grants;
      if (Array.isArray(data32)) {
        const len2 = data32.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data33 = data32[i2];
          if (typeof data33 === "string") {
            if (func2(data33) < 1) {
              const err80 = { instancePath: instancePath + "/previous_grants/" + i2, schemaPath: "#/properties/previous_grants/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.previous_grants.items, data: data33 };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
          } else {
            const err81 = { instancePath: instancePath + "/previous_grants/" + i2, schemaPath: "#/properties/previous_grants/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.previous_grants.items.type, parentSchema: schema37.properties.previous_grants.items, data: data33 };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
      } else {
        const err82 = { instancePath: instancePath + "/previous_grants", schemaPath: "#/properties/previous_grants/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.properties.previous_grants.type, parentSchema: schema37.properties.previous_grants, data: data32 };
        if (vErrors === null) {
          vErrors = [err82];
        } else {
          vErrors.push(err82);
        }
        errors++;
      }
    }
    if (data.deposit !== void 0) {
      let data34 = data.deposit;
      if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
        if (data34.quote === void 0) {
          const err83 = { instancePath: instancePath + "/deposit", schemaPath: "#/properties/deposit/required", keyword: "required", params: { missingProperty: "quote" }, message: "must have required property 'quote'", schema: schema37.properties.deposit.required, parentSchema: schema37.properties.deposit, data: data34 };
          if (vErrors === null) {
            vErrors = [err83];
          } else {
            vErrors.push(err83);
          }
          errors++;
        }
        if (data34.due_date === void 0) {
          const err84 = { instancePath: instancePath + "/deposit", schemaPath: "#/properties/deposit/required", keyword: "required", params: { missingProperty: "due_date" }, message: "must have required property 'due_date'", schema: schema37.properties.deposit.required, parentSchema: schema37.properties.deposit, data: data34 };
          if (vErrors === null) {
            vErrors = [err84];
          } else {
            vErrors.push(err84);
          }
          errors++;
        }
        for (const key7 in data34) {
          if (!(key7 === "quote" || key7 === "due_date")) {
            const err85 = { instancePath: instancePath + "/deposit", schemaPath: "#/properties/deposit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.properties.deposit, data: data34 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
        if (data34.quote !== void 0) {
          let data35 = data34.quote;
          if (typeof data35 === "string") {
            if (func2(data35) < 3) {
              const err86 = { instancePath: instancePath + "/deposit/quote", schemaPath: "#/properties/deposit/properties/quote/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema37.properties.deposit.properties.quote, data: data35 };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
          } else {
            const err87 = { instancePath: instancePath + "/deposit/quote", schemaPath: "#/properties/deposit/properties/quote/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.deposit.properties.quote.type, parentSchema: schema37.properties.deposit.properties.quote, data: data35 };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
        if (data34.due_date !== void 0) {
          let data36 = data34.due_date;
          if (typeof data36 === "string") {
            if (!formats0.validate(data36)) {
              const err88 = { instancePath: instancePath + "/deposit/due_date", schemaPath: "#/properties/deposit/properties/due_date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema37.properties.deposit.properties.due_date, data: data36 };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
          } else {
            const err89 = { instancePath: instancePath + "/deposit/due_date", schemaPath: "#/properties/deposit/properties/due_date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.deposit.properties.due_date.type, parentSchema: schema37.properties.deposit.properties.due_date, data: data36 };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
        }
      } else {
        const err90 = { instancePath: instancePath + "/deposit", schemaPath: "#/properties/deposit/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.properties.deposit.type, parentSchema: schema37.properties.deposit, data: data34 };
        if (vErrors === null) {
          vErrors = [err90];
        } else {
          vErrors.push(err90);
        }
        errors++;
      }
    }
  } else {
    const err91 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err91];
    } else {
      vErrors.push(err91);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var config = validate23;
var schema39 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:wgbot:schema:config", "title": "wgbot configuration", "description": "The governance repository's .github/wgbot.yml. Everything is optional: a value left out comes from the preset.", "type": "object", "additionalProperties": false, "properties": { "_extends": { "title": "Extends", "description": "Another repository's wgbot config to start from, as Probot apps share an organisation's settings: other-repo (same owner, its .github/wgbot.yml), owner/repo, or owner/repo:path/to/file.yml. Read by the App and the Action from the default branch of that repository. This file's values win over it (objects merge key by key, lists replace); the file it names may not extend another.", "type": "string", "pattern": "^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/)?[A-Za-z0-9._-]{1,100}(?::[^\\s:]+)?$", "examples": ["governance-settings", "psf/.github:wgbot.yml"] }, "preset": { "title": "Preset", "description": "The policy this file starts from: psf (the PSF rules described by its board), psf-2026 (adds the 2026 Grants WG charter's caps and fast track) or dsf (the Django Software Foundation's working groups: chair, co-chair and board liaison, monthly or quarterly reports, a yearly review).", "enum": ["psf", "psf-2026", "dsf"], "examples": ["psf"], "default": "psf" }, "organisation": { "title": "Organisation", "description": "The foundation's name, as used in comments.", "type": "string", "minLength": 1, "examples": ["Python Software Foundation"], "default": "Python Software Foundation" }, "base_currency": { "title": "Base currency", "description": "ISO 4217 code all thresholds and caps are expressed in.", "type": "string", "pattern": "^[A-Z]{3}$", "examples": ["USD"], "default": "USD" }, "currency_rates": { "title": "Currency rates", "description": "The value of one unit of each other currency in the base currency, e.g. EUR: 1.08. A request in a currency not listed here gets a clear error.", "type": "object", "propertyNames": { "pattern": "^[A-Z]{3}$" }, "additionalProperties": { "type": "number", "exclusiveMinimum": 0 }, "examples": [{ "EUR": 1.08, "GBP": 1.27 }], "default": { "EUR": 1.08, "GBP": 1.27, "CAD": 0.73, "AUD": 0.66, "JPY": 67e-4, "INR": 0.012, "BRL": 0.18, "NGN": 65e-5 } }, "teams": { "title": "Teams", "description": "The GitHub teams (slugs in the repository's organisation) whose members may use commands.", "type": "object", "additionalProperties": false, "properties": { "board": { "title": "Board team", "description": "Team slug of the board; only its members may use /board.", "$ref": "#/$defs/teamSlug", "default": "board" }, "grants_wg": { "title": "Grants Work Group team", "description": "Team slug of the Grants Work Group; only its members may use /recommend.", "$ref": "#/$defs/teamSlug", "default": "grants-wg" }, "mention_grants_wg": { "title": "Mention the Grants WG", "description": "Whether the comment on a complete grant request mentions the Grants WG team.", "type": "boolean", "examples": [true], "default": true }, "mention_board": { "title": "Mention the board", "description": "Whether each meeting's agenda issue mentions the board team, so its members are notified when the agenda is opened (edits keep the same mention and notify no one again).", "type": "boolean", "examples": [true], "default": true } } }, "grants": { "title": "Grants policy", "description": "Rules applied to grant requests.", "type": "object", "additionalProperties": false, "properties": { "board_threshold": { "title": "Board threshold", "description": "Requests over this amount (in the base currency) go to the board after the Grants WG recommends.", "type": "number", "minimum": 0, "examples": [1e4], "default": 1e4 }, "minimum_lead_days": { "title": "Minimum lead time (days)", "description": "Requests filed fewer days than this before the event (or the deposit due date) are late.", "type": "integer", "minimum": 0, "examples": [42], "default": 42 }, "recommended_lead_days": { "title": "Recommended lead time (days)", "description": "Requests over the threshold filed fewer days than this before the event get a short-notice warning.", "type": "integer", "minimum": 0, "examples": [90], "default": 90 }, "not_covered": { "title": "Items not covered", "description": "Kinds of budget items grants do not cover; an item whose category or description matches a keyword is flagged and not counted.", "type": "array", "items": { "title": "Excluded kind", "description": "One kind of item that is not covered.", "type": "object", "additionalProperties": false, "required": ["name", "keywords"], "properties": { "name": { "title": "Name", "description": "What the kind is called in comments.", "type": "string", "minLength": 1, "examples": ["swag"] }, "keywords": { "title": "Keywords", "description": "Words and phrases that identify such an item (matched as whole words, case-insensitive, with simple plural and -ise/-ize spelling variants; hyphens count as spaces).", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 }, "examples": [["swag", "t-shirts", "stickers"]] }, "allow": { "title": "Fundable look-alikes", "description": "Phrases that contain a keyword but are covered (e.g. 'student travel awards' for the keyword 'awards'); an item matching one is not flagged for that keyword.", "type": "array", "items": { "type": "string", "minLength": 1 }, "examples": [["travel award", "award ceremony venue"]] }, "events": { "title": "Applies to the event", "description": "true when an event whose name matches a keyword is itself not covered (e.g. a hackathon), whatever its budget lists.", "type": "boolean", "examples": [true] } } }, "default": [{ "name": "swag", "keywords": ["swag", "t-shirt", "tshirt", "tee shirt", "hoodie", "sticker", "merchandise", "merch", "giveaway", "give-away", "goodie bag", "goody bag", "tote bag", "souvenir", "gift", "mug", "keychain", "enamel pin", "lapel pin", "conference bag", "attendee bag", "welcome bag"], "allow": ["gift card", "gift voucher", "in-kind gift", "gift aid"] }] }, "per_attendee_per_day": { "title": "Guide amount per attendee per day", "description": "Amounts above attendees x days x this figure may be approved for less. 0 turns the guide off.", "type": "number", "minimum": 0, "examples": [15], "default": 15 }, "caps": { "title": "Caps", "description": "Maximum amounts per grant type, in the base currency. A type not listed has no cap.", "type": "object", "additionalProperties": false, "properties": { "conference": { "title": "Conference cap", "description": "Maximum for a conference.", "type": "number", "minimum": 0, "examples": [8e3] }, "workshop": { "title": "Workshop cap", "description": "Maximum for a workshop.", "type": "number", "minimum": 0, "examples": [1500] }, "sprint": { "title": "Sprint cap", "description": "Maximum for a sprint.", "type": "number", "minimum": 0, "examples": [1500] }, "meetup": { "title": "Meetup cap", "description": "Maximum for a meetup or user group.", "type": "number", "minimum": 0, "examples": [1e3] }, "deposit-advance": { "title": "Deposit advance cap", "description": "Maximum for a deposit advance.", "type": "number", "minimum": 0, "examples": [5e3] } }, "default": {} }, "organisation_cap_per_year": { "title": "Cap per organisation per year", "description": "The most one organisation may be granted in a calendar year, in the base currency, counted from the grants ledger (grants/<year>/); organisations are matched on their name and website. 0 turns it off.", "type": "number", "minimum": 0, "examples": [15e3], "default": 0 }, "fast_track_max": { "title": "Fast track maximum", "description": "Requests up to this amount (in the base currency) are fast-tracked: labelled, and decided within the fast track's time. 0 turns it off.", "type": "number", "minimum": 0, "examples": [2500], "default": 0 }, "fast_track_previous_years": { "title": "Fast track: previous grant within (years)", "description": "When more than 0, the fast track is only for an event or organisation the foundation funded within this many years. 0: the amount alone decides.", "type": "integer", "minimum": 0, "examples": [0, 3], "default": 0 }, "fast_track_decision_weeks": { "title": "Fast track decision time (weeks)", "description": "How many weeks after filing a fast-tracked request can expect a decision.", "type": "integer", "minimum": 1, "examples": [2], "default": 2 }, "decision_weeks": { "title": "Decision time (weeks)", "description": "How many weeks after filing a request can expect a decision (its decision target). Requests the board decides wait for its meeting.", "type": "integer", "minimum": 1, "examples": [6, 8], "default": 6 }, "require_code_of_conduct": { "title": "Require a Code of Conduct", "description": "Whether a request without a Code of Conduct URL is an error.", "type": "boolean", "examples": [true], "default": true }, "require_code_of_conduct_contact": { "title": "Require a Code of Conduct contact", "description": "Whether a request without a Code of Conduct contact is an error.", "type": "boolean", "examples": [false], "default": false }, "needs_info_close_days": { "title": "Close after silence (days)", "description": "A request labelled needs-info with no reply from its author for this many days is closed by the sweep.", "type": "integer", "minimum": 1, "examples": [42], "default": 42 }, "grants_wg_review_days": { "title": "Grants WG review time (days)", "description": "A request waiting on the Grants WG longer than this is flagged by the sweep.", "type": "integer", "minimum": 1, "examples": [30], "default": 30 } } }, "board": { "title": "Board", "description": "When the board meets.", "type": "object", "additionalProperties": false, "properties": { "meeting_dates": { "title": "Meeting dates", "description": "Explicit meeting dates (YYYY-MM-DD). When given, they replace the rule.", "type": "array", "items": { "type": "string", "format": "date" }, "examples": [["2027-01-13", "2027-03-10"]], "default": [] }, "every_months": { "title": "Meets every N months", "description": "The board meets every this many months (2: every other month).", "type": "integer", "minimum": 1, "maximum": 12, "examples": [2], "default": 2 }, "first_month": { "title": "First meeting month", "description": "The month of the year (1-12) the rule counts from.", "type": "integer", "minimum": 1, "maximum": 12, "examples": [1], "default": 1 }, "weekday": { "title": "Weekday", "description": "Day of the week of the meeting.", "enum": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], "examples": ["wednesday"], "default": "wednesday" }, "week": { "title": "Week of the month", "description": "Which such weekday of the month: 1 to 4, or -1 for the last.", "enum": [1, 2, 3, 4, -1], "examples": [2], "default": 2 }, "preparation_days": { "title": "Preparation days", "description": "An item escalated fewer days than this before a meeting waits for the next one.", "type": "integer", "minimum": 0, "examples": [7], "default": 7 }, "requires_recommendation": { "title": "Board decides with a recommendation", "description": "Whether `/board approve` or `/board decline` on a grant request over the board threshold needs the Grants WG's recommendation on record first.", "type": "boolean", "examples": [true], "default": true } } }, "reports": { "title": "Reports", "description": "Monthly reports and the at-risk rule.", "type": "object", "additionalProperties": false, "properties": { "due_day": { "title": "Due day", "description": "A month's report is due by this day of the following month.", "type": "integer", "minimum": 1, "maximum": 28, "examples": [15], "default": 15 }, "since": { "title": "Reports kept here since", "description": "The first month whose report this repository keeps, as YYYY-MM, for a foundation that kept earlier reports elsewhere (a wiki, a mailing list). Reports are due from the later of this month and each charter's start; earlier months are not tracked here, never missing. Unset: from each charter's start.", "type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$", "examples": ["2026-06"] }, "missed_for_at_risk": { "title": "Missed reports for at-risk", "description": "A work group that misses this many of its last `at_risk_window` reports is at risk.", "type": "integer", "minimum": 1, "examples": [2], "default": 2 }, "at_risk_window": { "title": "Reports looked at for at-risk", "description": "How many of the most recent reporting periods the at-risk rule looks at (psf: 2, so 2 missed in a row; dsf: 3, so 2 missed of the last 3). Never fewer than `missed_for_at_risk`.", "type": "integer", "minimum": 1, "examples": [3], "default": 2 }, "cadences": { "title": "Allowed reporting cadences", "description": "The cadences a charter may choose under `reporting.cadence`. A proposal that chooses another one is an error; an active charter that does (the list changed after it was chartered) is warned, and its reports are counted on the first cadence listed here.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["monthly", "quarterly"] }, "examples": [["monthly", "quarterly"]], "default": ["monthly"] }, "reminders": { "title": "Reminders", "description": "Whether the sweep opens a reminder issue for an overdue report.", "type": "boolean", "examples": [true], "default": true } } }, "workgroups": { "title": "Work groups", "description": "Rules for charters.", "type": "object", "additionalProperties": false, "properties": { "min_members": { "title": "Minimum members for a new charter", "description": "A charter proposal needs at least this many members, chairs included.", "type": "integer", "minimum": 1, "examples": [3], "default": 3 }, "at_risk_min_members": { "title": "Minimum members to stay healthy", "description": "An active work group with fewer members than this (default: a chair and one more) is at risk.", "type": "integer", "minimum": 1, "examples": [2], "default": 2 }, "max_term_months": { "title": "Maximum term (months)", "description": "The review date may be at most this many months after the start date.", "type": "integer", "minimum": 1, "examples": [24], "default": 24 }, "leadership": { "title": "Leadership rule", "description": "Who an active work group must have to stay healthy; a group without them is at risk.", "type": "object", "additionalProperties": false, "properties": { "chairs": { "title": "Chairs needed", "description": "How many chairs the charter must list (2: a chair and a co-chair).", "type": "integer", "minimum": 1, "examples": [2], "default": 1 }, "board_liaison": { "title": "Board liaison needed", "description": "Whether the charter must name a board member as `participants.board_liaison`.", "type": "boolean", "examples": [true], "default": false } } } } }, "labels": { "title": "Labels", "description": "Names of the labels wgbot manages. Labels not listed here are never touched.", "type": "object", "additionalProperties": false, "properties": { "charter": { "$ref": "#/$defs/label", "title": "Charter label", "description": "On charter proposals.", "default": "kind/charter" }, "grant": { "$ref": "#/$defs/label", "title": "Grant label", "description": "On grant requests.", "default": "kind/grant" }, "report": { "$ref": "#/$defs/label", "title": "Report label", "description": "On report pull requests.", "default": "kind/report" }, "needs_info": { "$ref": "#/$defs/label", "title": "Needs-info label", "description": "On requests with problems to fix.", "default": "status/needs-info" }, "grants_wg_review": { "$ref": "#/$defs/label", "title": "Grants WG review label", "description": "On grants waiting for the Grants WG.", "default": "status/grants-wg-review" }, "board_review": { "$ref": "#/$defs/label", "title": "Board review label", "description": "On items waiting for the board.", "default": "status/board-review" }, "approved": { "$ref": "#/$defs/label", "title": "Approved label", "description": "Protected: set only by a decision.", "default": "status/approved" }, "declined": { "$ref": "#/$defs/label", "title": "Declined label", "description": "Protected: set only by a decision.", "default": "status/declined" }, "deferred": { "$ref": "#/$defs/label", "title": "Deferred label", "description": "Protected: set only by a decision.", "default": "status/deferred" }, "at_risk": { "$ref": "#/$defs/label", "title": "At-risk label", "description": "On work groups at risk.", "default": "status/at-risk" }, "over_threshold": { "$ref": "#/$defs/label", "title": "Over-threshold label", "description": "On grants over the board threshold.", "default": "grant/over-threshold" }, "late": { "$ref": "#/$defs/label", "title": "Late label", "description": "On grants filed inside the minimum lead time.", "default": "grant/late" }, "short_notice": { "$ref": "#/$defs/label", "title": "Short-notice label", "description": "On large grants filed inside the recommended lead time.", "default": "grant/short-notice" }, "not_covered": { "$ref": "#/$defs/label", "title": "Not-covered label", "description": "On grants with items the program does not cover.", "default": "grant/not-covered" }, "fast_track": { "$ref": "#/$defs/label", "title": "Fast-track label", "description": "On grants the fast track decides (up to grants.fast_track_max).", "default": "grant/fast-track" }, "workgroup_prefix": { "title": "Work group label prefix", "description": "Prefix of the per-work-group label, e.g. wg/ gives wg/packaging.", "type": "string", "minLength": 1, "maxLength": 20, "examples": ["wg/"], "default": "wg/" } } }, "paths": { "title": "Paths", "description": "Where the governance files live in the repository.", "type": "object", "additionalProperties": false, "properties": { "workgroups": { "title": "Work groups folder", "description": "Folder that holds one sub-folder per work group: a path inside the repository, from its root, with forward slashes and no leading `/`, `.` or `..`.", "type": "string", "pattern": "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$", "examples": ["workgroups"], "default": "workgroups" }, "grants": { "title": "Grants ledger folder", "description": "Folder of the grants ledger, which wgbot writes: one sub-folder per year, one file per final decision. A path inside the repository, from its root, with forward slashes and no leading `/`, `.` or `..`.", "type": "string", "pattern": "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$", "examples": ["grants"], "default": "grants" } } }, "templates": { "title": "Comment templates", "description": "Handlebars files in this repository that replace wgbot's built-in comment templates (see templates/comments in wgbot). Values from issues are escaped before they reach a template; a template that fails falls back to the built-in one.", "type": "object", "additionalProperties": false, "properties": { "request_report": { "title": "Request report template", "description": "Path of the template for the one comment on a charter proposal or grant request: a file inside the repository, from its root, with forward slashes and no leading `/`, `.` or `..`.", "type": "string", "pattern": "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*\\.hbs$", "examples": [".github/wgbot/request-report.hbs"] }, "site": { "title": "Dashboard site templates", "description": "Folder of Handlebars files that replace the built-in templates of the dashboard site by name (`layout.hbs`, `overview.hbs`, `workgroups.hbs`, `workgroup.hbs`, `grants.hbs`, `board.hbs`, `heatmap.hbs`, `bar-chart.hbs`, and `style.css`; see templates/site in wgbot): a folder inside the repository, from its root. Values are HTML-escaped; a template that fails falls back to the built-in one.", "type": "string", "pattern": "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$", "examples": [".github/wgbot/site"] } }, "default": {} } }, "$defs": { "teamSlug": { "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*$", "examples": ["board"] }, "label": { "type": "string", "minLength": 1, "maxLength": 50, "pattern": "^[^<>\\r\\n]+$", "description": "A label name as GitHub shows it, on one line and without < or > (wgbot names some labels in its hidden markers).", "examples": ["status/board-review"] } } };
var schema40 = { "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*$", "examples": ["board"] };
var schema42 = { "type": "string", "minLength": 1, "maxLength": 50, "pattern": "^[^<>\\r\\n]+$", "description": "A label name as GitHub shows it, on one line and without < or > (wgbot names some labels in its hidden markers).", "examples": ["status/board-review"] };
var pattern16 = new RegExp("^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/)?[A-Za-z0-9._-]{1,100}(?::[^\\s:]+)?$", "u");
var pattern19 = new RegExp("^[a-z0-9][a-z0-9_-]*$", "u");
var pattern22 = new RegExp("^[^<>\\r\\n]+$", "u");
var pattern37 = new RegExp("^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$", "u");
var pattern39 = new RegExp("^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*\\.hbs$", "u");
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func1.call(schema39.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data._extends !== void 0) {
      let data0 = data._extends;
      if (typeof data0 === "string") {
        if (!pattern16.test(data0)) {
          const err1 = { instancePath: instancePath + "/_extends", schemaPath: "#/properties/_extends/pattern", keyword: "pattern", params: { pattern: "^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/)?[A-Za-z0-9._-]{1,100}(?::[^\\s:]+)?$" }, message: 'must match pattern "^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/)?[A-Za-z0-9._-]{1,100}(?::[^\\s:]+)?$"', schema: "^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/)?[A-Za-z0-9._-]{1,100}(?::[^\\s:]+)?$", parentSchema: schema39.properties._extends, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/_extends", schemaPath: "#/properties/_extends/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties._extends.type, parentSchema: schema39.properties._extends, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.preset !== void 0) {
      let data1 = data.preset;
      if (!(data1 === "psf" || data1 === "psf-2026" || data1 === "dsf")) {
        const err3 = { instancePath: instancePath + "/preset", schemaPath: "#/properties/preset/enum", keyword: "enum", params: { allowedValues: schema39.properties.preset.enum }, message: "must be equal to one of the allowed values", schema: schema39.properties.preset.enum, parentSchema: schema39.properties.preset, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.organisation !== void 0) {
      let data2 = data.organisation;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err4 = { instancePath: instancePath + "/organisation", schemaPath: "#/properties/organisation/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39.properties.organisation, data: data2 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/organisation", schemaPath: "#/properties/organisation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.organisation.type, parentSchema: schema39.properties.organisation, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.base_currency !== void 0) {
      let data3 = data.base_currency;
      if (typeof data3 === "string") {
        if (!pattern8.test(data3)) {
          const err6 = { instancePath: instancePath + "/base_currency", schemaPath: "#/properties/base_currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"', schema: "^[A-Z]{3}$", parentSchema: schema39.properties.base_currency, data: data3 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/base_currency", schemaPath: "#/properties/base_currency/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.base_currency.type, parentSchema: schema39.properties.base_currency, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.currency_rates !== void 0) {
      let data4 = data.currency_rates;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          const _errs11 = errors;
          if (typeof key1 === "string") {
            if (!pattern8.test(key1)) {
              const err8 = { instancePath: instancePath + "/currency_rates", schemaPath: "#/properties/currency_rates/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"', schema: "^[A-Z]{3}$", parentSchema: schema39.properties.currency_rates.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
          var valid1 = _errs11 === errors;
          if (!valid1) {
            const err9 = { instancePath: instancePath + "/currency_rates", schemaPath: "#/properties/currency_rates/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema39.properties.currency_rates.propertyNames, parentSchema: schema39.properties.currency_rates, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        for (const key2 in data4) {
          let data5 = data4[key2];
          if (typeof data5 == "number" && isFinite(data5)) {
            if (data5 <= 0 || isNaN(data5)) {
              const err10 = { instancePath: instancePath + "/currency_rates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/currency_rates/additionalProperties/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema39.properties.currency_rates.additionalProperties, data: data5 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/currency_rates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/currency_rates/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema39.properties.currency_rates.additionalProperties.type, parentSchema: schema39.properties.currency_rates.additionalProperties, data: data5 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/currency_rates", schemaPath: "#/properties/currency_rates/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.properties.currency_rates.type, parentSchema: schema39.properties.currency_rates, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.teams !== void 0) {
      let data6 = data.teams;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key3 in data6) {
          if (!(key3 === "board" || key3 === "grants_wg" || key3 === "mention_grants_wg" || key3 === "mention_board")) {
            const err13 = { instancePath: instancePath + "/teams", schemaPath: "#/properties/teams/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.properties.teams, data: data6 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data6.board !== void 0) {
          let data7 = data6.board;
          if (typeof data7 === "string") {
            if (!pattern19.test(data7)) {
              const err14 = { instancePath: instancePath + "/teams/board", schemaPath: "#/$defs/teamSlug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]*$"', schema: "^[a-z0-9][a-z0-9_-]*$", parentSchema: schema40, data: data7 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/teams/board", schemaPath: "#/$defs/teamSlug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data7 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data6.grants_wg !== void 0) {
          let data8 = data6.grants_wg;
          if (typeof data8 === "string") {
            if (!pattern19.test(data8)) {
              const err16 = { instancePath: instancePath + "/teams/grants_wg", schemaPath: "#/$defs/teamSlug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]*$"', schema: "^[a-z0-9][a-z0-9_-]*$", parentSchema: schema40, data: data8 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/teams/grants_wg", schemaPath: "#/$defs/teamSlug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data8 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data6.mention_grants_wg !== void 0) {
          let data9 = data6.mention_grants_wg;
          if (typeof data9 !== "boolean") {
            const err18 = { instancePath: instancePath + "/teams/mention_grants_wg", schemaPath: "#/properties/teams/properties/mention_grants_wg/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema39.properties.teams.properties.mention_grants_wg.type, parentSchema: schema39.properties.teams.properties.mention_grants_wg, data: data9 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data6.mention_board !== void 0) {
          let data10 = data6.mention_board;
          if (typeof data10 !== "boolean") {
            const err19 = { instancePath: instancePath + "/teams/mention_board", schemaPath: "#/properties/teams/properties/mention_board/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema39.properties.teams.properties.mention_board.type, parentSchema: schema39.properties.teams.properties.mention_board, data: data10 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/teams", schemaPath: "#/properties/teams/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.properties.teams.type, parentSchema: schema39.properties.teams, data: data6 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.grants !== void 0) {
      let data11 = data.grants;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key4 in data11) {
          if (!func1.call(schema39.properties.grants.properties, key4)) {
            const err21 = { instancePath: instancePath + "/grants", schemaPath: "#/properties/grants/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.properties.grants, data: data11 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data11.board_threshold !== void 0) {
          let data12 = data11.board_threshold;
          if (typeof data12 == "number" && isFinite(data12)) {
            if (data12 < 0 || isNaN(data12)) {
              const err22 = { instancePath: instancePath + "/grants/board_threshold", schemaPath: "#/properties/grants/properties/board_threshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema39.properties.grants.properties.board_threshold, data: data12 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/grants/board_threshold", schemaPath: "#/properties/grants/properties/board_threshold/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema39.properties.grants.properties.board_threshold.type, parentSchema: schema39.properties.grants.properties.board_threshold, data: data12 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data11.minimum_lead_days !== void 0) {
          let data13 = data11.minimum_lead_days;
          if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
            const err24 = { instancePath: instancePath + "/grants/minimum_lead_days", schemaPath: "#/properties/grants/properties/minimum_lead_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema39.properties.grants.properties.minimum_lead_days.type, parentSchema: schema39.properties.grants.properties.minimum_lead_days, data: data13 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (typeof data13 == "number" && isFinite(data13)) {
            if (data13 < 0 || isNaN(data13)) {
              const err25 = { instancePath: instancePath + "/grants/minimum_lead_days", schemaPath: "#/properties/grants/properties/minimum_lead_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema39.properties.grants.properties.minimum_lead_days, data: data13 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
        }
        if (data11.recommended_lead_days !== void 0) {
          let data14 = data11.recommended_lead_days;
          if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
            const err26 = { instancePath: instancePath + "/grants/recommended_lead_days", schemaPath: "#/properties/grants/properties/recommended_lead_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema39.properties.grants.properties.recommended_lead_days.type, parentSchema: schema39.properties.grants.properties.recommended_lead_days, data: data14 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (typeof data14 == "number" && isFinite(data14)) {
            if (data14 < 0 || isNaN(data14)) {
              const err27 = { instancePath: instancePath + "/grants/recommended_lead_days", schemaPath: "#/properties/grants/properties/recommended_lead_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema39.properties.grants.properties.recommended_lead_days, data: data14 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          }
        }
        if (data11.not_covered !== void 0) {
          let data15 = data11.not_covered;
          if (Array.isArray(data15)) {
            const len0 = data15.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data16 = data15[i0];
              if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                if (data16.name === void 0) {
                  const err28 = { instancePath: instancePath + "/grants/not_covered/" + i0, schemaPath: "#/properties/grants/properties/not_covered/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema39.properties.grants.properties.not_covered.items.required, parentSchema: schema39.properties.grants.properties.not_covered.items, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                if (data16.keywords === void 0) {
                  const err29 = { instancePath: instancePath + "/grants/not_covered/" + i0, schemaPath: "#/properties/grants/properties/not_covered/items/required", keyword: "required", params: { missingProperty: "keywords" }, message: "must have required property 'keywords'", schema: schema39.properties.grants.properties.not_covered.items.required, parentSchema: schema39.properties.grants.properties.not_covered.items, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
                for (const key5 in data16) {
                  if (!(key5 === "name" || key5 === "keywords" || key5 === "allow" || key5 === "events")) {
                    const err30 = { instancePath: instancePath + "/grants/not_covered/" + i0, schemaPath: "#/properties/grants/properties/not_covered/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.properties.grants.properties.not_covered.items, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
                if (data16.name !== void 0) {
                  let data17 = data16.name;
                  if (typeof data17 === "string") {
                    if (func2(data17) < 1) {
                      const err31 = { instancePath: instancePath + "/grants/not_covered/" + i0 + "/name", schemaPath: "#/properties/grants/properties/not_covered/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39.properties.grants.properties.not_covered.items.properties.name, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                  } else {
                    const err32 = { instancePath: instancePath + "/grants/not_covered/" + i0 + "/name", schemaPath: "#/properties/grants/properties/not_covered/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.grants.properties.not_covered.items.properties.name.type, parentSchema: schema39.properties.grants.properties.not_covered.items.properties.name, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
                if (data16.keywords !== void 0) {
                  let data18 = data16.keywords;
                  if (Array.isArray(data18)) {
                    if (data18.length < 1) {
                      const err33 = { instancePath: instancePath + "/grants/not_covered/" + i0 + "/keywords", schemaPath: "#/properties/grants/properties/not_covered/items/properties/keywords/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema39.properties.grants.properties.not_covered.items.properties.keywords, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err33];
                      } else {
                        vErrors.push(err33);
                      }
                      errors++;
                    }
                    const len1 = data18.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data19 = data18[i1];
                      if (typeof data19 === "string") {
                        if (func2(data19) < 1) {
                          const err34 = { instancePath: instancePath + "/grants/not_covered/" + i0 + "/keywords/" + i1, schemaPath: "#/properties/grants/properties/not_covered/items/properties/keywords/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39.properties.grants.properties.not_covered.items.properties.keywords.items, data: data19 };
                          if (vErrors === null) {
                            vErrors = [err34];
                          } else {
                            vErrors.push(err34);
                          }
                          errors++;
                        }
                      } else {
                        const err35 = { instancePath: instancePath + "/grants/not_covered/" + i0 + "/keywords/" + i1, schemaPath: "#/properties/grants/properties/not_covered/items/properties/keywords/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.grants.properties.not_covered.items.properties.keywords.items.type, parentSchema: schema39.properties.grants.properties.not_covered.items.properties.keywords.items, data: data19 };
                        if (vErrors === null) {
                          vErrors = [err35];
                        } else {
                          vErrors.push(err35);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err36 = { instancePath: instancePath + "/grants/not_covered/" + i0 + "/keywords", schemaPath: "#/properties/grants/properties/not_covered/items/properties/keywords/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.properties.grants.properties.not_covered.items.properties.keywords.type, parentSchema: schema39.properties.grants.properties.not_covered.items.properties.keywords, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
                if (data16.allow !== void 0) {
                  let data20 = data16.allow;
                  if (Array.isArray(data20)) {
                    const len2 = data20.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      let data21 = data20[i2];
                      if (typeof data21 === "string") {
                        if (func2(data21) < 1) {
                          const err37 = { instancePath: instancePath + "/grants/not_covered/" + i0 + "/allow/" + i2, schemaPath: "#/properties/grants/properties/not_covered/items/properties/allow/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39.properties.grants.properties.not_covered.items.properties.allow.items, data: data21 };
                          if (vErrors === null) {
                            vErrors = [err37];
                          } else {
                            vErrors.push(err37);
                          }
                          errors++;
                        }
                      } else {
                        const err38 = { instancePath: instancePath + "/grants/not_covered/" + i0 + "/allow/" + i2, schemaPath: "#/properties/grants/properties/not_covered/items/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.grants.properties.not_covered.items.properties.allow.items.type, parentSchema: schema39.properties.grants.properties.not_covered.items.properties.allow.items, data: data21 };
                        if (vErrors === null) {
                          vErrors = [err38];
                        } else {
                          vErrors.push(err38);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err39 = { instancePath: instancePath + "/grants/not_covered/" + i0 + "/allow", schemaPath: "#/properties/grants/properties/not_covered/items/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.properties.grants.properties.not_covered.items.properties.allow.type, parentSchema: schema39.properties.grants.properties.not_covered.items.properties.allow, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data16.events !== void 0) {
                  let data22 = data16.events;
                  if (typeof data22 !== "boolean") {
                    const err40 = { instancePath: instancePath + "/grants/not_covered/" + i0 + "/events", schemaPath: "#/properties/grants/properties/not_covered/items/properties/events/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema39.properties.grants.properties.not_covered.items.properties.events.type, parentSchema: schema39.properties.grants.properties.not_covered.items.properties.events, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
              } else {
                const err41 = { instancePath: instancePath + "/grants/not_covered/" + i0, schemaPath: "#/properties/grants/properties/not_covered/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.properties.grants.properties.not_covered.items.type, parentSchema: schema39.properties.grants.properties.not_covered.items, data: data16 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
          } else {
            const err42 = { instancePath: instancePath + "/grants/not_covered", schemaPath: "#/properties/grants/properties/not_covered/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.properties.grants.properties.not_covered.type, parentSchema: schema39.properties.grants.properties.not_covered, data: data15 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data11.per_attendee_per_day !== void 0) {
          let data23 = data11.per_attendee_per_day;
          if (typeof data23 == "number" && isFinite(data23)) {
            if (data23 < 0 || isNaN(data23)) {
              const err43 = { instancePath: instancePath + "/grants/per_attendee_per_day", schemaPath: "#/properties/grants/properties/per_attendee_per_day/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema39.properties.grants.properties.per_attendee_per_day, data: data23 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          } else {
            const err44 = { instancePath: instancePath + "/grants/per_attendee_per_day", schemaPath: "#/properties/grants/properties/per_attendee_per_day/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema39.properties.grants.properties.per_attendee_per_day.type, parentSchema: schema39.properties.grants.properties.per_attendee_per_day, data: data23 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data11.caps !== void 0) {
          let data24 = data11.caps;
          if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
            for (const key6 in data24) {
              if (!(key6 === "conference" || key6 === "workshop" || key6 === "sprint" || key6 === "meetup" || key6 === "deposit-advance")) {
                const err45 = { instancePath: instancePath + "/grants/caps", schemaPath: "#/properties/grants/properties/caps/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.properties.grants.properties.caps, data: data24 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data24.conference !== void 0) {
              let data25 = data24.conference;
              if (typeof data25 == "number" && isFinite(data25)) {
                if (data25 < 0 || isNaN(data25)) {
                  const err46 = { instancePath: instancePath + "/grants/caps/conference", schemaPath: "#/properties/grants/properties/caps/properties/conference/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema39.properties.grants.properties.caps.properties.conference, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              } else {
                const err47 = { instancePath: instancePath + "/grants/caps/conference", schemaPath: "#/properties/grants/properties/caps/properties/conference/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema39.properties.grants.properties.caps.properties.conference.type, parentSchema: schema39.properties.grants.properties.caps.properties.conference, data: data25 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data24.workshop !== void 0) {
              let data26 = data24.workshop;
              if (typeof data26 == "number" && isFinite(data26)) {
                if (data26 < 0 || isNaN(data26)) {
                  const err48 = { instancePath: instancePath + "/grants/caps/workshop", schemaPath: "#/properties/grants/properties/caps/properties/workshop/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema39.properties.grants.properties.caps.properties.workshop, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              } else {
                const err49 = { instancePath: instancePath + "/grants/caps/workshop", schemaPath: "#/properties/grants/properties/caps/properties/workshop/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema39.properties.grants.properties.caps.properties.workshop.type, parentSchema: schema39.properties.grants.properties.caps.properties.workshop, data: data26 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data24.sprint !== void 0) {
              let data27 = data24.sprint;
              if (typeof data27 == "number" && isFinite(data27)) {
                if (data27 < 0 || isNaN(data27)) {
                  const err50 = { instancePath: instancePath + "/grants/caps/sprint", schemaPath: "#/properties/grants/properties/caps/properties/sprint/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema39.properties.grants.properties.caps.properties.sprint, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              } else {
                const err51 = { instancePath: instancePath + "/grants/caps/sprint", schemaPath: "#/properties/grants/properties/caps/properties/sprint/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema39.properties.grants.properties.caps.properties.sprint.type, parentSchema: schema39.properties.grants.properties.caps.properties.sprint, data: data27 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data24.meetup !== void 0) {
              let data28 = data24.meetup;
              if (typeof data28 == "number" && isFinite(data28)) {
                if (data28 < 0 || isNaN(data28)) {
                  const err52 = { instancePath: instancePath + "/grants/caps/meetup", schemaPath: "#/properties/grants/properties/caps/properties/meetup/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema39.properties.grants.properties.caps.properties.meetup, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              } else {
                const err53 = { instancePath: instancePath + "/grants/caps/meetup", schemaPath: "#/properties/grants/properties/caps/properties/meetup/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema39.properties.grants.properties.caps.properties.meetup.type, parentSchema: schema39.properties.grants.properties.caps.properties.meetup, data: data28 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data24["deposit-advance"] !== void 0) {
              let data29 = data24["deposit-advance"];
              if (typeof data29 == "number" && isFinite(data29)) {
                if (data29 < 0 || isNaN(data29)) {
                  const err54 = { instancePath: instancePath + "/grants/caps/deposit-advance", schemaPath: "#/properties/grants/properties/caps/properties/deposit-advance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema39.properties.grants.properties.caps.properties["deposit-advance"], data: data29 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              } else {
                const err55 = { instancePath: instancePath + "/grants/caps/deposit-advance", schemaPath: "#/properties/grants/properties/caps/properties/deposit-advance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema39.properties.grants.properties.caps.properties["deposit-advance"].type, parentSchema: schema39.properties.grants.properties.caps.properties["deposit-advance"], data: data29 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
          } else {
            const err56 = { instancePath: instancePath + "/grants/caps", schemaPath: "#/properties/grants/properties/caps/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.properties.grants.properties.caps.type, parentSchema: schema39.properties.grants.properties.caps, data: data24 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data11.organisation_cap_per_year !== void 0) {
          let data30 = data11.organisation_cap_per_year;
          if (typeof data30 == "number" && isFinite(data30)) {
            if (data30 < 0 || isNaN(data30)) {
              const err57 = { instancePath: instancePath + "/grants/organisation_cap_per_year", schemaPath: "#/properties/grants/properties/organisation_cap_per_year/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema39.properties.grants.properties.organisation_cap_per_year, data: data30 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          } else {
            const err58 = { instancePath: instancePath + "/grants/organisation_cap_per_year", schemaPath: "#/properties/grants/properties/organisation_cap_per_year/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema39.properties.grants.properties.organisation_cap_per_year.type, parentSchema: schema39.properties.grants.properties.organisation_cap_per_year, data: data30 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data11.fast_track_max !== void 0) {
          let data31 = data11.fast_track_max;
          if (typeof data31 == "number" && isFinite(data31)) {
            if (data31 < 0 || isNaN(data31)) {
              const err59 = { instancePath: instancePath + "/grants/fast_track_max", schemaPath: "#/properties/grants/properties/fast_track_max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema39.properties.grants.properties.fast_track_max, data: data31 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          } else {
            const err60 = { instancePath: instancePath + "/grants/fast_track_max", schemaPath: "#/properties/grants/properties/fast_track_max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema39.properties.grants.properties.fast_track_max.type, parentSchema: schema39.properties.grants.properties.fast_track_max, data: data31 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data11.fast_track_previous_years !== void 0) {
          let data32 = data11.fast_track_previous_years;
          if (!(typeof data32 == "number" && (!(data32 % 1) && !isNaN(data32)) && isFinite(data32))) {
            const err61 = { instancePath: instancePath + "/grants/fast_track_previous_years", schemaPath: "#/properties/grants/properties/fast_track_previous_years/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema39.properties.grants.properties.fast_track_previous_years.type, parentSchema: schema39.properties.grants.properties.fast_track_previous_years, data: data32 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
          if (typeof data32 == "number" && isFinite(data32)) {
            if (data32 < 0 || isNaN(data32)) {
              const err62 = { instancePath: instancePath + "/grants/fast_track_previous_years", schemaPath: "#/properties/grants/properties/fast_track_previous_years/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema39.properties.grants.properties.fast_track_previous_years, data: data32 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          }
        }
        if (data11.fast_track_decision_weeks !== void 0) {
          let data33 = data11.fast_track_decision_weeks;
          if (!(typeof data33 == "number" && (!(data33 % 1) && !isNaN(data33)) && isFinite(data33))) {
            const err63 = { instancePath: instancePath + "/grants/fast_track_decision_weeks", schemaPath: "#/properties/grants/properties/fast_track_decision_weeks/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema39.properties.grants.properties.fast_track_decision_weeks.type, parentSchema: schema39.properties.grants.properties.fast_track_decision_weeks, data: data33 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
          if (typeof data33 == "number" && isFinite(data33)) {
            if (data33 < 1 || isNaN(data33)) {
              const err64 = { instancePath: instancePath + "/grants/fast_track_decision_weeks", schemaPath: "#/properties/grants/properties/fast_track_decision_weeks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema39.properties.grants.properties.fast_track_decision_weeks, data: data33 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
          }
        }
        if (data11.decision_weeks !== void 0) {
          let data34 = data11.decision_weeks;
          if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)) && isFinite(data34))) {
            const err65 = { instancePath: instancePath + "/grants/decision_weeks", schemaPath: "#/properties/grants/properties/decision_weeks/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema39.properties.grants.properties.decision_weeks.type, parentSchema: schema39.properties.grants.properties.decision_weeks, data: data34 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
          if (typeof data34 == "number" && isFinite(data34)) {
            if (data34 < 1 || isNaN(data34)) {
              const err66 = { instancePath: instancePath + "/grants/decision_weeks", schemaPath: "#/properties/grants/properties/decision_weeks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema39.properties.grants.properties.decision_weeks, data: data34 };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
          }
        }
        if (data11.require_code_of_conduct !== void 0) {
          let data35 = data11.require_code_of_conduct;
          if (typeof data35 !== "boolean") {
            const err67 = { instancePath: instancePath + "/grants/require_code_of_conduct", schemaPath: "#/properties/grants/properties/require_code_of_conduct/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema39.properties.grants.properties.require_code_of_conduct.type, parentSchema: schema39.properties.grants.properties.require_code_of_conduct, data: data35 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data11.require_code_of_conduct_contact !== void 0) {
          let data36 = data11.require_code_of_conduct_contact;
          if (typeof data36 !== "boolean") {
            const err68 = { instancePath: instancePath + "/grants/require_code_of_conduct_contact", schemaPath: "#/properties/grants/properties/require_code_of_conduct_contact/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema39.properties.grants.properties.require_code_of_conduct_contact.type, parentSchema: schema39.properties.grants.properties.require_code_of_conduct_contact, data: data36 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        if (data11.needs_info_close_days !== void 0) {
          let data37 = data11.needs_info_close_days;
          if (!(typeof data37 == "number" && (!(data37 % 1) && !isNaN(data37)) && isFinite(data37))) {
            const err69 = { instancePath: instancePath + "/grants/needs_info_close_days", schemaPath: "#/properties/grants/properties/needs_info_close_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema39.properties.grants.properties.needs_info_close_days.type, parentSchema: schema39.properties.grants.properties.needs_info_close_days, data: data37 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
          if (typeof data37 == "number" && isFinite(data37)) {
            if (data37 < 1 || isNaN(data37)) {
              const err70 = { instancePath: instancePath + "/grants/needs_info_close_days", schemaPath: "#/properties/grants/properties/needs_info_close_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema39.properties.grants.properties.needs_info_close_days, data: data37 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
          }
        }
        if (data11.grants_wg_review_days !== void 0) {
          let data38 = data11.grants_wg_review_days;
          if (!(typeof data38 == "number" && (!(data38 % 1) && !isNaN(data38)) && isFinite(data38))) {
            const err71 = { instancePath: instancePath + "/grants/grants_wg_review_days", schemaPath: "#/properties/grants/properties/grants_wg_review_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema39.properties.grants.properties.grants_wg_review_days.type, parentSchema: schema39.properties.grants.properties.grants_wg_review_days, data: data38 };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
          if (typeof data38 == "number" && isFinite(data38)) {
            if (data38 < 1 || isNaN(data38)) {
              const err72 = { instancePath: instancePath + "/grants/grants_wg_review_days", schemaPath: "#/properties/grants/properties/grants_wg_review_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema39.properties.grants.properties.grants_wg_review_days, data: data38 };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
          }
        }
      } else {
        const err73 = { instancePath: instancePath + "/grants", schemaPath: "#/properties/grants/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.properties.grants.type, parentSchema: schema39.properties.grants, data: data11 };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
    if (data.board !== void 0) {
      let data39 = data.board;
      if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
        for (const key7 in data39) {
          if (!(key7 === "meeting_dates" || key7 === "every_months" || key7 === "first_month" || key7 === "weekday" || key7 === "week" || key7 === "preparation_days" || key7 === "requires_recommendation")) {
            const err74 = { instancePath: instancePath + "/board", schemaPath: "#/properties/board/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.properties.board, data: data39 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
        if (data39.meeting_dates !== void 0) {
          let data40 = data39.meeting_dates;
          if (Array.isArray(data40)) {
            const len3 = data40.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data41 = data40[i3];
              if (typeof data41 === "string") {
                if (!formats0.validate(data41)) {
                  const err75 = { instancePath: instancePath + "/board/meeting_dates/" + i3, schemaPath: "#/properties/board/properties/meeting_dates/items/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema39.properties.board.properties.meeting_dates.items, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
              } else {
                const err76 = { instancePath: instancePath + "/board/meeting_dates/" + i3, schemaPath: "#/properties/board/properties/meeting_dates/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.board.properties.meeting_dates.items.type, parentSchema: schema39.properties.board.properties.meeting_dates.items, data: data41 };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
          } else {
            const err77 = { instancePath: instancePath + "/board/meeting_dates", schemaPath: "#/properties/board/properties/meeting_dates/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.properties.board.properties.meeting_dates.type, parentSchema: schema39.properties.board.properties.meeting_dates, data: data40 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
        if (data39.every_months !== void 0) {
          let data42 = data39.every_months;
          if (!(typeof data42 == "number" && (!(data42 % 1) && !isNaN(data42)) && isFinite(data42))) {
            const err78 = { instancePath: instancePath + "/board/every_months", schemaPath: "#/properties/board/properties/every_months/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema39.properties.board.properties.every_months.type, parentSchema: schema39.properties.board.properties.every_months, data: data42 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
          if (typeof data42 == "number" && isFinite(data42)) {
            if (data42 > 12 || isNaN(data42)) {
              const err79 = { instancePath: instancePath + "/board/every_months", schemaPath: "#/properties/board/properties/every_months/maximum", keyword: "maximum", params: { comparison: "<=", limit: 12 }, message: "must be <= 12", schema: 12, parentSchema: schema39.properties.board.properties.every_months, data: data42 };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
            if (data42 < 1 || isNaN(data42)) {
              const err80 = { instancePath: instancePath + "/board/every_months", schemaPath: "#/properties/board/properties/every_months/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema39.properties.board.properties.every_months, data: data42 };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
          }
        }
        if (data39.first_month !== void 0) {
          let data43 = data39.first_month;
          if (!(typeof data43 == "number" && (!(data43 % 1) && !isNaN(data43)) && isFinite(data43))) {
            const err81 = { instancePath: instancePath + "/board/first_month", schemaPath: "#/properties/board/properties/first_month/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema39.properties.board.properties.first_month.type, parentSchema: schema39.properties.board.properties.first_month, data: data43 };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
          if (typeof data43 == "number" && isFinite(data43)) {
            if (data43 > 12 || isNaN(data43)) {
              const err82 = { instancePath: instancePath + "/board/first_month", schemaPath: "#/properties/board/properties/first_month/maximum", keyword: "maximum", params: { comparison: "<=", limit: 12 }, message: "must be <= 12", schema: 12, parentSchema: schema39.properties.board.properties.first_month, data: data43 };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
            if (data43 < 1 || isNaN(data43)) {
              const err83 = { instancePath: instancePath + "/board/first_month", schemaPath: "#/properties/board/properties/first_month/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema39.properties.board.properties.first_month, data: data43 };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
          }
        }
        if (data39.weekday !== void 0) {
          let data44 = data39.weekday;
          if (!(data44 === "monday" || data44 === "tuesday" || data44 === "wednesday" || data44 === "thursday" || data44 === "friday" || data44 === "saturday" || data44 === "sunday")) {
            const err84 = { instancePath: instancePath + "/board/weekday", schemaPath: "#/properties/board/properties/weekday/enum", keyword: "enum", params: { allowedValues: schema39.properties.board.properties.weekday.enum }, message: "must be equal to one of the allowed values", schema: schema39.properties.board.properties.weekday.enum, parentSchema: schema39.properties.board.properties.weekday, data: data44 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
        if (data39.week !== void 0) {
          let data45 = data39.week;
          if (!(data45 === 1 || data45 === 2 || data45 === 3 || data45 === 4 || data45 === -1)) {
            const err85 = { instancePath: instancePath + "/board/week", schemaPath: "#/properties/board/properties/week/enum", keyword: "enum", params: { allowedValues: schema39.properties.board.properties.week.enum }, message: "must be equal to one of the allowed values", schema: schema39.properties.board.properties.week.enum, parentSchema: schema39.properties.board.properties.week, data: data45 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
        if (data39.preparation_days !== void 0) {
          let data46 = data39.preparation_days;
          if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)) && isFinite(data46))) {
            const err86 = { instancePath: instancePath + "/board/preparation_days", schemaPath: "#/properties/board/properties/preparation_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema39.properties.board.properties.preparation_days.type, parentSchema: schema39.properties.board.properties.preparation_days, data: data46 };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
          if (typeof data46 == "number" && isFinite(data46)) {
            if (data46 < 0 || isNaN(data46)) {
              const err87 = { instancePath: instancePath + "/board/preparation_days", schemaPath: "#/properties/board/properties/preparation_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema39.properties.board.properties.preparation_days, data: data46 };
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
          }
        }
        if (data39.requires_recommendation !== void 0) {
          let data47 = data39.requires_recommendation;
          if (typeof data47 !== "boolean") {
            const err88 = { instancePath: instancePath + "/board/requires_recommendation", schemaPath: "#/properties/board/properties/requires_recommendation/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema39.properties.board.properties.requires_recommendation.type, parentSchema: schema39.properties.board.properties.requires_recommendation, data: data47 };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
      } else {
        const err89 = { instancePath: instancePath + "/board", schemaPath: "#/properties/board/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.properties.board.type, parentSchema: schema39.properties.board, data: data39 };
        if (vErrors === null) {
          vErrors = [err89];
        } else {
          vErrors.push(err89);
        }
        errors++;
      }
    }
    if (data.reports !== void 0) {
      let data48 = data.reports;
      if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
        for (const key8 in data48) {
          if (!(key8 === "due_day" || key8 === "since" || key8 === "missed_for_at_risk" || key8 === "at_risk_window" || key8 === "cadences" || key8 === "reminders")) {
            const err90 = { instancePath: instancePath + "/reports", schemaPath: "#/properties/reports/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.properties.reports, data: data48 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
        if (data48.due_day !== void 0) {
          let data49 = data48.due_day;
          if (!(typeof data49 == "number" && (!(data49 % 1) && !isNaN(data49)) && isFinite(data49))) {
            const err91 = { instancePath: instancePath + "/reports/due_day", schemaPath: "#/properties/reports/properties/due_day/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema39.properties.reports.properties.due_day.type, parentSchema: schema39.properties.reports.properties.due_day, data: data49 };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
          if (typeof data49 == "number" && isFinite(data49)) {
            if (data49 > 28 || isNaN(data49)) {
              const err92 = { instancePath: instancePath + "/reports/due_day", schemaPath: "#/properties/reports/properties/due_day/maximum", keyword: "maximum", params: { comparison: "<=", limit: 28 }, message: "must be <= 28", schema: 28, parentSchema: schema39.properties.reports.properties.due_day, data: data49 };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
            if (data49 < 1 || isNaN(data49)) {
              const err93 = { instancePath: instancePath + "/reports/due_day", schemaPath: "#/properties/reports/properties/due_day/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema39.properties.reports.properties.due_day, data: data49 };
              if (vErrors === null) {
                vErrors = [err93];
              } else {
                vErrors.push(err93);
              }
              errors++;
            }
          }
        }
        if (data48.since !== void 0) {
          let data50 = data48.since;
          if (typeof data50 === "string") {
            if (!pattern10.test(data50)) {
              const err94 = { instancePath: instancePath + "/reports/since", schemaPath: "#/properties/reports/properties/since/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])$" }, message: 'must match pattern "^[0-9]{4}-(0[1-9]|1[0-2])$"', schema: "^[0-9]{4}-(0[1-9]|1[0-2])$", parentSchema: schema39.properties.reports.properties.since, data: data50 };
              if (vErrors === null) {
                vErrors = [err94];
              } else {
                vErrors.push(err94);
              }
              errors++;
            }
          } else {
            const err95 = { instancePath: instancePath + "/reports/since", schemaPath: "#/properties/reports/properties/since/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.reports.properties.since.type, parentSchema: schema39.properties.reports.properties.since, data: data50 };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
        }
        if (data48.missed_for_at_risk !== void 0) {
          let data51 = data48.missed_for_at_risk;
          if (!(typeof data51 == "number" && (!(data51 % 1) && !isNaN(data51)) && isFinite(data51))) {
            const err96 = { instancePath: instancePath + "/reports/missed_for_at_risk", schemaPath: "#/properties/reports/properties/missed_for_at_risk/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema39.properties.reports.properties.missed_for_at_risk.type, parentSchema: schema39.properties.reports.properties.missed_for_at_risk, data: data51 };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          }
          if (typeof data51 == "number" && isFinite(data51)) {
            if (data51 < 1 || isNaN(data51)) {
              const err97 = { instancePath: instancePath + "/reports/missed_for_at_risk", schemaPath: "#/properties/reports/properties/missed_for_at_risk/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema39.properties.reports.properties.missed_for_at_risk, data: data51 };
              if (vErrors === null) {
                vErrors = [err97];
              } else {
                vErrors.push(err97);
              }
              errors++;
            }
          }
        }
        if (data48.at_risk_window !== void 0) {
          let data52 = data48.at_risk_window;
          if (!(typeof data52 == "number" && (!(data52 % 1) && !isNaN(data52)) && isFinite(data52))) {
            const err98 = { instancePath: instancePath + "/reports/at_risk_window", schemaPath: "#/properties/reports/properties/at_risk_window/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema39.properties.reports.properties.at_risk_window.type, parentSchema: schema39.properties.reports.properties.at_risk_window, data: data52 };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
          if (typeof data52 == "number" && isFinite(data52)) {
            if (data52 < 1 || isNaN(data52)) {
              const err99 = { instancePath: instancePath + "/reports/at_risk_window", schemaPath: "#/properties/reports/properties/at_risk_window/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema39.properties.reports.properties.at_risk_window, data: data52 };
              if (vErrors === null) {
                vErrors = [err99];
              } else {
                vErrors.push(err99);
              }
              errors++;
            }
          }
        }
        if (data48.cadences !== void 0) {
          let data53 = data48.cadences;
          if (Array.isArray(data53)) {
            if (data53.length < 1) {
              const err100 = { instancePath: instancePath + "/reports/cadences", schemaPath: "#/properties/reports/properties/cadences/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema39.properties.reports.properties.cadences, data: data53 };
              if (vErrors === null) {
                vErrors = [err100];
              } else {
                vErrors.push(err100);
              }
              errors++;
            }
            const len4 = data53.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data54 = data53[i4];
              if (!(data54 === "monthly" || data54 === "quarterly")) {
                const err101 = { instancePath: instancePath + "/reports/cadences/" + i4, schemaPath: "#/properties/reports/properties/cadences/items/enum", keyword: "enum", params: { allowedValues: schema39.properties.reports.properties.cadences.items.enum }, message: "must be equal to one of the allowed values", schema: schema39.properties.reports.properties.cadences.items.enum, parentSchema: schema39.properties.reports.properties.cadences.items, data: data54 };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
            let i5 = data53.length;
            let j0;
            if (i5 > 1) {
              outer0: for (; i5--; ) {
                for (j0 = i5; j0--; ) {
                  if (func0(data53[i5], data53[j0])) {
                    const err102 = { instancePath: instancePath + "/reports/cadences", schemaPath: "#/properties/reports/properties/cadences/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i5 + " are identical)", schema: true, parentSchema: schema39.properties.reports.properties.cadences, data: data53 };
                    if (vErrors === null) {
                      vErrors = [err102];
                    } else {
                      vErrors.push(err102);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
            }
          } else {
            const err103 = { instancePath: instancePath + "/reports/cadences", schemaPath: "#/properties/reports/properties/cadences/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.properties.reports.properties.cadences.type, parentSchema: schema39.properties.reports.properties.cadences, data: data53 };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
        }
        if (data48.reminders !== void 0) {
          let data55 = data48.reminders;
          if (typeof data55 !== "boolean") {
            const err104 = { instancePath: instancePath + "/reports/reminders", schemaPath: "#/properties/reports/properties/reminders/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema39.properties.reports.properties.reminders.type, parentSchema: schema39.properties.reports.properties.reminders, data: data55 };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
        }
      } else {
        const err105 = { instancePath: instancePath + "/reports", schemaPath: "#/properties/reports/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.properties.reports.type, parentSchema: schema39.properties.reports, data: data48 };
        if (vErrors === null) {
          vErrors = [err105];
        } else {
          vErrors.push(err105);
        }
        errors++;
      }
    }
    if (data.workgroups !== void 0) {
      let data56 = data.workgroups;
      if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
        for (const key9 in data56) {
          if (!(key9 === "min_members" || key9 === "at_risk_min_members" || key9 === "max_term_months" || key9 === "leadership")) {
            const err106 = { instancePath: instancePath + "/workgroups", schemaPath: "#/properties/workgroups/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.properties.workgroups, data: data56 };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
        }
        if (data56.min_members !== void 0) {
          let data57 = data56.min_members;
          if (!(typeof data57 == "number" && (!(data57 % 1) && !isNaN(data57)) && isFinite(data57))) {
            const err107 = { instancePath: instancePath + "/workgroups/min_members", schemaPath: "#/properties/workgroups/properties/min_members/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema39.properties.workgroups.properties.min_members.type, parentSchema: schema39.properties.workgroups.properties.min_members, data: data57 };
            if (vErrors === null) {
              vErrors = [err107];
            } else {
              vErrors.push(err107);
            }
            errors++;
          }
          if (typeof data57 == "number" && isFinite(data57)) {
            if (data57 < 1 || isNaN(data57)) {
              const err108 = { instancePath: instancePath + "/workgroups/min_members", schemaPath: "#/properties/workgroups/properties/min_members/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema39.properties.workgroups.properties.min_members, data: data57 };
              if (vErrors === null) {
                vErrors = [err108];
              } else {
                vErrors.push(err108);
              }
              errors++;
            }
          }
        }
        if (data56.at_risk_min_members !== void 0) {
          let data58 = data56.at_risk_min_members;
          if (!(typeof data58 == "number" && (!(data58 % 1) && !isNaN(data58)) && isFinite(data58))) {
            const err109 = { instancePath: instancePath + "/workgroups/at_risk_min_members", schemaPath: "#/properties/workgroups/properties/at_risk_min_members/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema39.properties.workgroups.properties.at_risk_min_members.type, parentSchema: schema39.properties.workgroups.properties.at_risk_min_members, data: data58 };
            if (vErrors === null) {
              vErrors = [err109];
            } else {
              vErrors.push(err109);
            }
            errors++;
          }
          if (typeof data58 == "number" && isFinite(data58)) {
            if (data58 < 1 || isNaN(data58)) {
              const err110 = { instancePath: instancePath + "/workgroups/at_risk_min_members", schemaPath: "#/properties/workgroups/properties/at_risk_min_members/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema39.properties.workgroups.properties.at_risk_min_members, data: data58 };
              if (vErrors === null) {
                vErrors = [err110];
              } else {
                vErrors.push(err110);
              }
              errors++;
            }
          }
        }
        if (data56.max_term_months !== void 0) {
          let data59 = data56.max_term_months;
          if (!(typeof data59 == "number" && (!(data59 % 1) && !isNaN(data59)) && isFinite(data59))) {
            const err111 = { instancePath: instancePath + "/workgroups/max_term_months", schemaPath: "#/properties/workgroups/properties/max_term_months/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema39.properties.workgroups.properties.max_term_months.type, parentSchema: schema39.properties.workgroups.properties.max_term_months, data: data59 };
            if (vErrors === null) {
              vErrors = [err111];
            } else {
              vErrors.push(err111);
            }
            errors++;
          }
          if (typeof data59 == "number" && isFinite(data59)) {
            if (data59 < 1 || isNaN(data59)) {
              const err112 = { instancePath: instancePath + "/workgroups/max_term_months", schemaPath: "#/properties/workgroups/properties/max_term_months/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema39.properties.workgroups.properties.max_term_months, data: data59 };
              if (vErrors === null) {
                vErrors = [err112];
              } else {
                vErrors.push(err112);
              }
              errors++;
            }
          }
        }
        if (data56.leadership !== void 0) {
          let data60 = data56.leadership;
          if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
            for (const key10 in data60) {
              if (!(key10 === "chairs" || key10 === "board_liaison")) {
                const err113 = { instancePath: instancePath + "/workgroups/leadership", schemaPath: "#/properties/workgroups/properties/leadership/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.properties.workgroups.properties.leadership, data: data60 };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
            }
            if (data60.chairs !== void 0) {
              let data61 = data60.chairs;
              if (!(typeof data61 == "number" && (!(data61 % 1) && !isNaN(data61)) && isFinite(data61))) {
                const err114 = { instancePath: instancePath + "/workgroups/leadership/chairs", schemaPath: "#/properties/workgroups/properties/leadership/properties/chairs/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema39.properties.workgroups.properties.leadership.properties.chairs.type, parentSchema: schema39.properties.workgroups.properties.leadership.properties.chairs, data: data61 };
                if (vErrors === null) {
                  vErrors = [err114];
                } else {
                  vErrors.push(err114);
                }
                errors++;
              }
              if (typeof data61 == "number" && isFinite(data61)) {
                if (data61 < 1 || isNaN(data61)) {
                  const err115 = { instancePath: instancePath + "/workgroups/leadership/chairs", schemaPath: "#/properties/workgroups/properties/leadership/properties/chairs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema39.properties.workgroups.properties.leadership.properties.chairs, data: data61 };
                  if (vErrors === null) {
                    vErrors = [err115];
                  } else {
                    vErrors.push(err115);
                  }
                  errors++;
                }
              }
            }
            if (data60.board_liaison !== void 0) {
              let data62 = data60.board_liaison;
              if (typeof data62 !== "boolean") {
                const err116 = { instancePath: instancePath + "/workgroups/leadership/board_liaison", schemaPath: "#/properties/workgroups/properties/leadership/properties/board_liaison/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema39.properties.workgroups.properties.leadership.properties.board_liaison.type, parentSchema: schema39.properties.workgroups.properties.leadership.properties.board_liaison, data: data62 };
                if (vErrors === null) {
                  vErrors = [err116];
                } else {
                  vErrors.push(err116);
                }
                errors++;
              }
            }
          } else {
            const err117 = { instancePath: instancePath + "/workgroups/leadership", schemaPath: "#/properties/workgroups/properties/leadership/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.properties.workgroups.properties.leadership.type, parentSchema: schema39.properties.workgroups.properties.leadership, data: data60 };
            if (vErrors === null) {
              vErrors = [err117];
            } else {
              vErrors.push(err117);
            }
            errors++;
          }
        }
      } else {
        const err118 = { instancePath: instancePath + "/workgroups", schemaPath: "#/properties/workgroups/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.properties.workgroups.type, parentSchema: schema39.properties.workgroups, data: data56 };
        if (vErrors === null) {
          vErrors = [err118];
        } else {
          vErrors.push(err118);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data63 = data.labels;
      if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
        for (const key11 in data63) {
          if (!func1.call(schema39.properties.labels.properties, key11)) {
            const err119 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.properties.labels, data: data63 };
            if (vErrors === null) {
              vErrors = [err119];
            } else {
              vErrors.push(err119);
            }
            errors++;
          }
        }
        if (data63.charter !== void 0) {
          let data64 = data63.charter;
          if (typeof data64 === "string") {
            if (func2(data64) > 50) {
              const err120 = { instancePath: instancePath + "/labels/charter", schemaPath: "#/$defs/label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema42, data: data64 };
              if (vErrors === null) {
                vErrors = [err120];
              } else {
                vErrors.push(err120);
              }
              errors++;
            }
            if (func2(data64) < 1) {
              const err121 = { instancePath: instancePath + "/labels/charter", schemaPath: "#/$defs/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42, data: data64 };
              if (vErrors === null) {
                vErrors = [err121];
              } else {
                vErrors.push(err121);
              }
              errors++;
            }
            if (!pattern22.test(data64)) {
              const err122 = { instancePath: instancePath + "/labels/charter", schemaPath: "#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^[^<>\\r\\n]+$" }, message: 'must match pattern "^[^<>\\r\\n]+$"', schema: "^[^<>\\r\\n]+$", parentSchema: schema42, data: data64 };
              if (vErrors === null) {
                vErrors = [err122];
              } else {
                vErrors.push(err122);
              }
              errors++;
            }
          } else {
            const err123 = { instancePath: instancePath + "/labels/charter", schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.type, parentSchema: schema42, data: data64 };
            if (vErrors === null) {
              vErrors = [err123];
            } else {
              vErrors.push(err123);
            }
            errors++;
          }
        }
        if (data63.grant !== void 0) {
          let data65 = data63.grant;
          if (typeof data65 === "string") {
            if (func2(data65) > 50) {
              const err124 = { instancePath: instancePath + "/labels/grant", schemaPath: "#/$defs/label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema42, data: data65 };
              if (vErrors === null) {
                vErrors = [err124];
              } else {
                vErrors.push(err124);
              }
              errors++;
            }
            if (func2(data65) < 1) {
              const err125 = { instancePath: instancePath + "/labels/grant", schemaPath: "#/$defs/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42, data: data65 };
              if (vErrors === null) {
                vErrors = [err125];
              } else {
                vErrors.push(err125);
              }
              errors++;
            }
            if (!pattern22.test(data65)) {
              const err126 = { instancePath: instancePath + "/labels/grant", schemaPath: "#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^[^<>\\r\\n]+$" }, message: 'must match pattern "^[^<>\\r\\n]+$"', schema: "^[^<>\\r\\n]+$", parentSchema: schema42, data: data65 };
              if (vErrors === null) {
                vErrors = [err126];
              } else {
                vErrors.push(err126);
              }
              errors++;
            }
          } else {
            const err127 = { instancePath: instancePath + "/labels/grant", schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.type, parentSchema: schema42, data: data65 };
            if (vErrors === null) {
              vErrors = [err127];
            } else {
              vErrors.push(err127);
            }
            errors++;
          }
        }
        if (data63.report !== void 0) {
          let data66 = data63.report;
          if (typeof data66 === "string") {
            if (func2(data66) > 50) {
              const err128 = { instancePath: instancePath + "/labels/report", schemaPath: "#/$defs/label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema42, data: data66 };
              if (vErrors === null) {
                vErrors = [err128];
              } else {
                vErrors.push(err128);
              }
              errors++;
            }
            if (func2(data66) < 1) {
              const err129 = { instancePath: instancePath + "/labels/report", schemaPath: "#/$defs/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42, data: data66 };
              if (vErrors === null) {
                vErrors = [err129];
              } else {
                vErrors.push(err129);
              }
              errors++;
            }
            if (!pattern22.test(data66)) {
              const err130 = { instancePath: instancePath + "/labels/report", schemaPath: "#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^[^<>\\r\\n]+$" }, message: 'must match pattern "^[^<>\\r\\n]+$"', schema: "^[^<>\\r\\n]+$", parentSchema: schema42, data: data66 };
              if (vErrors === null) {
                vErrors = [err130];
              } else {
                vErrors.push(err130);
              }
              errors++;
            }
          } else {
            const err131 = { instancePath: instancePath + "/labels/report", schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.type, parentSchema: schema42, data: data66 };
            if (vErrors === null) {
              vErrors = [err131];
            } else {
              vErrors.push(err131);
            }
            errors++;
          }
        }
        if (data63.needs_info !== void 0) {
          let data67 = data63.needs_info;
          if (typeof data67 === "string") {
            if (func2(data67) > 50) {
              const err132 = { instancePath: instancePath + "/labels/needs_info", schemaPath: "#/$defs/label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema42, data: data67 };
              if (vErrors === null) {
                vErrors = [err132];
              } else {
                vErrors.push(err132);
              }
              errors++;
            }
            if (func2(data67) < 1) {
              const err133 = { instancePath: instancePath + "/labels/needs_info", schemaPath: "#/$defs/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42, data: data67 };
              if (vErrors === null) {
                vErrors = [err133];
              } else {
                vErrors.push(err133);
              }
              errors++;
            }
            if (!pattern22.test(data67)) {
              const err134 = { instancePath: instancePath + "/labels/needs_info", schemaPath: "#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^[^<>\\r\\n]+$" }, message: 'must match pattern "^[^<>\\r\\n]+$"', schema: "^[^<>\\r\\n]+$", parentSchema: schema42, data: data67 };
              if (vErrors === null) {
                vErrors = [err134];
              } else {
                vErrors.push(err134);
              }
              errors++;
            }
          } else {
            const err135 = { instancePath: instancePath + "/labels/needs_info", schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.type, parentSchema: schema42, data: data67 };
            if (vErrors === null) {
              vErrors = [err135];
            } else {
              vErrors.push(err135);
            }
            errors++;
          }
        }
        if (data63.grants_wg_review !== void 0) {
          let data68 = data63.grants_wg_review;
          if (typeof data68 === "string") {
            if (func2(data68) > 50) {
              const err136 = { instancePath: instancePath + "/labels/grants_wg_review", schemaPath: "#/$defs/label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema42, data: data68 };
              if (vErrors === null) {
                vErrors = [err136];
              } else {
                vErrors.push(err136);
              }
              errors++;
            }
            if (func2(data68) < 1) {
              const err137 = { instancePath: instancePath + "/labels/grants_wg_review", schemaPath: "#/$defs/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42, data: data68 };
              if (vErrors === null) {
                vErrors = [err137];
              } else {
                vErrors.push(err137);
              }
              errors++;
            }
            if (!pattern22.test(data68)) {
              const err138 = { instancePath: instancePath + "/labels/grants_wg_review", schemaPath: "#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^[^<>\\r\\n]+$" }, message: 'must match pattern "^[^<>\\r\\n]+$"', schema: "^[^<>\\r\\n]+$", parentSchema: schema42, data: data68 };
              if (vErrors === null) {
                vErrors = [err138];
              } else {
                vErrors.push(err138);
              }
              errors++;
            }
          } else {
            const err139 = { instancePath: instancePath + "/labels/grants_wg_review", schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.type, parentSchema: schema42, data: data68 };
            if (vErrors === null) {
              vErrors = [err139];
            } else {
              vErrors.push(err139);
            }
            errors++;
          }
        }
        if (data63.board_review !== void 0) {
          let data69 = data63.board_review;
          if (typeof data69 === "string") {
            if (func2(data69) > 50) {
              const err140 = { instancePath: instancePath + "/labels/board_review", schemaPath: "#/$defs/label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema42, data: data69 };
              if (vErrors === null) {
                vErrors = [err140];
              } else {
                vErrors.push(err140);
              }
              errors++;
            }
            if (func2(data69) < 1) {
              const err141 = { instancePath: instancePath + "/labels/board_review", schemaPath: "#/$defs/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42, data: data69 };
              if (vErrors === null) {
                vErrors = [err141];
              } else {
                vErrors.push(err141);
              }
              errors++;
            }
            if (!pattern22.test(data69)) {
              const err142 = { instancePath: instancePath + "/labels/board_review", schemaPath: "#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^[^<>\\r\\n]+$" }, message: 'must match pattern "^[^<>\\r\\n]+$"', schema: "^[^<>\\r\\n]+$", parentSchema: schema42, data: data69 };
              if (vErrors === null) {
                vErrors = [err142];
              } else {
                vErrors.push(err142);
              }
              errors++;
            }
          } else {
            const err143 = { instancePath: instancePath + "/labels/board_review", schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.type, parentSchema: schema42, data: data69 };
            if (vErrors === null) {
              vErrors = [err143];
            } else {
              vErrors.push(err143);
            }
            errors++;
          }
        }
        if (data63.approved !== void 0) {
          let data70 = data63.approved;
          if (typeof data70 === "string") {
            if (func2(data70) > 50) {
              const err144 = { instancePath: instancePath + "/labels/approved", schemaPath: "#/$defs/label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema42, data: data70 };
              if (vErrors === null) {
                vErrors = [err144];
              } else {
                vErrors.push(err144);
              }
              errors++;
            }
            if (func2(data70) < 1) {
              const err145 = { instancePath: instancePath + "/labels/approved", schemaPath: "#/$defs/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42, data: data70 };
              if (vErrors === null) {
                vErrors = [err145];
              } else {
                vErrors.push(err145);
              }
              errors++;
            }
            if (!pattern22.test(data70)) {
              const err146 = { instancePath: instancePath + "/labels/approved", schemaPath: "#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^[^<>\\r\\n]+$" }, message: 'must match pattern "^[^<>\\r\\n]+$"', schema: "^[^<>\\r\\n]+$", parentSchema: schema42, data: data70 };
              if (vErrors === null) {
                vErrors = [err146];
              } else {
                vErrors.push(err146);
              }
              errors++;
            }
          } else {
            const err147 = { instancePath: instancePath + "/labels/approved", schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.type, parentSchema: schema42, data: data70 };
            if (vErrors === null) {
              vErrors = [err147];
            } else {
              vErrors.push(err147);
            }
            errors++;
          }
        }
        if (data63.declined !== void 0) {
          let data71 = data63.declined;
          if (typeof data71 === "string") {
            if (func2(data71) > 50) {
              const err148 = { instancePath: instancePath + "/labels/declined", schemaPath: "#/$defs/label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema42, data: data71 };
              if (vErrors === null) {
                vErrors = [err148];
              } else {
                vErrors.push(err148);
              }
              errors++;
            }
            if (func2(data71) < 1) {
              const err149 = { instancePath: instancePath + "/labels/declined", schemaPath: "#/$defs/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42, data: data71 };
              if (vErrors === null) {
                vErrors = [err149];
              } else {
                vErrors.push(err149);
              }
              errors++;
            }
            if (!pattern22.test(data71)) {
              const err150 = { instancePath: instancePath + "/labels/declined", schemaPath: "#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^[^<>\\r\\n]+$" }, message: 'must match pattern "^[^<>\\r\\n]+$"', schema: "^[^<>\\r\\n]+$", parentSchema: schema42, data: data71 };
              if (vErrors === null) {
                vErrors = [err150];
              } else {
                vErrors.push(err150);
              }
              errors++;
            }
          } else {
            const err151 = { instancePath: instancePath + "/labels/declined", schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.type, parentSchema: schema42, data: data71 };
            if (vErrors === null) {
              vErrors = [err151];
            } else {
              vErrors.push(err151);
            }
            errors++;
          }
        }
        if (data63.deferred !== void 0) {
          let data72 = data63.deferred;
          if (typeof data72 === "string") {
            if (func2(data72) > 50) {
              const err152 = { instancePath: instancePath + "/labels/deferred", schemaPath: "#/$defs/label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema42, data: data72 };
              if (vErrors === null) {
                vErrors = [err152];
              } else {
                vErrors.push(err152);
              }
              errors++;
            }
            if (func2(data72) < 1) {
              const err153 = { instancePath: instancePath + "/labels/deferred", schemaPath: "#/$defs/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42, data: data72 };
              if (vErrors === null) {
                vErrors = [err153];
              } else {
                vErrors.push(err153);
              }
              errors++;
            }
            if (!pattern22.test(data72)) {
              const err154 = { instancePath: instancePath + "/labels/deferred", schemaPath: "#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^[^<>\\r\\n]+$" }, message: 'must match pattern "^[^<>\\r\\n]+$"', schema: "^[^<>\\r\\n]+$", parentSchema: schema42, data: data72 };
              if (vErrors === null) {
                vErrors = [err154];
              } else {
                vErrors.push(err154);
              }
              errors++;
            }
          } else {
            const err155 = { instancePath: instancePath + "/labels/deferred", schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.type, parentSchema: schema42, data: data72 };
            if (vErrors === null) {
              vErrors = [err155];
            } else {
              vErrors.push(err155);
            }
            errors++;
          }
        }
        if (data63.at_risk !== void 0) {
          let data73 = data63.at_risk;
          if (typeof data73 === "string") {
            if (func2(data73) > 50) {
              const err156 = { instancePath: instancePath + "/labels/at_risk", schemaPath: "#/$defs/label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema42, data: data73 };
              if (vErrors === null) {
                vErrors = [err156];
              } else {
                vErrors.push(err156);
              }
              errors++;
            }
            if (func2(data73) < 1) {
              const err157 = { instancePath: instancePath + "/labels/at_risk", schemaPath: "#/$defs/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42, data: data73 };
              if (vErrors === null) {
                vErrors = [err157];
              } else {
                vErrors.push(err157);
              }
              errors++;
            }
            if (!pattern22.test(data73)) {
              const err158 = { instancePath: instancePath + "/labels/at_risk", schemaPath: "#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^[^<>\\r\\n]+$" }, message: 'must match pattern "^[^<>\\r\\n]+$"', schema: "^[^<>\\r\\n]+$", parentSchema: schema42, data: data73 };
              if (vErrors === null) {
                vErrors = [err158];
              } else {
                vErrors.push(err158);
              }
              errors++;
            }
          } else {
            const err159 = { instancePath: instancePath + "/labels/at_risk", schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.type, parentSchema: schema42, data: data73 };
            if (vErrors === null) {
              vErrors = [err159];
            } else {
              vErrors.push(err159);
            }
            errors++;
          }
        }
        if (data63.over_threshold !== void 0) {
          let data74 = data63.over_threshold;
          if (typeof data74 === "string") {
            if (func2(data74) > 50) {
              const err160 = { instancePath: instancePath + "/labels/over_threshold", schemaPath: "#/$defs/label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema42, data: data74 };
              if (vErrors === null) {
                vErrors = [err160];
              } else {
                vErrors.push(err160);
              }
              errors++;
            }
            if (func2(data74) < 1) {
              const err161 = { instancePath: instancePath + "/labels/over_threshold", schemaPath: "#/$defs/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42, data: data74 };
              if (vErrors === null) {
                vErrors = [err161];
              } else {
                vErrors.push(err161);
              }
              errors++;
            }
            if (!pattern22.test(data74)) {
              const err162 = { instancePath: instancePath + "/labels/over_threshold", schemaPath: "#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^[^<>\\r\\n]+$" }, message: 'must match pattern "^[^<>\\r\\n]+$"', schema: "^[^<>\\r\\n]+$", parentSchema: schema42, data: data74 };
              if (vErrors === null) {
                vErrors = [err162];
              } else {
                vErrors.push(err162);
              }
              errors++;
            }
          } else {
            const err163 = { instancePath: instancePath + "/labels/over_threshold", schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.type, parentSchema: schema42, data: data74 };
            if (vErrors === null) {
              vErrors = [err163];
            } else {
              vErrors.push(err163);
            }
            errors++;
          }
        }
        if (data63.late !== void 0) {
          let data75 = data63.late;
          if (typeof data75 === "string") {
            if (func2(data75) > 50) {
              const err164 = { instancePath: instancePath + "/labels/late", schemaPath: "#/$defs/label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema42, data: data75 };
              if (vErrors === null) {
                vErrors = [err164];
              } else {
                vErrors.push(err164);
              }
              errors++;
            }
            if (func2(data75) < 1) {
              const err165 = { instancePath: instancePath + "/labels/late", schemaPath: "#/$defs/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42, data: data75 };
              if (vErrors === null) {
                vErrors = [err165];
              } else {
                vErrors.push(err165);
              }
              errors++;
            }
            if (!pattern22.test(data75)) {
              const err166 = { instancePath: instancePath + "/labels/late", schemaPath: "#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^[^<>\\r\\n]+$" }, message: 'must match pattern "^[^<>\\r\\n]+$"', schema: "^[^<>\\r\\n]+$", parentSchema: schema42, data: data75 };
              if (vErrors === null) {
                vErrors = [err166];
              } else {
                vErrors.push(err166);
              }
              errors++;
            }
          } else {
            const err167 = { instancePath: instancePath + "/labels/late", schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.type, parentSchema: schema42, data: data75 };
            if (vErrors === null) {
              vErrors = [err167];
            } else {
              vErrors.push(err167);
            }
            errors++;
          }
        }
        if (data63.short_notice !== void 0) {
          let data76 = data63.short_notice;
          if (typeof data76 === "string") {
            if (func2(data76) > 50) {
              const err168 = { instancePath: instancePath + "/labels/short_notice", schemaPath: "#/$defs/label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema42, data: data76 };
              if (vErrors === null) {
                vErrors = [err168];
              } else {
                vErrors.push(err168);
              }
              errors++;
            }
            if (func2(data76) < 1) {
              const err169 = { instancePath: instancePath + "/labels/short_notice", schemaPath: "#/$defs/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42, data: data76 };
              if (vErrors === null) {
                vErrors = [err169];
              } else {
                vErrors.push(err169);
              }
              errors++;
            }
            if (!pattern22.test(data76)) {
              const err170 = { instancePath: instancePath + "/labels/short_notice", schemaPath: "#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^[^<>\\r\\n]+$" }, message: 'must match pattern "^[^<>\\r\\n]+$"', schema: "^[^<>\\r\\n]+$", parentSchema: schema42, data: data76 };
              if (vErrors === null) {
                vErrors = [err170];
              } else {
                vErrors.push(err170);
              }
              errors++;
            }
          } else {
            const err171 = { instancePath: instancePath + "/labels/short_notice", schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.type, parentSchema: schema42, data: data76 };
            if (vErrors === null) {
              vErrors = [err171];
            } else {
              vErrors.push(err171);
            }
            errors++;
          }
        }
        if (data63.not_covered !== void 0) {
          let data77 = data63.not_covered;
          if (typeof data77 === "string") {
            if (func2(data77) > 50) {
              const err172 = { instancePath: instancePath + "/labels/not_covered", schemaPath: "#/$defs/label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema42, data: data77 };
              if (vErrors === null) {
                vErrors = [err172];
              } else {
                vErrors.push(err172);
              }
              errors++;
            }
            if (func2(data77) < 1) {
              const err173 = { instancePath: instancePath + "/labels/not_covered", schemaPath: "#/$defs/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42, data: data77 };
              if (vErrors === null) {
                vErrors = [err173];
              } else {
                vErrors.push(err173);
              }
              errors++;
            }
            if (!pattern22.test(data77)) {
              const err174 = { instancePath: instancePath + "/labels/not_covered", schemaPath: "#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^[^<>\\r\\n]+$" }, message: 'must match pattern "^[^<>\\r\\n]+$"', schema: "^[^<>\\r\\n]+$", parentSchema: schema42, data: data77 };
              if (vErrors === null) {
                vErrors = [err174];
              } else {
                vErrors.push(err174);
              }
              errors++;
            }
          } else {
            const err175 = { instancePath: instancePath + "/labels/not_covered", schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.type, parentSchema: schema42, data: data77 };
            if (vErrors === null) {
              vErrors = [err175];
            } else {
              vErrors.push(err175);
            }
            errors++;
          }
        }
        if (data63.fast_track !== void 0) {
          let data78 = data63.fast_track;
          if (typeof data78 === "string") {
            if (func2(data78) > 50) {
              const err176 = { instancePath: instancePath + "/labels/fast_track", schemaPath: "#/$defs/label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema42, data: data78 };
              if (vErrors === null) {
                vErrors = [err176];
              } else {
                vErrors.push(err176);
              }
              errors++;
            }
            if (func2(data78) < 1) {
              const err177 = { instancePath: instancePath + "/labels/fast_track", schemaPath: "#/$defs/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42, data: data78 };
              if (vErrors === null) {
                vErrors = [err177];
              } else {
                vErrors.push(err177);
              }
              errors++;
            }
            if (!pattern22.test(data78)) {
              const err178 = { instancePath: instancePath + "/labels/fast_track", schemaPath: "#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^[^<>\\r\\n]+$" }, message: 'must match pattern "^[^<>\\r\\n]+$"', schema: "^[^<>\\r\\n]+$", parentSchema: schema42, data: data78 };
              if (vErrors === null) {
                vErrors = [err178];
              } else {
                vErrors.push(err178);
              }
              errors++;
            }
          } else {
            const err179 = { instancePath: instancePath + "/labels/fast_track", schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.type, parentSchema: schema42, data: data78 };
            if (vErrors === null) {
              vErrors = [err179];
            } else {
              vErrors.push(err179);
            }
            errors++;
          }
        }
        if (data63.workgroup_prefix !== void 0) {
          let data79 = data63.workgroup_prefix;
          if (typeof data79 === "string") {
            if (func2(data79) > 20) {
              const err180 = { instancePath: instancePath + "/labels/workgroup_prefix", schemaPath: "#/properties/labels/properties/workgroup_prefix/maxLength", keyword: "maxLength", params: { limit: 20 }, message: "must NOT have more than 20 characters", schema: 20, parentSchema: schema39.properties.labels.properties.workgroup_prefix, data: data79 };
              if (vErrors === null) {
                vErrors = [err180];
              } else {
                vErrors.push(err180);
              }
              errors++;
            }
            if (func2(data79) < 1) {
              const err181 = { instancePath: instancePath + "/labels/workgroup_prefix", schemaPath: "#/properties/labels/properties/workgroup_prefix/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39.properties.labels.properties.workgroup_prefix, data: data79 };
              if (vErrors === null) {
                vErrors = [err181];
              } else {
                vErrors.push(err181);
              }
              errors++;
            }
          } else {
            const err182 = { instancePath: instancePath + "/labels/workgroup_prefix", schemaPath: "#/properties/labels/properties/workgroup_prefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.labels.properties.workgroup_prefix.type, parentSchema: schema39.properties.labels.properties.workgroup_prefix, data: data79 };
            if (vErrors === null) {
              vErrors = [err182];
            } else {
              vErrors.push(err182);
            }
            errors++;
          }
        }
      } else {
        const err183 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.properties.labels.type, parentSchema: schema39.properties.labels, data: data63 };
        if (vErrors === null) {
          vErrors = [err183];
        } else {
          vErrors.push(err183);
        }
        errors++;
      }
    }
    if (data.paths !== void 0) {
      let data80 = data.paths;
      if (data80 && typeof data80 == "object" && !Array.isArray(data80)) {
        for (const key12 in data80) {
          if (!(key12 === "workgroups" || key12 === "grants")) {
            const err184 = { instancePath: instancePath + "/paths", schemaPath: "#/properties/paths/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.properties.paths, data: data80 };
            if (vErrors === null) {
              vErrors = [err184];
            } else {
              vErrors.push(err184);
            }
            errors++;
          }
        }
        if (data80.workgroups !== void 0) {
          let data81 = data80.workgroups;
          if (typeof data81 === "string") {
            if (!pattern37.test(data81)) {
              const err185 = { instancePath: instancePath + "/paths/workgroups", schemaPath: "#/properties/paths/properties/workgroups/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$" }, message: 'must match pattern "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$"', schema: "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$", parentSchema: schema39.properties.paths.properties.workgroups, data: data81 };
              if (vErrors === null) {
                vErrors = [err185];
              } else {
                vErrors.push(err185);
              }
              errors++;
            }
          } else {
            const err186 = { instancePath: instancePath + "/paths/workgroups", schemaPath: "#/properties/paths/properties/workgroups/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.paths.properties.workgroups.type, parentSchema: schema39.properties.paths.properties.workgroups, data: data81 };
            if (vErrors === null) {
              vErrors = [err186];
            } else {
              vErrors.push(err186);
            }
            errors++;
          }
        }
        if (data80.grants !== void 0) {
          let data82 = data80.grants;
          if (typeof data82 === "string") {
            if (!pattern37.test(data82)) {
              const err187 = { instancePath: instancePath + "/paths/grants", schemaPath: "#/properties/paths/properties/grants/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$" }, message: 'must match pattern "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$"', schema: "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$", parentSchema: schema39.properties.paths.properties.grants, data: data82 };
              if (vErrors === null) {
                vErrors = [err187];
              } else {
                vErrors.push(err187);
              }
              errors++;
            }
          } else {
            const err188 = { instancePath: instancePath + "/paths/grants", schemaPath: "#/properties/paths/properties/grants/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.paths.properties.grants.type, parentSchema: schema39.properties.paths.properties.grants, data: data82 };
            if (vErrors === null) {
              vErrors = [err188];
            } else {
              vErrors.push(err188);
            }
            errors++;
          }
        }
      } else {
        const err189 = { instancePath: instancePath + "/paths", schemaPath: "#/properties/paths/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.properties.paths.type, parentSchema: schema39.properties.paths, data: data80 };
        if (vErrors === null) {
          vErrors = [err189];
        } else {
          vErrors.push(err189);
        }
        errors++;
      }
    }
    if (data.templates !== void 0) {
      let data83 = data.templates;
      if (data83 && typeof data83 == "object" && !Array.isArray(data83)) {
        for (const key13 in data83) {
          if (!(key13 === "request_report" || key13 === "site")) {
            const err190 = { instancePath: instancePath + "/templates", schemaPath: "#/properties/templates/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.properties.templates, data: data83 };
            if (vErrors === null) {
              vErrors = [err190];
            } else {
              vErrors.push(err190);
            }
            errors++;
          }
        }
        if (data83.request_report !== void 0) {
          let data84 = data83.request_report;
          if (typeof data84 === "string") {
            if (!pattern39.test(data84)) {
              const err191 = { instancePath: instancePath + "/templates/request_report", schemaPath: "#/properties/templates/properties/request_report/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*\\.hbs$" }, message: 'must match pattern "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*\\.hbs$"', schema: "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*\\.hbs$", parentSchema: schema39.properties.templates.properties.request_report, data: data84 };
              if (vErrors === null) {
                vErrors = [err191];
              } else {
                vErrors.push(err191);
              }
              errors++;
            }
          } else {
            const err192 = { instancePath: instancePath + "/templates/request_report", schemaPath: "#/properties/templates/properties/request_report/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.templates.properties.request_report.type, parentSchema: schema39.properties.templates.properties.request_report, data: data84 };
            if (vErrors === null) {
              vErrors = [err192];
            } else {
              vErrors.push(err192);
            }
            errors++;
          }
        }
        if (data83.site !== void 0) {
          let data85 = data83.site;
          if (typeof data85 === "string") {
            if (!pattern37.test(data85)) {
              const err193 = { instancePath: instancePath + "/templates/site", schemaPath: "#/properties/templates/properties/site/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$" }, message: 'must match pattern "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$"', schema: "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$", parentSchema: schema39.properties.templates.properties.site, data: data85 };
              if (vErrors === null) {
                vErrors = [err193];
              } else {
                vErrors.push(err193);
              }
              errors++;
            }
          } else {
            const err194 = { instancePath: instancePath + "/templates/site", schemaPath: "#/properties/templates/properties/site/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.templates.properties.site.type, parentSchema: schema39.properties.templates.properties.site, data: data85 };
            if (vErrors === null) {
              vErrors = [err194];
            } else {
              vErrors.push(err194);
            }
            errors++;
          }
        }
      } else {
        const err195 = { instancePath: instancePath + "/templates", schemaPath: "#/properties/templates/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.properties.templates.type, parentSchema: schema39.properties.templates, data: data83 };
        if (vErrors === null) {
          vErrors = [err195];
        } else {
          vErrors.push(err195);
        }
        errors++;
      }
    }
  } else {
    const err196 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data };
    if (vErrors === null) {
      vErrors = [err196];
    } else {
      vErrors.push(err196);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var ledger = validate24;
var schema57 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:wgbot:schema:ledger", "title": "Grants ledger record", "description": "One final decision on a grant request (approved or declined), stored as grants/<year>/<issue>-<slug>.yml in the governance repository. wgbot writes these files when the Grants WG or the board decides; the year is the year of the decision.", "type": "object", "additionalProperties": false, "required": ["issue", "url", "outcome", "grant_type", "organisation", "event", "currency", "requested", "base_currency", "rate", "requested_base", "decided"], "properties": { "issue": { "title": "Issue", "description": "The number of the grant request issue. The file name starts with it.", "type": "integer", "minimum": 1, "examples": [12] }, "url": { "title": "Issue link", "description": "The grant request issue's address.", "type": "string", "format": "uri", "pattern": "^https?://", "examples": ["https://github.com/psf/governance/issues/12"] }, "outcome": { "title": "Outcome", "description": "The final decision: approved or declined.", "enum": ["approved", "declined"], "examples": ["approved"] }, "grant_type": { "title": "Grant type", "description": "conference, workshop, sprint, meetup or deposit-advance, as the request gave it.", "enum": ["conference", "workshop", "sprint", "meetup", "deposit-advance"], "examples": ["conference"] }, "organisation": { "title": "Organisation", "description": "The group or organisation that runs the event. The per-organisation cap matches on its name and website.", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "title": "Organisation name", "description": "Name of the organising group.", "type": "string", "minLength": 1, "examples": ["PyCon Example"] }, "website": { "title": "Organisation website", "description": "The organisation's web site.", "type": "string", "format": "uri", "examples": ["https://pycon.example.org"] } } }, "event": { "title": "Event", "description": "The event the grant supports.", "type": "object", "additionalProperties": false, "required": ["name", "start_date", "end_date"], "properties": { "name": { "title": "Event name", "description": "Name of the event.", "type": "string", "minLength": 1, "examples": ["PyCon Example 2027"] }, "start_date": { "title": "Start date", "description": "First day of the event, YYYY-MM-DD.", "type": "string", "format": "date", "examples": ["2027-04-14"] }, "end_date": { "title": "End date", "description": "Last day of the event, YYYY-MM-DD.", "type": "string", "format": "date", "examples": ["2027-04-16"] }, "location": { "title": "Location", "description": "City and country, or 'Online'.", "type": "string", "minLength": 1, "examples": ["Lisbon, Portugal"] } } }, "currency": { "title": "Currency", "description": "ISO 4217 code of the request's currency: `requested` and `granted` are in it.", "type": "string", "pattern": "^[A-Z]{3}$", "examples": ["EUR"] }, "requested": { "title": "Amount requested", "description": "The amount requested, in the request's currency.", "type": "number", "exclusiveMinimum": 0, "examples": [11e3] }, "granted": { "title": "Amount granted", "description": "The amount granted, in the request's currency. Only an approved grant has one.", "type": "number", "exclusiveMinimum": 0, "examples": [9e3] }, "base_currency": { "title": "Base currency", "description": "The currency the foundation counts in (the config's base_currency when the decision was made).", "type": "string", "pattern": "^[A-Z]{3}$", "examples": ["USD"] }, "rate": { "title": "Exchange rate", "description": "The value of one unit of `currency` in `base_currency`, as used for the decision (1 when they are the same).", "type": "number", "exclusiveMinimum": 0, "examples": [1.08] }, "requested_base": { "title": "Amount requested in the base currency", "description": "`requested` \xD7 `rate`, to the cent.", "type": "number", "exclusiveMinimum": 0, "examples": [11880] }, "granted_base": { "title": "Amount granted in the base currency", "description": "`granted` \xD7 `rate`, to the cent. Only an approved grant has one.", "type": "number", "exclusiveMinimum": 0, "examples": [9720] }, "decided": { "title": "Decision", "description": "Who decided, for whom, when, and where the decision is recorded.", "type": "object", "additionalProperties": false, "required": ["by", "for", "on", "comment"], "properties": { "by": { "title": "Decided by", "description": "GitHub login of the board or Grants WG member who recorded the decision.", "$ref": "#/$defs/login" }, "for": { "title": "Decided for", "description": "board, or grants-wg for a request the Grants WG decides alone (up to the board threshold).", "enum": ["board", "grants-wg"], "examples": ["board"] }, "on": { "title": "Decided on", "description": "The day of the decision, YYYY-MM-DD. The file's year folder is its year.", "type": "string", "format": "date", "examples": ["2027-01-13"] }, "meeting": { "title": "Board meeting", "description": "The board meeting the request was on, YYYY-MM-DD.", "type": "string", "format": "date", "examples": ["2027-01-13"] }, "comment": { "title": "Command comment", "description": "The id of the `/board` or `/recommend` comment that made the decision.", "type": "integer", "minimum": 1, "examples": [1234567] } } }, "recommendation": { "title": "Grants WG recommendation", "description": "The Grants WG's recommendation the board decided with, when there was one.", "type": "object", "additionalProperties": false, "required": ["by", "decision", "on"], "properties": { "by": { "title": "Recommended by", "description": "GitHub login of the Grants WG member who recorded it.", "$ref": "#/$defs/login" }, "decision": { "title": "Recommendation", "description": "approve or decline.", "enum": ["approve", "decline"], "examples": ["approve"] }, "amount_base": { "title": "Amount recommended in the base currency", "description": "The amount the Grants WG recommended granting, in the base currency.", "type": "number", "exclusiveMinimum": 0, "examples": [9720] }, "on": { "title": "Recommended on", "description": "The day of the recommendation, YYYY-MM-DD.", "type": "string", "format": "date", "examples": ["2026-11-30"] } } } }, "$defs": { "login": { "title": "GitHub login", "description": "A GitHub login, without the @.", "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "examples": ["bea"] } } };
var schema58 = { "title": "GitHub login", "description": "A GitHub login, without the @.", "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "examples": ["bea"] };
var pattern41 = new RegExp("^https?://", "u");
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.issue === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "issue" }, message: "must have required property 'issue'", schema: schema57.required, parentSchema: schema57, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.url === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema57.required, parentSchema: schema57, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.outcome === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "outcome" }, message: "must have required property 'outcome'", schema: schema57.required, parentSchema: schema57, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.grant_type === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "grant_type" }, message: "must have required property 'grant_type'", schema: schema57.required, parentSchema: schema57, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.organisation === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "organisation" }, message: "must have required property 'organisation'", schema: schema57.required, parentSchema: schema57, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.event === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "event" }, message: "must have required property 'event'", schema: schema57.required, parentSchema: schema57, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.currency === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'", schema: schema57.required, parentSchema: schema57, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.requested === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requested" }, message: "must have required property 'requested'", schema: schema57.required, parentSchema: schema57, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.base_currency === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "base_currency" }, message: "must have required property 'base_currency'", schema: schema57.required, parentSchema: schema57, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.rate === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rate" }, message: "must have required property 'rate'", schema: schema57.required, parentSchema: schema57, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.requested_base === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requested_base" }, message: "must have required property 'requested_base'", schema: schema57.required, parentSchema: schema57, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.decided === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "decided" }, message: "must have required property 'decided'", schema: schema57.required, parentSchema: schema57, data };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema57.properties, key0)) {
        const err12 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema57, data };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.issue !== void 0) {
      let data0 = data.issue;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err13 = { instancePath: instancePath + "/issue", schemaPath: "#/properties/issue/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema57.properties.issue.type, parentSchema: schema57.properties.issue, data: data0 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 < 1 || isNaN(data0)) {
          const err14 = { instancePath: instancePath + "/issue", schemaPath: "#/properties/issue/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema57.properties.issue, data: data0 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.url !== void 0) {
      let data1 = data.url;
      if (typeof data1 === "string") {
        if (!pattern41.test(data1)) {
          const err15 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema57.properties.url, data: data1 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (!formats6(data1)) {
          const err16 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema57.properties.url, data: data1 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.url.type, parentSchema: schema57.properties.url, data: data1 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.outcome !== void 0) {
      let data2 = data.outcome;
      if (!(data2 === "approved" || data2 === "declined")) {
        const err18 = { instancePath: instancePath + "/outcome", schemaPath: "#/properties/outcome/enum", keyword: "enum", params: { allowedValues: schema57.properties.outcome.enum }, message: "must be equal to one of the allowed values", schema: schema57.properties.outcome.enum, parentSchema: schema57.properties.outcome, data: data2 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.grant_type !== void 0) {
      let data3 = data.grant_type;
      if (!(data3 === "conference" || data3 === "workshop" || data3 === "sprint" || data3 === "meetup" || data3 === "deposit-advance")) {
        const err19 = { instancePath: instancePath + "/grant_type", schemaPath: "#/properties/grant_type/enum", keyword: "enum", params: { allowedValues: schema57.properties.grant_type.enum }, message: "must be equal to one of the allowed values", schema: schema57.properties.grant_type.enum, parentSchema: schema57.properties.grant_type, data: data3 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.organisation !== void 0) {
      let data4 = data.organisation;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.name === void 0) {
          const err20 = { instancePath: instancePath + "/organisation", schemaPath: "#/properties/organisation/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema57.properties.organisation.required, parentSchema: schema57.properties.organisation, data: data4 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        for (const key1 in data4) {
          if (!(key1 === "name" || key1 === "website")) {
            const err21 = { instancePath: instancePath + "/organisation", schemaPath: "#/properties/organisation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema57.properties.organisation, data: data4 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data4.name !== void 0) {
          let data5 = data4.name;
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err22 = { instancePath: instancePath + "/organisation/name", schemaPath: "#/properties/organisation/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.properties.organisation.properties.name, data: data5 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/organisation/name", schemaPath: "#/properties/organisation/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.organisation.properties.name.type, parentSchema: schema57.properties.organisation.properties.name, data: data5 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data4.website !== void 0) {
          let data6 = data4.website;
          if (typeof data6 === "string") {
            if (!formats6(data6)) {
              const err24 = { instancePath: instancePath + "/organisation/website", schemaPath: "#/properties/organisation/properties/website/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema57.properties.organisation.properties.website, data: data6 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/organisation/website", schemaPath: "#/properties/organisation/properties/website/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.organisation.properties.website.type, parentSchema: schema57.properties.organisation.properties.website, data: data6 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/organisation", schemaPath: "#/properties/organisation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.properties.organisation.type, parentSchema: schema57.properties.organisation, data: data4 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.event !== void 0) {
      let data7 = data.event;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.name === void 0) {
          const err27 = { instancePath: instancePath + "/event", schemaPath: "#/properties/event/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema57.properties.event.required, parentSchema: schema57.properties.event, data: data7 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (data7.start_date === void 0) {
          const err28 = { instancePath: instancePath + "/event", schemaPath: "#/properties/event/required", keyword: "required", params: { missingProperty: "start_date" }, message: "must have required property 'start_date'", schema: schema57.properties.event.required, parentSchema: schema57.properties.event, data: data7 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (data7.end_date === void 0) {
          const err29 = { instancePath: instancePath + "/event", schemaPath: "#/properties/event/required", keyword: "required", params: { missingProperty: "end_date" }, message: "must have required property 'end_date'", schema: schema57.properties.event.required, parentSchema: schema57.properties.event, data: data7 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        for (const key2 in data7) {
          if (!(key2 === "name" || key2 === "start_date" || key2 === "end_date" || key2 === "location")) {
            const err30 = { instancePath: instancePath + "/event", schemaPath: "#/properties/event/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema57.properties.event, data: data7 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data7.name !== void 0) {
          let data8 = data7.name;
          if (typeof data8 === "string") {
            if (func2(data8) < 1) {
              const err31 = { instancePath: instancePath + "/event/name", schemaPath: "#/properties/event/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.properties.event.properties.name, data: data8 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/event/name", schemaPath: "#/properties/event/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.event.properties.name.type, parentSchema: schema57.properties.event.properties.name, data: data8 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data7.start_date !== void 0) {
          let data9 = data7.start_date;
          if (typeof data9 === "string") {
            if (!formats0.validate(data9)) {
              const err33 = { instancePath: instancePath + "/event/start_date", schemaPath: "#/properties/event/properties/start_date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema57.properties.event.properties.start_date, data: data9 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/event/start_date", schemaPath: "#/properties/event/properties/start_date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.event.properties.start_date.type, parentSchema: schema57.properties.event.properties.start_date, data: data9 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data7.end_date !== void 0) {
          let data10 = data7.end_date;
          if (typeof data10 === "string") {
            if (!formats0.validate(data10)) {
              const err35 = { instancePath: instancePath + "/event/end_date", schemaPath: "#/properties/event/properties/end_date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema57.properties.event.properties.end_date, data: data10 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = { instancePath: instancePath + "/event/end_date", schemaPath: "#/properties/event/properties/end_date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.event.properties.end_date.type, parentSchema: schema57.properties.event.properties.end_date, data: data10 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data7.location !== void 0) {
          let data11 = data7.location;
          if (typeof data11 === "string") {
            if (func2(data11) < 1) {
              const err37 = { instancePath: instancePath + "/event/location", schemaPath: "#/properties/event/properties/location/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.properties.event.properties.location, data: data11 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          } else {
            const err38 = { instancePath: instancePath + "/event/location", schemaPath: "#/properties/event/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.event.properties.location.type, parentSchema: schema57.properties.event.properties.location, data: data11 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/event", schemaPath: "#/properties/event/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.properties.event.type, parentSchema: schema57.properties.event, data: data7 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.currency !== void 0) {
      let data12 = data.currency;
      if (typeof data12 === "string") {
        if (!pattern8.test(data12)) {
          const err40 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"', schema: "^[A-Z]{3}$", parentSchema: schema57.properties.currency, data: data12 };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      } else {
        const err41 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.currency.type, parentSchema: schema57.properties.currency, data: data12 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.requested !== void 0) {
      let data13 = data.requested;
      if (typeof data13 == "number" && isFinite(data13)) {
        if (data13 <= 0 || isNaN(data13)) {
          const err42 = { instancePath: instancePath + "/requested", schemaPath: "#/properties/requested/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema57.properties.requested, data: data13 };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      } else {
        const err43 = { instancePath: instancePath + "/requested", schemaPath: "#/properties/requested/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema57.properties.requested.type, parentSchema: schema57.properties.requested, data: data13 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.granted !== void 0) {
      let data14 = data.granted;
      if (typeof data14 == "number" && isFinite(data14)) {
        if (data14 <= 0 || isNaN(data14)) {
          const err44 = { instancePath: instancePath + "/granted", schemaPath: "#/properties/granted/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema57.properties.granted, data: data14 };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      } else {
        const err45 = { instancePath: instancePath + "/granted", schemaPath: "#/properties/granted/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema57.properties.granted.type, parentSchema: schema57.properties.granted, data: data14 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.base_currency !== void 0) {
      let data15 = data.base_currency;
      if (typeof data15 === "string") {
        if (!pattern8.test(data15)) {
          const err46 = { instancePath: instancePath + "/base_currency", schemaPath: "#/properties/base_currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"', schema: "^[A-Z]{3}$", parentSchema: schema57.properties.base_currency, data: data15 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
      } else {
        const err47 = { instancePath: instancePath + "/base_currency", schemaPath: "#/properties/base_currency/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.base_currency.type, parentSchema: schema57.properties.base_currency, data: data15 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.rate !== void 0) {
      let data16 = data.rate;
      if (typeof data16 == "number" && isFinite(data16)) {
        if (data16 <= 0 || isNaN(data16)) {
          const err48 = { instancePath: instancePath + "/rate", schemaPath: "#/properties/rate/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema57.properties.rate, data: data16 };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
      } else {
        const err49 = { instancePath: instancePath + "/rate", schemaPath: "#/properties/rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema57.properties.rate.type, parentSchema: schema57.properties.rate, data: data16 };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.requested_base !== void 0) {
      let data17 = data.requested_base;
      if (typeof data17 == "number" && isFinite(data17)) {
        if (data17 <= 0 || isNaN(data17)) {
          const err50 = { instancePath: instancePath + "/requested_base", schemaPath: "#/properties/requested_base/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema57.properties.requested_base, data: data17 };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
      } else {
        const err51 = { instancePath: instancePath + "/requested_base", schemaPath: "#/properties/requested_base/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema57.properties.requested_base.type, parentSchema: schema57.properties.requested_base, data: data17 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.granted_base !== void 0) {
      let data18 = data.granted_base;
      if (typeof data18 == "number" && isFinite(data18)) {
        if (data18 <= 0 || isNaN(data18)) {
          const err52 = { instancePath: instancePath + "/granted_base", schemaPath: "#/properties/granted_base/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema57.properties.granted_base, data: data18 };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
      } else {
        const err53 = { instancePath: instancePath + "/granted_base", schemaPath: "#/properties/granted_base/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema57.properties.granted_base.type, parentSchema: schema57.properties.granted_base, data: data18 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.decided !== void 0) {
      let data19 = data.decided;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        if (data19.by === void 0) {
          const err54 = { instancePath: instancePath + "/decided", schemaPath: "#/properties/decided/required", keyword: "required", params: { missingProperty: "by" }, message: "must have required property 'by'", schema: schema57.properties.decided.required, parentSchema: schema57.properties.decided, data: data19 };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        if (data19.for === void 0) {
          const err55 = { instancePath: instancePath + "/decided", schemaPath: "#/properties/decided/required", keyword: "required", params: { missingProperty: "for" }, message: "must have required property 'for'", schema: schema57.properties.decided.required, parentSchema: schema57.properties.decided, data: data19 };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
        if (data19.on === void 0) {
          const err56 = { instancePath: instancePath + "/decided", schemaPath: "#/properties/decided/required", keyword: "required", params: { missingProperty: "on" }, message: "must have required property 'on'", schema: schema57.properties.decided.required, parentSchema: schema57.properties.decided, data: data19 };
          if (vErrors === null) {
            vErrors = [err56];
          } else {
            vErrors.push(err56);
          }
          errors++;
        }
        if (data19.comment === void 0) {
          const err57 = { instancePath: instancePath + "/decided", schemaPath: "#/properties/decided/required", keyword: "required", params: { missingProperty: "comment" }, message: "must have required property 'comment'", schema: schema57.properties.decided.required, parentSchema: schema57.properties.decided, data: data19 };
          if (vErrors === null) {
            vErrors = [err57];
          } else {
            vErrors.push(err57);
          }
          errors++;
        }
        for (const key3 in data19) {
          if (!(key3 === "by" || key3 === "for" || key3 === "on" || key3 === "meeting" || key3 === "comment")) {
            const err58 = { instancePath: instancePath + "/decided", schemaPath: "#/properties/decided/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema57.properties.decided, data: data19 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data19.by !== void 0) {
          let data20 = data19.by;
          if (typeof data20 === "string") {
            if (!pattern5.test(data20)) {
              const err59 = { instancePath: instancePath + "/decided/by", schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"', schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema58, data: data20 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          } else {
            const err60 = { instancePath: instancePath + "/decided/by", schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.type, parentSchema: schema58, data: data20 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data19.for !== void 0) {
          let data21 = data19.for;
          if (!(data21 === "board" || data21 === "grants-wg")) {
            const err61 = { instancePath: instancePath + "/decided/for", schemaPath: "#/properties/decided/properties/for/enum", keyword: "enum", params: { allowedValues: schema57.properties.decided.properties.for.enum }, message: "must be equal to one of the allowed values", schema: schema57.properties.decided.properties.for.enum, parentSchema: schema57.properties.decided.properties.for, data: data21 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data19.on !== void 0) {
          let data22 = data19.on;
          if (typeof data22 === "string") {
            if (!formats0.validate(data22)) {
              const err62 = { instancePath: instancePath + "/decided/on", schemaPath: "#/properties/decided/properties/on/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema57.properties.decided.properties.on, data: data22 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          } else {
            const err63 = { instancePath: instancePath + "/decided/on", schemaPath: "#/properties/decided/properties/on/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.decided.properties.on.type, parentSchema: schema57.properties.decided.properties.on, data: data22 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data19.meeting !== void 0) {
          let data23 = data19.meeting;
          if (typeof data23 === "string") {
            if (!formats0.validate(data23)) {
              const err64 = { instancePath: instancePath + "/decided/meeting", schemaPath: "#/properties/decided/properties/meeting/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema57.properties.decided.properties.meeting, data: data23 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
          } else {
            const err65 = { instancePath: instancePath + "/decided/meeting", schemaPath: "#/properties/decided/properties/meeting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.decided.properties.meeting.type, parentSchema: schema57.properties.decided.properties.meeting, data: data23 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data19.comment !== void 0) {
          let data24 = data19.comment;
          if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
            const err66 = { instancePath: instancePath + "/decided/comment", schemaPath: "#/properties/decided/properties/comment/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema57.properties.decided.properties.comment.type, parentSchema: schema57.properties.decided.properties.comment, data: data24 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
          if (typeof data24 == "number" && isFinite(data24)) {
            if (data24 < 1 || isNaN(data24)) {
              const err67 = { instancePath: instancePath + "/decided/comment", schemaPath: "#/properties/decided/properties/comment/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema57.properties.decided.properties.comment, data: data24 };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
          }
        }
      } else {
        const err68 = { instancePath: instancePath + "/decided", schemaPath: "#/properties/decided/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.properties.decided.type, parentSchema: schema57.properties.decided, data: data19 };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
    }
    if (data.recommendation !== void 0) {
      let data25 = data.recommendation;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        if (data25.by === void 0) {
          const err69 = { instancePath: instancePath + "/recommendation", schemaPath: "#/properties/recommendation/required", keyword: "required", params: { missingProperty: "by" }, message: "must have required property 'by'", schema: schema57.properties.recommendation.required, parentSchema: schema57.properties.recommendation, data: data25 };
          if (vErrors === null) {
            vErrors = [err69];
          } else {
            vErrors.push(err69);
          }
          errors++;
        }
        if (data25.decision === void 0) {
          const err70 = { instancePath: instancePath + "/recommendation", schemaPath: "#/properties/recommendation/required", keyword: "required", params: { missingProperty: "decision" }, message: "must have required property 'decision'", schema: schema57.properties.recommendation.required, parentSchema: schema57.properties.recommendation, data: data25 };
          if (vErrors === null) {
            vErrors = [err70];
          } else {
            vErrors.push(err70);
          }
          errors++;
        }
        if (data25.on === void 0) {
          const err71 = { instancePath: instancePath + "/recommendation", schemaPath: "#/properties/recommendation/required", keyword: "required", params: { missingProperty: "on" }, message: "must have required property 'on'", schema: schema57.properties.recommendation.required, parentSchema: schema57.properties.recommendation, data: data25 };
          if (vErrors === null) {
            vErrors = [err71];
          } else {
            vErrors.push(err71);
          }
          errors++;
        }
        for (const key4 in data25) {
          if (!(key4 === "by" || key4 === "decision" || key4 === "amount_base" || key4 === "on")) {
            const err72 = { instancePath: instancePath + "/recommendation", schemaPath: "#/properties/recommendation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema57.properties.recommendation, data: data25 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data25.by !== void 0) {
          let data26 = data25.by;
          if (typeof data26 === "string") {
            if (!pattern5.test(data26)) {
              const err73 = { instancePath: instancePath + "/recommendation/by", schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"', schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema58, data: data26 };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
          } else {
            const err74 = { instancePath: instancePath + "/recommendation/by", schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.type, parentSchema: schema58, data: data26 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
        if (data25.decision !== void 0) {
          let data27 = data25.decision;
          if (!(data27 === "approve" || data27 === "decline")) {
            const err75 = { instancePath: instancePath + "/recommendation/decision", schemaPath: "#/properties/recommendation/properties/decision/enum", keyword: "enum", params: { allowedValues: schema57.properties.recommendation.properties.decision.enum }, message: "must be equal to one of the allowed values", schema: schema57.properties.recommendation.properties.decision.enum, parentSchema: schema57.properties.recommendation.properties.decision, data: data27 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        if (data25.amount_base !== void 0) {
          let data28 = data25.amount_base;
          if (typeof data28 == "number" && isFinite(data28)) {
            if (data28 <= 0 || isNaN(data28)) {
              const err76 = { instancePath: instancePath + "/recommendation/amount_base", schemaPath: "#/properties/recommendation/properties/amount_base/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema57.properties.recommendation.properties.amount_base, data: data28 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
          } else {
            const err77 = { instancePath: instancePath + "/recommendation/amount_base", schemaPath: "#/properties/recommendation/properties/amount_base/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema57.properties.recommendation.properties.amount_base.type, parentSchema: schema57.properties.recommendation.properties.amount_base, data: data28 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
        if (data25.on !== void 0) {
          let data29 = data25.on;
          if (typeof data29 === "string") {
            if (!formats0.validate(data29)) {
              const err78 = { instancePath: instancePath + "/recommendation/on", schemaPath: "#/properties/recommendation/properties/on/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema57.properties.recommendation.properties.on, data: data29 };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
          } else {
            const err79 = { instancePath: instancePath + "/recommendation/on", schemaPath: "#/properties/recommendation/properties/on/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.recommendation.properties.on.type, parentSchema: schema57.properties.recommendation.properties.on, data: data29 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
      } else {
        const err80 = { instancePath: instancePath + "/recommendation", schemaPath: "#/properties/recommendation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.properties.recommendation.type, parentSchema: schema57.properties.recommendation, data: data25 };
        if (vErrors === null) {
          vErrors = [err80];
        } else {
          vErrors.push(err80);
        }
        errors++;
      }
    }
  } else {
    const err81 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.type, parentSchema: schema57, data };
    if (vErrors === null) {
      vErrors = [err81];
    } else {
      vErrors.push(err81);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/schema/registry.ts
var schemas = {
  charter: charter_schema_default,
  report: report_schema_default,
  grant: grant_schema_default,
  config: config_schema_default,
  ledger: ledger_schema_default
};
var precompiled = validators_exports;
function validator(name2) {
  return precompiled[name2];
}
function resolveRef(root, schema) {
  if (!schema?.$ref?.startsWith("#/")) return schema;
  let node = root;
  for (const part of schema.$ref.slice(2).split("/"))
    node = node?.[part];
  return node ? { ...node, ...schema, $ref: void 0 } : schema;
}

// src/yaml/locate.ts
import {
  isMap,
  isPair,
  isScalar,
  isSeq
} from "yaml";

// src/yaml/position.ts
function positionOf(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
function rangePosition(lc, range) {
  if (!range) return { line: 1, column: 1 };
  const start = lc.linePos(range[0] ?? 0);
  const end = lc.linePos(Math.max(range[0] ?? 0, range[1] ?? 0));
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

// src/yaml/locate.ts
function locate(doc, lc, path) {
  let node = doc.contents;
  let pair;
  let exact = true;
  for (const [index, segment] of path.entries()) {
    if (isMap(node)) {
      const found = keysOf(node).get(String(segment));
      if (!found) {
        exact = false;
        break;
      }
      pair = found;
      node = found.value;
      if (node === null || isEmptyScalar(node)) {
        node = null;
        if (index < path.length - 1) exact = false;
        break;
      }
    } else if (isSeq(node) && typeof segment === "number" && segment < node.items.length) {
      pair = void 0;
      node = node.items[segment];
    } else {
      exact = false;
      break;
    }
  }
  const keyNode = pair?.key;
  const valueNode = node ?? keyNode;
  const value = rangePosition(lc, valueNode?.range);
  const key = keyNode ? rangePosition(lc, keyNode.range) : value;
  return { value, key, exact };
}
var keyIndex = /* @__PURE__ */ new WeakMap();
function keysOf(map) {
  let index = keyIndex.get(map);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const item of map.items)
      if (isPair(item) && isScalar(item.key) && !index.has(String(item.key.value)))
        index.set(String(item.key.value), item);
    keyIndex.set(map, index);
  }
  return index;
}
function isEmptyScalar(node) {
  return isScalar(node) && node.value === null && !!node.range && node.range[0] === node.range[1];
}
function parsePointer(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~")).map((s) => /^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s);
}
function formatPath(path) {
  let out = "";
  for (const s of path) out += typeof s === "number" ? `[${s}]` : out ? `.${s}` : s;
  return out;
}

// src/forms/fields.ts
function fieldFinding(form, id, code2, message, hint, severity = "error") {
  return { severity, code: code2, path: [id], message: `${bold(fieldLabel(form, id))}: ${message}`, hint };
}
function textOf(ctx, id) {
  const answer = ctx.parsed.answers.get(id);
  return answer && !answer.empty ? answer.text : void 0;
}
function readField(ctx, id, code2, parse3) {
  const answer = ctx.parsed.answers.get(id);
  if (!answer || answer.empty) return void 0;
  const result = parse3(answer.text, answer);
  if (result.ok) return result.value;
  ctx.findings.push(fieldFinding(ctx.form, id, code2, lowerFirst(result.message), result.hint));
  return void 0;
}
function requiredFindings(ctx, options = {}) {
  const findings = [];
  for (const field of ctx.form.fields) {
    if (!field.required || options.notRequired?.has(field.id)) continue;
    const answer = ctx.parsed.answers.get(field.id);
    if (!answer) findings.push(missingSection(ctx.form, field.id));
    else if (answer.empty && !(answer.text !== "" && options.noneIsAnswer?.has(field.id)))
      findings.push(emptyRequired(ctx.form, field.id));
  }
  return findings;
}
function missingSection(form, id) {
  const label = fieldLabel(form, id);
  return fieldFinding(
    form,
    id,
    "form.missing-section",
    "this section is missing from the issue: its heading was removed or renamed.",
    `Edit the issue and add the heading \`### ${label}\` back, with your answer under it.`
  );
}
function emptyRequired(form, id, why = "this field is required.") {
  return fieldFinding(form, id, "form.required", `no answer; ${why}`, "Edit the issue and fill it in.");
}
function notFromForm(form) {
  return {
    severity: "error",
    code: "form.not-from-form",
    path: [],
    message: `This issue was not written with the "${form.name}" form, so wgbot cannot read its answers.`,
    hint: `Open a new issue with the "${form.name}" form, or edit this one so that each answer sits under its \`### <question>\` heading.`
  };
}
function inFormOrder(form, findings) {
  const rank = new Map(form.fields.map((f, i) => [f.id, i]));
  const order = (f) => f.path.length === 0 ? -1 : rank.get(String(f.path[0])) ?? form.fields.length;
  return [...findings].sort((a, b) => order(a) - order(b));
}
function fieldForPath(map, path) {
  const names2 = path.filter((p) => typeof p === "string");
  for (let n = names2.length; n > 0; n--) {
    const key = names2.slice(0, n).join(".");
    const hit = map.find(([schemaPath]) => schemaPath === key);
    if (hit) return hit[1];
  }
  return void 0;
}
function schemaFindings(schema, data, ctx, map, leftToPolicy = /* @__PURE__ */ new Set()) {
  const validate = validator(schema);
  if (validate(data)) return { valid: true, findings: [] };
  const done = new Set(ctx.findings.filter((f) => f.severity === "error").map((f) => String(f.path[0])));
  const findings = [];
  let valid = true;
  for (const error2 of validate.errors ?? []) {
    if (error2.keyword === "if" || error2.keyword === "propertyNames") continue;
    const path = parsePointer(error2.instancePath);
    if (error2.keyword === "required")
      path.push(String(error2.params.missingProperty));
    const id = fieldForPath(map, path);
    if (id !== void 0 && leftToPolicy.has(id)) continue;
    valid = false;
    if (!id || done.has(id)) continue;
    done.add(id);
    const { message, hint } = describe(schemas[schema], error2, path);
    findings.push(fieldFinding(ctx.form, id, `schema.${error2.keyword}`, message, hint));
  }
  return { valid, findings };
}
function describe(root, error2, path) {
  const params = error2.params;
  const parent = resolveRef(root, error2.parentSchema);
  const node = error2.keyword === "required" ? resolveRef(root, parent?.properties?.[String(params.missingProperty)]) : parent;
  const example = node?.examples?.[0];
  const eg = example !== void 0 && typeof example !== "object" ? `, e.g. ${String(example)}` : "";
  const index = path.find((p) => typeof p === "number");
  const item = index === void 0 ? "" : `item ${index + 1}: `;
  const value = typeof error2.data === "string" ? quote(error2.data) : "the answer";
  switch (error2.keyword) {
    case "required":
      return { message: `${item}no answer; this field is required.`, hint: node?.description };
    case "format":
      if (params.format === "date") return { message: `${item}write the date as YYYY-MM-DD${eg}.` };
      if (params.format === "uri")
        return { message: `${item}write a full web address starting with https://${eg}.` };
      if (params.format === "email") return { message: `${item}write an email address${eg}.` };
      return { message: `${item}${value} is not in the expected form${eg}.` };
    case "pattern":
      return { message: `${item}${value} is not in the expected form${eg}.`, hint: node?.description };
    case "minLength":
      return typeof error2.data === "string" && error2.data.trim() === "" ? { message: `${item}no answer; this field is required.` } : {
        message: `${item}too short: write at least ${params.limit} characters.`,
        hint: node?.description
      };
    case "maxLength":
      return { message: `${item}too long: write at most ${params.limit} characters.` };
    case "minItems":
      return {
        message: `${item}list at least ${params.limit === 1 ? "one item" : `${params.limit} items`}.`,
        hint: node?.description
      };
    case "uniqueItems":
      return { message: `${item}an item is listed twice.`, hint: "Remove the repeated item." };
    case "minimum":
      return { message: `${item}must be at least ${params.limit}.` };
    case "exclusiveMinimum":
      return { message: `${item}must be more than ${params.limit}.` };
    case "maximum":
      return { message: `${item}must be at most ${params.limit}.` };
    case "enum":
    case "const":
      return { message: `${item}${value} is not one of the options.` };
    default:
      return {
        message: `${item}${value} is not valid: ${truncate(error2.message ?? "unknown problem", 80)}.`
      };
  }
}
function formLocator(parsed, map, itemLines = /* @__PURE__ */ new Map()) {
  return (path, at) => {
    const head = path[0];
    const id = typeof head === "string" && parsed.answers.has(head) ? head : fieldForPath(map, path);
    const answer = id === void 0 ? void 0 : parsed.answers.get(id);
    if (!answer || id === void 0) return {};
    if (at === "key") return { line: answer.headingLine, column: 1 };
    const index = path.find((p) => typeof p === "number");
    const itemLine = index === void 0 ? void 0 : itemLines.get(id)?.[index];
    return { line: itemLine ?? answer.line, column: 1 };
  };
}
function compact(value) {
  if (Array.isArray(value)) return value.map(compact);
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    const c = compact(v);
    if (c === void 0) continue;
    if (c !== null && typeof c === "object" && !Array.isArray(c) && Object.keys(c).length === 0) continue;
    out[k] = c;
  }
  return out;
}

// src/forms/values/budget-category.ts
var CATEGORIES = [
  [
    "accessibility",
    /\b(?:caption\w*|cart|sign[- ]language|interpret\w*|accessib\w*|a11y|wheelchair|ramps?|transcri\w*|hearing loop|braille)\b/i
  ],
  [
    "childcare",
    /\b(?:child ?care|cr[eè]ches?|babysit\w*|nann(?:y|ies)|daycare|kids'? (?:room|area|corner))\b/i
  ],
  [
    "swag",
    /\b(?:swag|t-?shirts?|tees|shirts?|stickers?|merch\w*|giveaways?|hoodies?|mugs?|tote bags?|lanyards?|prizes?)\b/i
  ],
  [
    "travel",
    /\b(?:travel\w*|flights?|air ?fares?|trains?|bus(?:es)?|transport\w*|visas?|accommodation|lodging|hotels?|per diems?)\b/i
  ],
  [
    "speakers",
    /\b(?:speakers?|keynotes?|honorari(?:um|a)|presenters?|instructors?|trainers?|facilitators?)\b/i
  ],
  [
    "av",
    /\b(?:av|a\/v|audio\w*|video\w*|recordings?|projectors?|microphones?|mics?|streaming|live ?stream\w*|cameras?|sound|screens?)\b/i
  ],
  [
    "catering",
    /\b(?:catering|food|lunch(?:es)?|coffee|snacks?|meals?|dinners?|breakfasts?|drinks?|beverages?|refreshments?|pizza|tea)\b/i
  ],
  ["marketing", /\b(?:marketing|advertis\w*|ads|promotion\w*|social media|flyers?|posters?|banners?)\b/i],
  ["venue", /\b(?:venues?|rooms?|halls?|space|rental|hire|auditorium|conference cent(?:re|er)|deposit)\b/i]
];
function guessCategory(description) {
  for (const [category, pattern] of CATEGORIES) if (pattern.test(description)) return category;
  return "other";
}

// src/forms/values/budget-words.ts
var NOT_ESSENTIAL = /[([]?\s*\b(?:non[- ]?essential|not essential|optional|nice[- ]to[- ]have|if funds allow)\b\s*[)\]]?/gi;
var ESSENTIAL = /[([]?\s*\*{0,2}\bessential\b\*{0,2}\s*[)\]]?|[([]\s*(?:required|must[- ]have|critical|mandatory)\s*[)\]]/gi;
var IS_NOT_ESSENTIAL = new RegExp(NOT_ESSENTIAL.source, "i");
var IS_ESSENTIAL = new RegExp(ESSENTIAL.source, "i");
function essentialOf(text) {
  if (IS_NOT_ESSENTIAL.test(text)) return { essential: false, rest: text.replace(NOT_ESSENTIAL, " ") };
  if (IS_ESSENTIAL.test(text)) return { essential: true, rest: text.replace(ESSENTIAL, " ") };
  return { essential: false, rest: text };
}
function cleanDescription(text) {
  let t = text.replace(/\*\*|__|`/g, "").replace(/\s+/g, " ").replace(/\( ?[-–—:,]? ?\)|\[ ?\]/g, " ").replace(/\s+/g, " ").trim();
  t = stripChars(t, " :=|,;\u2014\u2013-", "start");
  for (let before = ""; before !== t; ) {
    before = t;
    t = stripChars(t, " :=|,;\u2014\u2013@(~-", "end").replace(/ (?:at|for|approx\.?|about|ca\.?)$/i, "");
  }
  return t;
}
function bare(text) {
  return text.replace(/\*\*|__|`/g, "").trim().toLowerCase();
}
function isTotal(text) {
  const t = stripChars(bare(text), ":= 	-", "end");
  return !isSubtotal(t) && (/^(?:grand\s+)?total\b/.test(t) || /\btotal$/.test(t));
}
function isSubtotal(text) {
  return /\bsub-?\s?totals?\b/.test(bare(text));
}
function isSectionLabel(text) {
  const t = text.trim();
  return /:$/.test(t) || /^(\*\*|__)[^*_]+(\*\*|__):?$/.test(t);
}

// src/forms/values/budget-item.ts
var LINE_HINT = "Write one item per line with its cost, e.g. `- Venue rental: 6,000 USD (essential)`.";
function add(out, item) {
  const { content, ...rest } = item;
  if (isSubtotal(rest.description)) return;
  if (isTotal(rest.description)) {
    out.total = { amount: rest.cost, currency: rest.currency, line: rest.line };
    return;
  }
  if (rest.description === "") {
    out.problems.push({
      line: rest.line,
      message: `${quote(content)} has a cost but does not say what it is for.`,
      hint: LINE_HINT
    });
    return;
  }
  const category = rest.category || guessCategory(rest.description);
  const built = {
    description: rest.description,
    cost: rest.cost,
    essential: rest.essential,
    category,
    categoryGiven: Boolean(rest.category),
    line: rest.line
  };
  if (rest.currency) built.currency = rest.currency;
  out.items.push(built);
}
function chooseCost(tokens, content) {
  const costs = tokens.filter((t) => !t.quantity);
  const withCurrency = costs.filter((t) => t.currency);
  if (withCurrency.length > 0) return withCurrency[withCurrency.length - 1];
  const plain = costs.filter((t) => !looksLikeYear(t, content));
  return plain[plain.length - 1];
}
function looksLikeYear(token, content) {
  return /^20[2-9]\d$/.test(token.raw) && !/[:=—–|-]\s*$/.test(content.slice(0, token.start));
}
function currencyFor(content, token, options, line, out, fallback) {
  const picked = pickCurrency(content, token, options.config);
  if (!picked.ok) {
    out.problems.push({ line, message: picked.message, hint: picked.hint });
    return void 0;
  }
  const written = picked.value ?? fallback;
  if (written === void 0) return void 0;
  const code2 = resolveCurrency(written, options.config);
  if (options.config) {
    const checked2 = checkCurrency(code2, options.config, written);
    if (!checked2.ok)
      out.problems.push({
        line,
        message: `${quote(content)}: ${lowerFirst(checked2.message)}`,
        hint: checked2.hint
      });
  }
  return code2;
}

// src/forms/values/budget-table.ts
function cells(line) {
  const t = line.trim().replace(/^\|/, "").replace(/(?<!\\)\|$/, "");
  return t.split(/(?<!\\)\|/).map((c) => c.replace(/\s+/g, " ").trim().replace(/\\\|/g, "|"));
}
function isSeparatorRow(line) {
  return line.includes("-") && cells(line).every((c) => /^:?-+:?$/.test(c));
}
function isTableStart(lines, i) {
  const next = lines[i + 1];
  return lines[i].includes("|") && next !== void 0 && isSeparatorRow(next);
}
function roleOf(header) {
  const h = bare(header);
  if (/essential|priority|required|must|critical|needed|necessary/.test(h)) return "essential";
  if (/categor|type|kind|group/.test(h)) return "category";
  if (/^(?:currency|ccy|cur)$/.test(h)) return "currency";
  if (/item|description|what|expense|name|purpose|details?|line/.test(h)) return "description";
  if (/cost|amount|price|total|sum|budget|value|fund|request|usd|eur|gbp|[$€£]/.test(h)) return "cost";
  return void 0;
}
var TRUTHY = /^(?:yes|y|true|x|✓|✔|✅|essential|high|must(?: have)?|required|critical|mandatory|\*)$/i;
function parseTable(lines, headerIndex, first, options, out) {
  const headers = cells(lines[headerIndex]);
  const column = {};
  headers.forEach((h, k) => {
    const role = roleOf(h);
    if (role && column[role] === void 0) column[role] = k;
  });
  if (column.description === void 0) {
    const free = headers.findIndex((h, k) => roleOf(h) === void 0 && k !== column.cost);
    column.description = free >= 0 ? free : column.cost === 0 ? 1 : 0;
  }
  const costHeader = column.cost === void 0 ? "" : headers[column.cost] ?? "";
  const headerCurrency = currencyMarkers(costHeader, options.config)[0]?.code;
  let i = headerIndex + 2;
  for (; i < lines.length; i++) {
    const row2 = lines[i];
    if (!row2.includes("|") || row2.trim() === "") break;
    const line = first + i;
    const c = cells(row2);
    if (c.every((x) => x === "")) continue;
    const description = c[column.description] ?? "";
    const costCell = column.cost !== void 0 ? c[column.cost] ?? "" : [...c].reverse().find((x, k) => c.length - 1 - k !== column.description && scanAmounts(x).length > 0) ?? "";
    const labels = c.filter((_, k) => k !== column.cost);
    if (labels.some(isSubtotal)) continue;
    const totalRow = labels.some(isTotal);
    const tokens = scanAmounts(costCell, options.config);
    const token = chooseCost(tokens, costCell);
    if (!token) {
      if (totalRow) continue;
      out.problems.push({
        line,
        message: `${quote(description || row2)} has no cost.`,
        hint: "Write the cost of every row of the table, e.g. `| Venue rental | 6,000 USD | yes |`."
      });
      continue;
    }
    if (!token.value.ok) {
      out.problems.push({
        line,
        message: `${quote(costCell)}: ${token.value.message}`,
        hint: token.value.hint
      });
      continue;
    }
    const currencyCell = column.currency !== void 0 ? c[column.currency] : void 0;
    const fallback = currencyCell ? currencyMarkers(currencyCell, options.config)[0]?.code : headerCurrency;
    const currency = currencyFor(costCell, token, options, line, out, fallback);
    const marked = essentialOf(description);
    const essentialCell = column.essential !== void 0 ? c[column.essential] ?? "" : void 0;
    const essential = essentialCell !== void 0 ? TRUTHY.test(bare(essentialCell)) : marked.essential;
    const category = column.category !== void 0 ? bare(c[column.category] ?? "") : "";
    if (totalRow) {
      out.total = { amount: token.value.value, currency, line };
      continue;
    }
    add(out, {
      description: cleanDescription(marked.rest),
      cost: token.value.value,
      currency,
      essential,
      category: category || void 0,
      line,
      content: row2
    });
  }
  return i;
}

// src/forms/values/budget.ts
function parseBudget(text, options = {}) {
  const out = { items: [], problems: [] };
  if (isNothing(text)) return out;
  const lines = splitLines(text);
  const first = options.firstLine ?? 1;
  let i = 0;
  while (i < lines.length) {
    if (isTableStart(lines, i)) {
      i = parseTable(lines, i, first, options, out);
      continue;
    }
    parseLine(lines[i], first + i, options, out);
    i++;
  }
  return out;
}
var SKIP = /^(?:`{3,}|~{3,}|-{3,}|\*{3,}|_{3,}|<!--.*-->)/;
function parseLine(raw2, line, options, out) {
  const trimmed = raw2.replace(/\s+/g, " ").trim().replace(/^> ?/, "");
  if (trimmed === "" || isNothing(trimmed) || SKIP.test(trimmed)) return;
  if (/^~~.*~~$/.test(stripBullet(trimmed))) return;
  const heading = headingOf(trimmed);
  const content = heading ? heading.text : stripBullet(trimmed);
  const tokens = scanAmounts(content, options.config);
  const token = chooseCost(tokens, content);
  if (!token) {
    if (heading || isSectionLabel(content) || isTotal(content) || isSubtotal(content)) return;
    out.problems.push({ line, message: `${quote(content)} has no cost.`, hint: LINE_HINT });
    return;
  }
  if (!token.value.ok) {
    out.problems.push({
      line,
      message: `${quote(content)}: ${lowerFirst(token.value.message)}`,
      hint: token.value.hint
    });
    return;
  }
  let cost = token.value.value;
  let start = Math.min(token.start, token.currency?.start ?? token.start);
  const end = Math.max(token.end, token.currency?.end ?? token.end);
  let note = "";
  const times = /(?<![\d.,])(\d{1,4})\s*[x×*]\s*$/i.exec(content.slice(0, start));
  if (times) {
    const count = Number(times[1]);
    note = ` (${count} \xD7 ${content.slice(start, end).trim()})`;
    cost = Math.round(cost * count * 100) / 100;
    start = times.index;
  }
  const currency = currencyFor(content, token, options, line, out);
  const { essential, rest } = essentialOf(`${content.slice(0, start)} ${content.slice(end)}`);
  const cleaned = cleanDescription(rest);
  const description = cleaned + (cleaned ? note : "");
  add(out, { description, cost, currency, essential, line, content });
}

// src/util/dates.ts
function parseDate(iso2) {
  return /* @__PURE__ */ new Date(`${iso2}T00:00:00Z`);
}
function isoDate(date) {
  return date.toISOString().slice(0, 10);
}
function monthOf(date) {
  return typeof date === "string" ? date.slice(0, 7) : date.toISOString().slice(0, 7);
}
function addMonths(month, n) {
  const [y, m] = month.split("-").map(Number);
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String(index % 12 + 1).padStart(2, "0")}`;
}
function addDays(date, days2) {
  return new Date(date.getTime() + days2 * 864e5);
}
function daysBetween(from, to) {
  return Math.floor((to.getTime() - from.getTime()) / 864e5);
}
var MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];
function monthName(month) {
  const [y, m] = month.split("-").map(Number);
  return `${MONTHS[m - 1]} ${y}`;
}
var MONTH_NAMES = MONTHS;

// src/forms/values/dates.ts
var DATE_HINT = "Write the date as YYYY-MM-DD, e.g. 2027-03-14.";
var MONTHS2 = /* @__PURE__ */ new Map();
MONTH_NAMES.forEach((name2, i) => {
  MONTHS2.set(name2.toLowerCase(), i + 1);
  MONTHS2.set(name2.slice(0, 3).toLowerCase(), i + 1);
});
MONTHS2.set("sept", 9);
var WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;
var ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:T[\d:.]+Z?)?$/;
var DAY_MONTH = /^(\d{1,2})(?:st|nd|rd|th)?\.?(?:\s+of)?\s+([a-z]+)\.?,?\s+(\d{4})$/i;
var MONTH_DAY = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;
var NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;
function parseFormDate(text) {
  if (text.length > 100) return fail(`${quote(text)} is not a date wgbot can read.`, DATE_HINT);
  const t = stripChars(text.trim(), "`*_\"'").replace(/\s+/g, " ").replace(/\.$/, "").replace(WEEKDAY, "");
  if (t === "") return fail("No date given.", DATE_HINT);
  let m = ISO.exec(t);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]), text);
  m = DAY_MONTH.exec(t);
  if (m) return named(Number(m[3]), m[2], Number(m[1]), text);
  m = MONTH_DAY.exec(t);
  if (m) return named(Number(m[3]), m[1], Number(m[2]), text);
  m = NUMERIC.exec(t);
  if (m) return numeric(Number(m[1]), Number(m[2]), m[3], text);
  if (/\d\s*(?:-|–|—|to|until)\s*\d/.test(t) && /\d{4}/.test(t))
    return fail(`${quote(text)} looks like a range of dates; this field takes one date.`, DATE_HINT);
  return fail(`${quote(text)} is not a date wgbot can read.`, DATE_HINT);
}
function named(year, monthName2, day2, text) {
  const month = MONTHS2.get(monthName2.toLowerCase());
  if (month === void 0) return fail(`${quote(text)} is not a date wgbot can read.`, DATE_HINT);
  return checked(year, month, day2, text);
}
function numeric(a, b, yearText, text) {
  if (yearText.length === 2)
    return fail(`${quote(text)} has a two-digit year.`, `${DATE_HINT} Write the year in full.`);
  const year = Number(yearText);
  if (a > 12 && b <= 12) return checked(year, b, a, text);
  if (b > 12 && a <= 12) return checked(year, a, b, text);
  if (a === b) return checked(year, a, a, text);
  if (a > 12 && b > 12) return fail(`${quote(text)} is not a real date.`, DATE_HINT);
  return fail(
    `${quote(text)} could be ${MONTH_NAMES[b - 1]} ${a} or ${MONTH_NAMES[a - 1]} ${b}.`,
    `Write the date as YYYY-MM-DD: ${iso(year, b, a)} or ${iso(year, a, b)}.`
  );
}
function checked(year, month, day2, text) {
  if (year < 1900 || year > 2999) return fail(`${quote(text)} has an unlikely year, ${year}.`, DATE_HINT);
  if (month < 1 || month > 12)
    return fail(`${quote(text)} is not a real date: there is no month ${month}.`, DATE_HINT);
  const days2 = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day2 < 1 || day2 > days2)
    return fail(
      `${quote(text)} is not a real date: ${MONTH_NAMES[month - 1]} ${year} has ${days2} days.`,
      DATE_HINT
    );
  return ok(iso(year, month, day2));
}
function iso(year, month, day2) {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day2).padStart(2, "0")}`;
}

// src/forms/values/dropdown.ts
function parseDropdown(text, options) {
  const wanted = normaliseLabel(text);
  const exact = options.find((o) => normaliseLabel(o) === wanted);
  if (exact !== void 0) return ok(exact);
  if (wanted.length >= 3) {
    const starting = options.filter((o) => {
      const option = normaliseLabel(o);
      return option.startsWith(wanted) || wanted.startsWith(headOf(option));
    });
    if (starting.length === 1) return ok(starting[0]);
  }
  return unknown(text, options);
}
function headOf(option) {
  return option.split(/\s*[(/]/)[0]?.trim() || option;
}
function unknown(text, options) {
  const guess = closest(text.trim(), options);
  return fail(
    `${quote(text)} is not one of the options.`,
    `${guess ? `Did you mean "${guess}"? ` : ""}Choose one of: ${listing(
      options.map((o) => `"${o}"`),
      "or"
    )}.`
  );
}

// src/forms/values/lists.ts
function parseList(text) {
  if (isNothing(text)) return [];
  const items = [];
  let bulleted = false;
  for (const line of splitLines(text)) {
    if (line.trim() === "") continue;
    const bullet = hasBullet(line);
    const item = stripBullet(line).trim();
    if (item === "") continue;
    if (!bullet && bulleted && /^\s/.test(line) && items.length > 0) {
      items[items.length - 1] = `${items[items.length - 1]} ${item}`;
      continue;
    }
    bulleted = bullet;
    items.push(item);
  }
  return items.length === 1 && isNothing(items[0]) ? [] : items;
}

// src/forms/values/people.ts
var LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
var PEOPLE_HINT = "Write GitHub logins such as `@alice`, separated by commas or new lines. A login has only letters, digits and single hyphens, at most 39 characters.";
function loginProblem(token) {
  if (LOGIN.test(token)) return void 0;
  if (token.length > 39) return "is longer than 39 characters";
  if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(token)) return "looks like an email address";
  if (/[^A-Za-z0-9-]/.test(token)) {
    const bad = [...new Set(token.replace(/[A-Za-z0-9-]/g, ""))].slice(0, 3).map((c) => `"${c}"`);
    return `has ${listing(bad, "and")}, and logins only have letters, digits and hyphens`;
  }
  if (token.startsWith("-")) return "starts with a hyphen";
  if (token.endsWith("-")) return "ends with a hyphen";
  return "has two hyphens in a row";
}
function loginTokens(text) {
  if (isNothing(text)) return [];
  const cleaned = text.replace(
    /\[([^\]\n]{0,200})\]\( ?(?:https?:\/\/)?(?:www\.)?github\.com\/([^)\s/?#]{1,100})[^)\n]{0,200}\)/gi,
    " $2 "
  ).replace(/\[([^\]\n]{0,200})\]\([^)\n]{0,500}\)/g, " $1 ").replace(/(?:https?:\/\/)?(?:www\.)?github\.com\/([^\s/?#,;]{1,100})\S{0,200}/gi, " $1 ").replace(/\([^)\n]{0,200}\)/g, " ").replace(/^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+/gm, " ").replace(/[,;\n\r\t]+/g, " ");
  const tokens = [];
  for (const word of cleaned.split(" ")) {
    const token = stripChars(stripChars(stripChars(word.trim(), "`*_\"'<>"), "@", "start"), ".:!?", "end");
    if (token === "" || /^(?:and|&|\+)$/i.test(token)) continue;
    tokens.push(token);
  }
  return tokens;
}
function parsePeople(text) {
  const logins = [];
  const seen = /* @__PURE__ */ new Set();
  const bad = [];
  for (const token of loginTokens(text)) {
    const why = loginProblem(token);
    if (why) {
      if (!bad.some((b) => b.token === token)) bad.push({ token, why });
      continue;
    }
    const key = token.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    logins.push(token);
  }
  const first = bad[0];
  if (first) {
    const more = bad.length > 1 ? ` (and ${listing(
      bad.slice(1, 4).map((b) => quote(b.token)),
      "and"
    )})` : "";
    return fail(`${quote(first.token)} is not a GitHub login: it ${first.why}${more}.`, PEOPLE_HINT);
  }
  return ok(logins);
}

// src/forms/values/simple.ts
var COUNT_HINT = "Write your best estimate as one whole number, e.g. `350`.";
function parseCount(text) {
  const tokens = scanAmounts(text);
  if (tokens.length === 0)
    return fail(text.trim() === "" ? "No number given." : `No number found in ${quote(text)}.`, COUNT_HINT);
  if (tokens.length > 1)
    return fail(`${quote(text)} holds ${tokens.length} numbers; write only one.`, COUNT_HINT);
  const value = tokens[0].value;
  if (!value.ok) return fail(value.message, COUNT_HINT);
  if (!Number.isInteger(value.value) || value.value < 1)
    return fail(`${quote(text)} is not a whole number of people.`, COUNT_HINT);
  return ok(value.value);
}
function parseWebAddress(text) {
  if (text.length > 2048)
    return fail("The web address is too long.", "Write the address of the page itself.");
  let t = text.trim();
  const link = /^\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)$/.exec(t) ?? /^<([^>\s]+)>$/.exec(t);
  if (link) t = link[1];
  t = stripChars(t, "`");
  if (/^www\.|^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}(?:[/?#]\S*)?$/iu.test(t)) t = `https://${t}`;
  if (/^https?:\/\/[^\s/?#]+\.[^\s/?#]+\S*$/i.test(t) || /^https?:\/\/localhost\b/i.test(t)) {
    try {
      new URL(t);
      return ok(t);
    } catch {
    }
  }
  return fail(
    `${quote(text)} is not a web address.`,
    "Write the full address of the page, starting with https://, e.g. `https://example.org`."
  );
}
function cleanEmail(text) {
  let t = text.trim();
  const link = /^\[([^\]]*)\]\(\s*mailto:([^)\s]+)\s*\)$/i.exec(t);
  if (link) t = link[2];
  return t.replace(/^<|>$/g, "").replace(/^mailto:/i, "").trim();
}

// src/forms/grant.ts
var GRANT_FIELDS = [
  ["applicant.name", "applicant_name"],
  ["applicant.github", "applicant_github"],
  ["applicant.email", "applicant_email"],
  ["applicant", "applicant_name"],
  ["organisation.name", "organisation"],
  ["organisation.website", "organisation_website"],
  ["organisation", "organisation"],
  ["grant_type", "grant_type"],
  ["event.name", "event_name"],
  ["event.start_date", "start_date"],
  ["event.end_date", "end_date"],
  ["event.location", "location"],
  ["event.online", "format"],
  ["event.website", "event_website"],
  ["event.expected_attendees", "expected_attendees"],
  ["event", "event_name"],
  ["requested", "amount"],
  ["budget", "budget"],
  ["other_funding", "other_funding"],
  ["code_of_conduct.url", "coc_url"],
  ["code_of_conduct.contact", "coc_contact"],
  ["code_of_conduct", "coc_url"],
  ["previous_grants", "previous_grants"],
  ["deposit.quote", "deposit_quote"],
  ["deposit.due_date", "deposit_due"],
  ["deposit", "deposit_quote"]
];
var LEFT_TO_POLICY = /* @__PURE__ */ new Set(["coc_url", "coc_contact"]);
var GRANT_TYPES = schemas.grant.properties?.grant_type?.enum ?? [];
function grantTypeOf(option) {
  const head = normaliseLabel(option.split(/\s*[(/]/)[0] ?? option).replace(/\s+/g, "-");
  return GRANT_TYPES.find((t) => t === head);
}
function grantFromForm(body, context) {
  const form = loadForm("grant");
  const parsed = parseFormBody(body, form);
  const findings = [];
  const ctx = { form, parsed, findings };
  if (!parsed.fromForm)
    return { fromForm: false, partial: {}, findings: [notFromForm(form)], locate: () => ({}), parsed };
  const { config: config2 } = context;
  findings.push(...requiredFindings(ctx, { notRequired: /* @__PURE__ */ new Set(["applicant_github", ...LEFT_TO_POLICY]) }));
  const grantType = readField(ctx, "grant_type", "form.option", (t) => {
    const option = parseDropdown(t, optionsOf(form, "grant_type"));
    if (!option.ok) return option;
    const type = grantTypeOf(option.value);
    return type ? ok(type) : fail(`${option.value} is not a grant type wgbot knows.`, "Choose another option.");
  });
  const format = readField(ctx, "format", "form.option", (t) => parseDropdown(t, optionsOf(form, "format")));
  const location = textOf(ctx, "location");
  const online = format ? normaliseLabel(format) === "online" : location ? /^online$/i.test(location) : void 0;
  const requested = readField(ctx, "amount", "form.amount", (t) => parseMoney(t, { config: config2 }));
  if (requested && !requested.currencyWritten)
    findings.push(
      fieldFinding(
        form,
        "amount",
        "form.currency-assumed",
        `no currency written, so the amount is read as ${requested.amount} ${requested.currency}.`,
        `If that is not right, write the currency next to the amount, e.g. \`${requested.amount} EUR\`.`,
        "warning"
      )
    );
  const budgetAnswer = parsed.answers.get("budget");
  const budget = budgetAnswer && !budgetAnswer.empty ? parseBudget(budgetAnswer.text, { config: config2, firstLine: 1 }) : void 0;
  for (const p of budget?.problems ?? [])
    findings.push(
      fieldFinding(form, "budget", "form.budget-line", `in line ${p.line}, ${p.message}`, p.hint)
    );
  if (budget && budget.items.length === 0 && budget.problems.length === 0)
    findings.push(
      fieldFinding(
        form,
        "budget",
        "form.budget-empty",
        "no item with a cost was found.",
        "Write one item per line with its cost, e.g. `- Venue rental: 6,000 USD (essential)`."
      )
    );
  const budgetLines2 = (budget?.items ?? []).map((i) => (budgetAnswer?.line ?? 1) + i.line - 1);
  const github = applicantLogin(ctx, context.author);
  const deposit = depositOf(ctx, grantType);
  const partial = compact({
    applicant: {
      name: textOf(ctx, "applicant_name"),
      github,
      email: mapText(textOf(ctx, "applicant_email"), cleanEmail)
    },
    organisation: {
      name: textOf(ctx, "organisation"),
      website: readField(ctx, "organisation_website", "form.url", parseWebAddress)
    },
    grant_type: grantType,
    event: {
      name: textOf(ctx, "event_name"),
      start_date: readField(ctx, "start_date", "form.date", parseFormDate),
      end_date: readField(ctx, "end_date", "form.date", parseFormDate),
      location,
      online,
      website: readField(ctx, "event_website", "form.url", parseWebAddress),
      expected_attendees: readField(ctx, "expected_attendees", "form.number", parseCount)
    },
    requested: requested ? { amount: requested.amount, currency: requested.currency } : void 0,
    // Only a category the applicant wrote is theirs to be judged by; a guessed one stays out of the request.
    budget: budget?.items.map(({ description, category, categoryGiven, cost, currency: currency2, essential }) => ({
      description,
      ...categoryGiven ? { category } : {},
      cost,
      currency: currency2,
      essential
    })),
    other_funding: listOf(ctx, "other_funding"),
    code_of_conduct: {
      url: readField(ctx, "coc_url", "form.url", parseWebAddress),
      contact: textOf(ctx, "coc_contact")
    },
    previous_grants: listOf(ctx, "previous_grants"),
    deposit
  });
  const schema = schemaFindings("grant", partial, ctx, GRANT_FIELDS, LEFT_TO_POLICY);
  findings.push(...schema.findings);
  const total = budget?.total;
  const currency = total?.currency ?? requested?.currency;
  return {
    fromForm: true,
    request: schema.valid ? partial : void 0,
    partial,
    findings: inFormOrder(form, findings),
    budgetTotal: total && currency ? { ...total, currency, line: (budgetAnswer?.line ?? 1) + total.line - 1 } : void 0,
    locate: formLocator(parsed, GRANT_FIELDS, /* @__PURE__ */ new Map([["budget", budgetLines2]])),
    parsed
  };
}
function optionsOf(form, id) {
  return fieldById(form, id)?.options ?? [];
}
function mapText(text, f) {
  return text === void 0 ? void 0 : f(text);
}
function listOf(ctx, id) {
  const text = textOf(ctx, id);
  if (text === void 0) return void 0;
  const items = parseList(text);
  return items.length > 0 ? items : void 0;
}
function applicantLogin(ctx, author) {
  const logins = readField(ctx, "applicant_github", "form.login", (t) => {
    const people = parsePeople(t);
    if (!people.ok || people.value.length <= 1) return people;
    return fail(
      `${quote(t)} holds ${people.value.length} logins; write only the applicant's.`,
      "Write one GitHub login, e.g. `@ada`; other organisers can be named in the issue's text."
    );
  });
  const login = logins?.[0];
  if (login) return login;
  const answer = ctx.parsed.answers.get("applicant_github");
  if (answer && !answer.empty) return void 0;
  if (author) return author.replace(/^@/, "");
  ctx.findings.push(emptyRequired(ctx.form, "applicant_github"));
  return void 0;
}
function depositOf(ctx, grantType) {
  const quote4 = textOf(ctx, "deposit_quote");
  const dueDate = readField(ctx, "deposit_due", "form.date", parseFormDate);
  if (grantType !== "deposit-advance") {
    return quote4 !== void 0 && dueDate !== void 0 ? { quote: quote4, due_date: dueDate } : void 0;
  }
  const why = "a deposit advance needs it.";
  if (quote4 === void 0) ctx.findings.push(emptyRequired(ctx.form, "deposit_quote", why));
  if (ctx.parsed.answers.get("deposit_due")?.empty !== false)
    ctx.findings.push(emptyRequired(ctx.form, "deposit_due", why));
  return { quote: quote4, due_date: dueDate };
}

// src/decide/money.ts
function acceptedCurrencies2(config2) {
  const others = Object.keys(config2.currency_rates).filter((c) => c !== config2.base_currency && rateOf(config2, c) !== void 0).sort();
  return [config2.base_currency, ...others];
}
function convert2(config2, amount, from, to) {
  if (from === to) return amount;
  const a = rateOf(config2, from);
  const b = rateOf(config2, to);
  return a === void 0 || b === void 0 ? void 0 : amount * a / b;
}
var whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
var cents = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
function roundCents(amount) {
  return Math.round(amount * 100) / 100;
}
function formatAmount(amount, currency) {
  const rounded = roundCents(amount);
  const text = Number.isInteger(rounded) ? whole.format(rounded) : cents.format(rounded);
  return `${text} ${currency}`;
}

// src/decide/board-item.ts
var ITEM_KINDS = ["charter", "grant", "report", "at-risk", "renewal", "other"];
function itemKind(item, config2) {
  const L = config2.labels;
  const has = (label) => item.labels.includes(label);
  if (item.isPull) return "report";
  if (has(L.charter)) return "charter";
  if (has(L.grant)) return "grant";
  if (has(L.at_risk)) return "at-risk";
  if (item.labels.some((l) => l.startsWith(L.workgroup_prefix))) return "renewal";
  if (parseFormBody(item.body, "grant").fromForm) return "grant";
  if (parseFormBody(item.body, "charter").fromForm) return "charter";
  return "other";
}
function statusLabels(config2) {
  const L = config2.labels;
  return [L.needs_info, L.grants_wg_review, L.board_review, L.approved, L.declined, L.deferred];
}
function protectedLabels(config2) {
  const L = config2.labels;
  return [L.approved, L.declined, L.deferred, L.board_review];
}
function grantAmount(item, config2) {
  const { request } = grantFromForm(item.body, { author: item.author, config: config2 });
  if (!request) return void 0;
  const { amount, currency } = request.requested;
  const base = config2.base_currency;
  const converted = convert2(config2, amount, currency, base);
  if (converted === void 0) return void 0;
  const inBase = roundCents(converted);
  const text = currency === base ? formatAmount(amount, base) : `${formatAmount(amount, currency)} (\u2248 ${formatAmount(inBase, base)})`;
  return { amount, currency, inBase, text, overThreshold: inBase > config2.grants.board_threshold };
}

// src/decide/calendar.ts
var WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
var SEARCH_MONTHS = 25;
function explicitDates(board) {
  if (board.meeting_dates.length === 0) return void 0;
  return [...new Set(board.meeting_dates)].sort();
}
function isMeetingMonth(board, month) {
  const m = Number(month.slice(5, 7));
  const every = Math.max(1, Math.trunc(board.every_months));
  return ((m - board.first_month) % every + every) % every === 0;
}
function ruleDateInMonth(board, month) {
  const target = WEEKDAYS.indexOf(board.weekday);
  if (board.week === -1) {
    const last = addDays(parseDate(`${addMonths(month, 1)}-01`), -1);
    const back = (last.getUTCDay() - target + 7) % 7;
    return isoDate(addDays(last, -back));
  }
  const first = parseDate(`${month}-01`);
  const forward = (target - first.getUTCDay() + 7) % 7;
  return isoDate(addDays(first, forward + 7 * (board.week - 1)));
}
function meetingsBetween(board, from, to) {
  const start = isoDate(from);
  const end = isoDate(to);
  if (end < start) return [];
  const explicit = explicitDates(board);
  if (explicit) return explicit.filter((d) => d >= start && d <= end);
  const meetings = [];
  const last = end.slice(0, 7);
  for (let month = start.slice(0, 7); month <= last; month = addMonths(month, 1)) {
    if (!isMeetingMonth(board, month)) continue;
    const date = ruleDateInMonth(board, month);
    if (date >= start && date <= end) meetings.push(date);
  }
  return meetings;
}
function nextMeeting(board, date) {
  const explicit = explicitDates(board);
  const day2 = isoDate(date);
  if (explicit) return explicit.find((d) => d >= day2);
  for (let i = 0, month = day2.slice(0, 7); i < SEARCH_MONTHS; i++, month = addMonths(month, 1)) {
    if (!isMeetingMonth(board, month)) continue;
    const meeting = ruleDateInMonth(board, month);
    if (meeting >= day2) return meeting;
  }
  return void 0;
}
function reviewingMeeting(board, escalatedAt) {
  return nextMeeting(board, addDays(parseDate(isoDate(escalatedAt)), board.preparation_days));
}
function milestoneTitle(date) {
  return `Board meeting ${typeof date === "string" ? date : isoDate(date)}`;
}
function meetingOfMilestone(title) {
  const match = /^Board meeting (\d{4}-\d{2}-\d{2})$/.exec(title);
  return match?.[1];
}
function cadence(board) {
  if (explicitDates(board)) return "on scheduled dates";
  if (board.every_months === 1) return "every month";
  if (board.every_months === 2) return "every other month";
  if (board.every_months === 12) return "once a year";
  return `every ${board.every_months} months`;
}
function meetingOf(item) {
  return item.milestone ? meetingOfMilestone(item.milestone) : void 0;
}

// src/decide/charter-file.ts
import { stringify } from "yaml";

// src/render/escape.ts
var MARKDOWN_SPECIALS = /[\\`*_{}[\]<>|~]/g;
var LINKY = /[a-z][a-z0-9+.-]*:\/\/|www\.|(?:mailto|xmpp):|[\w.+-]@[\w-]+\.[\w-]/i;
function escapeMarkdown(text) {
  const words3 = text.replace(/[\r\n]+/g, " ").split(/( +)/);
  return words3.map((word) => LINKY.test(word) ? linkFree(word) : escapeWord(word)).join("");
}
function escapeWord(word) {
  return neutraliseMentions(
    visible(word).replace(/&/g, "&amp;").replace(MARKDOWN_SPECIALS, (c) => c === "<" ? "&lt;" : c === ">" ? "&gt;" : `\\${c}`)
  );
}
function linkFree(word) {
  return word.split(/([|<])/).map((part) => part === "|" ? "\\|" : part === "<" ? "&lt;" : part === "" ? "" : codeSpan(part)).join("");
}
function neutraliseMentions(text) {
  return text.replace(/@(?=[A-Za-z0-9])/g, "@\u200D");
}
function inlineCode(text) {
  return `\`${plainText(text).replace(/`/g, "\u02CB").replace(/[\r\n]+/g, " ")}\``;
}
function codeSpan(text) {
  const shown = noComment(plainText(text.replace(/[\r\n]+/g, " ")));
  const longest = Math.max(0, ...[...shown.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = /^`|`$/.test(shown) || /^ [\s\S]*[^ ][\s\S]* $/.test(shown) ? " " : "";
  return `${fence}${pad}${shown}${pad}${fence}`;
}
function noComment(code2) {
  return code2.replace(/<!--/g, "&lt;!--");
}
function plainText(text) {
  return visible(text);
}
function escapeMessage(markdown) {
  return splitCode(visible(markdown)).map(({ code: code2, text }) => code2 ? neutraliseMentions(noComment(text)) : messageText(text)).join("");
}
function messageText(text) {
  return text.split(/( +)/).map(
    (word) => LINKY.test(word) ? linkFree(word) : neutraliseMentions(word.replace(/</g, "&lt;").replace(/>/g, "&gt;"))
  ).join("");
}
function splitCode(markdown) {
  const runs = [...markdown.matchAll(/`+/g)].map((m) => ({ at: m.index ?? 0, length: m[0].length }));
  const next = new Array(runs.length).fill(-1);
  const lastOfLength = /* @__PURE__ */ new Map();
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i];
    next[i] = lastOfLength.get(run.length) ?? -1;
    lastOfLength.set(run.length, i);
  }
  const parts = [];
  let textFrom = 0;
  for (let i = 0; i < runs.length; i++) {
    const close = next[i];
    if (close < 0) continue;
    const open = runs[i];
    const end = runs[close].at + open.length;
    if (open.at > textFrom) parts.push({ code: false, text: markdown.slice(textFrom, open.at) });
    parts.push({ code: true, text: markdown.slice(open.at, end) });
    textFrom = end;
    i = close;
  }
  if (textFrom < markdown.length) parts.push({ code: false, text: markdown.slice(textFrom) });
  return parts;
}

// src/render/handlebars.ts
import Handlebars from "handlebars";
var hbs = Handlebars.create();
hbs.registerHelper("eq", (a, b) => a === b);
hbs.registerHelper("plural", (n, one, many) => n === 1 ? one : many);
var TEMPLATE_NAMES = [
  "request-report",
  "decision-record",
  "agenda",
  "charter-pull-request"
];
function render(templates, name2, view) {
  const { builtIn: builtIn2, override } = templates[name2];
  if (override !== void 0) {
    try {
      return tidy(compiled(override)(view));
    } catch {
    }
  }
  return tidy(compiled(builtIn2)(view));
}
var MAX_CACHED = 64;
var cache = /* @__PURE__ */ new Map();
function compiled(source) {
  let template = cache.get(source);
  if (!template) {
    if (cache.size >= MAX_CACHED) cache.clear();
    template = hbs.compile(source, { noEscape: true, strict: false, knownHelpersOnly: false });
    cache.set(source, template);
  }
  return template;
}
function tidy(text) {
  return `${text.replace(/[ \t]+$/gm, "").replace(/\n{3,}/g, "\n\n").trim()}
`;
}

// src/decide/charter-file.ts
function charterBranch(slug) {
  return `wgbot/charter-${slug}`;
}
function charterPath(config2, slug) {
  return `${config2.paths.workgroups}/${slug}/charter.yml`;
}
function charterYaml(charter2, { config: config2, issue, approvedOn }) {
  const path = charterPath(config2, charter2.slug);
  const up = "../".repeat(path.split("/").length - 1);
  const ordered = {
    slug: charter2.slug,
    name: charter2.name,
    status: "active",
    mission_alignment: charter2.mission_alignment,
    purpose: charter2.purpose,
    goals: charter2.goals,
    active_time: { start: charter2.active_time.start, review: charter2.active_time.review },
    core_values: charter2.core_values,
    governance: charter2.governance,
    decision_making: charter2.decision_making,
    communication: charter2.communication,
    participants: charter2.participants,
    support: charter2.support,
    ...charter2.reporting ? { reporting: charter2.reporting } : {}
  };
  const yaml = stringify(ordered, { lineWidth: 110, minContentWidth: 40, aliasDuplicateObjects: false });
  return `# yaml-language-server: $schema=${up}schemas/charter.schema.json
# Proposed in #${issue}; approved by the board on ${approvedOn}.
${yaml}`;
}
function charterFile(charter2, context) {
  const { config: config2, issue, approvedOn } = context;
  const path = charterPath(config2, charter2.slug);
  return {
    path,
    branch: charterBranch(charter2.slug),
    content: charterYaml(charter2, context),
    message: `Add the ${charter2.slug} work group charter (#${issue})`,
    title: `Charter the ${charter2.slug} work group`,
    body: render(context.templates, "charter-pull-request", {
      name: escapeMarkdown(charter2.name),
      slug: charter2.slug,
      path,
      issue,
      approvedOn,
      chairs: charter2.participants.chairs.map((c) => escapeMarkdown(c)).join(", "),
      members: charter2.participants.members.length,
      review: charter2.active_time.review
    })
  };
}

// src/forms/charter.ts
var CHARTER_FIELDS = [
  ["slug", "slug"],
  ["name", "name"],
  ["mission_alignment", "mission_alignment"],
  ["purpose", "purpose"],
  ["goals", "goals"],
  ["active_time.start", "start"],
  ["active_time.review", "review"],
  ["active_time", "start"],
  ["core_values", "core_values"],
  ["governance", "governance"],
  ["decision_making", "decision_making"],
  ["communication", "communication"],
  ["participants.chairs", "chairs"],
  ["participants.members", "members"],
  ["participants", "members"],
  ["support.resources", "resources"],
  ["support.budget", "budget"],
  ["support", "resources"],
  ["reporting", "cadence"]
];
var SLUG2 = /^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$/;
function slugify(text) {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 50).replace(/-+$/, "");
}
function parseSlug(text, name2) {
  const slug = stripChars(text.trim(), "`").trim().toLowerCase();
  if (SLUG2.test(slug)) return ok(slug);
  const suggestion = slugify(slug) || (name2 ? slugify(name2) : "");
  return fail(
    `${quote(text)} is not a valid short name: use only lower-case letters, digits and hyphens (at most 50), starting and ending with a letter or digit.`,
    suggestion ? `For example \`${suggestion}\`.` : "For example `packaging`."
  );
}
function charterFromForm(body, context) {
  const form = loadForm("charter");
  const parsed = parseFormBody(body, form);
  const findings = [];
  const ctx = { form, parsed, findings };
  if (!parsed.fromForm)
    return { fromForm: false, partial: {}, findings: [notFromForm(form)], locate: () => ({}), parsed };
  findings.push(...requiredFindings(ctx, { noneIsAnswer: /* @__PURE__ */ new Set(["resources"]) }));
  const name2 = textOf(ctx, "name");
  const budgetAnswer = parsed.answers.get("budget");
  const budget = budgetAnswer && !budgetAnswer.empty ? parseBudget(budgetAnswer.text, { config: context.config, firstLine: 1 }) : void 0;
  for (const p of budget?.problems ?? [])
    findings.push(
      fieldFinding(form, "budget", "form.budget-line", `in line ${p.line}, ${p.message}`, p.hint)
    );
  const budgetLines2 = (budget?.items ?? []).map((i) => (budgetAnswer?.line ?? 1) + i.line - 1);
  const cadence2 = readField(ctx, "cadence", "form.option", (t) => {
    const options = form.fields.find((f) => f.id === "cadence")?.options ?? [];
    const option = parseDropdown(t, options);
    return option.ok ? ok(option.value.toLowerCase()) : option;
  });
  const partial = compact({
    slug: readField(ctx, "slug", "form.slug", (t) => parseSlug(t, name2)),
    name: name2,
    status: "proposed",
    mission_alignment: textOf(ctx, "mission_alignment"),
    purpose: textOf(ctx, "purpose"),
    goals: listOf2(ctx, "goals"),
    active_time: {
      start: readField(ctx, "start", "form.date", parseFormDate),
      review: readField(ctx, "review", "form.date", parseFormDate)
    },
    core_values: listOf2(ctx, "core_values"),
    governance: textOf(ctx, "governance"),
    decision_making: textOf(ctx, "decision_making"),
    communication: { plan: textOf(ctx, "communication") },
    participants: {
      chairs: readField(ctx, "chairs", "form.login", parsePeople),
      members: readField(ctx, "members", "form.login", parsePeople)
    },
    support: {
      resources: resourcesOf(ctx),
      budget: budget?.items.map(({ description, cost, currency }) => ({
        description,
        amount: cost,
        currency
      }))
    },
    reporting: { cadence: cadence2 }
  });
  if (partial.support?.budget?.length === 0) delete partial.support.budget;
  const schema = schemaFindings("charter", partial, ctx, CHARTER_FIELDS);
  findings.push(...schema.findings);
  const total = budget?.total;
  return {
    fromForm: true,
    charter: schema.valid ? partial : void 0,
    partial,
    findings: inFormOrder(form, findings),
    budgetTotal: total ? { ...total, line: (budgetAnswer?.line ?? 1) + total.line - 1 } : void 0,
    locate: formLocator(parsed, CHARTER_FIELDS, /* @__PURE__ */ new Map([["budget", budgetLines2]])),
    parsed
  };
}
function listOf2(ctx, id) {
  const text = textOf(ctx, id);
  return text === void 0 ? void 0 : parseList(text);
}
function resourcesOf(ctx) {
  const answer = ctx.parsed.answers.get("resources");
  if (!answer) return void 0;
  if (answer.text !== "" && isNothing(answer.text)) return ["None"];
  return answer.empty ? void 0 : parseList(answer.text);
}

// src/problems.ts
function problem(file, code2, message, extra = {}) {
  return shownVisibly({ file, severity: "error", code: code2, message, ...extra });
}
function shownVisibly(p) {
  const out = { ...p, message: visible(p.message) };
  if (p.hint !== void 0) out.hint = visible(p.hint);
  if (p.field !== void 0) out.field = visible(p.field);
  return out;
}
function sortProblems(problems) {
  return [...problems].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.message.localeCompare(b.message)
  );
}

// src/finding.ts
var error = (code2, path, message, hint) => shownVisibly({ severity: "error", code: code2, path, message, hint });
var finding = (severity, code2, path, message, hint) => shownVisibly({ severity, code: code2, path, message, hint });
function placeFindings(file, findings, locateAt) {
  return findings.map(
    (f) => shownVisibly({
      file,
      severity: f.severity,
      code: f.code,
      message: f.message,
      hint: f.hint,
      field: formatPath(f.path) || void 0,
      ...locateAt(f.path, f.at ?? "value")
    })
  );
}

// src/validate/rules/rule.ts
function defineRule(spec) {
  const report2 = (path, message, hint) => finding(spec.severity, spec.code, path, message, hint);
  return { ...spec, check: (input, config2, now) => spec.check(input, config2, now, report2) };
}
function runRules(rules, input, config2, now) {
  const findings = [];
  const labels = /* @__PURE__ */ new Set();
  for (const rule of rules) {
    const found = rule.check(input, config2, now);
    if (found.length === 0) continue;
    findings.push(...found);
    if (rule.label) labels.add(rule.label);
  }
  return { findings, labels: [...labels] };
}
function ruleLabelKeys(rules) {
  return [...new Set(rules.flatMap((r) => r.label ? [r.label] : []))];
}
var UNDATED = new Date(Number.NaN);

// src/validate/rules/charter/cadence-not-allowed.ts
function cadenceAllowed(cadence2, reports) {
  return reports.cadences.length === 0 || reports.cadences.includes(cadence2);
}
function disallowedCadence(input, config2) {
  const cadence2 = input.charter.reporting?.cadence;
  return cadence2 === void 0 || cadenceAllowed(cadence2, config2.reports) ? void 0 : cadence2;
}
function cadenceWording(cadence2, config2) {
  const allowed = config2.reports.cadences.map((c) => `\`${c}\``);
  return {
    message: `The reporting cadence is \`${cadence2}\`, which this foundation does not use: its work groups report ${listing(config2.reports.cadences, "or")}.`,
    hint: `Set \`reporting.cadence\` to ${listing(allowed, "or")}.`
  };
}
var cadenceNotAllowed = defineRule({
  id: "cadence-not-allowed",
  code: "rule.cadence-not-allowed",
  severity: "error",
  configKeys: ["reports.cadences"],
  check(input, config2, _now, report2) {
    const cadence2 = disallowedCadence(input, config2);
    if (cadence2 === void 0 || input.charter.status !== "proposed") return [];
    const { message, hint } = cadenceWording(cadence2, config2);
    return [report2(["reporting", "cadence"], message, hint)];
  }
});

// src/validate/rules/charter/cadence-counted.ts
var cadenceCounted = defineRule({
  id: "cadence-counted",
  code: "rule.cadence-counted",
  severity: "warning",
  configKeys: ["reports.cadences"],
  check(input, config2, _now, report2) {
    const cadence2 = disallowedCadence(input, config2);
    if (cadence2 === void 0 || input.charter.status !== "active") return [];
    const { message, hint } = cadenceWording(cadence2, config2);
    return [
      report2(
        ["reporting", "cadence"],
        `${message} Until the charter says so, wgbot expects its reports ${config2.reports.cadences[0]}.`,
        hint
      )
    ];
  }
});

// src/validate/rules/charter/input.ts
function memberSet(charter2) {
  return new Set(charter2.participants.members.map((m) => m.toLowerCase()));
}

// src/validate/rules/charter/chair-not-member.ts
var chairNotMember = defineRule({
  id: "chair-not-member",
  code: "rule.chair-not-member",
  severity: "error",
  configKeys: [],
  check({ charter: charter2 }, _config, _now, report2) {
    const members3 = memberSet(charter2);
    const { chairs } = charter2.participants;
    const others = charter2.participants.members.filter(
      (m) => !chairs.some((c) => c.toLowerCase() === m.toLowerCase())
    );
    return chairs.flatMap((chair, i) => {
      if (members3.has(chair.toLowerCase())) return [];
      const guess = closest(chair, others);
      return [
        report2(
          ["participants", "chairs", i],
          `The chair \`${chair}\` is not listed in \`participants.members\`.`,
          guess ? `Did you mean the member \`${guess}\`? Otherwise add \`${chair}\` to the members: every chair is also a member.` : `Add \`${chair}\` to the members: every chair is also a member.`
        )
      ];
    });
  }
});

// src/validate/rules/charter/end-before-start.ts
var endBeforeStart = defineRule({
  id: "end-before-start",
  code: "rule.end-before-start",
  severity: "error",
  configKeys: [],
  check({ charter: charter2 }, _config, _now, report2) {
    const { start, end } = charter2.active_time;
    if (end === void 0 || end >= start) return [];
    return [report2(["active_time", "end"], `The end date ${end} is before the start date ${start}.`)];
  }
});

// src/validate/rules/charter/missing-end.ts
function hasStopped(charter2) {
  return charter2.status === "inactive" || charter2.status === "retired";
}
var missingEnd = defineRule({
  id: "missing-end",
  code: "rule.missing-end",
  severity: "error",
  configKeys: [],
  check({ charter: charter2 }, _config, _now, report2) {
    if (charter2.active_time.end !== void 0 || !hasStopped(charter2)) return [];
    return [
      report2(
        ["status"],
        `A work group with status \`${charter2.status}\` needs \`active_time.end\`, the date it stopped.`,
        "Add e.g. `end: 2025-06-30` under `active_time`."
      )
    ];
  }
});

// src/validate/rules/charter/end-while-active.ts
var endWhileActive = defineRule({
  id: "end-while-active",
  code: "rule.end-while-active",
  severity: "error",
  configKeys: [],
  check({ charter: charter2 }, _config, _now, report2) {
    if (charter2.active_time.end === void 0 || hasStopped(charter2)) return [];
    return [
      report2(
        ["active_time", "end"],
        `An end date is set but the status is \`${charter2.status}\`.`,
        "Remove `end` (a revived work group has no end date), or set the status to inactive or retired."
      )
    ];
  }
});

// src/validate/rules/charter/leadership.ts
function leadershipGaps(charter2, config2) {
  const rule = config2.workgroups.leadership;
  const gaps = [];
  const chairs = plural(charter2.participants.chairs.length, "chair");
  if (charter2.participants.chairs.length < rule.chairs) {
    const coChair = rule.chairs === 2;
    gaps.push({
      kind: "chairs",
      path: ["participants", "chairs"],
      reason: coChair ? `it has ${chairs}; a work group needs a chair and a co-chair (list both under \`participants.chairs\`)` : `it has ${chairs}; a work group needs at least ${rule.chairs} (under \`participants.chairs\`)`,
      message: coChair ? `The charter lists ${chairs}; a work group needs a chair and a co-chair.` : `The charter lists ${chairs}; a work group needs at least ${rule.chairs}.`,
      hint: coChair ? "List both under `participants.chairs` (each of them under `participants.members` too)." : `List ${rule.chairs} chairs under \`participants.chairs\` (each of them under \`participants.members\` too).`
    });
  }
  if (rule.board_liaison && !charter2.participants.board_liaison)
    gaps.push({
      kind: "liaison",
      path: ["participants"],
      reason: "its charter names no board liaison: a board member who links the work group to the board (`participants.board_liaison`)",
      message: "The charter names no board liaison: a board member who links the work group to the board.",
      hint: "Ask the board which of its members is the work group's liaison, and add their GitHub login as `participants.board_liaison`."
    });
  return gaps;
}

// src/validate/rules/charter/leadership-at-risk.ts
var leadershipAtRisk = defineRule({
  id: "leadership-at-risk",
  code: "rule.leadership-at-risk",
  severity: "warning",
  configKeys: ["workgroups.leadership.chairs", "workgroups.leadership.board_liaison"],
  check({ charter: charter2 }, config2, _now, report2) {
    if (charter2.status !== "active") return [];
    return leadershipGaps(charter2, config2).map(
      (gap) => report2(
        gap.path,
        `${gap.message} Until that is fixed, the work group counts as at risk and the sweep puts it on the board's agenda.`,
        gap.hint
      )
    );
  }
});

// src/validate/rules/charter/review-before-start.ts
var reviewBeforeStart = defineRule({
  id: "review-before-start",
  code: "rule.review-before-start",
  severity: "error",
  configKeys: [],
  check({ charter: charter2 }, _config, _now, report2) {
    const { start, review } = charter2.active_time;
    if (review > start) return [];
    return [
      report2(
        ["active_time", "review"],
        `The review date ${review} is not after the start date ${start}.`,
        "Set the review date to when the board should look at the charter again."
      )
    ];
  }
});

// src/validate/rules/charter/slug-folder.ts
var slugFolder = defineRule({
  id: "slug-folder",
  code: "rule.slug-folder",
  severity: "error",
  configKeys: [],
  check({ charter: charter2, folderSlug }, _config, _now, report2) {
    if (folderSlug === void 0 || charter2.slug === folderSlug) return [];
    return [
      report2(
        ["slug"],
        `The slug \`${charter2.slug}\` does not match the folder name \`${folderSlug}\`.`,
        `Set \`slug: ${folderSlug}\`, or move the file to workgroups/${charter2.slug}/charter.yml.`
      )
    ];
  }
});

// src/validate/rules/charter/term.ts
function monthsAfter(date, months2) {
  const month = addMonths(date.slice(0, 7), months2);
  const [year, m] = month.split("-").map(Number);
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${month}-${String(Math.min(Number(date.slice(8, 10)), lastDay)).padStart(2, "0")}`;
}

// src/validate/rules/charter/term-too-long.ts
var termTooLong = defineRule({
  id: "term-too-long",
  code: "rule.term-too-long",
  severity: "error",
  configKeys: ["workgroups.max_term_months"],
  check({ charter: charter2 }, config2, _now, report2) {
    const { start, review } = charter2.active_time;
    const max = config2.workgroups.max_term_months;
    const latest4 = monthsAfter(start, max);
    if (review <= start || review <= latest4) return [];
    return [
      report2(
        ["active_time", "review"],
        `The review date ${review} is more than ${max} months after the start date ${start}.`,
        `Choose a review date on or before ${latest4}: work groups do not exist forever.`
      )
    ];
  }
});

// src/validate/rules/charter/too-few-chairs.ts
var tooFewChairs = defineRule({
  id: "too-few-chairs",
  code: "rule.too-few-chairs",
  severity: "error",
  configKeys: ["workgroups.leadership.chairs"],
  check({ charter: charter2 }, config2, _now, report2) {
    if (charter2.status !== "proposed" || charter2.participants.chairs.length === 0) return [];
    return leadershipGaps(charter2, config2).filter((gap) => gap.kind === "chairs").map((gap) => report2(gap.path, gap.message, gap.hint));
  }
});

// src/validate/rules/charter/too-few-members.ts
var tooFewMembers = defineRule({
  id: "too-few-members",
  code: "rule.too-few-members",
  severity: "error",
  configKeys: ["workgroups.min_members"],
  check({ charter: charter2 }, config2, _now, report2) {
    return charter2.status === "proposed" ? countMembers(charter2, config2, report2) : [];
  }
});
function countMembers(charter2, config2, report2) {
  const count = memberSet(charter2).size;
  const min = config2.workgroups.min_members;
  if (count >= min) return [];
  return [
    report2(
      ["participants", "members"],
      `A new work group needs at least ${plural(min, "member")}, chairs included; this one has ${count}.`,
      "Gather more members before sending the charter to the board."
    )
  ];
}

// src/validate/rules/charter/index.ts
var CHARTER_FILE_RULES = [
  slugFolder,
  chairNotMember,
  tooFewMembers,
  tooFewChairs,
  leadershipAtRisk,
  reviewBeforeStart,
  termTooLong,
  endWhileActive,
  missingEnd,
  endBeforeStart,
  cadenceNotAllowed,
  cadenceCounted
];

// src/validate/rules/charter.ts
function charterRules(charter2, { config: config2, folderSlug }) {
  const input = folderSlug === void 0 ? { charter: charter2 } : { charter: charter2, folderSlug };
  return runRules(CHARTER_FILE_RULES, input, config2, UNDATED).findings;
}

// src/decide/decision-amount.ts
function rateFor(config2, currency) {
  return convert2(config2, 1, currency, config2.base_currency);
}
function decisionMoney(q) {
  const base = q.config.base_currency;
  const requestCurrency = q.request.currency;
  const rate = rateFor(q.config, requestCurrency);
  if (rate === void 0)
    return `wgbot has no exchange rate for ${requestCurrency}: add it to \`currency_rates\`.`;
  const foreign = requestCurrency !== base;
  const givenCurrency = q.givenCurrency === void 0 ? void 0 : resolveCurrency(q.givenCurrency, q.config);
  if (givenCurrency !== void 0 && givenCurrency !== base && givenCurrency !== requestCurrency)
    return foreign ? `Give the amount in ${base}, the currency wgbot counts in, or in ${requestCurrency}, the request's currency; not in ${givenCurrency}.` : `Give the amount in ${base}, the currency of the request and the one wgbot counts in; not in ${givenCurrency}.`;
  if (q.decision !== "approve") {
    if (q.given !== void 0) return `A decision to ${q.decision} takes no amount.`;
    return foreign ? { local: { currency: requestCurrency, rate } } : {};
  }
  if (foreign && givenCurrency === requestCurrency && q.given !== void 0) {
    const local2 = roundCents(q.given);
    if (local2 > q.request.amount) return moreThanRequested(local2, q.request.amount, requestCurrency);
    return { amount: roundCents(local2 * rate), local: { currency: requestCurrency, rate, amount: local2 } };
  }
  if (q.given === void 0 && q.fallback?.amount !== void 0)
    return q.fallback.amount > q.requestedBase ? moreThanRequested(q.fallback.amount, q.requestedBase, base) : q.fallback;
  const amount = roundCents(q.given ?? q.requestedBase);
  if (amount > q.requestedBase) return moreThanRequested(amount, q.requestedBase, base);
  if (!foreign) return { amount };
  const local = amount === q.requestedBase ? q.request.amount : roundCents(amount / rate);
  return { amount, local: { currency: requestCurrency, rate, amount: local } };
}
function moreThanRequested(amount, requested, currency) {
  return `${formatAmount(amount, currency)} is more than the ${formatAmount(requested, currency)} requested.`;
}
function moneyText(money2, base) {
  if (money2.amount === void 0) return "";
  const inBase = formatAmount(money2.amount, base);
  const { local } = money2;
  if (!local || local.amount === void 0) return inBase;
  return `${formatAmount(local.amount, local.currency)} (\u2248 ${inBase} at 1 ${local.currency} = ${local.rate} ${base})`;
}
function grantMoney(command, requested, config2, fallback) {
  return decisionMoney({
    decision: command.decision,
    ...command.amount === void 0 ? {} : { given: command.amount },
    ...command.currency === void 0 ? {} : { givenCurrency: command.currency },
    request: { amount: requested.amount, currency: requested.currency },
    requestedBase: requested.inBase,
    ...fallback?.amount === void 0 ? {} : { fallback: { amount: fallback.amount, ...fallback.local ? { local: fallback.local } : {} } },
    config: config2
  });
}

// src/decide/ledger-totals.ts
function organisationKey(name2) {
  return name2.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase().replace(/&/g, " and ").replace(/[^\p{L}\p{N}]+/gu, " ").trim().replace(/^the /, "");
}
function websiteKey(url) {
  if (!url) return void 0;
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/^www\./, "");
    return host === "" ? void 0 : host;
  } catch {
    return void 0;
  }
}
function sameOrganisation(a, b) {
  if (organisationKey(a.name) !== "" && organisationKey(a.name) === organisationKey(b.name)) return true;
  const site = websiteKey(a.website);
  return site !== void 0 && site === websiteKey(b.website);
}
function recordYear(record) {
  return Number(record.decided.on.slice(0, 4));
}
function grantedTo(entries, organisation, year, except) {
  const grants = entries.map((e) => e.record).filter(
    (r) => r.outcome === "approved" && r.issue !== except && recordYear(r) === year && sameOrganisation(r.organisation, organisation)
  ).sort((a, b) => a.decided.on.localeCompare(b.decided.on) || a.issue - b.issue);
  return { total: roundCents(grants.reduce((sum2, r) => sum2 + (r.granted_base ?? 0), 0)), grants };
}
function fundedYears(entries, organisation, except) {
  const years = entries.map((e) => e.record).filter(
    (r) => r.outcome === "approved" && r.issue !== except && sameOrganisation(r.organisation, organisation)
  ).map(recordYear);
  return [...new Set(years)].sort((a, b) => a - b);
}
function ledgerYearsFor(grants, now) {
  const year = now.getUTCFullYear();
  const years = /* @__PURE__ */ new Set();
  if (grants.organisation_cap_per_year > 0) years.add(year);
  const within = grants.fast_track_max > 0 ? grants.fast_track_previous_years : 0;
  for (let back = 0; within > 0 && back <= within; back++) years.add(year - back);
  return [...years].sort((a, b) => b - a);
}

// src/decide/decision-cap.ts
function capRefusal(check) {
  const { config: config2, ledger: ledger2, item } = check;
  const cap = config2.grants.organisation_cap_per_year;
  if (cap <= 0 || ledger2 === void 0) return void 0;
  const { request } = grantFromForm(item.body, { author: item.author, config: config2 });
  if (!request) return void 0;
  const year = new Date(check.at).getUTCFullYear();
  const granted = grantedTo(ledger2, request.organisation, year, item.number);
  const total = roundCents(granted.total + check.amount);
  if (total <= cap) return void 0;
  const money2 = (n) => formatAmount(n, config2.base_currency);
  const name2 = request.organisation.name;
  const left = roundCents(cap - granted.total);
  const already = granted.grants.map((g) => `#${g.issue} ${money2(g.granted_base ?? 0)}`).join(", ");
  const folder = `\`${config2.paths.grants}/${year}/\``;
  const held = granted.grants.length === 0 ? "" : ` The grants ledger (${folder}) already holds ${already} for ${name2} in ${year}.`;
  const why = `Approving ${money2(check.amount)} would bring ${name2} to ${money2(total)} granted in ${year}, over the ${money2(cap)} the foundation grants one organisation in a year.${held}`;
  const way = left > 0 ? `At most ${money2(left)} is left: approve that or less (\`/${check.command} approve ${left}\`), or decline.` : `${name2} has reached the cap for ${year}; a grant decided in ${year + 1} counts toward the next year's cap.`;
  return `${why} ${way} ${granted.grants.length === 0 ? "" : "If the ledger is wrong, correct it first. "}Nothing was changed.`;
}

// src/model/markers.ts
var MARKER_START = "<!-- wgbot:";
var MARKER_END = " -->";
var NAME = /^[^\s<>][^<>\n\r]*$/;
var LEADING = /^<!-- wgbot:([^\s<>][^<>\n\r]*?) -->/;
var ANYWHERE = /<!-- wgbot:([^\s<>][^<>\n\r]*?) -->/g;
function marker(name2) {
  if (!NAME.test(name2)) throw new Error(`wgbot: ${JSON.stringify(name2)} cannot be a marker name.`);
  return `${MARKER_START}${name2}${MARKER_END}`;
}
function markerName(body) {
  return LEADING.exec(body ?? "")?.[1];
}
function markersIn(body) {
  return [...(body ?? "").matchAll(ANYWHERE)].map((m) => m[1]);
}
function isSelf(self, user) {
  return typeof user?.login === "string" && user.login === self.login;
}
function writtenBy(self) {
  return (item) => isSelf(self, item.user);
}

// src/decide/decision-record.ts
var RECORD = "decision ";
var REPLY = /^reply:(\d+)$/;
var LOGIN2 = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
var DAY = /^\d{4}-\d{2}-\d{2}$/;
function recordBlock(record) {
  const ordered = {
    by: record.by,
    decision: record.decision,
    ...record.amount === void 0 ? {} : { amount: record.amount },
    ...record.currency === void 0 ? {} : { currency: record.currency },
    ...record.local === void 0 ? {} : { local: record.local },
    at: record.at,
    command: record.command,
    outcome: record.outcome,
    ...record.meeting === void 0 ? {} : { meeting: record.meeting },
    comment: record.comment
  };
  const json = JSON.stringify(ordered).replace(/</g, "\\u003c").replace(/>/g, "\\u003e");
  return marker(`${RECORD}${json}`);
}
function parseRecord(body) {
  const block = markersIn(body).filter((name2) => name2.startsWith(RECORD)).at(-1);
  if (block === void 0) return void 0;
  let data;
  try {
    data = JSON.parse(block.slice(RECORD.length));
  } catch {
    return void 0;
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return void 0;
  const r = data;
  const ok2 = typeof r.by === "string" && LOGIN2.test(r.by) && (r.decision === "approve" || r.decision === "decline" || r.decision === "defer") && (r.amount === void 0 || typeof r.amount === "number" && Number.isFinite(r.amount) && r.amount > 0) && (r.currency === void 0 || typeof r.currency === "string" && /^[A-Z]{3}$/.test(r.currency)) && (r.local === void 0 || localAmount(r.local) !== void 0) && typeof r.at === "string" && !Number.isNaN(Date.parse(r.at)) && (r.command === "recommend" || r.command === "board") && ["approved", "declined", "deferred", "board-review"].includes(r.outcome) && (r.meeting === void 0 || typeof r.meeting === "string" && DAY.test(r.meeting)) && typeof r.comment === "number" && Number.isSafeInteger(r.comment) && r.comment > 0;
  if (!ok2) return void 0;
  return {
    by: r.by,
    decision: r.decision,
    ...r.amount === void 0 ? {} : { amount: r.amount },
    ...r.currency === void 0 ? {} : { currency: r.currency },
    ...r.local === void 0 ? {} : { local: localAmount(r.local) },
    at: r.at,
    command: r.command,
    outcome: r.outcome,
    ...r.meeting === void 0 ? {} : { meeting: r.meeting },
    comment: r.comment
  };
}
var positive = (n) => typeof n === "number" && Number.isFinite(n) && n > 0;
function localAmount(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return void 0;
  const l = value;
  if (typeof l.currency !== "string" || !/^[A-Z]{3}$/.test(l.currency) || !positive(l.rate)) return void 0;
  if (l.amount !== void 0 && !positive(l.amount)) return void 0;
  return { currency: l.currency, rate: l.rate, ...l.amount === void 0 ? {} : { amount: l.amount } };
}
function recordsIn(comments, self) {
  const records = [];
  const ours = writtenBy(self);
  for (const c of comments) {
    if (!ours(c)) continue;
    const body = c.body ?? "";
    const reply = REPLY.exec(markerName(body) ?? "");
    if (!reply) continue;
    const record = parseRecord(body);
    if (record && record.comment === Number(reply[1])) records.push(record);
  }
  return records.sort((a, b) => a.comment - b.comment);
}
function latest(records, command) {
  return records.filter((r) => command === void 0 || r.command === command).at(-1);
}

// src/decide/decision-effects.ts
function effectsOf(record, kind, config2) {
  const L = config2.labels;
  switch (record.outcome) {
    case "board-review":
      return { statuses: [L.board_review], meeting: record.meeting, charterPullRequest: false };
    case "deferred":
      return { statuses: [L.board_review, L.deferred], meeting: record.meeting, charterPullRequest: false };
    case "approved":
      return {
        statuses: [L.approved],
        close: closeReason("approved", kind),
        charterPullRequest: kind === "charter" && record.command === "board"
      };
    case "declined":
      return { statuses: [L.declined], close: closeReason("declined", kind), charterPullRequest: false };
  }
}
function closeReason(outcome, kind) {
  if (kind === "report") return void 0;
  if (outcome === "approved") return kind === "charter" ? void 0 : "completed";
  if (outcome === "declined") return "not_planned";
  return void 0;
}
function statusesAfter(records, kind, config2) {
  const last = latest(records);
  return last ? effectsOf(last, kind, config2).statuses : [];
}

// src/decide/decision-text.ts
var KIND_NAMES = {
  charter: "work group proposal",
  grant: "grant request",
  report: "report",
  "at-risk": "item",
  renewal: "item",
  other: "item"
};
function boardNext(kind, outcome, config2, meeting, charterSlug) {
  if (outcome === "deferred")
    return meeting ? `It stays in board review and moves to the board meeting on **${meeting}**.` : "It stays in board review; no later board meeting is scheduled yet.";
  if (kind === "charter" && outcome === "approved") {
    const slug = charterSlug ?? "";
    return `wgbot opens a pull request that adds ${inlineCode(charterPath(config2, slug))} (branch ${inlineCode(charterBranch(slug))}). Merging it charters the work group and closes this issue.`;
  }
  if (kind === "report") return `The report's requests are ${outcome}.`;
  return `This ${KIND_NAMES[kind]} is ${outcome}${closeReason(outcome, kind) ? " and closed" : ""}.`;
}
function recommendationText(r, base) {
  const what = r.decision === "approve" ? `approving ${r.amount === void 0 ? "the request" : formatAmount(r.amount, r.currency ?? base)}` : "declining the request";
  return `The Grants WG recommended ${what} (${mention(r.by)}, ${day(r.at)}).`;
}
function meetingSentence(meeting) {
  return meeting ? `It is on the agenda of the board meeting on **${meeting}** (milestone *Board meeting ${meeting}*).` : "No board meeting is scheduled yet: it goes on the agenda of the next one once the calendar has it.";
}
function renderRecord(templates, view) {
  return render(templates, "decision-record", {
    title: view.title,
    summary: view.summary,
    recommendation: view.recommendation,
    // Shortened: the reply holds the record at its end, so it must fit in one comment whatever the note.
    note: view.note ? escapeMarkdown(truncate(view.note, 1e3)) : void 0,
    next: view.next,
    block: recordBlock(view.record)
  });
}
function mention(login) {
  return neutraliseMentions(`@${login}`);
}
function day(iso2) {
  return iso2.slice(0, 10);
}

// src/decide/decision.ts
function commandTeam(command, config2) {
  return command === "recommend" ? { team: config2.teams.grants_wg, who: "the Grants Work Group" } : { team: config2.teams.board, who: "the board" };
}
function notAllowedReply(command, owner, config2) {
  const { team, who } = commandTeam(command, config2);
  return `Only members of ${who} team (${inlineCode(`${owner}/${team}`)}) can use \`/${command}\`. Nothing was changed.
`;
}
function refuse(reply, summary) {
  return { ok: false, reply: `${reply}
`, summary };
}
function decideCommand(input) {
  const { currency } = input.command;
  const base = input.config.base_currency;
  if (currency !== void 0 && currency !== base && itemKind(input.item, input.config) !== "grant")
    return refuse(
      `Give the amount in ${base}, the currency wgbot counts in: an amount in ${currency} is not converted.`,
      "amount in another currency"
    );
  return input.command.name === "recommend" ? decideRecommend(input) : decideBoard(input);
}
function decideRecommend(input) {
  const { item, config: config2, records } = input;
  const command = input.command;
  const L = config2.labels;
  const has = (l) => item.labels.includes(l);
  if (item.isPull || itemKind(item, config2) !== "grant")
    return refuse("`/recommend` is for grant requests.", "not a grant request");
  if (item.state === "closed" || has(L.approved) || has(L.declined))
    return refuse(
      `This grant request is already ${has(L.declined) ? "declined" : has(L.approved) ? "approved" : "closed"}: there is nothing left to recommend.`,
      "already decided"
    );
  const board = latest(records, "board");
  if (board && board.outcome !== "deferred")
    return refuse("The board has already decided on this request.", "already decided");
  if (has(L.needs_info) || !(has(L.grants_wg_review) || has(L.board_review)))
    return refuse(
      "This grant request is not ready for a recommendation yet: it still needs the changes listed above.",
      "not ready"
    );
  const requested = grantAmount(item, config2);
  if (!requested)
    return refuse(
      "wgbot cannot read the amount requested from this issue: fix the request first.",
      "amount unreadable"
    );
  const money2 = grantMoney(command, requested, config2);
  if (typeof money2 === "string") return refuse(money2, "bad amount");
  const { amount } = money2;
  const overCap2 = approvedPastCap(input, amount);
  if (overCap2) return refuse(overCap2, "over the organisation's cap");
  const base = config2.base_currency;
  const threshold = formatAmount(config2.grants.board_threshold, base);
  const escalate = requested.overThreshold;
  const meeting = escalate ? reviewingMeeting(config2.board, input.now) : void 0;
  const record = {
    by: input.by,
    decision: command.decision,
    ...amount === void 0 ? {} : { amount, currency: base },
    ...money2.local ? { local: money2.local } : {},
    at: input.at,
    command: "recommend",
    outcome: escalate ? "board-review" : command.decision === "approve" ? "approved" : "declined",
    ...meeting ? { meeting } : {},
    comment: input.commentId
  };
  const requestedPart = amount === void 0 ? ` (${requested.text} requested)` : amount === requested.inBase ? ", the amount requested" : ` of the ${requested.text} requested`;
  const amountPart = amount === void 0 ? "" : ` ${moneyText(money2, base)}`;
  const title = escalate ? `Grants WG recommendation: ${command.decision}${amountPart}` : `Grants WG decision: ${record.outcome}${amountPart}`;
  const summaryLine2 = `${escalate ? "Recommended" : "Decided"} by ${mention(input.by)} for the Grants Work Group on ${day(input.at)}: **${escalate ? command.decision : record.outcome}${amountPart}**${requestedPart}.`;
  const next = escalate ? `The request is over ${threshold}, so the **board** decides. ${meetingSentence(meeting)}` : `For requests up to ${threshold} the Grants WG's decision is final: the request is ${record.outcome} and closed.`;
  return {
    ok: true,
    record,
    reply: renderRecord(input.templates, { title, summary: summaryLine2, note: command.reason, next, record }),
    summary: escalate ? `recommended ${command.decision}: escalated to the board` : `grant ${record.outcome}`
  };
}
function decideBoard(input) {
  const { item, config: config2, records } = input;
  const command = input.command;
  const L = config2.labels;
  const has = (l) => item.labels.includes(l);
  const kind = itemKind(item, config2);
  if (has(L.approved) || has(L.declined))
    return refuse(`This item is already ${has(L.approved) ? "approved" : "declined"}.`, "already decided");
  if (item.state === "closed") return refuse("This item is closed.", "closed");
  if (!has(L.board_review))
    return refuse(
      `\`/board\` decides items in board review (labelled ${inlineCode(L.board_review)}); this one is not.`,
      "not in board review"
    );
  const base = config2.base_currency;
  const recommendation = kind === "grant" ? latest(records, "recommend") : void 0;
  let money2;
  if (kind === "grant") {
    const requested = grantAmount(item, config2);
    if (!requested)
      return refuse(
        "wgbot cannot read the amount requested from this issue: fix the request first.",
        "amount unreadable"
      );
    const fallback = recommendation?.decision === "approve" ? recommendation : void 0;
    const checked2 = grantMoney(command, requested, config2, fallback);
    if (typeof checked2 === "string") return refuse(checked2, "bad amount");
    if (!recommendation && command.decision !== "defer" && needsRecommendation(requested, config2))
      return refuse(missingRecommendation(config2), "no recommendation on record");
    const overCap2 = approvedPastCap(input, checked2.amount);
    if (overCap2) return refuse(overCap2, "over the organisation's cap");
    money2 = checked2;
  } else {
    if (command.decision !== "approve" && command.amount !== void 0)
      return refuse(`A decision to ${command.decision} takes no amount.`, "bad amount");
    money2 = command.amount === void 0 ? {} : { amount: roundCents(command.amount) };
  }
  const { amount } = money2;
  let charterSlug;
  if (kind === "charter" && command.decision === "approve") {
    const charter2 = charterFromForm(item.body, { config: config2 }).charter;
    const problem2 = charterProblem(charter2, config2);
    if (problem2) return refuse(problem2, "charter not valid");
    charterSlug = charter2?.slug;
  }
  const current = item.milestone ? meetingOfMilestone(item.milestone) : void 0;
  const meeting = command.decision === "defer" ? deferredTo(config2, input.now, current) : void 0;
  const outcome = command.decision === "approve" ? "approved" : command.decision === "decline" ? "declined" : "deferred";
  const record = {
    by: input.by,
    decision: command.decision,
    ...amount === void 0 ? {} : { amount, currency: base },
    ...money2.local ? { local: money2.local } : {},
    at: input.at,
    command: "board",
    outcome,
    ...meeting ? { meeting } : {},
    comment: input.commentId
  };
  const amountText = amount === void 0 ? "" : ` ${moneyText(money2, base)}`;
  const title = `Board decision: ${outcome}${amountText}`;
  const summaryLine2 = `Decided by ${mention(input.by)} for the board on ${day(input.at)}: **${outcome}${amountText}**.`;
  return {
    ok: true,
    record,
    reply: renderRecord(input.templates, {
      title,
      summary: summaryLine2,
      recommendation: recommendation ? recommendationText(recommendation, base) : void 0,
      note: command.note,
      next: boardNext(kind, outcome, config2, meeting, charterSlug),
      record
    }),
    summary: `board ${outcome}`
  };
}
function approvedPastCap(input, amount) {
  if (input.command.decision !== "approve" || amount === void 0) return void 0;
  return capRefusal({
    item: input.item,
    amount,
    at: input.at,
    ledger: input.ledger,
    command: input.command.name,
    config: input.config
  });
}
function needsRecommendation(requested, config2) {
  return config2.board.requires_recommendation && requested.overThreshold;
}
function missingRecommendation(config2) {
  const threshold = formatAmount(config2.grants.board_threshold, config2.base_currency);
  return `The board decides grant requests over ${threshold} with the Grants Work Group's recommendation on record, and this request has none yet. A Grants WG member records it with \`/recommend approve [amount]\` or \`/recommend decline\`; then the board can decide. \`/board defer\` works without one. Nothing was changed.`;
}
function charterProblem(charter2, config2) {
  const errors = charter2 ? charterRules({ ...charter2, status: "active" }, { config: config2, folderSlug: charter2.slug }).filter(
    (f) => f.severity === "error"
  ) : [];
  if (charter2 && errors.length === 0) return void 0;
  return "wgbot cannot turn this proposal into a charter file: it has problems (see wgbot's report above). Fix them, then approve again.";
}
function deferredTo(config2, now, current) {
  const reviewing = reviewingMeeting(config2.board, now);
  const after = current ? nextMeeting(config2.board, addDays(parseDate(current), 1)) : void 0;
  const later = !reviewing ? after : !after ? reviewing : after > reviewing ? after : reviewing;
  return later !== void 0 && current !== void 0 && later <= current ? void 0 : later;
}

// src/decide/ledger.ts
import { stringify as stringify2 } from "yaml";
function isFinal(record) {
  return record.outcome === "approved" || record.outcome === "declined";
}
function ledgerSlug(eventName) {
  const slug = eventName.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40).replace(/-+$/, "");
  return slug || "grant";
}
function ledgerPath(config2, year, issue, eventName) {
  return `${config2.paths.grants}/${year}/${issue}-${ledgerSlug(eventName)}.yml`;
}
function ledgerYear(record) {
  return new Date(record.at).getUTCFullYear();
}
function ledgerRecord(input) {
  const { record, request, config: config2 } = input;
  const currency = request.requested.currency;
  const base = config2.base_currency;
  const rate = record.local?.currency === currency ? record.local.rate : currency === base ? 1 : rateFor(config2, currency);
  if (rate === void 0) return void 0;
  const approved = record.outcome === "approved";
  const grantedBase = approved ? record.amount ?? roundCents(request.requested.amount * rate) : void 0;
  const granted = grantedBase === void 0 ? void 0 : record.local?.amount ?? (currency === base ? grantedBase : roundCents(grantedBase / rate));
  const recommendation = input.recommendation;
  const meeting = record.command === "board" ? input.meeting : void 0;
  return {
    issue: input.issue,
    url: input.url,
    outcome: record.outcome,
    grant_type: request.grant_type,
    organisation: {
      name: request.organisation.name,
      ...request.organisation.website ? { website: request.organisation.website } : {}
    },
    event: {
      name: request.event.name,
      start_date: request.event.start_date,
      end_date: request.event.end_date,
      location: request.event.location
    },
    currency,
    requested: request.requested.amount,
    ...granted === void 0 ? {} : { granted },
    base_currency: base,
    rate,
    requested_base: roundCents(request.requested.amount * rate),
    ...grantedBase === void 0 ? {} : { granted_base: grantedBase },
    decided: {
      by: record.by,
      for: record.command === "board" ? "board" : "grants-wg",
      on: record.at.slice(0, 10),
      ...meeting ? { meeting } : {},
      comment: record.comment
    },
    ...recommendation && record.command === "board" && recommendation.decision !== "defer" ? {
      recommendation: {
        by: recommendation.by,
        decision: recommendation.decision,
        ...recommendation.amount === void 0 ? {} : { amount_base: recommendation.amount },
        on: recommendation.at.slice(0, 10)
      }
    } : {}
  };
}
function ledgerYaml(record, path) {
  const up = "../".repeat(path.split("/").length - 1);
  const yaml = stringify2(record, { lineWidth: 110, minContentWidth: 40, aliasDuplicateObjects: false });
  return `# yaml-language-server: $schema=${up}schemas/ledger.schema.json
# Written by wgbot when the decision on #${record.issue} was recorded.
${yaml}`;
}
function ledgerMessage(record) {
  return `Record the ${record.outcome === "approved" ? "approved" : "declined"} grant request #${record.issue} in the grants ledger`;
}
function ledgerFile(input) {
  const record = ledgerRecord(input);
  if (!record) return void 0;
  const path = ledgerPath(input.config, ledgerYear(input.record), input.issue, record.event.name);
  return { path, content: ledgerYaml(record, path), message: ledgerMessage(record), record };
}
function ledgerHolds(file, texts) {
  const folder = file.path.slice(0, file.path.lastIndexOf("/") + 1);
  const prefix = `${folder}${file.record.issue}-`;
  for (const [path, text] of texts) {
    if (!path.startsWith(prefix)) continue;
    if (text === file.content) return true;
    if (new RegExp(`^  comment: ${file.record.decided.comment}$`, "m").test(text)) return true;
  }
  return false;
}
function ledgerBranch(issue) {
  return `wgbot/ledger-${issue}`;
}
function valued(amount, base, record) {
  const local = formatAmount(amount, record.currency);
  if (record.currency === record.base_currency || base === void 0) return local;
  return `${local} (${formatAmount(base, record.base_currency)} at 1 ${record.currency} = ${record.rate} ${record.base_currency})`;
}
function ledgerPullRequest(file, defaultBranch, config2) {
  const r = file.record;
  const who = r.decided.for === "board" ? "The board" : "The Grants Work Group";
  const outcome = r.outcome === "approved" ? "approved" : "declined";
  const event = r.event;
  const dates = event.start_date === event.end_date ? event.start_date : `${event.start_date} to ${event.end_date}`;
  const granted = r.granted === void 0 ? "nothing (declined)" : valued(r.granted, r.granted_base, r);
  const cap = config2.grants.organisation_cap_per_year;
  const waiting = r.outcome === "declined" ? "Until it is merged, the ledger does not show this decision." : cap > 0 ? `Until it is merged, the ledger does not count this grant: new requests from the organisation are checked against the yearly cap of ${formatAmount(cap, r.base_currency)} without it, and \`wgbot status\` does not show it.` : "Until it is merged, the ledger does not count this grant, and `wgbot status` does not show it.";
  const body = [
    `${who} ${outcome} grant request #${r.issue} on ${r.decided.on}${r.decided.meeting ? ` (board meeting ${r.decided.meeting})` : ""}. wgbot records every final decision on a grant in the grants ledger, but the default branch, ${escapeMarkdown(defaultBranch)}, takes changes only through pull requests (a branch protection rule or a ruleset), so this record waits here to be merged.`,
    "",
    `- **Record:** \`${file.path}\``,
    `- **Organisation:** ${escapeMarkdown(r.organisation.name)}`,
    `- **Event:** ${escapeMarkdown(event.name)}${event.location ? ` (${escapeMarkdown(event.location)})` : ""}, ${dates}`,
    `- **Requested:** ${valued(r.requested, r.requested_base, r)}`,
    `- **Granted:** ${granted}`,
    `- **Decided by:** ${r.decided.by}, for ${r.decided.for === "board" ? "the board" : "the Grants Work Group"}`,
    "",
    `${waiting} The decision itself is already made and on record in #${r.issue}: merging changes nothing else. A detail corrected in the file before merging is kept; wgbot does not write the record again.`
  ].join("\n");
  return { ...file, branch: ledgerBranch(r.issue), title: file.message, body: `${body}
` };
}

// src/decide/sticky-comments.ts
function findSticky(comments, name2, self) {
  return stickiesIn(comments, name2, self)[0];
}
function stickiesIn(comments, name2, self) {
  const ours = writtenBy(self);
  return comments.filter((c) => ours(c) && markerName(c.body) === name2).sort((a, b) => a.id - b.id);
}
function duplicateStickyDeletes(created, comments, self) {
  const name2 = markerName(created.body);
  if (name2 === void 0) return [];
  return stickiesIn(comments, name2, self).slice(1).map((duplicate) => ({ kind: "delete-comment", issue: created.issue, commentId: duplicate.id }));
}

// src/gather/board.ts
async function gatherMilestones(github, repo) {
  return github.paginate(github.rest.issues.listMilestones, { ...repo, state: "all", per_page: 100 });
}
async function gatherMilestoneIssues(github, repo, milestone) {
  return github.paginate(github.rest.issues.listForRepo, {
    ...repo,
    milestone: String(milestone),
    state: "all",
    per_page: 100
  });
}
async function gatherOpenLabelled(github, repo, label) {
  return github.paginate(github.rest.issues.listForRepo, {
    ...repo,
    labels: label,
    state: "open",
    per_page: 100
  });
}
async function gatherIssue(github, repo, number) {
  return (await github.rest.issues.get({ ...repo, issue_number: number })).data;
}
function boardItemOf(issue) {
  return {
    number: issue.number,
    title: issue.title,
    body: issue.body ?? "",
    author: issue.user?.login ?? "",
    state: issue.state === "closed" ? "closed" : "open",
    labels: (issue.labels ?? []).map((l) => typeof l === "string" ? l : l.name ?? "").filter((l) => l !== ""),
    isPull: issue.pull_request !== void 0 && issue.pull_request !== null,
    createdAt: issue.created_at ?? "",
    ...issue.milestone ? { milestone: issue.milestone.title } : {},
    ...issue.html_url ? { url: issue.html_url } : {}
  };
}

// src/gather/charter-pull-request.ts
async function pullStates(github, repo, branch, state = "all") {
  const { data: pulls } = await github.rest.pulls.list({
    ...repo,
    state,
    head: `${repo.owner}:${branch}`,
    per_page: 10
  });
  return pulls.map((p) => p.state);
}
async function charterPullExists(github, repo, branch) {
  return (await pullStates(github, repo, branch)).length > 0;
}
async function refSha(github, repo, ref) {
  try {
    const { data } = await github.rest.git.getRef({ ...repo, ref });
    return data.object.sha;
  } catch (error2) {
    if (error2.status === 404) return void 0;
    throw error2;
  }
}
async function gatherDefaultBranch(github, repo) {
  return (await github.rest.repos.get({ ...repo })).data.default_branch;
}

// src/gather/comment-templates.ts
import { readFileSync } from "node:fs";
import { join as join2 } from "node:path";

// src/templates-folder.ts
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var cached;
function templatesDir() {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, "templates", "issue-forms"))) {
      cached = join(dir, "templates");
      return cached;
    }
    dir = dirname(dir);
  }
  throw new Error("wgbot: cannot find its templates/ folder next to the installed package.");
}

// src/repo/decode.ts
var MAX_FILE_BYTES = 512 * 1024;
var strict = new TextDecoder("utf-8", { fatal: true });
var lenient = new TextDecoder("utf-8");
function decodeGovernanceFile(file, input, maxBytes = MAX_FILE_BYTES) {
  if (typeof input === "object" && "tooLarge" in input)
    return { problem: tooLargeProblem(file, input.tooLarge, maxBytes) };
  const size = typeof input !== "string" ? input.byteLength : input.length * 3 <= maxBytes ? input.length : Buffer.byteLength(input);
  if (size > maxBytes) return { problem: tooLargeProblem(file, size, maxBytes) };
  let text;
  if (typeof input === "string") text = input;
  else {
    const decoded = decodeUtf8(file, input);
    if ("problem" in decoded) return decoded;
    text = decoded.text;
  }
  return { text: normaliseLineEnds(text.charCodeAt(0) === 65279 ? text.slice(1) : text) };
}
function normaliseLineEnds(text) {
  return text.indexOf("\r") === -1 ? text : text.replace(/\r\n?/g, "\n");
}
function decodeUtf8(file, bytes) {
  try {
    return { text: strict.decode(bytes) };
  } catch {
    const offset = firstInvalidByte(bytes);
    return {
      problem: problem(file, "yaml.encoding", "The file is not valid UTF-8 text.", {
        ...endOf(lenient.decode(bytes.subarray(0, offset))),
        hint: "Save the file with UTF-8 encoding (most editors offer it in the 'Save as' or status bar menu)."
      })
    };
  }
}
function tooLargeProblem(file, size, maxBytes = MAX_FILE_BYTES) {
  return problem(
    file,
    "yaml.too-large",
    `The file is ${kib(size)}; wgbot reads files up to ${kib(maxBytes)}.`,
    {
      line: 1,
      column: 1,
      hint: "Split the content or move long text elsewhere and link to it."
    }
  );
}
function firstInvalidByte(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}
function sequenceLength(bytes, i) {
  const b0 = bytes[i];
  if (b0 < 128) return 1;
  const cont = (k, lo = 128, hi = 191) => {
    const b = bytes[i + k];
    return b !== void 0 && b >= lo && b <= hi;
  };
  if (b0 >= 194 && b0 <= 223) return cont(1) ? 2 : 0;
  if (b0 >= 224 && b0 <= 239) {
    const lo = b0 === 224 ? 160 : 128;
    const hi = b0 === 237 ? 159 : 191;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b0 >= 240 && b0 <= 244) {
    const lo = b0 === 240 ? 144 : 128;
    const hi = b0 === 244 ? 143 : 191;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}
function endOf(text) {
  const lines = text.split(/\r\n?|\n/);
  const last = lines[lines.length - 1] ?? "";
  return { line: lines.length, column: last.length + 1 };
}
function kib(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

// src/gather/files.ts
async function readRepoBytes(github, repo, path, ref) {
  let data;
  try {
    ({ data } = await github.rest.repos.getContent({ ...repo, path, ...ref ? { ref } : {} }));
  } catch (error2) {
    if (error2.status === 404) return void 0;
    throw error2;
  }
  if (Array.isArray(data) || data.type !== "file" || !("content" in data)) return null;
  if (typeof data.size === "number" && data.size > MAX_FILE_BYTES) return { tooLarge: data.size };
  if ((data.encoding ?? "base64") !== "base64") return null;
  return new Uint8Array(Buffer.from(data.content, "base64"));
}
async function readRepoFile(github, repo, path, ref) {
  return (await readRepoFileWithSha(github, repo, path, ref))?.content;
}
async function readRepoFileWithSha(github, repo, path, ref) {
  try {
    const { data } = await github.rest.repos.getContent({ ...repo, path, ...ref ? { ref } : {} });
    if (Array.isArray(data) || data.type !== "file" || !("content" in data)) return void 0;
    return { sha: data.sha, content: Buffer.from(data.content, "base64").toString("utf8") };
  } catch (error2) {
    if (error2.status === 404) return void 0;
    throw error2;
  }
}

// src/gather/comment-templates.ts
var builtIn;
function builtInTemplates() {
  builtIn ??= Object.fromEntries(
    TEMPLATE_NAMES.map((name2) => [
      name2,
      { builtIn: readFileSync(join2(templatesDir(), "comments", `${name2}.hbs`), "utf8") }
    ])
  );
  return builtIn;
}
async function gatherTemplates(github, repo, config2) {
  const templates = builtInTemplates();
  const path = config2.templates.request_report;
  const override = path ? await readRepoFile(github, repo, path) : void 0;
  if (override === void 0) return templates;
  return { ...templates, "request-report": { ...templates["request-report"], override } };
}

// src/gather/comments.ts
async function gatherComments(github, repo, issue, count) {
  if (count === 0) return [];
  return github.paginate(github.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 });
}

// src/gather/config.ts
import { parse as parse2 } from "yaml";

// src/yaml/fast.ts
import jsYaml from "js-yaml";

// src/yaml/structure.ts
import { isAlias, isMap as isMap2, isPair as isPair2, isScalar as isScalar2, isSeq as isSeq2 } from "yaml";

// src/yaml/limits.ts
var DEFAULT_LIMITS = { maxBytes: MAX_FILE_BYTES, maxDepth: 32, maxAliases: 20 };
function tooDeep(file, pos, limits) {
  return problem(file, "yaml.too-deep", `The file is nested more than ${limits.maxDepth} levels deep.`, {
    ...pos,
    hint: "wgbot files need only a few levels: check the indentation, or brackets that were never closed."
  });
}

// src/yaml/structure.ts
function structuralProblems(file, doc, lc, limits) {
  const problems = [];
  const pos = (node) => rangePosition(lc, node.range);
  let aliases = 0;
  const stack = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop();
    if (!node || typeof node !== "object") continue;
    if (isAlias(node)) {
      aliases++;
      if (aliases === limits.maxAliases + 1) {
        problems.push(
          problem(file, "yaml.too-many-aliases", `The file uses more than ${limits.maxAliases} aliases.`, {
            ...pos(node),
            hint: "Write values out instead of using & anchors and * aliases."
          })
        );
      }
      continue;
    }
    const tagged = node;
    if (tagged.tag && !STANDARD_TAGS.has(tagged.tag)) {
      problems.push(
        problem(
          file,
          "yaml.tag",
          `The tag \`${tagged.tag.replace(/^tag:yaml\.org,2002:/, "!!")}\` is not allowed.`,
          {
            ...pos(tagged),
            hint: "Remove the `!` tag; wgbot files hold only plain text, numbers, lists and mappings."
          }
        )
      );
    }
    if (isMap2(node) || isSeq2(node)) {
      if (depth >= limits.maxDepth) {
        problems.push(tooDeep(file, pos(node), limits));
        continue;
      }
      for (const item of [...node.items].reverse()) {
        if (isPair2(item)) {
          const key = item.key;
          if (isScalar2(key) && key.value === "<<" && key.type === "PLAIN") {
            problems.push(
              problem(file, "yaml.merge-key", "Merge keys (`<<`) are not supported.", {
                ...pos(key),
                hint: "Write the fields out in full instead of merging them in from an `&` anchor."
              })
            );
          } else if (isScalar2(key) && typeof key.value === "string" && FORBIDDEN_KEYS.has(key.value)) {
            problems.push(
              problem(file, "yaml.forbidden-key", `The key \`${key.value}\` is not allowed.`, {
                ...pos(key),
                hint: "Remove it; it has a special meaning in JavaScript and is never a wgbot field."
              })
            );
          } else if (key !== null && !isScalar2(key)) {
            problems.push(
              problem(file, "yaml.complex-key", "A key must be plain text, not a list or mapping.", {
                ...pos(key),
                hint: "Write the key as a single word followed by a colon."
              })
            );
          }
          stack.push({ node: item.value, depth: depth + 1 });
        } else stack.push({ node: item, depth: depth + 1 });
      }
    }
  }
  return problems;
}
var STANDARD_TAGS = /* @__PURE__ */ new Set([
  "tag:yaml.org,2002:str",
  "tag:yaml.org,2002:int",
  "tag:yaml.org,2002:float",
  "tag:yaml.org,2002:bool",
  "tag:yaml.org,2002:null",
  "tag:yaml.org,2002:map",
  "tag:yaml.org,2002:seq"
]);
var FORBIDDEN_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);

// src/yaml/fast.ts
var CAREFUL_ONLY = /[&*!](?<=(?:^|[\s[{,])[&*!])[^\s,\]}]|^%|<<|^---|__proto__|constructor|prototype|[\t\uFEFF]/m;
var PARSERS_DISAGREE = /[-+](?:0[xo]|\.[0-9])|-0(?![\w.])|\b0b[01]|\?(?<=(?:^|[\s[{,])\?)(?:\s|$)|[\]}]\s*:|\\$|#(?<=["'\]}]#)/m;
var BLANK_WITH_SPACES = /^ +$/m;
var BLOCK_SCALAR = /[|>][-+1-9]*[ ]*(?:#.*)?$/m;
var MAX_KEY_LENGTH = 1024;
var FAST_PATH_KEYS = /* @__PURE__ */ new Set([...FORBIDDEN_KEYS, "<<", "null"]);
var JS_YAML_OPTIONS = {
  schema: jsYaml.CORE_SCHEMA,
  json: false,
  onWarning: () => {
    warned = true;
  }
};
var warned = false;
function loadFast(text, maxDepth) {
  if (CAREFUL_ONLY.test(text) || PARSERS_DISAGREE.test(text) || mayRunOver(text)) return void 0;
  if (BLOCK_SCALAR.test(text) && BLANK_WITH_SPACES.test(text)) return void 0;
  let data;
  warned = false;
  try {
    data = jsYaml.load(text, JS_YAML_OPTIONS);
  } catch {
    return void 0;
  }
  if (warned || data === null || typeof data !== "object" || Array.isArray(data)) return void 0;
  return plainWithin(data, maxDepth) ? data : void 0;
}
function mayRunOver(text) {
  if (!/[[{]/.test(text)) return false;
  for (const line of text.split("\n")) {
    if (!/[[\]{}]/.test(line)) continue;
    let depth = 0;
    let valueStarts = true;
    for (let i = 0; i < line.length; i++) {
      const char = line[i];
      if (char === " ") continue;
      if ((char === '"' || char === "'") && valueStarts) {
        i = quoteEnd(line, i);
        if (i < 0) return true;
        valueStarts = false;
        continue;
      }
      if (char === "#" && (i === 0 || line[i - 1] === " ")) break;
      if (char === "[" || char === "{") depth++;
      else if ((char === "]" || char === "}") && --depth < 0) return true;
      valueStarts = char === "[" || char === "{" || char === "," || ":-".includes(char) && line[i + 1] === " ";
    }
    if (depth !== 0) return true;
  }
  return false;
}
function quoteEnd(line, start) {
  const quote4 = line[start];
  for (let i = start + 1; i < line.length; i++) {
    if (quote4 === '"' && line[i] === "\\") i++;
    else if (line[i] === quote4) {
      if (quote4 === "'" && line[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}
function plainWithin(value, depthLeft) {
  if (depthLeft <= 0) return false;
  if (Array.isArray(value)) {
    for (const item of value)
      if (item !== null && typeof item === "object" && !plainWithin(item, depthLeft - 1)) return false;
    return true;
  }
  for (const key in value) {
    if (FAST_PATH_KEYS.has(key) || key.length > MAX_KEY_LENGTH) return false;
    const item = value[key];
    if (item !== null && typeof item === "object" && !plainWithin(item, depthLeft - 1)) return false;
  }
  return true;
}

// src/yaml/load.ts
import { isScalar as isScalar5, LineCounter, parseDocument } from "yaml";

// src/yaml/nodes.ts
import {
  isAlias as isAlias2,
  isMap as isMap3,
  isPair as isPair3,
  isScalar as isScalar3,
  isSeq as isSeq3,
  YAMLParseError
} from "yaml";
function* nodesOf(root, enter = () => true) {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || typeof node !== "object" || !enter(node)) continue;
    yield node;
    if (isPair3(node)) stack.push(node.key, node.value);
    else if (isMap3(node) || isSeq3(node)) for (const item of node.items) stack.push(item);
  }
}
function duplicateKeys(doc) {
  const found = [];
  for (const node of nodesOf(doc.contents)) {
    if (!isMap3(node)) continue;
    const seen = /* @__PURE__ */ new Set();
    for (const { key } of node.items) {
      if (!isScalar3(key)) continue;
      if (seen.has(key.value) && key.range)
        found.push(
          new YAMLParseError([key.range[0], key.range[0] + 1], "DUPLICATE_KEY", "Map keys must be unique")
        );
      seen.add(key.value);
    }
  }
  return found;
}
function firstAlias(doc, lc) {
  let first;
  for (const node of nodesOf(doc.contents)) {
    if (!isAlias2(node)) continue;
    const start = node.range?.[0];
    if (start !== void 0 && (first === void 0 || start < first)) first = start;
  }
  if (first === void 0) return { line: 1, column: 1 };
  const { line, col } = lc.linePos(first);
  return { line, column: col };
}

// src/yaml/parse-errors.ts
import { isMap as isMap4, isPair as isPair4, isScalar as isScalar4, isSeq as isSeq4 } from "yaml";

// src/util/login.ts
function loginWithoutAt(login) {
  return `Write the GitHub login without the @: \`${login}\`.`;
}
function loginAfterAt(text) {
  return /^@([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})$/.exec(text.trim())?.[1];
}

// src/yaml/parse-errors.ts
var RUN_ON_KEY = {
  message: "This line runs on into the next one, so YAML reads both as one long key.",
  hint: "Check for a missing `:` after the key on this line, and that the next line is indented like the lines around it."
};
var YAML_MESSAGES = {
  DUPLICATE_KEY: {
    message: "This key appears twice in the same mapping.",
    hint: "Keep one of them; a second value would silently replace the first."
  },
  MULTIPLE_DOCS: {
    message: "The file holds more than one YAML document (a second `---`).",
    hint: "Keep one document per file; remove the extra `---` line."
  },
  BAD_INDENT: {
    message: "The indentation is wrong here.",
    hint: "Indent nested fields by the same number of spaces (two is usual) and never use tabs."
  },
  TAB_AS_INDENT: { message: "A tab is used for indentation.", hint: "Indent with spaces only." },
  MISSING_CHAR: {
    message: "A closing character is missing (a quote, `]` or `}`).",
    hint: "Close every quote and bracket you open."
  },
  UNEXPECTED_TOKEN: {
    message: "The YAML cannot be read here.",
    hint: "Check for a missing colon, a stray character, or text that needs quotes (such as text starting with @ or `)."
  },
  BLOCK_AS_IMPLICIT_KEY: RUN_ON_KEY,
  MULTILINE_IMPLICIT_KEY: RUN_ON_KEY,
  TAG_RESOLVE_FAILED: {
    message: "A `!` tag is used that wgbot does not allow.",
    hint: "Remove the tag; wgbot files hold only plain text, numbers, lists and mappings."
  },
  BAD_ALIAS: { message: "An alias (`*name`) is not valid here.", hint: "Write the value out instead." },
  ALIAS_PROPS: {
    message: "An alias (`*name`) cannot carry a tag or anchor.",
    hint: "Write the value out instead."
  },
  BAD_SCALAR_START: {
    message: "This value starts with a character that needs quotes.",
    hint: 'Wrap the value in double quotes, e.g. "@alice" or "`code`".'
  },
  BAD_DIRECTIVE: { message: "This `%` directive is not valid.", hint: "Remove the line starting with %." },
  KEY_OVER_1024_CHARS: { message: "A key is longer than 1024 characters.", hint: "Use a short key." },
  BAD_DQ_ESCAPE: {
    message: "A backslash in this double-quoted text starts an escape YAML does not know.",
    hint: "Write `\\\\` for a backslash, or use single quotes, in which a backslash is plain text."
  },
  BLOCK_IN_FLOW: {
    message: "A `- item` list or `key: value` block is inside brackets.",
    hint: "Inside `[...]` or `{...}`, separate items with commas on one line; or drop the brackets."
  },
  MULTIPLE_ANCHORS: { message: "A value has two `&` anchors.", hint: "Remove the anchors." },
  MULTIPLE_TAGS: { message: "A value has two `!` tags.", hint: "Remove the tags." },
  BAD_PROP_ORDER: { message: "An `&` anchor or `!` tag is misplaced.", hint: "Remove it." },
  BAD_COLLECTION_TYPE: {
    message: "A `!` tag does not fit the value it is on.",
    hint: "Remove the tag; wgbot files hold only plain text, numbers, lists and mappings."
  },
  NON_STRING_KEY: {
    message: "A key must be plain text, not a list or mapping.",
    hint: "Write the key as a single word followed by a colon."
  }
};
function fromYamlError(file, error2, at, text, doc) {
  let known = YAML_MESSAGES[error2.code];
  let from = error2.pos[0];
  let to = Math.max(error2.pos[0], error2.pos[1]);
  const raw2 = error2.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? error2.message;
  if (error2.code === "DUPLICATE_KEY" && known) {
    const key = /^[^:\n]{1,60}/.exec(text.slice(error2.pos[0]))?.[0]?.trim();
    if (key) known = { ...known, message: `The key \`${key}\` appears twice in the same mapping.` };
  }
  if (error2.code === "BAD_SCALAR_START" && known) {
    const login = loginAfterAt(/^[^\n#]*/.exec(text.slice(error2.pos[0]))?.[0] ?? "");
    if (login) known = { ...known, hint: loginWithoutAt(login) };
  }
  const unclosed = unclosedAt(error2, raw2, doc);
  const noticed = at(error2.pos[0]);
  if (unclosed && (unclosed.quote || at(unclosed.start).line < noticed.line)) {
    const atEnd = text.slice(error2.pos[0]).trim() === "";
    known = unclosed.quote ? {
      message: `The opening \`${unclosed.quote}\` of this value is never closed.`,
      hint: `Add the closing \`${unclosed.quote}\` at the end of the value: until then, YAML reads the rest of the file as part of it.`
    } : {
      message: atEnd ? `The \`${unclosed.open}\` opened here is never closed.` : `The \`${unclosed.open}\` opened here is not closed with \`${unclosed.close}\` before line ${noticed.line}.`,
      hint: `Add the missing \`${unclosed.close}\`, or indent the lines that continue it more than the key they belong to.`
    };
    from = unclosed.start;
    to = unclosed.start + 1;
  }
  const start = at(from);
  const end = at(to);
  return problem(
    file,
    `yaml.${error2.code.toLowerCase().replaceAll("_", "-")}`,
    known?.message ?? `The YAML is not valid: ${raw2}.`,
    {
      line: start.line,
      column: start.col,
      endLine: end.line,
      endColumn: end.col,
      hint: known?.hint ?? "Check the syntax near this position."
    }
  );
}
function unclosedAt(error2, raw2, doc) {
  const quote4 = error2.code === "MISSING_CHAR" ? /closing (["'])quote/.exec(raw2)?.[1] : void 0;
  const bracket = error2.code === "BAD_INDENT" || error2.code === "MISSING_CHAR" ? /end with an? ([\]}])/.exec(raw2)?.[1] : void 0;
  if (!quote4 && !bracket) return void 0;
  let found;
  const startsByError = (node) => {
    if (isPair4(node)) return true;
    const range = node.range;
    return range ? range[0] <= error2.pos[0] : false;
  };
  for (const node of nodesOf(doc.contents, startsByError)) {
    const range = node.range;
    if (isPair4(node) || !range) continue;
    if (quote4 && isScalar4(node) && node.type === (quote4 === '"' ? "QUOTE_DOUBLE" : "QUOTE_SINGLE")) {
      if (range[1] >= error2.pos[0] && (!found || range[0] > found.start)) found = { start: range[0], quote: quote4 };
    } else if (bracket && (isSeq4(node) || isMap4(node)) && node.flow === true && range[1] === error2.pos[0]) {
      const isSequence = isSeq4(node);
      if (bracket === "]" === isSequence && (!found || range[0] > found.start)) {
        found = { start: range[0], open: isSequence ? "[" : "{", close: bracket };
      }
    }
  }
  return found;
}
function dedupe(problems) {
  const seen = /* @__PURE__ */ new Set();
  const tab = problems.find((p) => p.code === "yaml.tab-as-indent");
  return problems.filter((p) => {
    const key = `${p.line}:${p.column}:${p.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    if (!tab || p === tab || p.code === "yaml.tab-as-indent" || p.code === "yaml.duplicate-key") return true;
    return (p.line ?? 0) < (tab.line ?? 0);
  });
}

// src/yaml/load.ts
function loadYaml(file, input, limits = DEFAULT_LIMITS) {
  const decoded = decodeGovernanceFile(file, input, limits.maxBytes);
  if ("problem" in decoded) return fail2(decoded.problem);
  const text = decoded.text;
  const lineCounter = new LineCounter();
  let doc;
  try {
    doc = parseDocument(text, {
      lineCounter,
      // Duplicate keys are found in ./nodes.ts, in linear time: the parser's own check compares each key with every
      // earlier key of its mapping, and a 512 KB file of short keys kept it busy for minutes.
      uniqueKeys: false,
      prettyErrors: false,
      strict: true,
      keepSourceTokens: false
    });
  } catch (error2) {
    if (error2 instanceof RangeError) return fail2(tooDeep(file, { line: 1, column: 1 }, limits));
    throw error2;
  }
  const at = (offset) => lineCounter.linePos(offset);
  const exhausted = doc.errors.find((e) => e.code === "RESOURCE_EXHAUSTION");
  if (exhausted) {
    const { line, col } = at(exhausted.pos[0]);
    return fail2(tooDeep(file, { line, column: col }, limits));
  }
  const problems = [];
  const errorOffsets = /* @__PURE__ */ new Set();
  const errors = [...doc.errors, ...duplicateKeys(doc)].sort((a, b) => a.pos[0] - b.pos[0]);
  for (const error2 of [...errors, ...doc.warnings]) {
    if (errorOffsets.has(error2.pos[0])) continue;
    errorOffsets.add(error2.pos[0]);
    problems.push(fromYamlError(file, error2, at, text, doc));
  }
  if (problems.length > 0) return { ok: false, problems: dedupe(problems) };
  const version = doc.directives?.yaml;
  if (version?.explicit && version.version !== "1.2") {
    const offset = Math.max(0, text.search(/^%YAML/m));
    return fail2(
      problem(file, "yaml.version", `The file asks for YAML ${version.version}; wgbot reads YAML 1.2 only.`, {
        ...positionOf(text, offset),
        hint: "Remove the `%YAML` line: under older YAML versions, values such as `yes`, `0777` and dates change meaning."
      })
    );
  }
  problems.push(...structuralProblems(file, doc, lineCounter, limits));
  if (problems.length > 0) return { ok: false, problems };
  if (doc.contents === null || isScalar5(doc.contents) && doc.contents.value === null) {
    return fail2(
      problem(file, "yaml.empty", "The file is empty.", {
        line: 1,
        column: 1,
        hint: "Fill it in from the example in the README."
      })
    );
  }
  let data;
  try {
    data = doc.toJS({ maxAliasCount: limits.maxAliases * 10 });
  } catch (error2) {
    if (error2 instanceof ReferenceError || error2 instanceof RangeError) {
      return fail2(
        problem(file, "yaml.alias-bomb", "The file's aliases expand to too much data.", {
          ...firstAlias(doc, lineCounter),
          hint: "Write values out instead of using & anchors and * aliases."
        })
      );
    }
    throw error2;
  }
  return { ok: true, text, doc, lineCounter, data };
}
function fail2(p) {
  return { ok: false, problems: [p] };
}

// src/schema/message-words.ts
var TYPE_NAMES = {
  string: "text",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping of `key: value` fields",
  null: "empty"
};
var FORMAT_NAMES = {
  date: "a date written YYYY-MM-DD",
  uri: "a full web address starting with https://",
  email: "an email address"
};
function fieldName(path) {
  if (path.length === 0) return "The file";
  const last = path[path.length - 1];
  if (typeof last === "number") return `Item ${last + 1} of ${quoted(formatPath(path.slice(0, -1)), 200)}`;
  return quoted(formatPath(path), 200);
}
function describeValue(value) {
  if (value === null || value === void 0) return "empty";
  if (typeof value === "string") return value === "" ? "empty text" : quoted(value);
  if (typeof value === "number" || typeof value === "boolean") return `\`${value}\``;
  if (Array.isArray(value)) return "a list";
  return "a mapping";
}
function joinHint(...parts) {
  const kept = parts.filter((p) => Boolean(p)).map((p) => /[.!?`]$/.test(p) ? p : `${p}.`);
  return kept.length > 0 ? kept.join(" ") : void 0;
}
function midSentence(name2) {
  return name2.startsWith("Item ") ? `i${name2.slice(1)}` : name2.startsWith("The file") ? "the file" : name2;
}
function isSingleEntry(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 1;
}
function withoutMoneySigns(text) {
  return text.trim().replace(/^[A-Z]{3}\s+|\s+[A-Z]{3}$/, "").replace(/^[$€£¥]\s*|\s*[$€£¥]$/, "").replace(/(\d)[,\s_](?=\d{3}(?!\d))/g, "$1");
}
function likelyFix(value, pattern) {
  let re;
  try {
    re = new RegExp(pattern, "u");
  } catch {
    return void 0;
  }
  const cleaned = withoutInvisible(value).trim();
  const candidates = [
    cleaned,
    cleaned.replace(/^@/, ""),
    cleaned.toUpperCase(),
    cleaned.toLowerCase(),
    cleaned.replace(/^@/, "").toLowerCase(),
    cleaned.toLowerCase().replace(/[\s_]+/g, "-")
  ];
  return candidates.find((c) => c !== value && c !== "" && re.test(c));
}
function impossibleDate(value) {
  const m = typeof value === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!m) return void 0;
  const [year, month, day2] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const days2 = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day2 < 1 || day2 > days2 ? `${MONTH_NAMES[month - 1]} ${year} has ${days2} days` : void 0;
}

// src/schema/schema-examples.ts
function exampleOf(path, schema, verb = "e.g.") {
  if (!schema?.examples || schema.examples.length === 0) return void 0;
  const last = path[path.length - 1];
  const value = inline(schema.examples[0]);
  const shown = typeof last === "string" ? `${last}: ${value}` : `- ${value}`;
  return verb === "e.g." ? `For example: \`${shown}\`` : `${verb} \`${shown}\``;
}
function inline(value) {
  if (typeof value === "string") {
    const plain = /^[A-Za-z0-9][\w .,'()/:@-]*$/.test(value) && !value.includes(": ");
    return plain && !/^(true|false|null|yes|no|[-+]?[\d.]+)$/i.test(value) ? value : JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(inline).join(", ")}]`;
  if (value && typeof value === "object") {
    return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${inline(v)}`).join(", ")} }`;
  }
  return String(value);
}
function firstExample(root) {
  const names2 = [...root.required ?? [], ...Object.keys(root.properties ?? {})];
  for (const field of names2.filter((name2) => !name2.startsWith("_"))) {
    const example = exampleOf([field], resolveRef(root, root.properties?.[field]));
    if (example) return example;
  }
  return void 0;
}
function schemaAt(root, path) {
  let node = root;
  for (const segment of path) {
    node = resolveRef(root, node);
    node = typeof segment === "number" ? node?.items : node?.properties?.[segment];
  }
  return node;
}

// src/schema/messages.ts
function schemaProblems(file, root, errors, locateAt) {
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const error2 of errors) {
    const written = describe2(root, error2);
    if (!written) continue;
    const key = `${written.path.join("/")}|${written.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({
      severity: "error",
      code: `schema.${error2.keyword}`,
      path: written.path,
      at: written.at,
      message: written.message,
      hint: written.hint
    });
  }
  return placeFindings(file, findings, locateAt);
}
function describe2(root, error2) {
  const path = parsePointer(error2.instancePath);
  const name2 = fieldName(path);
  const schema = resolveRef(root, error2.parentSchema);
  const params = error2.params;
  const example = exampleOf(path, schema);
  switch (error2.keyword) {
    case "required": {
      const missing = String(params.missingProperty);
      const sub = resolveRef(
        root,
        schema?.properties?.[missing] ?? resolveRef(root, schemaAt(root, path))?.properties?.[missing]
      );
      const where = path.length === 0 ? "The file" : name2;
      return {
        path,
        at: "key",
        message: `${where} is missing the required field \`${missing}\`.`,
        hint: joinHint(sub?.description, exampleOf([missing], sub, "Add"))
      };
    }
    case "additionalProperties": {
      const extra = String(params.additionalProperty);
      const allowed = Object.keys(schema?.properties ?? {});
      const guess = closest(extra, allowed);
      const where = path.length === 0 ? "" : ` in ${midSentence(name2)}`;
      return {
        path: [...path, extra],
        at: "key",
        message: `Unknown field ${quoted(extra)}${where}.`,
        hint: guess ? `Did you mean \`${guess}\`?` : allowed.length > 0 ? `The fields allowed here are: ${allowed.map((k) => `\`${k}\``).join(", ")}.` : void 0
      };
    }
    case "type": {
      const types = String(params.type).split(",");
      const expected = types.map((t) => TYPE_NAMES[t] ?? t);
      const last = path[path.length - 1];
      const data = error2.data;
      const numeric2 = types.includes("number") || types.includes("integer");
      const amount = numeric2 && typeof data === "string" ? withoutMoneySigns(data) : void 0;
      let hint = example;
      let actual = describeValue(data);
      if (path.length === 0) {
        hint = joinHint("Write one `field: value` pair per line, with nothing in front", firstExample(root));
      } else if (numeric2 && typeof data === "string" && data.trim() !== "" && Number.isFinite(Number(data))) {
        actual = `the text ${quoted(data)}`;
        const shown = typeof last === "string" ? `${last}: ${Number(data)}` : `- ${Number(data)}`;
        hint = `Remove the quotes: ${quoted(shown, 80)}`;
      } else if (amount !== void 0 && Number.isFinite(Number(amount)) && amount !== "") {
        const shown = `${typeof last === "string" ? `${last}: ` : "- "}${Number(amount)}`;
        hint = `Write the number alone, without currency sign, code or thousands separators: ${quoted(shown, 80)}`;
      } else if (types.includes("string") && isSingleEntry(data)) {
        const [k, v] = Object.entries(data)[0];
        const text = `${k}: ${typeof v === "string" ? v : ""}`.trim();
        const shown = typeof last === "string" ? `${last}: ${JSON.stringify(text)}` : `- ${JSON.stringify(text)}`;
        hint = `Text that contains \`: \` must be quoted: ${quoted(shown, 60)}`;
      }
      return {
        path,
        at: "value",
        message: path.length > 0 && (data === null || data === void 0) ? `${name2} is empty: it must be ${listing(expected, "or")}.` : `${name2} must be ${listing(expected, "or")}, not ${actual}.`,
        hint
      };
    }
    case "enum": {
      const options = params.allowedValues.map(String);
      const guess = typeof error2.data === "string" ? closest(error2.data, options) : void 0;
      return {
        path,
        at: "value",
        message: `${name2} must be one of ${listing(
          options.map((o) => `\`${o}\``),
          "or"
        )}, not ${describeValue(error2.data)}.`,
        hint: guess ? `Did you mean \`${guess}\`?` : schema?.description
      };
    }
    case "const":
      return { path, at: "value", message: `${name2} must be \`${String(params.allowedValue)}\`.` };
    case "format": {
      const format = String(params.format);
      const impossible = format === "date" ? impossibleDate(error2.data) : void 0;
      if (impossible)
        return {
          path,
          at: "value",
          message: `${name2} is ${describeValue(error2.data)}, not a real date: ${impossible}.`,
          hint: example
        };
      const what = FORMAT_NAMES[format] ?? `in the ${format} format`;
      return {
        path,
        at: "value",
        message: `${name2} must be ${what}, not ${describeValue(error2.data)}.`,
        hint: example
      };
    }
    case "pattern": {
      const pattern = String(params.pattern);
      const value = typeof error2.data === "string" ? error2.data : void 0;
      const invisible = value === void 0 ? void 0 : invisibleIn(value);
      const fix = value === void 0 || BIDI.test(value) ? void 0 : likelyFix(value, pattern);
      const login = value === void 0 ? void 0 : loginAfterAt(value);
      const fixHint = invisible ? `It contains an invisible character (${invisible}); delete the value and type it again${fix ? `: \`${fix}\`` : ""}.` : login !== void 0 && login === fix ? loginWithoutAt(login) : fix ? `Did you mean \`${fix}\`?` : void 0;
      const team = value === void 0 ? void 0 : teamAfterMention(value, pattern);
      if (team !== void 0)
        return {
          path,
          at: "value",
          message: `${name2} is not in the expected form: ${describeValue(error2.data)}.`,
          hint: `Write the team's slug alone, without the @ or the organisation: \`${team}\`.`
        };
      if (error2.propertyName !== void 0) {
        return {
          path: [...path, error2.propertyName],
          at: "key",
          message: `The key ${describeValue(error2.propertyName)} in ${midSentence(name2)} is not in the expected form.`,
          hint: fixHint ?? joinHint(schema?.description)
        };
      }
      return {
        path,
        at: "value",
        message: `${name2} is not in the expected form: ${describeValue(error2.data)}.`,
        hint: login !== void 0 && fixHint === loginWithoutAt(login) ? fixHint : joinHint(fixHint, schema?.description, fixHint ? void 0 : example)
      };
    }
    case "minLength":
      return {
        path,
        at: "value",
        message: typeof error2.data === "string" && error2.data.trim() === "" ? `${name2} is empty.` : `${name2} is too short: write at least ${params.limit} characters.`,
        hint: joinHint(schema?.description, example)
      };
    case "maxLength":
      return { path, at: "value", message: `${name2} is too long: at most ${params.limit} characters.` };
    case "minItems":
      return {
        path,
        at: "value",
        message: Array.isArray(error2.data) && error2.data.length === 0 ? `${name2} is empty: list at least ${params.limit === 1 ? "one item" : `${params.limit} items`}.` : `${name2} needs at least ${params.limit} items.`,
        hint: joinHint(schema?.description, example)
      };
    case "maxItems":
      return { path, at: "value", message: `${name2} has too many items: at most ${params.limit}.` };
    case "uniqueItems": {
      const j = Number(params.j);
      const data = error2.data;
      return {
        path: [...path, Math.max(Number(params.i), j)],
        at: "value",
        message: `${name2} lists ${describeValue(data?.[j])} twice.`,
        hint: "Remove the repeated item."
      };
    }
    case "minimum":
    case "exclusiveMinimum":
    case "maximum":
    case "exclusiveMaximum": {
      const words3 = {
        minimum: "at least",
        exclusiveMinimum: "more than",
        maximum: "at most",
        exclusiveMaximum: "less than"
      };
      return {
        path,
        at: "value",
        message: `${name2} must be ${words3[error2.keyword]} ${params.limit}, not ${describeValue(error2.data)}.`,
        hint: joinHint(schema?.description)
      };
    }
    case "propertyNames":
      return void 0;
    // reported through the nested `pattern` error on the key itself
    case "if":
      return void 0;
    // the `then` branch's own error (e.g. `required`) says what is missing
    default:
      return { path, at: "value", message: `${name2} ${error2.message ?? "is not valid"}.` };
  }
}
var TEAM_SLUG_PATTERN = "^[a-z0-9][a-z0-9_-]*$";
function teamAfterMention(text, pattern) {
  if (pattern !== TEAM_SLUG_PATTERN) return void 0;
  const slug = /^@(?:[A-Za-z0-9-]+\/)?([A-Za-z0-9][A-Za-z0-9_-]*)$/.exec(text.trim())?.[1]?.toLowerCase();
  return slug !== void 0 && new RegExp(TEAM_SLUG_PATTERN).test(slug) ? slug : void 0;
}

// src/schema/yaml-document.ts
function checkYamlDocument(file, content, schema, limits = DEFAULT_LIMITS) {
  const validate = validator(schema);
  const decoded = decodeGovernanceFile(file, content, limits.maxBytes);
  if (!("problem" in decoded)) {
    const data = loadFast(decoded.text, limits.maxDepth);
    if (data !== void 0 && validate(data))
      return { data, problems: [], locate: lazyLocator(file, content, limits) };
  }
  const parsed = loadYaml(file, content, limits);
  if (!parsed.ok) return { problems: parsed.problems, locate: () => ({}) };
  const locateIn = (path, at) => position(parsed, path, at);
  if (validate(parsed.data)) return { data: parsed.data, problems: [], locate: locateIn };
  return {
    problems: schemaProblems(file, schemas[schema], validate.errors ?? [], locateIn),
    locate: locateIn
  };
}
function lazyLocator(file, content, limits) {
  let parsed;
  return (path, at) => {
    if (!parsed) {
      const result = loadYaml(file, content, limits);
      if (!result.ok) return {};
      parsed = result;
    }
    return position(parsed, path, at);
  };
}
function position(parsed, path, at) {
  const where = locate(parsed.doc, parsed.lineCounter, path);
  return at === "key" ? where.key : where.value;
}

// src/config/presets.ts
var psf = {
  preset: "psf",
  organisation: "Python Software Foundation",
  base_currency: "USD",
  currency_rates: {
    EUR: 1.08,
    GBP: 1.27,
    CAD: 0.73,
    AUD: 0.66,
    JPY: 67e-4,
    INR: 0.012,
    BRL: 0.18,
    NGN: 65e-5
  },
  teams: { board: "board", grants_wg: "grants-wg", mention_grants_wg: true, mention_board: true },
  grants: {
    board_threshold: 1e4,
    minimum_lead_days: 42,
    recommended_lead_days: 90,
    // Matched word by word, plurals and -ise/-ize spellings included (src/decide/rules/grant/not-covered-match.ts);
    // the corpora in test/fixtures/budget-lines.txt and budget-lines-held-out.txt measure it.
    not_covered: [
      {
        name: "swag",
        keywords: [
          "swag",
          "t-shirt",
          "tshirt",
          "tee shirt",
          "hoodie",
          "sticker",
          "merchandise",
          "merch",
          "giveaway",
          "give-away",
          "goodie bag",
          "goody bag",
          "tote bag",
          "souvenir",
          "gift",
          "mug",
          "keychain",
          "enamel pin",
          "lapel pin",
          "conference bag",
          "attendee bag",
          "welcome bag"
        ],
        allow: ["gift card", "gift voucher", "in-kind gift", "gift aid"]
      }
    ],
    per_attendee_per_day: 15,
    caps: {},
    // No cap per organisation in the psf preset (PSF's public policy names none); psf-2026 has one.
    organisation_cap_per_year: 0,
    fast_track_max: 0,
    fast_track_previous_years: 0,
    fast_track_decision_weeks: 2,
    // The minimum lead time is 6 weeks because that is how long a review may take (PSF grants policy, 2017: "a six
    // week lead time will allow us sufficient time to thoroughly review your request"): a decision within 6 weeks.
    decision_weeks: 6,
    require_code_of_conduct: true,
    require_code_of_conduct_contact: false,
    needs_info_close_days: 42,
    grants_wg_review_days: 30
  },
  board: {
    meeting_dates: [],
    every_months: 2,
    first_month: 1,
    weekday: "wednesday",
    week: 2,
    preparation_days: 7,
    // Over the threshold, PSF board members decide "with the Grants WG's recommendation and context".
    requires_recommendation: true
  },
  // PSF work groups send monthly reports; two missed in a row put a group at risk.
  reports: { due_day: 15, missed_for_at_risk: 2, at_risk_window: 2, cadences: ["monthly"], reminders: true },
  workgroups: {
    min_members: 3,
    at_risk_min_members: 2,
    max_term_months: 24,
    leadership: { chairs: 1, board_liaison: false }
  },
  labels: {
    charter: "kind/charter",
    grant: "kind/grant",
    report: "kind/report",
    needs_info: "status/needs-info",
    grants_wg_review: "status/grants-wg-review",
    board_review: "status/board-review",
    approved: "status/approved",
    declined: "status/declined",
    deferred: "status/deferred",
    at_risk: "status/at-risk",
    over_threshold: "grant/over-threshold",
    late: "grant/late",
    short_notice: "grant/short-notice",
    not_covered: "grant/not-covered",
    fast_track: "grant/fast-track",
    workgroup_prefix: "wg/"
  },
  paths: { workgroups: "workgroups", grants: "grants" },
  templates: {}
};
var psf2026 = {
  ...psf,
  preset: "psf-2026",
  grants: {
    ...psf.grants,
    not_covered: [
      ...psf.grants.not_covered,
      {
        name: "prizes",
        keywords: [
          "prize",
          "award",
          "raffle",
          "trophy",
          "trophies",
          "lottery",
          "gift card",
          "gift voucher",
          "winner"
        ],
        // Travel and financial-aid awards pay for people to attend: fundable, whatever they are called.
        allow: [
          "travel award",
          "aid award",
          "opportunity award",
          "scholarship award",
          "diversity award",
          "attendance award",
          "award-winning"
        ]
      },
      {
        name: "personal travel",
        keywords: [
          "personal travel",
          "my travel",
          "my flight",
          "my hotel",
          "organiser travel",
          "travel organiser",
          "organiser flight",
          "flight organiser",
          "organiser hotel",
          "hotel organiser",
          "organiser accommodation",
          "accommodation organiser",
          "organising team travel",
          "travel organising team",
          "organising committee travel",
          "travel organising committee",
          "committee travel",
          "travel committee member"
        ]
      },
      { name: "hackathons", keywords: ["hackathon", "hack day", "hack night", "hackfest"], events: true }
    ],
    caps: { conference: 8e3, workshop: 1500 },
    organisation_cap_per_year: 15e3,
    fast_track_max: 2500,
    decision_weeks: 8,
    require_code_of_conduct_contact: true
  }
};
var dsf = {
  ...psf,
  preset: "dsf",
  organisation: "Django Software Foundation",
  grants: {
    ...psf.grants,
    board_threshold: 5e3,
    not_covered: [],
    per_attendee_per_day: 0
  },
  board: { ...psf.board, every_months: 1, weekday: "thursday", week: 2 },
  reports: { ...psf.reports, at_risk_window: 3, cadences: ["monthly", "quarterly"] },
  workgroups: {
    min_members: 3,
    at_risk_min_members: 2,
    max_term_months: 12,
    leadership: { chairs: 2, board_liaison: true }
  }
};
var PRESETS = { psf, "psf-2026": psf2026, dsf };

// src/config/load.ts
function loadConfig(content, file = CONFIG_PATH) {
  if (content === void 0) return { config: PRESETS.psf, problems: [] };
  const checked2 = checkYamlDocument(file, content, "config");
  if (!checked2.data) return { config: PRESETS.psf, problems: checked2.problems };
  const config2 = resolveConfig(checked2.data);
  const problems = configRules(config2).map((p) => ({
    ...p,
    file,
    ...p.field ? checked2.locate(p.field.split("."), "key") : {}
  }));
  const named2 = checked2.data._extends?.trim();
  return {
    config: problems.some((p) => p.severity === "error") ? PRESETS.psf : config2,
    problems,
    ...named2 ? { extends: named2 } : {}
  };
}
function resolveConfig(file) {
  let preset = PRESETS[file.preset ?? "psf"];
  if (file.base_currency !== void 0 && file.base_currency !== preset.base_currency) {
    preset = { ...preset, currency_rates: {} };
  }
  return merge(preset, file);
}
function merge(base, override) {
  if (!isPlainObject(base) || !isPlainObject(override)) return override === void 0 ? base : override;
  const out = { ...base };
  for (const [key, value] of Object.entries(override)) out[key] = merge(base[key], value);
  return out;
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function configRules(config2) {
  const problems = [];
  const { grants, labels } = config2;
  if (grants.recommended_lead_days < grants.minimum_lead_days) {
    problems.push({
      severity: "error",
      code: "config.lead-days",
      field: "grants.recommended_lead_days",
      message: `\`grants.recommended_lead_days\` (${grants.recommended_lead_days}) is less than \`grants.minimum_lead_days\` (${grants.minimum_lead_days}).`,
      hint: "The recommended lead time must be at least the minimum."
    });
  }
  const seen = /* @__PURE__ */ new Map();
  for (const [key, name2] of Object.entries(labels)) {
    if (key === "workgroup_prefix") continue;
    const other = seen.get(name2);
    if (other) {
      problems.push({
        severity: "error",
        code: "config.label-clash",
        field: `labels.${key}`,
        message: `\`labels.${key}\` and \`labels.${other}\` are both \`${name2}\`.`,
        hint: "Give each label its own name, or wgbot cannot tell them apart."
      });
    }
    seen.set(name2, key);
  }
  for (const { field, code: code2, value, what, example } of repositoryPaths(config2)) {
    if (value !== void 0 && !insideRepository(value))
      problems.push({
        severity: "error",
        code: code2,
        field,
        message: `\`${field}\` (\`${value}\`) must be ${what} inside the repository.`,
        hint: `Write the path from the repository root with forward slashes, without a leading \`/\`, \`.\` or \`..\`, e.g. \`${example}\`.`
      });
  }
  if (config2.currency_rates[config2.base_currency] !== void 0 && config2.currency_rates[config2.base_currency] !== 1) {
    problems.push({
      severity: "error",
      code: "config.base-rate",
      field: `currency_rates.${config2.base_currency}`,
      message: `The rate of the base currency ${config2.base_currency} must be 1.`,
      hint: "Remove it from `currency_rates`; the base currency needs no rate."
    });
  }
  return problems;
}
function repositoryPaths(config2) {
  return [
    {
      field: "paths.workgroups",
      code: "config.workgroups-path",
      value: config2.paths.workgroups,
      what: "a folder",
      example: "workgroups"
    },
    {
      field: "paths.grants",
      code: "config.grants-path",
      value: config2.paths.grants,
      what: "a folder",
      example: "grants"
    },
    {
      field: "templates.request_report",
      code: "config.template-path",
      value: config2.templates.request_report,
      what: "a file",
      example: ".github/wgbot/request-report.hbs"
    }
  ];
}
function insideRepository(path) {
  if (path === "" || /[\\\0:]/.test(path)) return false;
  return path.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
}

// src/gather/config.ts
async function gatherConfig(github, repo, cache2, ref) {
  const read2 = () => readConfig(github, repo, ref);
  return cache2 ? cache2.get(`${repo.owner}/${repo.repo}`, ref, read2) : read2();
}
function extendsTarget(value, repo) {
  const [name2 = "", path] = value.split(":", 2);
  const [owner, other] = name2.includes("/") ? name2.split("/", 2) : [repo.owner, name2];
  return { repo: { owner, repo: other }, path: path || CONFIG_PATH };
}
async function readConfig(github, repo, ref) {
  const bytes = await readRepoBytes(github, repo, CONFIG_PATH, ref) ?? void 0;
  const local = loadConfig(bytes);
  const localFile = bytes instanceof Uint8Array && !fileErrors(local) ? raw(bytes) : void 0;
  const named2 = localFile?._extends;
  if (named2 === void 0) return local;
  const at = { ...extendsLine(bytes), file: CONFIG_PATH, field: "_extends" };
  const target = extendsTarget(named2, repo);
  const label = `${target.repo.owner}/${target.repo.repo}:${target.path}`;
  const baseBytes = await readRepoBytes(github, target.repo, target.path).catch(
    (error2) => {
      if (error2.status === 403 || error2.status === 404) return void 0;
      throw error2;
    }
  );
  if (!(baseBytes instanceof Uint8Array) && !(baseBytes && "tooLarge" in baseBytes))
    return failed([
      {
        ...at,
        severity: "error",
        code: "config.extends-unreadable",
        message: `\`_extends: ${named2}\` names ${label}, which wgbot cannot read: there is no such file, or wgbot may not read that repository.`,
        hint: "Check the repository and the path. The App must be installed on that repository too; the Action's GITHUB_TOKEN reads only its own repository and public ones."
      }
    ]);
  const base = loadConfig(baseBytes, label);
  if (fileErrors(base)) return failed(base.problems);
  const baseFile = raw(baseBytes);
  if (baseFile._extends !== void 0) {
    const back = extendsTarget(baseFile._extends, target.repo);
    const loop = sameRepo(back.repo, repo) && back.path === CONFIG_PATH;
    return failed([
      {
        ...at,
        severity: "error",
        code: "config.extends-chain",
        message: loop ? `\`_extends\` goes round in a loop: ${label} extends this repository's config, which extends ${label}.` : `${label}, named by \`_extends\`, extends ${baseFile._extends} in turn; wgbot follows one level only.`,
        hint: "Point `_extends` at the file that holds the shared settings, and remove `_extends` from that file."
      }
    ]);
  }
  const { _extends, ...own } = localFile;
  const config2 = resolveConfig(mergeFiles(baseFile, own));
  const problems = [
    ...withoutRules(base.problems),
    ...withoutRules(local.problems),
    ...configRules(config2).map((p) => ({ ...p, file: CONFIG_PATH }))
  ];
  const extended = { repo: `${target.repo.owner}/${target.repo.repo}`, path: target.path };
  if (problems.some((p) => p.severity === "error")) return { ...failed(problems), extended };
  return { config: config2, problems, extended };
}
function failed(problems) {
  return { config: loadConfig(void 0).config, problems };
}
function fileErrors(loaded) {
  return loaded.problems.some((p) => p.severity === "error" && !isRule(p));
}
function withoutRules(problems) {
  return problems.filter((p) => !isRule(p));
}
function isRule(p) {
  return p.code.startsWith("config.") && !p.code.startsWith("config.extends");
}
function raw(bytes) {
  return parse2(new TextDecoder().decode(bytes)) ?? {};
}
function extendsLine(bytes) {
  const index = new TextDecoder().decode(bytes).split("\n").findIndex((line) => /^_extends\s*:/.test(line));
  return index >= 0 ? { line: index + 1 } : {};
}
function sameRepo(a, b) {
  return a.owner.toLowerCase() === b.owner.toLowerCase() && a.repo.toLowerCase() === b.repo.toLowerCase();
}
function mergeFiles(base, own) {
  if (!isObject(base) || !isObject(own)) return own === void 0 ? base : own;
  const out = { ...base };
  for (const [key, value] of Object.entries(own)) out[key] = mergeFiles(base[key], value);
  delete out._extends;
  return out;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/repo/ledger-paths.ts
var YEAR = /^(19|20)\d{2}$/;
var FILE = /^([1-9]\d{0,8})-[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.yml$/;
function classifyLedgerPath(path, grantsDir) {
  const prefix = `${grantsDir}/`;
  if (!path.startsWith(prefix) || !/\.ya?ml$/.test(path)) return void 0;
  const parts = path.slice(prefix.length).split("/");
  const example = `${grantsDir}/2027/12-pycon-example-2027.yml`;
  if (parts.length !== 2 || !YEAR.test(parts[0]))
    return {
      kind: "misplaced",
      reason: `Grants ledger files belong in a year's folder, as ${grantsDir}/<year>/<issue>-<slug>.yml.`,
      hint: `Move it to a year folder, e.g. ${example}.`
    };
  const name2 = parts[1];
  const match = FILE.exec(name2);
  if (!match)
    return {
      kind: "misplaced",
      reason: `The ledger file name \`${name2}\` is not \`<issue>-<slug>.yml\`.`,
      hint: `Name it after the grant request's issue number and event, with lower-case letters, digits and hyphens, e.g. ${example}.`
    };
  return { kind: "ledger", year: Number(parts[0]), issue: Number(match[1]) };
}

// src/validate/rules/ledger/input.ts
function sameCents(a, b) {
  return Math.abs(a - b) < 0.011;
}
var whole2 = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
function money(amount, currency) {
  return `${whole2.format(amount)} ${currency}`;
}
function cents2(amount) {
  return Math.round(amount * 100) / 100;
}

// src/validate/rules/ledger/amounts.ts
var ledgerAmounts = defineRule({
  id: "amounts",
  code: "rule.ledger-amounts",
  severity: "error",
  configKeys: [],
  check({ record }, _config, _now, report2) {
    const { currency, base_currency: base, rate } = record;
    if (currency === base && rate !== 1)
      return [
        report2(
          ["rate"],
          `The request is in ${base}, the base currency, so its rate must be 1, not ${rate}.`,
          "Set `rate: 1`."
        )
      ];
    const found = [];
    for (const [key, baseKey] of [
      ["requested", "requested_base"],
      ["granted", "granted_base"]
    ]) {
      const amount = record[key];
      const inBase = record[baseKey];
      if (amount === void 0 || inBase === void 0) continue;
      const expected = cents2(amount * rate);
      if (!sameCents(inBase, expected))
        found.push(
          report2(
            [baseKey],
            `\`${baseKey}\` is ${money(inBase, base)}, but ${money(amount, currency)} at ${rate} is ${money(expected, base)}.`,
            `Set \`${baseKey}: ${expected}\`, or correct \`${key}\` or \`rate\`.`
          )
        );
    }
    return found;
  }
});

// src/validate/rules/ledger/granted.ts
var ledgerGranted = defineRule({
  id: "granted",
  code: "rule.ledger-granted",
  severity: "error",
  configKeys: [],
  check({ record }, _config, _now, report2) {
    if (record.outcome === "declined") {
      const keys = ["granted", "granted_base"].filter((k) => record[k] !== void 0);
      return keys.map(
        (k) => report2(
          [k],
          `A declined request grants nothing, but \`${k}\` is set.`,
          `Remove \`${k}\`, or set \`outcome: approved\`.`
        )
      );
    }
    const missing = ["granted", "granted_base"].filter((k) => record[k] === void 0);
    if (missing.length > 0)
      return missing.map(
        (k) => report2([], `An approved grant needs \`${k}\`: how much was granted.`, `Add \`${k}\`.`)
      );
    if (record.granted > record.requested)
      return [
        report2(
          ["granted"],
          `${money(record.granted, record.currency)} granted is more than the ${money(record.requested, record.currency)} requested.`,
          "A grant may be less than the request, never more: check both amounts."
        )
      ];
    return [];
  }
});

// src/validate/rules/ledger/place.ts
var ledgerPlace = defineRule({
  id: "place",
  code: "rule.ledger-place",
  severity: "error",
  configKeys: ["paths.grants"],
  check({ record, place: place2 }, _config, _now, report2) {
    const found = [];
    if (record.issue !== place2.issue)
      found.push(
        report2(
          ["issue"],
          `The record is about issue #${record.issue}, but its file name starts with ${place2.issue}.`,
          `Name the file after issue ${record.issue}, or correct \`issue\`.`
        )
      );
    const year = Number(record.decided.on.slice(0, 4));
    if (year !== place2.year)
      found.push(
        report2(
          ["decided", "on"],
          `The decision was made in ${year}, but the file is in the ${place2.year} folder.`,
          `Move the file to the ${year} folder: the cap per organisation counts a grant in the year it was decided.`
        )
      );
    return found;
  }
});

// src/validate/rules/ledger/index.ts
var LEDGER_RULES = [ledgerPlace, ledgerGranted, ledgerAmounts];

// src/validate/ledger.ts
function ledgerChecks(max = 5e3) {
  return new Memo(max);
}
function validateLedger(files, config2, checks) {
  const records = /* @__PURE__ */ new Map();
  const problems = [];
  const byIssue = /* @__PURE__ */ new Map();
  for (const { path, content, where } of files) {
    if (where.kind === "misplaced") {
      problems.push(problem(path, "repo.misplaced", where.reason, { hint: where.hint }));
      continue;
    }
    const check = () => checkYamlDocument(path, content, "ledger");
    const doc = checks && typeof content === "string" ? checks.get(`${path}\0${content}`, check) : check();
    problems.push(...doc.problems);
    if (!doc.data) continue;
    const findings = runRules(LEDGER_RULES, { record: doc.data, place: where }, config2, UNDATED).findings;
    problems.push(...placeFindings(path, findings, doc.locate));
    byIssue.set(doc.data.issue, [...byIssue.get(doc.data.issue) ?? [], { path, locate: doc.locate }]);
    if (!findings.some((f) => f.severity === "error")) records.set(path, doc.data);
  }
  for (const [issue, claims] of byIssue) {
    if (claims.length < 2) continue;
    for (const { path, locate: locate2 } of claims) {
      const others = claims.filter((c) => c.path !== path).map((c) => c.path);
      const found = error(
        "rule.ledger-duplicate",
        ["issue"],
        `Grant request #${issue} is also recorded in ${others.join(", ")}.`,
        "A request has one final decision and one ledger file: remove the file that is wrong."
      );
      problems.push(...placeFindings(path, [found], locate2));
      records.delete(path);
    }
  }
  return { records, problems };
}

// src/gather/graphql-issue.ts
var ISSUE_FIELDS = "number title body state createdAt url author { login __typename } labels(first: 100) { nodes { name } } milestone { number title }";
function issueDataOf(issue) {
  const author = issue.author;
  return {
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state === "CLOSED" ? "closed" : "open",
    user: author ? author.__typename === "Bot" ? { login: `${author.login}[bot]`, type: "Bot" } : { login: author.login, type: author.__typename } : null,
    labels: (issue.labels?.nodes ?? []).flatMap((l) => l ? [{ name: l.name }] : []),
    milestone: issue.milestone,
    created_at: issue.createdAt,
    html_url: issue.url
  };
}

// src/gather/ledger.ts
function yearTrees(years, folder) {
  return {
    fields: years.map(
      (_year, i) => `y${i}: object(expression: $e${i}) { ... on Tree { entries { name type oid object { ... on Blob { text isTruncated } } } } }`
    ).join("\n    "),
    params: years.map((_, i) => `, $e${i}: String!`).join(""),
    variables: Object.fromEntries(years.map((y, i) => [`e${i}`, `HEAD:${folder}/${y}`]))
  };
}
var CHECKS = ledgerChecks();
function ledgerOf(answer, years, config2) {
  const folder = config2.paths.grants;
  const files = [];
  const texts = /* @__PURE__ */ new Map();
  const shas = /* @__PURE__ */ new Map();
  years.forEach((year, i) => {
    for (const entry of answer?.[`y${i}`]?.entries ?? []) {
      const path = `${folder}/${year}/${entry.name}`;
      const where = classifyLedgerPath(path, folder);
      const text = entry.object?.text;
      if (entry.type !== "blob" || where?.kind !== "ledger" || typeof text !== "string" || entry.object?.isTruncated)
        continue;
      files.push({ path, content: text, where });
      texts.set(path, text);
      if (entry.oid) shas.set(path, entry.oid);
    }
  });
  const { records } = validateLedger(files, config2, CHECKS);
  return { entries: [...records].map(([path, record]) => ({ path, record })), texts, shas };
}
async function gatherLedger(github, repo, config2, years) {
  const wanted = [...new Set(years)].sort();
  if (wanted.length === 0) return { entries: [], texts: /* @__PURE__ */ new Map(), shas: /* @__PURE__ */ new Map() };
  const trees = yearTrees(wanted, config2.paths.grants);
  const query2 = `query WgbotLedger($owner: String!, $name: String!${trees.params}) {
  repository(owner: $owner, name: $name) {
    ${trees.fields}
  }
}`;
  const answer = await graphql(github, query2, {
    owner: repo.owner,
    name: repo.repo,
    ...trees.variables
  });
  return ledgerOf(answer.repository, wanted, config2);
}
async function gatherLedgerRecording(github, repo, config2, { year, branch, issue }) {
  const trees = yearTrees([year], config2.paths.grants);
  const issueField = issue === void 0 ? "" : `
    issue(number: $issue) { ${ISSUE_FIELDS} }`;
  const query2 = `query WgbotLedgerRecording($owner: String!, $name: String!, $branch: String!${issue === void 0 ? "" : ", $issue: Int!"}${trees.params}) {
  repository(owner: $owner, name: $name) {
    defaultBranchRef { name }
    pullRequests(headRefName: $branch, first: 10) { nodes { state headRepositoryOwner { login } } }${issueField}
    ${trees.fields}
  }
}`;
  const answer = await graphql(
    github,
    query2,
    {
      owner: repo.owner,
      name: repo.repo,
      branch,
      ...issue === void 0 ? {} : { issue },
      ...trees.variables
    }
  );
  const found = answer.repository;
  const own = (found?.pullRequests?.nodes ?? []).filter(
    (p) => p?.headRepositoryOwner?.login.toLowerCase() === repo.owner.toLowerCase()
  );
  return {
    ledger: ledgerOf(found, [year], config2),
    // REST's states: a merged pull request is a closed one.
    pulls: own.map((p) => p.state === "OPEN" ? "open" : "closed"),
    defaultBranch: found?.defaultBranchRef?.name,
    ...found?.issue ? { issue: issueDataOf(found.issue) } : {}
  };
}
async function gatherDecidedGrant(github, repo, config2, where) {
  const recording = await gatherLedgerRecording(github, repo, config2, where).catch((error2) => {
    if (isNotFound(error2)) return void 0;
    throw error2;
  });
  if (recording?.issue) return { issue: recording.issue, recording };
  const issue = await gatherIssue(github, repo, where.issue);
  const { issue: _, ...place2 } = where;
  return { issue, recording: await gatherLedgerRecording(github, repo, config2, place2) };
}

// src/gather/teams.ts
function teamMembership(github, org, log) {
  const known = /* @__PURE__ */ new Map();
  return (team, login) => {
    const key = `${team.toLowerCase()}\0${login.toLowerCase()}`;
    let answer = known.get(key);
    if (!answer) {
      answer = github.rest.teams.getMembershipForUserInOrg({ org, team_slug: team, username: login }).then(({ data }) => data.state === "active").catch((error2) => {
        const status2 = error2.status;
        if (status2 === 404) return false;
        if (isRateLimit(error2)) throw error2;
        if (status2 === 403 || status2 === 401) {
          log?.warn(
            `wgbot may not read the members of ${org}/${team} (HTTP ${status2}): give it the organisation's "Members: read" permission. Treating ${login} as not a member.`
          );
          return false;
        }
        throw error2;
      });
      known.set(key, answer);
    }
    return answer;
  };
}
function isRateLimit(error2) {
  const e = error2;
  if (e.status === 429) return true;
  if (e.status !== 403) return false;
  const headers = e.response?.headers ?? {};
  return headers["x-ratelimit-remaining"] === "0" || headers["retry-after"] !== void 0 || /rate limit/i.test(e.message ?? "");
}

// src/flows/board-meeting/board-facts.ts
function boardFacts(config2, more = {}) {
  return { config: config2, comments: /* @__PURE__ */ new Map(), ...more };
}
function withComments(facts, issue, comments) {
  return withAllComments(facts, /* @__PURE__ */ new Map([[issue, comments]]));
}
function withAllComments(facts, read2) {
  return read2.size === 0 ? facts : { ...facts, comments: new Map([...facts.comments, ...read2]) };
}
function withMilestones(facts, listed2, added) {
  return { ...facts, milestones: added ? [...listed2, added] : listed2 };
}

// src/decide/decision-target.ts
function decisionWeeks(grants, fastTracked = false) {
  return fastTracked ? grants.fast_track_decision_weeks : grants.decision_weeks;
}
function decisionTarget(filed, grants, fastTracked = false) {
  return targetOf(filed, grants, fastTracked).date;
}
function targetOf(filed, grants, fastTracked) {
  const day2 = typeof filed === "string" ? filed.slice(0, 10) : isoDate(filed);
  const weeks = decisionWeeks(grants, fastTracked);
  return { date: isoDate(addDays(parseDate(day2), 7 * weeks)), weeks, fastTracked };
}
function requestTarget(request, config2) {
  return targetOf(request.createdAt, config2.grants, request.labels.includes(config2.labels.fast_track));
}
function pastDecisionTarget(target, now) {
  return isoDate(now) > target;
}

// src/decide/agenda.ts
function agendaTitle(meeting) {
  return `Board meeting ${meeting}: agenda`;
}
function agendaMarker(meeting) {
  return marker(`agenda ${meeting}`);
}
function isAgendaOf(issue, meeting, self) {
  return isSelf(self, issue.user) && markerName(issue.body) === `agenda ${meeting}`;
}
function isAgendaIssue(issue, self) {
  const name2 = markerName(issue.body) ?? "";
  return isSelf(self, issue.user) && (name2.startsWith("agenda ") || name2.startsWith("agenda-duplicate "));
}
function duplicateAgendaBody(meeting, kept) {
  return `${marker(`agenda-duplicate ${meeting}`)}
The agenda of the board meeting on ${meeting} is #${kept}.
`;
}
function onAgenda(item, config2) {
  const L = config2.labels;
  return [L.board_review, L.at_risk, L.approved, L.declined, L.deferred].some((l) => item.labels.includes(l));
}
function renderAgenda({ meeting, entries, config: config2, templates, reports, owner }) {
  const base = config2.base_currency;
  const threshold = formatAmount(config2.grants.board_threshold, base);
  const headings = {
    charter: "Charter proposals",
    grant: `Grant requests over ${threshold}`,
    report: "Reports that ask the board for something",
    "at-risk": "Work groups at risk",
    renewal: "Charters due for renewal",
    other: "Other items"
  };
  const byKind = /* @__PURE__ */ new Map();
  for (const entry of [...entries].sort((a, b) => a.item.number - b.item.number)) {
    const kind = itemKind(entry.item, config2);
    byKind.set(kind, [...byKind.get(kind) ?? [], entry]);
  }
  const sections = ITEM_KINDS.filter((k) => byKind.has(k)).map((kind) => {
    const rows = (byKind.get(kind) ?? []).map((entry) => row(entry, kind, meeting, config2));
    return {
      heading: headings[kind],
      grants: kind === "grant",
      rows,
      chart: kind === "grant" ? grantChart(rows, base) : void 0
    };
  });
  const decided = entries.filter((e) => decisionOf(e, config2)?.final).length;
  const total = entries.length;
  const intro = total === 0 ? reports ? "No item to decide is on this meeting's agenda yet; the work groups' reports are below." : "Nothing is on this meeting's agenda yet." : `${total} ${total === 1 ? "item" : "items"} on milestone *${milestoneTitle(meeting)}*${decided > 0 ? `, ${decided} decided` : ""}.`;
  const boardTeam = config2.teams.mention_board && owner ? `@${owner}/${config2.teams.board}` : void 0;
  const view = { meeting, intro, sections, reports: reports || void 0, boardTeam };
  return `${agendaMarker(meeting)}
${render(templates, "agenda", view)}`;
}
function row(entry, kind, meeting, config2) {
  const { item, records } = entry;
  const opened = item.createdAt.slice(0, 10);
  const days2 = Math.max(0, daysBetween(parseDate(opened), parseDate(meeting)));
  const base = {
    number: item.number,
    title: escapeMarkdown(truncate(item.title, 80)),
    opened,
    age: `${days2} ${days2 === 1 ? "day" : "days"}`,
    decision: decisionOf(entry, config2)?.text ?? (item.state === "closed" ? "Closed" : "To decide")
  };
  if (kind !== "grant") return base;
  const requested = grantAmount(item, config2);
  const recommendation = latest(records, "recommend");
  const pastTarget = targetMark(entry, meeting, config2);
  return {
    ...base,
    ...pastTarget ? { pastTarget } : {},
    requested: requested?.text ?? "unreadable",
    requestedValue: requested?.inBase,
    recommendation: recommendation ? `${recommendation.decision === "approve" ? "Approve" : "Decline"}${recommendation.amount === void 0 ? "" : ` ${formatAmount(recommendation.amount, recommendation.currency ?? config2.base_currency)}`} (${mention(recommendation.by)}, ${recommendation.at.slice(0, 10)})` : "none yet",
    recommendedValue: recommendation ? recommendation.decision === "approve" ? recommendation.amount ?? requested?.inBase ?? 0 : 0 : void 0
  };
}
function targetMark(entry, meeting, config2) {
  const { item } = entry;
  if (item.state !== "open" || decisionOf(entry, config2)?.final) return void 0;
  const { date: target } = requestTarget(item, config2);
  return pastDecisionTarget(target, parseDate(meeting)) ? `\u23F0 past its decision target (${target})` : void 0;
}
function decisionOf({ item, records }, config2) {
  const L = config2.labels;
  const board = latest(records, "board");
  if (board) {
    const amount = board.amount === void 0 ? "" : ` ${formatAmount(board.amount, board.currency ?? config2.base_currency)}`;
    const who = `(${mention(board.by)}, ${board.at.slice(0, 10)})`;
    if (board.outcome === "approved") return { text: `**Approved**${amount} ${who}`, final: true };
    if (board.outcome === "declined") return { text: `**Declined** ${who}`, final: true };
    if (board.outcome === "deferred") return { text: `To decide (deferred ${who})`, final: false };
  }
  if (item.labels.includes(L.approved)) return { text: "**Approved**", final: true };
  if (item.labels.includes(L.declined)) return { text: "**Declined**", final: true };
  return void 0;
}
function grantChart(rows, base) {
  const charted = rows.filter((r) => r.requestedValue !== void 0);
  if (charted.length === 0) return void 0;
  const values = (pick) => `[${charted.map((r) => Math.round(pick(r))).join(", ")}]`;
  return [
    "xychart-beta",
    `  title "Requested (bars) and recommended (line), ${base}"`,
    `  x-axis [${charted.map((r) => `"#${r.number}"`).join(", ")}]`,
    `  y-axis "${base}"`,
    `  bar ${values((r) => r.requestedValue ?? 0)}`,
    `  line ${values((r) => r.recommendedValue ?? 0)}`
  ].join("\n");
}

// src/decide/report-periods.ts
function cadenceOf(charter2, config2) {
  const chosen = charter2.reporting?.cadence ?? "monthly";
  if (!config2 || cadenceAllowed(chosen, config2.reports)) return chosen;
  return config2.reports.cadences[0];
}
function firstReportMonth(start) {
  const month = monthOf(start);
  return start.endsWith("-01") ? month : addMonths(month, 1);
}
function firstDueMonth(start, reports) {
  const first = firstReportMonth(start);
  return reports.since !== void 0 && reports.since > first ? reports.since : first;
}
function periodOf(month, cadence2, dueDay) {
  const months2 = cadence2 === "monthly" ? [month] : (() => {
    const m = Number(month.slice(5, 7));
    const first = addMonths(month, -((m - 1) % 3));
    return [first, addMonths(first, 1), addMonths(first, 2)];
  })();
  const label = months2[months2.length - 1];
  return { label, months: months2, due: `${addMonths(label, 1)}-${String(dueDay).padStart(2, "0")}` };
}
function duePeriods(charter2, config2, today) {
  const cadence2 = cadenceOf(charter2, config2);
  const periods = [];
  let period = periodOf(
    firstDueMonth(charter2.active_time.start, config2.reports),
    cadence2,
    config2.reports.due_day
  );
  while (period.due < today) {
    periods.push(period);
    period = periodOf(addMonths(period.label, 1), cadence2, config2.reports.due_day);
  }
  return periods;
}
function latestDuePeriod(cadence2, dueDay, today) {
  let period = periodOf(addMonths(monthOf(today), -1), cadence2, dueDay);
  while (period.due >= today) period = periodOf(addMonths(period.months[0], -1), cadence2, dueDay);
  return period;
}

// src/decide/agenda-reports.ts
var HEADING = "### Work group reports since the last meeting (";
function previousMeeting(board, meeting) {
  const day2 = parseDate(meeting);
  return meetingsBetween(board, addDays(day2, -400), addDays(day2, -1)).at(-1);
}
function reportsForMeeting(state, config2, meeting) {
  const after = previousMeeting(config2.board, meeting) ?? "";
  const found = [];
  for (const wg of [...state.workgroups.values()].sort((a, b) => a.slug < b.slug ? -1 : 1)) {
    const cadence2 = wg.charter ? cadenceOf(wg.charter, config2) : "monthly";
    for (const report2 of [...wg.reports.values()].sort((a, b) => a.month < b.month ? -1 : 1)) {
      const { due } = periodOf(report2.month, cadence2, config2.reports.due_day);
      if (due > after && due <= meeting)
        found.push({
          slug: wg.slug,
          name: wg.charter?.name ?? wg.slug,
          month: report2.month,
          path: report2.path
        });
    }
  }
  return found;
}
var AGENDA_REPORTS_SHOWN = 100;
function shownReports(reports) {
  return reports.slice(0, AGENDA_REPORTS_SHOWN);
}
var HIGHLIGHTS_SHOWN = 3;
var CELL_CHARS = 140;
function renderReportsSection(reports, texts, branch, repoUrl) {
  if (reports.length === 0) return "";
  const rows = shownReports(reports).map((r) => {
    const text = texts.get(r.path);
    const data = text === void 0 ? void 0 : checkYamlDocument(r.path, text, "report").data;
    const cell = (items, none) => {
      if (!data) return "the report could not be read: see the file";
      const list = items ?? [];
      if (list.length === 0) return none;
      const shown = list.slice(0, HIGHLIGHTS_SHOWN).map((i) => escapeMarkdown(truncate(i, CELL_CHARS)));
      const more = list.length - shown.length;
      return `${shown.join(" \xB7 ")}${more > 0 ? ` \xB7 and ${more} more` : ""}`;
    };
    const url = `${repoUrl ? `${repoUrl.replace(/\/+$/, "")}/` : "../"}blob/${branch}/${r.path}`;
    return `| ${escapeMarkdown(truncate(r.name, 80))} | ${monthName(r.month)} | ${cell(data?.highlights, "none")} | ${cell(data?.board_asks, "none")} | [${r.month}.yml](${encodeURI(url)}) |`;
  });
  const rest = reports.length - rows.length;
  if (rest > 0)
    rows.push(
      `| and ${rest} more ${rest === 1 ? "report" : "reports"} | | | | in each work group's \`reports/\` folder |`
    );
  return [
    `${HEADING}${reports.length})`,
    "",
    "| Work group | Period | Highlights | Asks of the board | Report |",
    "|---|---|---|---|---|",
    ...rows
  ].join("\n");
}
function keptReportsSection(body) {
  const lines = (body ?? "").split("\n");
  const start = lines.findIndex((l) => l.startsWith(HEADING));
  if (start < 0 || lines[start + 1] !== "") return "";
  let end = start + 2;
  while (end < lines.length && lines[end].startsWith("|")) end++;
  return lines.slice(start, end).join("\n");
}

// src/flows/flow-module.ts
function round(gather, decide) {
  return { gather, decide: (state, now) => decide(state, now) };
}
function pure(decide) {
  return round(
    async () => void 0,
    (_s, now) => decide(now)
  );
}
function goOn(then) {
  return then ? { writes: [], next: then } : { writes: [] };
}

// src/model/comment.ts
function sameText(a, b) {
  return (a ?? "").replace(/\r\n/g, "\n") === b.replace(/\r\n/g, "\n");
}

// src/apply/sticky.ts
var MAX_COMMENT_LENGTH = 65536;
function fitComment(body, what = "comment") {
  if (body.length <= MAX_COMMENT_LENGTH) return body;
  const note = `

\u2026

<sub>wgbot cut this ${what} short: it was longer than GitHub allows.</sub>
`;
  const cut = body.slice(0, MAX_COMMENT_LENGTH - note.length);
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}${note}`;
}
function stickyWrites(issue, comments, name2, text, self) {
  const body = fitComment(`${marker(name2)}
${text}`);
  const existing = findSticky(comments, name2, self);
  if (!existing) return [{ kind: "create-comment", issue, body }];
  if (sameText(existing.body, body)) return [];
  return [{ kind: "update-comment", issue, commentId: existing.id, body }];
}

// src/flows/board-meeting/agenda-issue.ts
function syncAgenda(target, before, then) {
  const { meeting, milestone, self } = target;
  const body = fitComment(target.body, "issue");
  const title = agendaTitle(meeting);
  const candidates = agendasIn(target.issues, meeting, self);
  const after = then ? { next: then } : {};
  if (candidates.length > 0)
    return { writes: [...before, ...keepOne(candidates, meeting, title, body, self)], ...after };
  if (!target.hasItems) return { writes: before, ...after };
  const create = {
    kind: "create-issue",
    title,
    body,
    ...milestone.number > 0 ? { milestone: milestone.number } : {}
  };
  return {
    writes: [...before, create],
    next: (answers) => {
      const created = answers.at(-1);
      if (!created) return then?.();
      return round(
        (ctx) => gatherMilestoneIssues(ctx.github, ctx.repo, milestone.number),
        (issues) => {
          let again = agendasIn(issues, meeting, self);
          if (!again.some((c) => c.number === created.number))
            again = [...again, created].sort((a, b) => a.number - b.number);
          return { writes: keepOne(again, meeting, title, body, self), ...after };
        }
      );
    }
  };
}
function keepOne(candidates, meeting, title, body, self) {
  const [keep, ...duplicates] = candidates;
  const writes = [];
  for (const duplicate of duplicates) {
    if (duplicate.state === "closed" && !isAgendaOf(duplicate, meeting, self)) continue;
    writes.push({
      kind: "update-issue",
      issue: duplicate.number,
      patch: {
        state: "closed",
        state_reason: "not_planned",
        milestone: null,
        body: duplicateAgendaBody(meeting, keep.number)
      }
    });
  }
  const sameBody = sameText(keep.body, body);
  if (!sameBody || keep.title !== title) {
    writes.push({
      kind: "update-issue",
      issue: keep.number,
      patch: { ...keep.title === title ? {} : { title }, ...sameBody ? {} : { body } }
    });
  }
  return writes;
}
function agendasIn(issues, meeting, self) {
  return issues.filter((i) => isAgendaOf(i, meeting, self)).sort((a, b) => a.number - b.number);
}

// src/flows/board-meeting/milestones.ts
function createMilestone(meeting) {
  return {
    kind: "create-milestone",
    title: milestoneTitle(meeting),
    // GitHub keeps only the day of `due_on`, as counted in US Pacific time: noon UTC is that day everywhere.
    due_on: `${meeting}T12:00:00Z`,
    description: `Items the board reviews at its meeting on ${meeting}. Managed by wgbot.`
  };
}
function milestoneRound(facts, meeting, create, then) {
  const title = milestoneTitle(meeting);
  return round(
    async (ctx) => facts.milestones ?? await gatherMilestones(ctx.github, ctx.repo),
    (listed2) => {
      const known = withMilestones(facts, listed2);
      const found = listed2.find((m) => m.title === title);
      if (found || !create) return goOn(() => then(known, found));
      return {
        writes: [createMilestone(meeting)],
        next: ([created], dryRun) => {
          if (created)
            return then(withMilestones(facts, listed2, created), created);
          if (dryRun) {
            const planned = { number: 0, title, state: "open" };
            return then(withMilestones(facts, listed2, planned), planned);
          }
          return round(
            (ctx) => gatherMilestones(ctx.github, ctx.repo),
            (again) => {
              const theirs = again.find((m) => m.title === title);
              if (!theirs)
                throw new Error(`GitHub says milestone "${title}" exists, but it is not in the list.`);
              return goOn(() => then(withMilestones(facts, again), theirs));
            }
          );
        }
      };
    }
  );
}

// src/flows/board-meeting/refresh-agenda.ts
function refreshRound(facts, meeting, changed, then) {
  const placing = changed.filter((i) => i.milestone === milestoneTitle(meeting));
  return milestoneRound(
    facts,
    meeting,
    placing.length > 0,
    (known, milestone) => milestone ? agendaRound(known, meeting, milestone, changed, then) : then?.(known)
  );
}
function agendaRound(facts, meeting, milestone, changed, then) {
  const { config: config2 } = facts;
  return round(
    async (ctx) => {
      const issues = milestone.number > 0 ? await gatherMilestoneIssues(ctx.github, ctx.repo, milestone.number) : [];
      let escalated;
      if (meeting === reviewingMeeting(config2.board, ctx.now)) {
        const found = /* @__PURE__ */ new Map();
        for (const label of [config2.labels.board_review, config2.labels.at_risk]) {
          const open = facts.labelled?.get(label) ?? await gatherOpenLabelled(ctx.github, ctx.repo, label);
          for (const issue of open) found.set(issue.number, issue);
        }
        escalated = [...found.values()].sort((a, b) => a.number - b.number);
      }
      const listed2 = {
        issues,
        owner: ctx.repo.owner,
        escalated,
        self: await ctx.self(),
        read: /* @__PURE__ */ new Map()
      };
      for (const item of layout(config2, meeting, milestone, changed, listed2, ctx.now).items) {
        if (needsRecords(item, config2) && !facts.comments.has(item.number))
          listed2.read.set(item.number, await gatherComments(ctx.github, ctx.repo, item.number));
      }
      return listed2;
    },
    (listed2, now) => {
      const known = withAllComments(facts, listed2.read);
      const { moves, issues, items } = layout(config2, meeting, milestone, changed, listed2, now);
      const entries = items.map((item) => ({
        item,
        records: needsRecords(item, config2) ? recordsIn(known.comments.get(item.number) ?? [], listed2.self) : []
      }));
      const current = issues.find((i) => isAgendaOf(i, meeting, listed2.self));
      const reports = known.reports ?? keptReportsSection(current?.body);
      const owner = listed2.owner;
      return syncAgenda(
        {
          meeting,
          milestone,
          issues,
          body: renderAgenda({ meeting, entries, config: config2, templates: builtInTemplates(), reports, owner }),
          hasItems: entries.length > 0 || reports !== "",
          self: listed2.self
        },
        moves,
        then ? () => then(known) : void 0
      );
    }
  );
}
function needsRecords(item, config2) {
  return itemKind(item, config2) === "grant" || [config2.labels.approved, config2.labels.declined, config2.labels.deferred].some(
    (l) => item.labels.includes(l)
  );
}
function layout(config2, meeting, milestone, changed, listed2, now) {
  const title = milestoneTitle(meeting);
  const issues = [...listed2.issues];
  const onMilestone = new Set(issues.map((i) => i.number));
  const moves = [];
  for (const item of changed) {
    if (item.milestone === title && !onMilestone.has(item.number)) {
      moves.push({
        kind: "set-milestone",
        issue: item.number,
        milestone: { number: milestone.number, title }
      });
    } else if (item.milestone === void 0 && onMilestone.has(item.number)) {
      moves.push({ kind: "set-milestone", issue: item.number, milestone: null });
    }
  }
  if (listed2.escalated) {
    const placed = /* @__PURE__ */ new Set([
      ...onMilestone,
      ...changed.filter((i) => i.milestone === title).map((i) => i.number)
    ]);
    const carried = carryOver(listed2.escalated, placed, listed2.self, isoDate(now));
    for (const issue of carried) {
      moves.push({
        kind: "set-milestone",
        issue: issue.number,
        milestone: { number: milestone.number, title }
      });
      issues.push({ ...issue, milestone: { number: milestone.number, title } });
    }
  }
  const changedNumbers = new Set(changed.map((i) => i.number));
  const placing = changed.filter((i) => i.milestone === title);
  const items = [
    ...issues.filter((i) => !isAgendaIssue(i, listed2.self) && !changedNumbers.has(i.number)).map(boardItemOf),
    ...placing
  ].filter((item) => onAgenda(item, config2));
  return { moves, issues, items };
}
function carryOver(escalated, onMilestone, self, today) {
  return escalated.filter((issue) => {
    if (onMilestone.has(issue.number) || isAgendaIssue(issue, self)) return false;
    const current = issue.milestone ? meetingOfMilestone(issue.milestone.title) : void 0;
    if (issue.milestone && current === void 0) return false;
    return current === void 0 || current < today;
  });
}

// src/flows/reply.ts
function replyWrites(issue, comments, commandId, text, self) {
  return stickyWrites(issue, comments, `reply:${commandId}`, text, self);
}
function replyRound(facts, issue, commandId, text, self, then) {
  const comments = facts.comments.get(issue) ?? [];
  const writes = replyWrites(issue, comments, commandId, text, self);
  return {
    writes,
    next: (answers, dryRun) => {
      const write = writes[0];
      if (write?.kind !== "create-comment") return then?.(facts, dryRun);
      if (dryRun)
        return then?.(
          withComments(facts, issue, [...comments, { id: 0, body: write.body, user: { login: self.login } }]),
          dryRun
        );
      const created = answers[0];
      return round(
        (ctx) => gatherComments(ctx.github, ctx.repo, issue),
        (again) => {
          const first = stickiesIn(again, `reply:${commandId}`, self)[0];
          if (first && first.id !== created.id) {
            const known2 = withComments(
              facts,
              issue,
              again.filter((c) => c.id !== created.id)
            );
            return {
              writes: [{ kind: "delete-comment", issue, commentId: created.id }],
              ...then ? { next: () => then(known2, false) } : {}
            };
          }
          const known = withComments(
            facts,
            issue,
            again.some((c) => c.id === created.id) ? again : [...again, created]
          );
          return goOn(then && (() => then(known, false)));
        }
      );
    }
  };
}

// src/gather/lost-answers.ts
async function findOwnComment(github, repo, { issue, body }, self) {
  const me = await self();
  return (await gatherComments(github, repo, issue)).find(
    (c) => isSelf(me, c.user) && sameText(c.body, body)
  );
}
async function findOwnIssue(github, repo, title, body, self) {
  const me = await self();
  const { data } = await github.rest.issues.listForRepo({
    ...repo,
    state: "all",
    sort: "created",
    direction: "desc",
    per_page: 30
  });
  return data.find(
    (i) => !i.pull_request && isSelf(me, i.user) && i.title === title && sameText(i.body, body)
  );
}
async function findSameCheckRun(github, repo, write) {
  const { data: list } = await github.rest.checks.listForRef({
    ...repo,
    ref: write.headSha,
    check_name: write.name
  });
  return list.check_runs.find(
    (r) => r.status === "completed" && r.conclusion === write.conclusion && r.output.title === write.title && sameText(r.output.summary, write.summary)
  );
}
async function checkRunWithAnnotations(github, repo, id, expected) {
  const { data: run } = await github.rest.checks.get({ ...repo, check_run_id: id });
  return run.output.annotations_count >= expected ? run : void 0;
}
async function findSameFile(github, repo, file) {
  const now = await readRepoFileWithSha(github, repo, file.path, file.branch);
  return now?.content === file.content ? now : void 0;
}

// src/apply/create-once.ts
var NO_RETRY = { retries: 0 };
var DEFAULT_RETRIES = 3;
function answerMayBeLost(error2) {
  const status2 = error2.status;
  return typeof status2 === "number" && status2 >= 500;
}
function defaultsOf(github) {
  const defaults = github.request.endpoint.DEFAULTS.request;
  return {
    retries: typeof defaults?.retries === "number" ? defaults.retries : DEFAULT_RETRIES,
    // The clients put their clock here (github/limits.ts): GitHub's second, or a test's shorter one.
    secondMs: typeof defaults?.secondMs === "number" ? defaults.secondMs : 1e3
  };
}
async function createOnce(github, send, find, wait = (ms) => new Promise((resolve2) => setTimeout(resolve2, ms))) {
  const { retries, secondMs } = defaultsOf(github);
  for (let attempt = 0; ; attempt++) {
    try {
      return await send(NO_RETRY);
    } catch (error2) {
      if (!answerMayBeLost(error2)) throw error2;
      if (attempt < retries) await wait((attempt + 1) ** 2 * secondMs);
      const found = await find().catch(() => void 0);
      if (found !== void 0) return found;
      if (attempt >= retries) throw error2;
    }
  }
}
var PROTECTION = /changes must be made through a pull request|protected branch|required status checks? (?:is|are) expected|approving reviews? (?:is|are) required|cannot update this protected ref|repository rule violations found/i;
function protectionRefusal(error2) {
  const e = error2;
  if (e.status !== 409 && e.status !== 422) return void 0;
  const data = e.response?.data ?? {};
  if (data.metadata?.secret_scanning !== void 0) return void 0;
  const message = typeof data.message === "string" ? data.message : e.message ?? "";
  if (!PROTECTION.test(message)) return void 0;
  const [heading = "", ...rules] = message.split("\n").map((line) => line.trim()).filter((line) => line !== "");
  return rules.length > 0 ? `${heading}: ${rules.join(" ")}` : heading;
}
function isRefusedByProtection(answer) {
  return answer?.refusedByProtection === true;
}
async function putFileOnce(github, repo, file) {
  try {
    const { data } = await github.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: file.path,
      branch: file.branch,
      message: file.message,
      content: Buffer.from(file.content, "utf8").toString("base64"),
      ...file.sha ? { sha: file.sha } : {}
    });
    return data;
  } catch (error2) {
    const status2 = error2.status;
    if (status2 !== 409 && status2 !== 422) throw error2;
    const reason = protectionRefusal(error2);
    if (reason !== void 0) {
      const refused = { refusedByProtection: true, branch: file.branch, reason, error: error2 };
      return refused;
    }
    if (await findSameFile(github, repo, file) === void 0) throw error2;
    return void 0;
  }
}

// src/apply/check-runs.ts
var ANNOTATIONS_PER_REQUEST = 50;
function checkRunWrites(existing, wanted) {
  const same = existing?.status === "completed" && existing.conclusion === wanted.conclusion && existing.output.title === wanted.title && existing.output.summary === wanted.summary && existing.output.annotations_count === wanted.annotations.length;
  return same ? [] : [{ kind: "create-check-run", ...wanted }];
}
async function executeCheckRunWrite(github, repo, write) {
  const batches = [];
  for (let i = 0; i < write.annotations.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(write.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const output = (annotations) => ({
    title: write.title,
    summary: write.summary,
    ...annotations ? { annotations } : {}
  });
  const data = await createOnce(
    github,
    async (request) => (await github.rest.checks.create({
      ...repo,
      name: write.name,
      head_sha: write.headSha,
      status: "completed",
      conclusion: write.conclusion,
      output: output(batches[0]),
      request
    })).data,
    () => findSameCheckRun(github, repo, write)
  );
  let sent = batches[0]?.length ?? 0;
  for (const batch of batches.slice(1)) {
    sent += batch.length;
    const expected = sent;
    await createOnce(
      github,
      async (request) => (await github.rest.checks.update({ ...repo, check_run_id: data.id, output: output(batch), request })).data,
      () => checkRunWithAnnotations(github, repo, data.id, expected)
    );
  }
  return data;
}

// src/apply/writes.ts
async function execute(github, repo, writes, self) {
  for (const write of writes) await executeWrite(github, repo, write, self);
}
async function executeWrite(github, repo, write, self) {
  switch (write.kind) {
    case "add-labels":
      return (await github.rest.issues.addLabels({ ...repo, issue_number: write.issue, labels: write.labels })).data;
    case "remove-label":
      return github.rest.issues.removeLabel({ ...repo, issue_number: write.issue, name: write.label }).then((r) => r.data).catch((error2) => {
        if (error2.status !== 404) throw error2;
        return void 0;
      });
    case "create-comment":
      return createComment(github, repo, write, self);
    case "update-comment":
      return github.rest.issues.updateComment({ ...repo, comment_id: write.commentId, body: write.body }).then((r) => r.data).catch((error2) => {
        if (error2.status !== 404) throw error2;
        return createComment(github, repo, write, self);
      });
    case "delete-comment":
      return github.rest.issues.deleteComment({ ...repo, comment_id: write.commentId }).then(() => void 0).catch((error2) => {
        if (error2.status !== 404) throw error2;
        return void 0;
      });
    case "update-issue":
      return (await github.rest.issues.update({ ...repo, issue_number: write.issue, ...write.patch })).data;
    case "create-issue": {
      const fields = {
        ...repo,
        title: write.title,
        body: write.body,
        ...write.labels ? { labels: write.labels } : {},
        ...write.milestone !== void 0 ? { milestone: write.milestone } : {}
      };
      const assignees = write.assignees ?? [];
      const create = (more) => createOnce(
        github,
        async (request) => (await github.rest.issues.create({ ...fields, ...more, request })).data,
        () => findOwnIssue(github, repo, write.title, write.body, self)
      );
      if (assignees.length === 0) return create({});
      return create({ assignees }).catch(async (error2) => {
        if (error2.status !== 422) throw error2;
        return create({});
      });
    }
    case "set-milestone":
      return (await github.rest.issues.update({
        ...repo,
        issue_number: write.issue,
        milestone: write.milestone?.number ?? null
      })).data;
    case "create-milestone":
      return github.rest.issues.createMilestone({
        ...repo,
        title: write.title,
        due_on: write.due_on,
        description: write.description
      }).then((r) => r.data).catch((error2) => {
        if (!alreadyExists(error2)) throw error2;
        return void 0;
      });
    case "create-branch":
      return github.rest.git.createRef({ ...repo, ref: `refs/heads/${write.branch}`, sha: write.sha }).then((r) => r.data).catch((error2) => {
        if (!alreadyExists(error2)) throw error2;
        return void 0;
      });
    case "put-file":
      return putFileOnce(github, repo, write);
    case "create-check-run":
      return executeCheckRunWrite(github, repo, write);
    case "create-pull":
      return github.rest.pulls.create({ ...repo, title: write.title, head: write.head, base: write.base, body: write.body }).then((r) => r.data).catch((error2) => {
        if (!alreadyExists(error2)) throw error2;
        return void 0;
      });
  }
}
function createComment(github, repo, comment, self) {
  const { issue, body } = comment;
  return createOnce(
    github,
    async (request) => (await github.rest.issues.createComment({ ...repo, issue_number: issue, body, request })).data,
    () => findOwnComment(github, repo, comment, self)
  );
}
function alreadyExists(error2) {
  const e = error2;
  if (e.status !== 422) return false;
  const text = `${e.message ?? ""} ${JSON.stringify(e.response?.data ?? "")}`;
  return /already_exists|already exists/i.test(text);
}

// src/flows/settle-round.ts
async function settleRound(ctx, writes, apply = (write) => executeWrite(ctx.github, ctx.repo, write, ctx.self)) {
  if (ctx.dryRun) return [];
  const deletes = [];
  for (const write of writes) {
    if (write.kind !== "create-comment") continue;
    if (markerName(write.body) === void 0) continue;
    const comments = await gatherComments(ctx.github, ctx.repo, write.issue);
    for (const remove of duplicateStickyDeletes(write, comments, await ctx.self())) {
      await apply(remove);
      deletes.push(remove);
    }
  }
  return deletes;
}
function settleRoundOf(writes) {
  const created = writes.filter(
    (w) => w.kind === "create-comment" && markerName(w.body) !== void 0
  );
  if (created.length === 0) return void 0;
  return round(
    async (ctx) => {
      const self = await ctx.self();
      const found = [];
      for (const write of created)
        found.push({ write, comments: await gatherComments(ctx.github, ctx.repo, write.issue) });
      return { self, found };
    },
    ({ self, found }) => ({
      writes: found.flatMap(({ write, comments }) => duplicateStickyDeletes(write, comments, self))
    })
  );
}

// src/flows/run-rounds.ts
async function runRounds(flow, event, ctx) {
  const gathered = await flow.gather(event, ctx);
  if ("ignored" in gathered) return ignored(gathered.ignored);
  const { state } = gathered;
  const plan = flow.decide(state, ctx.now);
  const writes = flow.writes(plan, state);
  if (!ctx.dryRun) await execute(ctx.github, ctx.repo, writes, ctx.self);
  const report2 = flow.report(plan, state);
  const settled = flow.settles === false ? [] : await settleRound(ctx, writes);
  const next = flow.next ? await flow.next(plan, state, writes, ctx) : [];
  const all = [...writes, ...settled, ...next];
  return {
    flow: report2.flow,
    summary: counted(report2.summary, all.length),
    writes: all,
    plan: report2.plan,
    ...report2.problems ? { problems: report2.problems } : {}
  };
}
async function runChain(first, ctx) {
  const result = { writes: [] };
  for (let current = first; current; ) {
    const decision = current.decide(await current.gather(ctx), ctx.now);
    if (decision.ignored !== void 0) return { ...result, ignored: decision.ignored };
    if (decision.summary !== void 0) result.summary = decision.summary;
    if (decision.plan !== void 0) result.plan = decision.plan;
    const answers = [];
    for (const write of decision.writes) {
      result.writes.push(write);
      answers.push(ctx.dryRun ? void 0 : await executeWrite(ctx.github, ctx.repo, write, ctx.self));
    }
    current = decision.next?.(answers, ctx.dryRun);
  }
  return result;
}
async function runChainFlow(flow, event, ctx) {
  const gathered = await flow.gather(event, ctx);
  if ("ignored" in gathered) return { writes: [], ignored: gathered.ignored };
  return runChain(
    round(async () => gathered.state, flow.decide),
    ctx
  );
}

// src/flows/commands/charter-pull-request.ts
function charterPullRound(file, base, then, options = {}) {
  return round(
    async (ctx) => {
      const { github, repo } = ctx;
      const open = options.update ? (await pullStates(github, repo, file.branch, "open")).length > 0 : false;
      if (!options.update && await charterPullExists(github, repo, file.branch)) return { done: true };
      const branchSha = await refSha(github, repo, `heads/${file.branch}`);
      if (branchSha === void 0) {
        const baseSha = await refSha(github, repo, `heads/${base}`);
        if (baseSha === void 0) throw new Error(`The base branch ${base} does not exist.`);
        return { done: false, open, baseSha };
      }
      const existing = await readRepoFileWithSha(github, repo, file.path, file.branch);
      return { done: false, open, ...existing ? { existing } : {} };
    },
    (s) => {
      if (s.done) return goOn(then);
      const writes = [];
      if (s.baseSha !== void 0)
        writes.push({ kind: "create-branch", branch: file.branch, sha: s.baseSha });
      if (s.existing?.content !== file.content) {
        writes.push({
          kind: "put-file",
          branch: file.branch,
          path: file.path,
          content: file.content,
          message: file.message,
          ...s.existing ? { sha: s.existing.sha } : {}
        });
      }
      return {
        writes,
        next: (answers) => {
          const refused = answers.find(isRefusedByProtection);
          if (refused) throw refused.error;
          return s.open ? then?.() : pullRound(file, base, then);
        }
      };
    }
  );
}
function pullRound(file, base, then) {
  return pure(() => ({
    writes: [{ kind: "create-pull", title: file.title, head: file.branch, base, body: file.body }],
    ...then ? { next: then } : {}
  }));
}

// src/flows/commands/ledger-round.ts
function ledgerRound(config2, record, recommendation, item, base, then, read2) {
  return round(
    async (ctx) => {
      if (!isFinal(record)) return void 0;
      const { request } = grantFromForm(item.body, { author: item.author, config: config2 });
      if (!request) {
        ctx.log.warn(
          `#${item.number}: the decided request no longer reads as a grant request; not recorded in the ledger.`
        );
        return void 0;
      }
      const meeting = item.milestone ? meetingOfMilestone(item.milestone) : void 0;
      const file = ledgerFile({
        record,
        request,
        ...recommendation ? { recommendation } : {},
        issue: item.number,
        url: item.url ?? `https://github.com/${ctx.repo.owner}/${ctx.repo.repo}/issues/${item.number}`,
        ...meeting ? { meeting } : {},
        config: config2
      });
      if (!file) return void 0;
      const { ledger: ledger2, pulls, defaultBranch } = read2 ?? await gatherLedgerRecording(ctx.github, ctx.repo, config2, {
        year: ledgerYear(record),
        branch: ledgerBranch(item.number)
      });
      if (ledgerHolds(file, ledger2.texts)) return void 0;
      const branch = base ?? defaultBranch ?? await gatherDefaultBranch(ctx.github, ctx.repo);
      const pull = ledgerPullRequest(file, branch, config2);
      const proposed = await proposedIn(ctx, file, item.number, pulls);
      if (proposed === "held") return void 0;
      if (proposed === "open") return { via: "pull", pull, branch };
      const sha = ledger2.texts.has(file.path) ? ledger2.shas.get(file.path) ?? (await readRepoFileWithSha(ctx.github, ctx.repo, file.path, branch))?.sha : void 0;
      return { via: "commit", pull, branch, ...sha ? { sha } : {} };
    },
    (s) => {
      if (!s) return goOn(then);
      if (s.via === "pull") return goOn(() => charterPullRound(s.pull, s.branch, then, { update: true }));
      const write = {
        kind: "put-file",
        branch: s.branch,
        path: s.pull.path,
        content: s.pull.content,
        message: s.pull.message,
        ...s.sha ? { sha: s.sha } : {}
      };
      return {
        writes: [write],
        next: (answers) => {
          const refused = answers.find(isRefusedByProtection);
          return refused ? proposeRound(s.pull, s.branch, refused.reason, then) : then();
        }
      };
    }
  );
}
async function proposedIn(ctx, file, issue, pulls) {
  if (pulls.length === 0) return "none";
  const branch = ledgerBranch(issue);
  const open = pulls.includes("open");
  const onBranch = await readRepoFileWithSha(ctx.github, ctx.repo, file.path, branch);
  if (onBranch && ledgerHolds(file, /* @__PURE__ */ new Map([[file.path, onBranch.content]]))) {
    if (!open)
      ctx.log.warn(
        `#${issue}: the pull request from ${branch} that proposed this decision's grants ledger record (${file.path}) is closed, and the ledger does not hold the record; not proposed again. Reopen and merge that pull request, or add the record by hand, for the ledger to count it.`
      );
    return "held";
  }
  return open ? "open" : "none";
}
function proposeRound(pull, base, reason, then) {
  return round(
    async (ctx) => {
      const counted2 = pull.record.outcome === "approved" ? ": the cap per organisation per year leaves this grant out when it checks new requests" : "";
      ctx.log.warn(
        `#${pull.record.issue}: ${base} refused the grants ledger record ${pull.path} (GitHub: "${reason}"); proposing it in a pull request from ${pull.branch} instead. Until that is merged, the ledger does not hold this decision${counted2}.`
      );
    },
    () => goOn(() => charterPullRound(pull, base, then, { update: true }))
  );
}

// src/flows/commands/decision-command.ts
function asked(event, owner) {
  const { issue, comment } = event.payload;
  if (!issue || !comment) return void 0;
  const parsed = parseCommand(comment.body);
  const name2 = commandName(parsed);
  if (!parsed || name2 !== "recommend" && name2 !== "board") return void 0;
  return {
    name: name2,
    parsed,
    issue: issue.number,
    commentId: comment.id,
    by: comment.user?.login ?? "",
    at: comment.created_at,
    base: event.payload.repository?.default_branch,
    owner
  };
}
var decisionCommand = {
  async gather(event, ctx) {
    if (!event.payload.issue || !event.payload.comment) return { ignored: "no issue or comment" };
    const a = asked(event, ctx.repo.owner);
    if (!a) return { ignored: "comment is not /recommend or /board" };
    const { config: config2, problems } = await gatherConfig(ctx.github, ctx.repo, ctx.configs);
    if (problems.length > 0)
      ctx.log.warn(`.github/wgbot.yml has ${problems.length} problem(s); using what is valid.`);
    const self = await ctx.self();
    const comments = await gatherComments(ctx.github, ctx.repo, a.issue);
    const known = { ...a, facts: withComments(boardFacts(config2), a.issue, comments), self };
    const answered = findSticky(comments, `reply:${a.commentId}`, self);
    if (answered) {
      const record = parseRecord(answered.body ?? "");
      if (!record) return { state: { ...known, kind: "answered", record } };
      const item2 = boardItemOf(await gatherIssue(ctx.github, ctx.repo, a.issue));
      return { state: { ...known, kind: "answered", record, item: item2 } };
    }
    const isMember = teamMembership(ctx.github, ctx.repo.owner, ctx.log);
    const { team } = commandTeam(a.name, config2);
    if (!a.by || !await isMember(team, a.by)) return { state: { ...known, kind: "refused", team } };
    if (!a.parsed.ok) return { state: { ...known, kind: "malformed", error: a.parsed.error } };
    const records = recordsIn(comments, self);
    const payloadItem = boardItemOf(event.payload.issue);
    const decision = a.parsed.command.decision;
    if (decision !== "defer" && itemKind(payloadItem, config2) === "grant") {
      const { issue, recording } = await gatherDecidedGrant(ctx.github, ctx.repo, config2, {
        year: new Date(a.at ?? ctx.now.toISOString()).getUTCFullYear(),
        branch: ledgerBranch(a.issue),
        issue: a.issue
      });
      return { state: { ...known, kind: "decide", item: boardItemOf(issue), records, recording } };
    }
    const item = boardItemOf(await gatherIssue(ctx.github, ctx.repo, a.issue));
    return { state: { ...known, kind: "decide", item, records } };
  },
  decide(s, now) {
    const { facts, self, issue, commentId, base } = s;
    const { config: config2 } = facts;
    const replying = (text, then) => replyRound(facts, issue, commentId, text, self, then);
    switch (s.kind) {
      case "answered": {
        const { record, item } = s;
        if (!record || !item) return { writes: [], summary: "already answered" };
        return {
          ...goOn(() => effectsRound(facts, record, { seen: item, current: true }, base, self)),
          summary: "already recorded; effects checked"
        };
      }
      case "refused":
        return {
          ...replying(notAllowedReply(s.name, s.owner, config2)),
          summary: `refused: ${s.by} is not in ${s.team}`
        };
      case "malformed":
        return { ...replying(`${s.error}
`), summary: "malformed" };
      case "decide": {
        const plan = decideCommand({
          command: s.parsed.command,
          commentId,
          by: s.by,
          at: s.at ?? now.toISOString(),
          item: s.item,
          records: s.records,
          config: config2,
          now,
          templates: builtInTemplates(),
          ...s.recording ? { ledger: s.recording.ledger.entries } : {}
        });
        if (!plan.ok) return { ...replying(plan.reply), summary: `refused: ${plan.summary}`, plan };
        const { item, recording } = s;
        return {
          ...replying(
            plan.reply,
            (known, dryRun) => effectsRound(known, plan.record, { seen: item, current: dryRun, recording }, base, self)
          ),
          summary: plan.summary,
          plan
        };
      }
    }
  }
};
async function decisionCommandFlow(event, ctx) {
  const chained = await runChainFlow(decisionCommand, event, ctx);
  if (chained.ignored !== void 0) return ignored(chained.ignored);
  const { name: name2, issue } = asked(event, ctx.repo.owner);
  return {
    flow: `${name2}-command`,
    summary: counted(`#${issue} /${name2}: ${chained.summary ?? ""}`, chained.writes.length),
    writes: chained.writes,
    ...chained.plan === void 0 ? {} : { plan: chained.plan }
  };
}
function effectsRound(facts, record, {
  seen,
  current,
  recording
}, base, self) {
  const { config: config2 } = facts;
  return round(
    async (ctx) => current ? seen : boardItemOf(await gatherIssue(ctx.github, ctx.repo, seen.number)),
    (item) => {
      const records = recordsIn(facts.comments.get(item.number) ?? [], self);
      const last = latest(records);
      if (!last || last.comment !== record.comment) return { writes: [] };
      const kind = itemKind(item, config2);
      const effects = effectsOf(record, kind, config2);
      const owned = new Set(statusLabels(config2));
      const writes = labelWrites(item.number, item.labels, effects.statuses, (l) => owned.has(l));
      const after = { ...item, labels: labelsAfter(item.number, item.labels, writes) };
      if (effects.close && item.state === "open") {
        writes.push({
          kind: "update-issue",
          issue: item.number,
          patch: { state: "closed", state_reason: effects.close }
        });
        after.state = "closed";
      }
      const from = meetingOf(item);
      const to = effects.meeting;
      const meetings = () => {
        if (to !== void 0 && to !== from) {
          const moved = { ...after, milestone: milestoneTitle(to) };
          return refreshRound(
            facts,
            to,
            [moved],
            from === void 0 ? void 0 : (known) => refreshRound(known, from, [moved])
          );
        }
        return from === void 0 ? void 0 : refreshRound(facts, from, [after]);
      };
      if (kind === "grant" && isFinal(record)) {
        const recommendation = latest(records, "recommend");
        return {
          writes,
          next: () => ledgerRound(config2, record, recommendation, item, base, meetings, recording)
        };
      }
      if (!effects.charterPullRequest) return { writes, next: meetings };
      return { writes, next: () => charterRound(config2, record, item, base, meetings) };
    }
  );
}
function charterRound(config2, record, item, base, then) {
  return round(
    async (ctx) => {
      const charter2 = charterFromForm(item.body, { config: config2 }).charter;
      if (!charter2) {
        ctx.log.warn(
          `#${item.number}: the approved proposal no longer reads as a charter; no pull request opened.`
        );
        return void 0;
      }
      const file = charterFile(charter2, {
        config: config2,
        issue: item.number,
        approvedOn: record.at.slice(0, 10),
        templates: builtInTemplates()
      });
      return { file, branch: base ?? await gatherDefaultBranch(ctx.github, ctx.repo) };
    },
    (s) => goOn(() => s ? charterPullRound(s.file, s.branch, then) : then())
  );
}

// src/flows/commands/board.ts
var boardCommand = {
  name: "board-command",
  command: "board",
  // Round 1 (the reply) as the other flows declare theirs; its decision names the rounds after it.
  gather: decisionCommand.gather,
  decide: decisionCommand.decide,
  handle: decisionCommandFlow
};

// src/decide/request-heading.ts
function readyHeading(what, to, warnings, suggestions) {
  const counts = [
    ...warnings.length > 0 ? [plural(warnings.length, "warning")] : [],
    ...suggestions.length > 0 ? [plural(suggestions.length, "suggestion")] : []
  ];
  const ready = `This ${what} is ready for ${to}`;
  if (counts.length === 0) return `\u2705 ${ready}`;
  return warnings.length === 0 ? `\u2705 ${ready} \u2014 ${counts.join(", ")}` : `${ready} \u2014 ${counts.join(", ")}`;
}

// src/decide/rules/charter-proposal/members.ts
var members = defineRule({
  id: "members",
  code: "rule.too-few-members",
  severity: "error",
  configKeys: ["workgroups.min_members"],
  check({ charter: charter2 }, config2, _now, report2) {
    return charter2.status === "proposed" ? [] : countMembers(charter2, config2, report2);
  }
});

// src/decide/rules/charter-proposal/answers.ts
var NOTHING2 = /* @__PURE__ */ new Set([
  "none",
  "nothing",
  "n/a",
  "na",
  "no resources",
  "none needed",
  "nothing needed"
]);
var PLACEHOLDERS = /* @__PURE__ */ new Set([
  "",
  "tbd",
  "tba",
  "todo",
  "to do",
  "to be determined",
  "to be decided",
  "unknown",
  "not sure",
  "later",
  "?",
  "-",
  "...",
  "\u2026",
  "no response",
  "see above",
  "see purpose",
  "same as above",
  "same as purpose",
  "lorem ipsum"
]);
function normalise(text) {
  return text.toLowerCase().replace(/[_*`]/g, "").replace(/\s+/g, " ").trim().replace(/^[\s"'([]+|[\s"')\].!:;,]+$/g, "");
}
function isPlaceholder(text) {
  const n = normalise(text);
  return PLACEHOLDERS.has(n) || /^(tbd|tba|todo)\b/.test(n) || /^lorem ipsum\b/.test(n) || /^[\W_]*$/u.test(n);
}
function quote2(text) {
  return `\`${truncate(text, 40).replace(/`/g, "'")}\``;
}
function words(text) {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

// src/decide/rules/charter-proposal/mission-alignment.ts
var MIN_MISSION_WORDS = 8;
var missionAlignment = defineRule({
  id: "mission-alignment",
  code: "rule.proposal-mission-alignment",
  severity: "error",
  configKeys: ["organisation"],
  check({ charter: charter2 }, config2, _now, report2) {
    const mission = charter2.mission_alignment ?? "";
    if (!isPlaceholder(mission) && words(mission) >= MIN_MISSION_WORDS) return [];
    return [
      report2(
        ["mission_alignment"],
        mission.trim() === "" ? "The proposal does not say how the work group pertains to the foundation's mission." : `The mission alignment (${quote2(mission)}) does not say how the work group pertains to the foundation's mission.`,
        `In a sentence or two (at least ${MIN_MISSION_WORDS} words), explain how the work group's purpose serves the mission of the ${config2.organisation}: a work group must pertain to it.`
      )
    ];
  }
});

// src/decide/rules/charter-proposal/no-chair.ts
var noChair = defineRule({
  id: "no-chair",
  code: "rule.proposal-no-chair",
  severity: "error",
  configKeys: [],
  check({ charter: charter2 }, _config, _now, report2) {
    if (charter2.participants.chairs.length > 0) return [];
    return [
      report2(
        ["participants", "chairs"],
        "The proposal names no chair.",
        "Add at least one chair, who is also listed among the members."
      )
    ];
  }
});

// src/decide/rules/charter-proposal/resources.ts
var resources = defineRule({
  id: "resources",
  code: "rule.proposal-resources",
  severity: "error",
  configKeys: [],
  check({ charter: charter2 }, _config, _now, report2) {
    if (!noResources(charter2.support?.resources ?? [])) return [];
    return [
      report2(
        ["support", "resources"],
        "The proposal does not say which resources it requests.",
        "List what the work group asks of the foundation (staff time, infrastructure, accounts, money), one item per line; write `None` if it needs nothing."
      )
    ];
  }
});
function noResources(list) {
  return list.length === 0 || list.every(isPlaceholder);
}

// src/decide/rules/charter-proposal/resources-none.ts
var resourcesNone = defineRule({
  id: "resources-none",
  code: "rule.proposal-resources-none",
  severity: "warning",
  configKeys: [],
  check({ charter: charter2 }, _config, _now, report2) {
    const list = charter2.support?.resources ?? [];
    const i = list.findIndex((r) => NOTHING2.has(normalise(r)));
    if (noResources(list) || list.length < 2 || i === -1) return [];
    return [
      report2(
        ["support", "resources", i],
        "The resources requested say `None` and also list other items.",
        "Remove `None`, or remove the other items if nothing is needed."
      )
    ];
  }
});

// src/decide/rules/charter-proposal/review-past.ts
var reviewPast = defineRule({
  id: "review-past",
  code: "rule.proposal-review-past",
  severity: "error",
  configKeys: ["workgroups.max_term_months"],
  check({ charter: charter2 }, config2, now, report2) {
    const { start, review } = charter2.active_time;
    if (review <= start || review > isoDate(now)) return [];
    return [
      report2(
        ["active_time", "review"],
        `The review date ${review} has already passed.`,
        `Choose a review date in the future, at most ${config2.workgroups.max_term_months} months after the start date.`
      )
    ];
  }
});

// src/decide/rules/charter-proposal/slug-taken.ts
var slugTaken = defineRule({
  id: "slug-taken",
  code: "rule.proposal-slug-taken",
  severity: "error",
  configKeys: ["paths.workgroups"],
  check({ charter: charter2, existingSlugs }, config2, _now, report2) {
    const slug = charter2.slug.toLowerCase();
    if (![...existingSlugs].some((s) => s.toLowerCase() === slug)) return [];
    return [
      report2(
        ["slug"],
        `The slug \`${charter2.slug}\` is already used by an existing work group.`,
        `Choose another slug. To revive or change that work group, propose a change to ${config2.paths.workgroups}/${charter2.slug}/charter.yml instead.`
      )
    ];
  }
});

// src/decide/rules/charter-proposal/start-past.ts
var startPast = defineRule({
  id: "start-past",
  code: "rule.proposal-start-past",
  severity: "error",
  configKeys: [],
  check({ charter: charter2 }, _config, now, report2) {
    const { start } = charter2.active_time;
    const earliest = monthsAfter(isoDate(now), -1);
    if (start >= earliest) return [];
    return [
      report2(
        ["active_time", "start"],
        `The start date ${start} is more than a month in the past.`,
        `A new work group starts when the board approves it: choose a date from ${earliest} on, for example the first day of next month.`
      )
    ];
  }
});

// src/decide/rules/charter-proposal/status.ts
var status = defineRule({
  id: "status",
  code: "rule.proposal-status",
  severity: "error",
  configKeys: [],
  check({ charter: charter2 }, _config, _now, report2) {
    if (charter2.status === "proposed") return [];
    return [
      report2(
        ["status"],
        `A new charter's status is \`proposed\`, not \`${charter2.status}\`: the board makes it active when it approves.`,
        "Set `status: proposed`."
      )
    ];
  }
});

// src/decide/rules/charter-proposal/index.ts
var PROPOSAL_RULES = [
  slugTaken,
  status,
  missionAlignment,
  noChair,
  ...CHARTER_FILE_RULES,
  members,
  startPast,
  reviewPast,
  resources,
  resourcesNone
];
var PROPOSAL_FLOW_LABELS = ["charter", "needs_info", "board_review"];
function ownedProposalLabels(config2) {
  return new Set(
    [...PROPOSAL_FLOW_LABELS, ...ruleLabelKeys(PROPOSAL_RULES)].map((key) => config2.labels[key])
  );
}

// src/decide/rules/charter-proposal.ts
function proposalRules(charter2, { config: config2, now, existingSlugs }) {
  return runRules(PROPOSAL_RULES, { charter: charter2, existingSlugs }, config2, now).findings;
}

// src/decide/rules/grant/not-covered-words.ts
var PHRASES = [
  // Objects handed out with a name or logo on them: merchandise, whatever the object.
  ["baseball cap", "merchandise"],
  ["bucket hat", "merchandise"],
  ["water bottle", "merchandise"],
  ["polo shirt", "merchandise"],
  ["fridge magnet", "merchandise"],
  ["key ring", "merchandise"],
  ["pin badge", "merchandise"],
  ["button badge", "merchandise"],
  ["promotional item", "merchandise"],
  ["promotional product", "merchandise"],
  ["promo item", "merchandise"],
  // Getting somewhere and staying there: travel, however it is paid.
  ["air fare", "travel"],
  ["plane ticket", "travel"],
  ["train ticket", "travel"],
  ["rail ticket", "travel"],
  ["bus ticket", "travel"],
  ["per diem", "travel"],
  // The people who run the event.
  ["our team", "organiser"],
  ["core team", "organiser"],
  ["committee member", "organiser"],
  // Drawing lots for a prize.
  ["lucky draw", "raffle"],
  ["prize draw", "raffle"]
];
var WORDS2 = {
  lanyard: "merchandise",
  backpack: "merchandise",
  beanie: "merchandise",
  bandana: "merchandise",
  keyring: "merchandise",
  magnet: "merchandise",
  umbrella: "merchandise",
  sock: "merchandise",
  branded: "merchandise",
  hamper: "gift",
  // Other languages' words for the commonest items (Spanish, Portuguese, French, German).
  camiseta: "t-shirt",
  playera: "t-shirt",
  pegatina: "sticker",
  adesivo: "sticker",
  autocollant: "sticker",
  aufkleber: "sticker",
  premio: "prize",
  sorteo: "raffle",
  sorteio: "raffle",
  tombola: "raffle",
  medal: "trophy",
  flight: "travel",
  airfare: "travel",
  taxi: "travel",
  cab: "travel",
  uber: "travel",
  lyft: "travel",
  mileage: "travel",
  visa: "travel",
  hotel: "travel",
  accommodation: "travel",
  lodging: "travel",
  staff: "organiser",
  organising: "organiser",
  organizing: "organiser"
};
var LOGO_FILLERS = /* @__PURE__ */ new Set([
  "the",
  "a",
  "our",
  "its",
  "event",
  "conference",
  "meetup",
  "group",
  "community",
  "project"
]);
var INFORMS = [
  "sign",
  "signage",
  "banner",
  "backdrop",
  "poster",
  "flyer",
  "badge",
  "slide",
  "website",
  "programme",
  "program",
  "certificate",
  "stage"
];
function wordFamilies(stems2) {
  return {
    phrases: PHRASES.map(([phrase, meaning]) => [stems2(phrase), stems2(meaning)]).sort(
      (a, b) => b[0].length - a[0].length
    ),
    words: new Map(
      Object.entries(WORDS2).map(([word, meaning]) => [stems2(word)[0], stems2(meaning)])
    ),
    informs: new Set(INFORMS.flatMap(stems2))
  };
}
function logoMarkAt(words3, at) {
  if (words3[at] !== "with") return 0;
  let i = at + 1;
  while (i < words3.length && i <= at + 3 && LOGO_FILLERS.has(words3[i])) i++;
  return words3[i] === "logo" || words3[i] === "logos" ? i - at + 1 : 0;
}

// src/decide/rules/grant/not-covered-match.ts
var SKIPPED = /* @__PURE__ */ new Set(["a", "an", "the", "our", "of", "for", "to", "by", "with", "and", "at", "on", "in"]);
function stem(word) {
  let w = word;
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith("ie")) w = `${w.slice(0, -2)}y`;
  else if (w.length > 4 && /(?:sses|xes|ches|shes)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  return w.replace(/is(e|er|ed|ing|ation)$/, "iz$1");
}
function words2(text) {
  return text.normalize("NFKD").replace(new RegExp("\\p{M}+", "gu"), "").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
}
function stems(text) {
  return words2(text).filter((w) => !SKIPPED.has(w)).map(stem);
}
var MERCHANDISE = stem("merchandise");
var families;
function read(text) {
  families ??= wordFamilies((t) => words2(t).map(stem));
  const { phrases, words: meaningOf, informs } = families;
  const raw2 = words2(text.replace(/(?<![\p{L}\p{N}])[\p{L}\p{N}]+-winning\b/giu, " "));
  const rawStems = raw2.map(stem);
  const informing = rawStems.some((s) => informs.has(s));
  const meanings = [];
  let afterFor;
  for (let i = 0; i < raw2.length; ) {
    const logo = informing ? 0 : logoMarkAt(raw2, i);
    if (logo > 0) {
      meanings.push(MERCHANDISE);
      i += logo;
      continue;
    }
    const phrase = phrases.find(([p]) => p.every((s, j) => rawStems[i + j] === s));
    if (phrase) {
      meanings.push(...phrase[1]);
      i += phrase[0].length;
      continue;
    }
    const word = raw2[i];
    if (word === "for" && afterFor === void 0) afterFor = meanings.length;
    if (!SKIPPED.has(word)) {
      const own = rawStems[i];
      const meaning = meaningOf.get(own);
      meanings.push(...meaning && !(informing && meaning.join(" ") === MERCHANDISE) ? meaning : [own]);
    }
    i++;
  }
  return { meanings, afterFor };
}
function sameWord(text, keyword) {
  if (text === keyword) return true;
  if (keyword.length < 5 || text[0] !== keyword[0] || text.at(-1) !== keyword.at(-1)) return false;
  if (text.length === keyword.length) {
    const diff = [...text].flatMap((c, i2) => c === keyword[i2] ? [] : [i2]);
    if (diff.length === 2 && diff[1] === diff[0] + 1)
      return text[diff[0]] === keyword[diff[1]] && text[diff[1]] === keyword[diff[0]];
    return keyword.length >= 8 && diff.length === 1;
  }
  if (keyword.length < 8 || Math.abs(text.length - keyword.length) !== 1) return false;
  const [short, long] = text.length < keyword.length ? [text, keyword] : [keyword, text];
  const i = [...short].findIndex((c, j) => c !== long[j]);
  return i === -1 || short.slice(i) === long.slice(i + 1);
}
var compiled2 = /* @__PURE__ */ new WeakMap();
function compile(kind) {
  let c = compiled2.get(kind);
  if (!c) {
    const phrases = (list) => (list ?? []).map((p) => read(p).meanings).filter((p) => p.length > 0);
    c = { keywords: phrases(kind.keywords), allow: phrases(kind.allow) };
    compiled2.set(kind, c);
  }
  return c;
}
function occurrences(text, phrase) {
  const found = [];
  for (let i = 0; i + phrase.length <= text.length; i++)
    if (phrase.every((p, j) => text[i + j] !== void 0 && sameWord(text[i + j], p)))
      found.push(i);
  return found;
}
function forOrder(text, afterFor, keyword) {
  if (afterFor === void 0 || keyword.length !== 2) return false;
  const [a, b] = keyword;
  const has = (part, k) => part.some((w) => w !== void 0 && sameWord(w, k));
  return has(text.slice(Math.max(0, afterFor - 2), afterFor), b) && has(text.slice(afterFor, afterFor + 2), a);
}
function readMatchesKind({ meanings, afterFor }, kind) {
  const { keywords, allow } = compile(kind);
  const words3 = [...meanings];
  for (const phrase of allow)
    for (const start of occurrences(words3, phrase))
      for (let j = 0; j < phrase.length; j++) words3[start + j] = void 0;
  return keywords.some((k) => occurrences(words3, k).length > 0 || forOrder(words3, afterFor, k));
}
function kindsNamed(texts, kinds) {
  if (kinds.length === 0) return [];
  const reads = texts.map(read);
  return kinds.filter((kind) => reads.some((r) => readMatchesKind(r, kind))).map((kind) => kind.name);
}

// src/decide/rules/grant/budget.ts
function budgetLines(request, config2) {
  const requested = request.requested.currency;
  return request.budget.map((item, index) => {
    const currency = item.currency ?? requested;
    return {
      index,
      item,
      currency,
      inBase: convert2(config2, item.cost, currency, config2.base_currency),
      inRequested: convert2(config2, item.cost, currency, requested),
      notCovered: notCoveredKinds(item, config2)
    };
  });
}
function countedBudget(lines) {
  return lines.reduce((sum2, l) => l.notCovered.length > 0 ? sum2 : sum2 + (l.inBase ?? Number.NaN), 0);
}
function notCoveredFound(lines, config2) {
  const found = new Set(lines.flatMap((l) => l.notCovered));
  return config2.grants.not_covered.map((k) => k.name).filter((n) => found.has(n));
}
function notCoveredKinds(item, config2) {
  const texts = item.category ? [item.description, item.category, `${item.description} ${item.category}`] : [item.description];
  return kindsNamed(texts, config2.grants.not_covered);
}

// src/decide/rules/grant/figures.ts
var MONEY_KEYS = ["base_currency", "currency_rates"];
var BOARD_CALENDAR_KEYS = [
  "board.meeting_dates",
  "board.every_months",
  "board.first_month",
  "board.weekday",
  "board.week",
  "board.preparation_days"
];
var TYPE_NAMES2 = {
  conference: "conference",
  workshop: "workshop",
  sprint: "sprint",
  meetup: "meetup",
  "deposit-advance": "deposit advance"
};
function amountInBase(request, config2) {
  const { amount, currency } = request.requested;
  return convert2(config2, amount, currency, config2.base_currency);
}
function requestedText(request, config2) {
  const { amount, currency } = request.requested;
  const inBase = amountInBase(request, config2);
  return inBase === void 0 || currency === config2.base_currency ? formatAmount(amount, currency) : `${formatAmount(amount, currency)} (${formatAmount(inBase, config2.base_currency)})`;
}
function isOverThreshold(request, config2) {
  const inBase = amountInBase(request, config2);
  return inBase !== void 0 && roundCents(inBase) > config2.grants.board_threshold;
}
function unknownCurrency(config2, currency) {
  const accepted = acceptedCurrencies2(config2);
  return [
    `The currency ${currency} has no exchange rate in the configuration; the accepted currencies are ${listing(accepted)}.`,
    `Give the amount in one of ${listing(accepted, "or")}, or ask the maintainers of this repository to add a rate for ${currency} under \`currency_rates\`.`
  ];
}
function days(n) {
  return n >= 7 && n % 7 === 0 ? `${n} days (${plural(n / 7, "week")})` : plural(n, "day");
}
function quote3(text) {
  return `\`${truncate(text, 60).replace(/`/g, "'")}\``;
}
function validDate(iso2) {
  return iso2 !== void 0 && /^\d{4}-\d{2}-\d{2}$/.test(iso2) && !Number.isNaN(parseDate(iso2).getTime());
}

// src/decide/rules/grant/fast-track.ts
function fastTrackOf(input, config2, now) {
  const { request, previousGrantYears } = input;
  const { fast_track_max: max, fast_track_previous_years: within } = config2.grants;
  const inBase = amountInBase(request, config2);
  if (max <= 0 || inBase === void 0 || roundCents(inBase) > max) return void 0;
  if (within <= 0) return { mentioned: false };
  const year = now.getUTCFullYear();
  const recent = (y) => y >= year - within && y <= year;
  const mentioned = (request.previous_grants ?? []).flatMap(
    (text) => [...text.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)].map((m) => Number(m[0]))
  );
  const years = [...mentioned, ...previousGrantYears].filter(recent);
  if (years.length === 0) return void 0;
  return { year: Math.max(...years), mentioned: mentioned.some(recent) };
}
var fastTrack = defineRule({
  id: "fast-track",
  code: "rule.grant-fast-track",
  severity: "note",
  label: "fast_track",
  configKeys: [
    "grants.fast_track_max",
    "grants.fast_track_previous_years",
    "grants.fast_track_decision_weeks",
    ...MONEY_KEYS
  ],
  check(input, config2, now, report2) {
    const track = fastTrackOf(input, config2, now);
    if (!track) return [];
    const max = formatAmount(config2.grants.fast_track_max, config2.base_currency);
    const weeks = config2.grants.fast_track_decision_weeks;
    const by = decisionTarget(input.filed.date, config2.grants, true);
    const earlier = track.year === void 0 ? "" : `, and the foundation funded this event or organisation in ${track.year}`;
    return [
      report2(
        track.mentioned ? ["previous_grants"] : ["requested", "amount"],
        `This request is on the fast track: it is for at most ${max}${earlier}. The Grants WG aims to decide it within ${plural(weeks, "week")} of filing, by ${by}.`
      )
    ];
  }
});

// src/decide/rules/grant/lead-time.ts
function leadTime(request, filed) {
  const deposit = request.grant_type === "deposit-advance" ? request.deposit : void 0;
  const target = deposit ? deposit.due_date : request.event.start_date;
  if (!validDate(target)) return void 0;
  return {
    deposit: deposit !== void 0,
    target,
    path: deposit ? ["deposit", "due_date"] : ["event", "start_date"],
    subject: deposit ? "the deposit is due" : "the event",
    days: daysBetween(parseDate(filed.date), parseDate(target)),
    filed
  };
}
function hasPassed(lead, now) {
  const today = isoDate(now);
  return lead.deposit ? lead.target < today : lead.target <= today;
}
function passedAtFiling(lead) {
  return lead.deposit ? lead.days < 0 : lead.days <= 0;
}
function filedText(filed) {
  return filed.known ? `was filed on ${filed.date}` : `is counted from today, ${filed.date} (the day it was filed is not known)`;
}

// src/decide/rules/grant/short-notice.ts
var shortNotice = defineRule({
  id: "short-notice",
  code: "rule.grant-short-notice",
  severity: "warning",
  label: "short_notice",
  configKeys: [
    "grants.recommended_lead_days",
    "grants.board_threshold",
    ...MONEY_KEYS,
    ...BOARD_CALENDAR_KEYS
  ],
  check({ request, filed }, config2, now, report2) {
    const recommended = config2.grants.recommended_lead_days;
    const lead = leadTime(request, filed);
    if (!lead || !isShortNotice(lead, request, config2, now)) return [];
    const threshold = formatAmount(config2.grants.board_threshold, config2.base_currency);
    const when = meetingText(lead, reviewingMeeting(config2.board, now), isoDate(now));
    return [
      report2(
        lead.path,
        `Requests over ${threshold} should be filed at least ${days(recommended)} before ${lead.subject}, because the board decides them; this one ${filedText(filed)}, ${plural(lead.days, "day")} before. The board meets ${cadence(config2.board)}; ${when}`,
        `If ${lead.deposit ? "the deposit" : "the event"} cannot wait for the board, say so in the request, or ask for at most ${threshold}, which the Grants WG decides alone.`
      )
    ];
  }
});
function isShortNotice(lead, request, config2, now) {
  return !hasPassed(lead, now) && isOverThreshold(request, config2) && lead.days < config2.grants.recommended_lead_days;
}
function meetingText(lead, meeting, today) {
  if (meeting === void 0) {
    return `no board meeting is scheduled after ${today} yet, so it is not known when the board can review it.`;
  }
  const gap = daysBetween(parseDate(meeting), parseDate(lead.target));
  const relation = gap > 0 ? `${plural(gap, "day")} before ${lead.subject}` : gap === 0 ? lead.deposit ? "the day the deposit is due" : "the day the event starts" : `${plural(-gap, "day")} after ${lead.deposit ? "the deposit is due" : "the event starts"}`;
  return `the next meeting that can review it is ${meeting}, ${relation}.`;
}

// src/decide/rules/grant/decision-time.ts
function expectedDecision(input, config2, now) {
  const fastTrack2 = fastTrackOf(input, config2, now) !== void 0;
  const { date: target, weeks } = targetOf(input.filed.date, config2.grants, fastTrack2);
  const over = isOverThreshold(input.request, config2);
  return over ? { target, weeks, fastTrack: fastTrack2, board: { meeting: reviewingMeeting(config2.board, now) } } : { target, weeks, fastTrack: fastTrack2 };
}
var DECISION = [];
var decisionTime = defineRule({
  id: "decision-time",
  code: "rule.grant-decision-late",
  severity: "warning",
  configKeys: [
    "grants.decision_weeks",
    "grants.fast_track_decision_weeks",
    "grants.board_threshold",
    ...MONEY_KEYS,
    ...BOARD_CALENDAR_KEYS
  ],
  check(input, config2, now, report2) {
    const lead = leadTime(input.request, input.filed);
    if (!lead || hasPassed(lead, now)) return [];
    const expected = expectedDecision(input, config2, now);
    const due = lead.deposit ? `the deposit is due on ${lead.target}` : `the event starts on ${lead.target}`;
    const targetText = `its decision target, ${expected.target} (${plural(expected.weeks, "week")} after filing)`;
    if (expected.board) {
      const meeting = expected.board.meeting;
      const afterEvent = meeting !== void 0 && meeting > lead.target && !isShortNotice(lead, input.request, config2, now);
      const afterTarget = meeting !== void 0 && meeting > expected.target;
      if (!afterEvent && !afterTarget) return [];
      const threshold = formatAmount(config2.grants.board_threshold, config2.base_currency);
      const after = [
        ...afterEvent ? [`after ${due}`] : [],
        ...afterTarget ? [`after ${targetText}`] : []
      ];
      const afterText = after.join(", and ");
      return [
        report2(
          DECISION,
          `The board decides requests over ${threshold}, and the first board meeting that can decide this one is on ${meeting}: ${afterText}.`,
          `Grants WG: please review it early, so it is ready for that meeting. Applicant: if ${lead.deposit ? "the deposit" : "the event"} cannot wait, say so in the request; a request for at most ${threshold} is decided by the Grants WG alone, without waiting for the board.`
        )
      ];
    }
    if (expected.target <= lead.target) return [];
    return [
      report2(
        DECISION,
        `A decision can be expected by ${targetText}, which is after ${due}.`,
        `Grants WG: this one needs an answer sooner than usual. Applicant: say in the request by when you need to know, and what happens to ${lead.deposit ? "the deposit" : "the event"} without the grant.`
      )
    ];
  }
});

// src/decide/rules/grant/event-not-covered.ts
function eventNotCoveredKinds(input, kinds) {
  const { request } = input;
  return kindsNamed(
    [request.event.name, TYPE_NAMES2[request.grant_type]],
    kinds.filter((k) => k.events === true)
  );
}
var eventNotCovered = defineRule({
  id: "event-not-covered",
  code: "rule.grant-event-not-covered",
  severity: "warning",
  label: "not_covered",
  configKeys: ["grants.not_covered"],
  check(input, config2, _now, report2) {
    const kinds = eventNotCoveredKinds(input, config2.grants.not_covered);
    if (kinds.length === 0) return [];
    return [
      report2(
        ["event", "name"],
        `The event, ${quote3(input.request.event.name)}, is one of the kinds of events grants do not fund: ${listing(kinds)}.`,
        "If the name misleads (a conference with a side event of that kind, say), explain in the request what the grant pays for. Otherwise the event needs other funding: sponsors or ticket sales."
      )
    ];
  }
});

// src/decide/rules/grant/above-guide.ts
var aboveGuide = defineRule({
  id: "above-guide",
  code: "rule.grant-above-guide",
  severity: "warning",
  configKeys: ["grants.per_attendee_per_day", ...MONEY_KEYS],
  check({ request }, config2, _now, report2) {
    const per = config2.grants.per_attendee_per_day;
    const inBase = amountInBase(request, config2);
    if (per <= 0 || request.grant_type === "deposit-advance" || inBase === void 0) return [];
    const { start_date: start, end_date: end, expected_attendees: attendees } = request.event;
    const eventDays = validDate(start) && validDate(end) && end >= start ? daysBetween(parseDate(start), parseDate(end)) + 1 : 1;
    const guide = attendees * eventDays * per;
    if (roundCents(inBase) <= roundCents(guide)) return [];
    const base = config2.base_currency;
    return [
      report2(
        ["requested", "amount"],
        `The amount requested, ${requestedText(request, config2)}, is more than the guide of ${formatAmount(per, base)} per attendee per day: ${plural(attendees, "attendee")} \xD7 ${plural(eventDays, "day")} gives ${formatAmount(guide, base)}. The grant may be approved for less.`,
        "Explain in the request what makes the event need more (travel support, accessibility, childcare\u2026), or lower the amount."
      )
    ];
  }
});

// src/decide/rules/grant/budget-currency.ts
var budgetCurrency = defineRule({
  id: "budget-currency",
  code: "rule.grant-unknown-currency",
  severity: "error",
  configKeys: MONEY_KEYS,
  check({ request, budget }, config2, _now, report2) {
    return budget.filter((l) => l.currency !== request.requested.currency && l.inBase === void 0).map((l) => report2(["budget", l.index, "currency"], ...unknownCurrency(config2, l.currency)));
  }
});

// src/decide/rules/grant/budget-sum.ts
var SUM_TOLERANCE = 1;
var budgetSum = defineRule({
  id: "budget-sum",
  code: "rule.grant-budget-sum",
  severity: "error",
  configKeys: ["grants.not_covered", ...MONEY_KEYS],
  check({ request, budget: lines }, _config, _now, report2) {
    const { amount, currency } = request.requested;
    const excludedLines = lines.filter((l) => l.notCovered.length > 0);
    const counted2 = sum(lines.filter((l) => l.notCovered.length === 0));
    if (counted2 === void 0 || Math.abs(counted2 - amount) <= SUM_TOLERANCE) return [];
    const excluded = sum(excludedLines);
    if (excluded !== void 0 && excludedLines.length > 0 && Math.abs(counted2 + excluded - amount) <= SUM_TOLERANCE)
      return [];
    const money2 = (n) => formatAmount(n, currency);
    const diff = counted2 - amount;
    const items = excludedLines.length > 0 ? "The budget items that are covered (not counting those not covered, above)" : "The budget items";
    const message = `${items} add up to ${money2(counted2)}, but the amount requested is ${money2(amount)}: ${money2(Math.abs(diff))} ${diff < 0 ? "less" : "more"}.`;
    const hint = "Make them match: correct a cost, add the missing item, or change the amount requested.";
    return [report2(["budget"], message, hint)];
  }
});
function sum(lines) {
  let total = 0;
  for (const l of lines)
    total = total === void 0 || l.inRequested === void 0 ? void 0 : total + l.inRequested;
  return total;
}

// src/decide/rules/grant/code-of-conduct.ts
var codeOfConduct = defineRule({
  id: "code-of-conduct",
  code: "rule.grant-code-of-conduct",
  severity: "error",
  configKeys: ["grants.require_code_of_conduct"],
  check({ request }, config2, _now, report2) {
    if (!config2.grants.require_code_of_conduct || request.code_of_conduct?.url?.trim()) return [];
    return [
      report2(
        ["code_of_conduct", "url"],
        "The request has no Code of Conduct: events funded by the foundation must publish one.",
        "Add the link to the event's published Code of Conduct."
      )
    ];
  }
});

// src/decide/rules/grant/code-of-conduct-contact.ts
var codeOfConductContact = defineRule({
  id: "code-of-conduct-contact",
  code: "rule.grant-code-of-conduct-contact",
  severity: "error",
  configKeys: ["grants.require_code_of_conduct_contact"],
  check({ request }, config2, _now, report2) {
    if (!config2.grants.require_code_of_conduct_contact || request.code_of_conduct?.contact?.trim()) return [];
    return [
      report2(
        ["code_of_conduct", "contact"],
        "The request does not say who handles Code of Conduct reports.",
        "Add the email address or the name of the person or team attendees can report to."
      )
    ];
  }
});

// src/decide/rules/grant/deposit-after-event.ts
var depositAfterEvent = defineRule({
  id: "deposit-after-event",
  code: "rule.grant-deposit-after-event",
  severity: "warning",
  configKeys: [],
  check({ request, filed }, _config, _now, report2) {
    const lead = leadTime(request, filed);
    const start = request.event.start_date;
    if (!lead?.deposit || !validDate(start) || lead.target <= start) return [];
    return [
      report2(
        ["deposit", "due_date"],
        `The deposit is due on ${lead.target}, after the event starts on ${start}; a deposit advance pays deposits due before the event.`,
        "Check the due date. If the money is needed when the event takes place, request an event grant instead."
      )
    ];
  }
});

// src/decide/rules/grant/deposit-past.ts
var depositPast = defineRule({
  id: "deposit-past",
  code: "rule.grant-deposit-past",
  severity: "error",
  label: "late",
  configKeys: [],
  check({ request, filed }, _config, _now, report2) {
    const lead = leadTime(request, filed);
    if (!lead?.deposit || !passedAtFiling(lead)) return [];
    const passed = filed.known ? `before this request was filed on ${filed.date}` : "which has passed";
    return [
      report2(
        lead.path,
        `The deposit was due on ${lead.target}, ${passed}: a deposit advance is paid before the deposit is due.`,
        "If the date is a typo, correct it (YYYY-MM-DD); if the deposit is paid already, say how in the request."
      )
    ];
  }
});

// src/decide/rules/grant/end-before-start.ts
var endBeforeStart2 = defineRule({
  id: "end-before-start",
  code: "rule.grant-end-before-start",
  severity: "error",
  configKeys: [],
  check({ request }, _config, _now, report2) {
    const { start_date: start, end_date: end } = request.event;
    if (!validDate(start) || !validDate(end) || end >= start) return [];
    return [
      report2(
        ["event", "end_date"],
        `The event ends on ${end}, before it starts on ${start}.`,
        "Check both dates: the end date is the last day of the event, as YYYY-MM-DD."
      )
    ];
  }
});

// src/decide/rules/grant/event-started.ts
var eventStarted = defineRule({
  id: "event-started",
  code: "rule.grant-event-started",
  severity: "error",
  label: "late",
  configKeys: [],
  check({ request, filed }, _config, _now, report2) {
    const start = request.event.start_date;
    if (!validDate(start) || start > filed.date) return [];
    return [
      report2(
        ["event", "start_date"],
        `${startedText(start, filed)}: grants are decided before an event, not during or after it.`,
        "If the date is a typo, correct it (YYYY-MM-DD)."
      )
    ];
  }
});
function startedText(start, filed) {
  if (!filed.known)
    return start === filed.date ? `The event starts today (${start})` : `The event started on ${start}, which has passed`;
  return start === filed.date ? `This request was filed on ${start}, the day the event starts` : `The event started on ${start}, before this request was filed on ${filed.date}`;
}

// src/decide/rules/grant/late.ts
var late = defineRule({
  id: "late",
  code: "rule.grant-late",
  severity: "warning",
  label: "late",
  configKeys: ["grants.minimum_lead_days"],
  check({ request, filed }, config2, _now, report2) {
    const minimum = config2.grants.minimum_lead_days;
    const lead = leadTime(request, filed);
    if (!lead || passedAtFiling(lead) || lead.days >= minimum) return [];
    const when = lead.deposit ? `the deposit is due on ${lead.target}` : `the event starts on ${lead.target}`;
    const before = lead.days > 0 ? `${plural(lead.days, "day")} before ${when}` : `on the day ${when}`;
    return [
      report2(
        lead.path,
        `Grant requests are filed at least ${days(minimum)} before ${lead.subject}, so the Grants WG has time to review them. This one ${filedText(filed)}, ${before}: less than the minimum lead time, so it may be declined.`,
        "The dates cannot be changed now, and that is all right: say in the request why it is late and what happens to the event without the grant. The Grants WG decides whether it can still be considered."
      )
    ];
  }
});

// src/decide/rules/grant/not-covered.ts
var notCovered = defineRule({
  id: "not-covered",
  code: "rule.grant-not-covered",
  severity: "warning",
  label: "not_covered",
  configKeys: ["grants.not_covered"],
  check({ budget }, _config, _now, report2) {
    return budget.filter((l) => l.notCovered.length > 0).map(
      ({ index, item, currency, notCovered: kinds }) => report2(
        ["budget", index],
        `The budget item ${quote3(item.description)} (${formatAmount(item.cost, currency)}) is not covered: ${listing(kinds)}; it is not counted.`,
        `Grants do not cover ${listing(kinds, "or")}. Remove the item, and its cost from the amount requested; other funding can pay for it.`
      )
    );
  }
});

// src/decide/rules/grant/organisation-year.ts
var ORGANISATION_YEAR_KEYS = ["grants.organisation_cap_per_year", "paths.grants", ...MONEY_KEYS];
function organisationYear(input, config2, now) {
  const cap = config2.grants.organisation_cap_per_year;
  const inBase = amountInBase(input.request, config2);
  if (cap <= 0 || inBase === void 0) return void 0;
  const year = now.getUTCFullYear();
  const granted = grantedTo(input.ledger, input.request.organisation, year);
  const base = config2.base_currency;
  return {
    cap,
    year,
    granted,
    total: roundCents(granted.total + inBase),
    money: (amount) => formatAmount(amount, base),
    listed: listed(granted.grants, base)
  };
}
function listed(grants, base) {
  return grants.map((g) => `#${g.issue} ${formatAmount(g.granted_base ?? 0, base)}`).join(", ");
}

// src/decide/rules/grant/organisation-cap.ts
var organisationCap = defineRule({
  id: "organisation-cap",
  code: "rule.grant-organisation-cap",
  severity: "error",
  configKeys: ORGANISATION_YEAR_KEYS,
  check(input, config2, now, report2) {
    const org = organisationYear(input, config2, now);
    if (!org || org.total <= org.cap) return [];
    const { cap, year, granted, total, money: money2 } = org;
    const name2 = input.request.organisation.name;
    const left = roundCents(cap - granted.total);
    const already = granted.grants.length === 0 ? "" : `${name2} was already granted ${money2(granted.total)} in ${year} (${org.listed}); with this request, that is ${money2(total)}. `;
    return [
      report2(
        ["requested", "amount"],
        `${already}The foundation grants at most ${money2(cap)} to one organisation in a year.`,
        left > 0 ? `Lower the amount requested to at most ${money2(left)}, and the budget with it.` : `${name2} has reached the cap for ${year}; a grant decided in ${year + 1} counts toward the next year's cap.`
      )
    ];
  }
});

// src/decide/rules/grant/organisation-granted.ts
var organisationGranted = defineRule({
  id: "organisation-granted",
  code: "rule.grant-organisation-granted",
  severity: "warning",
  configKeys: ORGANISATION_YEAR_KEYS,
  check(input, config2, now, report2) {
    const org = organisationYear(input, config2, now);
    if (!org || org.granted.grants.length === 0 || org.total > org.cap) return [];
    const { cap, year, granted, total, money: money2 } = org;
    return [
      report2(
        ["organisation", "name"],
        `${input.request.organisation.name} was already granted ${money2(granted.total)} in ${year} (${org.listed}); with this request, that is ${money2(total)} of the ${money2(cap)} one organisation may be granted in a year.`,
        "Nothing to change: this is for the Grants WG to weigh."
      )
    ];
  }
});

// src/decide/rules/grant/other-funding.ts
var otherFunding = defineRule({
  id: "other-funding",
  code: "rule.grant-no-other-funding",
  severity: "suggestion",
  configKeys: [],
  check({ request }, _config, _now, report2) {
    if ((request.other_funding ?? []).some((s) => s.trim() !== "")) return [];
    return [
      report2(
        ["other_funding"],
        "No other funding sources are listed.",
        "List the sponsors, ticket sales and other grants that also fund the event, or say that there are none yet: the Grants WG weighs how the event is funded as a whole."
      )
    ];
  }
});

// src/decide/rules/grant/over-cap.ts
var overCap = defineRule({
  id: "over-cap",
  code: "rule.grant-over-cap",
  severity: "error",
  configKeys: ["grants.caps", ...MONEY_KEYS],
  check({ request }, config2, _now, report2) {
    const cap = config2.grants.caps[request.grant_type];
    const inBase = amountInBase(request, config2);
    if (cap === void 0 || inBase === void 0 || roundCents(inBase) <= cap) return [];
    const money2 = formatAmount(cap, config2.base_currency);
    return [
      report2(
        ["requested", "amount"],
        `A ${TYPE_NAMES2[request.grant_type]} grant is capped at ${money2}; this request is for ${requestedText(request, config2)}.`,
        `Lower the amount requested to at most ${money2}, and the budget with it.`
      )
    ];
  }
});

// src/decide/rules/grant/over-threshold.ts
var overThreshold = defineRule({
  id: "over-threshold",
  code: "rule.grant-over-threshold",
  severity: "note",
  label: "over_threshold",
  configKeys: ["grants.board_threshold", ...MONEY_KEYS],
  check({ request }, config2, _now, report2) {
    if (!isOverThreshold(request, config2)) return [];
    const threshold = formatAmount(config2.grants.board_threshold, config2.base_currency);
    return [
      report2(
        ["requested", "amount"],
        `The amount requested, ${requestedText(request, config2)}, is over ${threshold}: the Grants WG reviews the request and makes a recommendation, then the board decides.`
      )
    ];
  }
});

// src/decide/rules/grant/passed-undecided.ts
var passedUndecided = defineRule({
  id: "passed-undecided",
  code: "rule.grant-passed-undecided",
  severity: "warning",
  configKeys: ["grants.minimum_lead_days", "grants.board_threshold", ...MONEY_KEYS],
  check({ request, filed }, config2, now, report2) {
    const lead = leadTime(request, filed);
    if (!lead || !filed.known || passedAtFiling(lead) || !hasPassed(lead, now)) return [];
    const today = isoDate(now);
    const when = lead.deposit ? `The deposit was due on ${lead.target}` : lead.target === today ? `The event starts today (${lead.target})` : `The event started on ${lead.target}`;
    const inTime = lead.days >= config2.grants.minimum_lead_days ? "in time " : "";
    const deciders = isOverThreshold(request, config2) ? "Grants WG and board" : "Grants WG";
    const rule = lead.deposit ? "a deposit advance is decided before the deposit is due" : "grants are decided before the event";
    return [
      report2(
        lead.path,
        `${when}, and this request, filed ${inTime}on ${filed.date} (${plural(lead.days, "day")} before), is still waiting for a decision.`,
        `${deciders}: ${rule}; please decide now whether this request can still be granted (for costs already paid, if the foundation allows that) or close it, saying why. Applicant: nothing needs fixing; you may say in the request which costs are already paid and what is still needed.`
      )
    ];
  }
});

// src/decide/rules/grant/requested-currency.ts
var requestedCurrency = defineRule({
  id: "requested-currency",
  code: "rule.grant-unknown-currency",
  severity: "error",
  configKeys: MONEY_KEYS,
  check({ request }, config2, _now, report2) {
    if (amountInBase(request, config2) !== void 0) return [];
    return [report2(["requested", "currency"], ...unknownCurrency(config2, request.requested.currency))];
  }
});

// src/decide/rules/grant/unmarked-essentials.ts
var unmarkedEssentials = defineRule({
  id: "unmarked-essentials",
  code: "rule.grant-no-essential-items",
  severity: "suggestion",
  configKeys: [],
  check({ budget }, _config, _now, report2) {
    if (budget.length < 2 || budget.some((l) => l.item.essential === true)) return [];
    return [
      report2(
        ["budget"],
        "No budget item is marked essential.",
        "Add `(essential)` after the cost of the items the event cannot happen without, e.g. `- Venue rental: 6,000 USD (essential)`: if the grant is less than requested, the Grants WG knows what to fund first."
      )
    ];
  }
});

// src/decide/rules/grant/vague-budget.ts
var VAGUE = [
  "misc",
  "miscellaneous",
  "miscellaneous costs",
  "miscellaneous expenses",
  "misc costs",
  "misc expenses",
  "other",
  "other costs",
  "other expenses",
  "other items",
  "various",
  "various costs",
  "various expenses",
  "general",
  "general costs",
  "general expenses",
  "sundries",
  "costs",
  "expenses",
  "etc",
  "tbd",
  "tbc",
  "everything",
  "all costs",
  "all expenses",
  "event costs",
  "event expenses",
  "contingency",
  "buffer"
].map((w) => stems(w).join(" "));
function isVague(description) {
  return VAGUE.includes(stems(description).join(" "));
}
function namesSeveralCosts(description) {
  return description.split(/\s*(?:[,;&+/]|\band\b)\s*/i).filter((part) => part.trim() !== "").length >= 2;
}
var vagueBudget = defineRule({
  id: "vague-budget",
  code: "rule.grant-vague-budget",
  severity: "suggestion",
  configKeys: [],
  check({ request, budget }, _config, _now, report2) {
    const only = budget.length === 1 ? budget[0] : void 0;
    if (only && (isVague(only.item.description) || namesSeveralCosts(only.item.description))) {
      return [
        report2(
          ["budget"],
          `The budget is one line for everything: ${quote3(only.item.description)}, ${formatAmount(only.item.cost, only.currency)}.`,
          "Split it into the costs it is made of (venue, catering, captioning, travel support\u2026), one per line, each with its cost: the Grants WG funds specific costs."
        )
      ];
    }
    return budget.filter((l) => isVague(l.item.description) && (l.item.category ?? "").trim() === "").map(
      (l) => report2(
        ["budget", l.index],
        `The budget item ${quote3(l.item.description)} (${formatAmount(l.item.cost, l.currency)}) does not say what it pays for.`,
        `Name the costs it covers, one per line, or leave it out${request.budget.length > 1 ? " if it is a margin for the unexpected" : ""}: the Grants WG funds specific costs.`
      )
    );
  }
});

// src/decide/rules/grant/index.ts
var GRANT_RULES = [
  requestedCurrency,
  overThreshold,
  overCap,
  organisationCap,
  organisationGranted,
  aboveGuide,
  endBeforeStart2,
  eventStarted,
  depositAfterEvent,
  depositPast,
  passedUndecided,
  late,
  shortNotice,
  decisionTime,
  eventNotCovered,
  budgetCurrency,
  notCovered,
  budgetSum,
  vagueBudget,
  unmarkedEssentials,
  otherFunding,
  codeOfConduct,
  codeOfConductContact,
  fastTrack
];
var GRANT_FLOW_LABELS = ["grant", "needs_info", "grants_wg_review"];
function ownedGrantLabels(config2) {
  return new Set([...GRANT_FLOW_LABELS, ...ruleLabelKeys(GRANT_RULES)].map((key) => config2.labels[key]));
}

// src/decide/rules/grant/input.ts
function filingOf(createdAt, now) {
  const at = createdAt === void 0 || createdAt === "" ? void 0 : new Date(createdAt);
  return at && !Number.isNaN(at.getTime()) ? { date: isoDate(at), known: true } : { date: isoDate(now), known: false };
}
function grantInput(request, config2, filed, previousGrantYears = [], ledger2 = []) {
  return { request, filed, previousGrantYears, budget: budgetLines(request, config2), ledger: ledger2 };
}

// src/decide/rules/grant.ts
function grantPolicy(request, context) {
  const { config: config2, now, ledger: ledger2 = [] } = context;
  const previousGrantYears = [
    ...context.previousGrantYears ?? [],
    ...fundedYears(ledger2, request.organisation)
  ];
  const input = grantInput(request, config2, filingOf(context.filedAt, now), previousGrantYears, ledger2);
  const { findings, labels } = runRules(GRANT_RULES, input, config2, now);
  const set = new Set(labels);
  const flags = {
    overThreshold: set.has("over_threshold"),
    late: set.has("late"),
    shortNotice: set.has("short_notice"),
    notCovered: set.has("not_covered") ? notCoveredIn(input, config2) : [],
    fastTrack: set.has("fast_track")
  };
  const decision = expectedDecision(input, config2, now);
  const result = {
    findings,
    flags,
    labels: labels.map((key) => config2.labels[key]),
    amountInBase: amountInBase(request, config2) ?? Number.NaN,
    countedBudget: countedBudget(input.budget),
    filed: input.filed,
    decision
  };
  const meeting = decision.board?.meeting;
  return meeting ? { ...result, reviewingMeeting: meeting } : result;
}
function notCoveredIn(input, config2) {
  const found = /* @__PURE__ */ new Set([
    ...notCoveredFound(input.budget, config2),
    ...eventNotCoveredKinds(input, config2.grants.not_covered)
  ]);
  return config2.grants.not_covered.map((k) => k.name).filter((n) => found.has(n));
}

// src/decide/request.ts
var REQUEST_COMMENT = "request-report";
function requestKind(labels, body, config2) {
  if (labels.includes(config2.labels.grant)) return "grant";
  if (labels.includes(config2.labels.charter)) return "charter";
  if (parseFormBody(body, "grant").fromForm) return "grant";
  if (parseFormBody(body, "charter").fromForm) return "charter";
  return void 0;
}
function decideRequest(input) {
  return input.kind === "grant" ? decideGrant(input) : decideCharter(input);
}
function decideGrant(input) {
  const { config: config2, issue, now } = input;
  const form = grantFromForm(issue.body, { author: issue.author, config: config2 });
  const policy = form.request ? grantPolicy(form.request, { config: config2, now, ledger: input.ledger ?? [], filedAt: issue.createdAt }) : void 0;
  const findings = [...form.findings, ...policy?.findings ?? []];
  const valid = form.fromForm && form.request !== void 0 && !findings.some((f) => f.severity === "error");
  const L = config2.labels;
  const flags = policy?.labels ?? [];
  const status2 = statusLabels2(
    input,
    [L.needs_info, L.grants_wg_review],
    valid ? L.grants_wg_review : L.needs_info,
    [L.board_review]
  );
  const owned = ownedGrantLabels(config2);
  const request = form.request;
  const facts = request ? [
    ["Applicant", `${request.applicant.name} (${request.applicant.github})`],
    ["Organisation", request.organisation.name],
    [
      "Event",
      `${request.event.name}, ${request.event.start_date} to ${request.event.end_date}, ${request.event.location}`
    ],
    ["Expected attendees", String(request.event.expected_attendees)],
    ["Amount requested", amountFact(request, policy, config2)],
    ...policy ? [
      [
        "Filed",
        policy.filed.known ? policy.filed.date : `not known (counted as ${policy.filed.date})`
      ]
    ] : [],
    // The target, named as such: over the threshold the board's meeting may come later, and the row below says so.
    ...policy ? [["Decision target", policy.decision.target]] : [],
    ...policy?.reviewingMeeting ? [["Earliest board meeting", policy.reviewingMeeting]] : []
  ] : [];
  const comment = renderReport(
    input,
    "grant",
    form.fromForm,
    findings,
    facts,
    valid ? grantNext(input, request, policy) : ""
  );
  return {
    kind: "grant",
    valid,
    labels: [L.grant, ...status2, ...flags],
    ownsLabel: (l) => owned.has(l),
    comment,
    summary: valid ? "grant request complete: routed to the Grants WG" : `grant request needs info (${errorCount(findings)} errors)`,
    findings,
    grant: request,
    policy
  };
}
function decideCharter(input) {
  const { config: config2, issue, now, existingSlugs } = input;
  const form = charterFromForm(issue.body, { config: config2 });
  const rules = form.charter ? proposalRules(form.charter, { config: config2, now, existingSlugs: new Set(existingSlugs) }) : [];
  const findings = [...form.findings, ...rules];
  const valid = form.fromForm && form.charter !== void 0 && !findings.some((f) => f.severity === "error");
  const L = config2.labels;
  const status2 = statusLabels2(
    input,
    [L.needs_info, L.board_review],
    valid ? L.board_review : L.needs_info,
    []
  );
  const owned = ownedProposalLabels(config2);
  const charter2 = form.charter;
  const facts = charter2 ? [
    ["Work group", `${charter2.name} (${charter2.slug})`],
    ["Chairs", charter2.participants.chairs.join(", ")],
    ["Members", `${charter2.participants.members.length}: ${charter2.participants.members.join(", ")}`],
    ["Active time", `${charter2.active_time.start} to ${charter2.active_time.review} (review)`]
  ] : [];
  const meeting = reviewingMeeting(config2.board, now);
  const next = valid ? `It goes to **board review**${meeting ? `: the next board meeting that can consider it is on **${meeting}**` : ""}. When the board approves it, wgbot opens a pull request that adds \`${config2.paths.workgroups}/${charter2?.slug}/charter.yml\`.` : "";
  return {
    kind: "charter",
    valid,
    labels: [L.charter, ...status2],
    ownsLabel: (l) => owned.has(l),
    comment: renderReport(input, "charter", form.fromForm, findings, facts, next),
    summary: valid ? "charter proposal complete: routed to board review" : `charter proposal needs info (${errorCount(findings)} errors)`,
    findings,
    charter: charter2
  };
}
function statusLabels2(input, managed, wanted, laterStages) {
  const L = input.config.labels;
  const current = input.issue.labels;
  const moved = [L.approved, L.declined, L.deferred, ...laterStages].some((l) => current.includes(l));
  return moved ? managed.filter((l) => current.includes(l)) : [wanted];
}
function amountFact(request, policy, config2) {
  const asked2 = formatAmount(request.requested.amount, request.requested.currency);
  if (request.requested.currency === config2.base_currency || !policy || Number.isNaN(policy.amountInBase))
    return asked2;
  return `${asked2} (\u2248 ${formatAmount(policy.amountInBase, config2.base_currency)})`;
}
function grantNext(input, request, policy) {
  const { config: config2, owner } = input;
  const team = config2.teams.mention_grants_wg ? ` (@${owner}/${config2.teams.grants_wg})` : "";
  const threshold = formatAmount(config2.grants.board_threshold, config2.base_currency);
  const route = `It goes to the **Grants Work Group**${team} for review.`;
  if (!request || !policy) return route;
  const { target, weeks } = policy.decision;
  const expected = `a decision can be expected by **${target}**, ${weeks} weeks after it was filed`;
  if (policy.flags.overThreshold) {
    const meeting = policy.reviewingMeeting ? ` The earliest board meeting that can decide it is on **${policy.reviewingMeeting}**.` : " No board meeting that could decide it is scheduled yet.";
    return `${route}${meeting}`;
  }
  if (policy.flags.fastTrack) return `${route} It is on the **fast track**.`;
  return `${route} For requests up to ${threshold}, the Grants WG's decision is final: ${expected}.`;
}
function renderReport(input, form, fromForm, findings, facts, next) {
  const item = (f) => ({
    field: f.message.startsWith("**") ? void 0 : escapeMarkdown(fieldOf(form, f)),
    message: escapeMessage(f.message),
    hint: f.hint ? escapeMessage(f.hint) : void 0
  });
  const errors = findings.filter((f) => f.severity === "error").map(item);
  const warnings = findings.filter((f) => f.severity === "warning").map(item);
  const suggestions = findings.filter((f) => f.severity === "suggestion").map(item);
  const what = form === "grant" ? "grant request" : "work group proposal";
  return render(input.templates, "request-report", {
    what,
    formName: form === "grant" ? "Grant request" : "New work group",
    notFromForm: !fromForm,
    ready: fromForm && errors.length === 0,
    heading: readyHeading(what, form === "grant" ? "the Grants WG" : "board review", warnings, suggestions),
    errors,
    warnings,
    suggestions,
    notes: findings.filter((f) => f.severity === "note").map(item),
    // Echoed answers are shortened: a comment must fit in GitHub's limit, whatever was typed.
    facts: facts.map(([label, value]) => ({ label, value: escapeMarkdown(truncate(value ?? "", 300)) })),
    next
  });
}
function fieldOf(form, finding2) {
  const head = finding2.path[0];
  const map = form === "grant" ? GRANT_FIELDS : CHARTER_FIELDS;
  const id = typeof head === "string" ? fieldForPath(map, finding2.path) ?? head : void 0;
  if (id === void 0) return form === "grant" ? "Request" : "Proposal";
  try {
    return fieldLabel(form, id);
  } catch {
    return id;
  }
}
function errorCount(findings) {
  return findings.filter((f) => f.severity === "error").length;
}

// src/gather/workgroups.ts
async function gatherWorkgroupSlugs(github, repo, config2) {
  try {
    const { data } = await github.rest.repos.getContent({ ...repo, path: config2.paths.workgroups });
    if (!Array.isArray(data)) return /* @__PURE__ */ new Set();
    return new Set(data.filter((entry) => entry.type === "dir").map((entry) => entry.name));
  } catch (error2) {
    if (error2.status === 404) return /* @__PURE__ */ new Set();
    throw error2;
  }
}
var FILES_PER_QUERY = 500;
async function gatherFileTexts(github, repo, paths, ref = "HEAD") {
  const texts = /* @__PURE__ */ new Map();
  for (let start = 0; start < paths.length; start += FILES_PER_QUERY) {
    const batch = paths.slice(start, start + FILES_PER_QUERY);
    const vars = batch.map((_, i) => `$f${i}: String!`).join(", ");
    const fields = batch.map((_, i) => `f${i}: object(expression: $f${i}) { ... on Blob { text isTruncated } }`).join("\n    ");
    const query2 = `query WgbotFileTexts($owner: String!, $name: String!, ${vars}) {
  repository(owner: $owner, name: $name) {
    ${fields}
  }
}`;
    const variables = { owner: repo.owner, name: repo.repo };
    batch.forEach((path, i) => {
      variables[`f${i}`] = `${ref}:${path}`;
    });
    const answer = await graphql(github, query2, variables);
    batch.forEach((path, i) => {
      const blob = answer.repository?.[`f${i}`];
      if (typeof blob?.text === "string" && !blob.isTruncated) texts.set(path, blob.text);
    });
  }
  return texts;
}

// src/flows/board-meeting/escalation.ts
function escalationRound(facts, item, now, then) {
  const L = facts.config.labels;
  const escalated = item.state === "open" && item.labels.includes(L.board_review);
  const current = meetingOf(item);
  if (escalated) {
    const meeting = current ?? reviewingMeeting(facts.config.board, now);
    if (!meeting) return then?.(facts);
    return refreshRound(facts, meeting, [{ ...item, milestone: milestoneTitle(meeting) }], then);
  }
  if (current === void 0) return then?.(facts);
  const decided = [L.approved, L.declined, L.deferred, L.at_risk].some((l) => item.labels.includes(l));
  if (decided) return refreshRound(facts, current, [item], then);
  const { milestone: _, ...off } = item;
  return refreshRound(facts, current, [off], then);
}
async function escalationAfter(ctx, config2, item, writes) {
  const after = { ...item, labels: labelsAfter(item.number, item.labels, writes) };
  const L = config2.labels;
  if (!after.labels.includes(L.board_review) && meetingOf(after) === void 0) return [];
  return (await runChain(escalationRound(boardFacts(config2), after, ctx.now), ctx)).writes;
}
async function syncBoard(ctx, config2, governance) {
  const meeting = reviewingMeeting(config2.board, ctx.now);
  if (!meeting) return [];
  const first = round(
    async (ctx2) => {
      let reports;
      if (governance) {
        const files = reportsForMeeting(governance.state, config2, meeting);
        const texts = files.length > 0 ? await gatherFileTexts(
          ctx2.github,
          ctx2.repo,
          shownReports(files).map((f) => f.path)
        ) : /* @__PURE__ */ new Map();
        reports = renderReportsSection(files, texts, governance.branch ?? "HEAD", governance.url);
      }
      const milestones = await gatherMilestones(ctx2.github, ctx2.repo);
      const read2 = boardFacts(config2, { milestones, ...reports === void 0 ? {} : { reports } });
      if (milestones.some((m) => m.title === milestoneTitle(meeting)))
        return { facts: read2, exists: true, waiting: 0 };
      const labels = [config2.labels.board_review, config2.labels.at_risk];
      const lists = await Promise.all(labels.map((l) => gatherOpenLabelled(ctx2.github, ctx2.repo, l)));
      const facts = { ...read2, labelled: new Map(labels.map((l, i) => [l, lists[i] ?? []])) };
      const self = await ctx2.self();
      const unscheduled = lists.flat().filter((i) => {
        const m = i.milestone ? meetingOfMilestone(i.milestone.title) : void 0;
        return !isAgendaIssue(i, self) && (!i.milestone || m !== void 0 && m < isoDate(ctx2.now));
      });
      return { facts, exists: false, waiting: unscheduled.length };
    },
    ({ facts, exists, waiting }) => {
      if (exists) return goOn(() => refreshRound(facts, meeting, []));
      if (waiting === 0 && !facts.reports) return { writes: [] };
      return goOn(() => milestoneRound(facts, meeting, true, (known) => refreshRound(known, meeting, [])));
    }
  );
  return (await runChain(first, ctx)).writes;
}

// src/flows/request.ts
function requestRounds(known) {
  return {
    gather: (event, ctx) => gatherRequest(event, ctx, known),
    decide: (s, now) => decideRequest({
      kind: s.kind,
      issue: {
        number: s.issue.number,
        title: s.issue.title,
        body: s.issue.body ?? "",
        author: s.author,
        labels: s.labels,
        // Lead time and decision target count from filing, not from this edit or redelivery.
        ...s.issue.created_at ? { createdAt: s.issue.created_at } : {}
      },
      owner: s.owner,
      config: s.config,
      now,
      existingSlugs: s.existingSlugs,
      templates: s.templates,
      ledger: s.ledger
    }),
    writes: (plan, s) => [
      ...labelWrites(s.issue.number, s.labels, plan.labels, plan.ownsLabel),
      ...stickyWrites(s.issue.number, s.comments, REQUEST_COMMENT, plan.comment, s.self)
    ],
    report: (plan, s) => ({
      flow: `${s.kind}-request`,
      summary: `#${s.issue.number} ${plan.summary}`,
      plan,
      problems: plan.findings.map((f) => ({
        file: `issue #${s.issue.number}`,
        severity: f.severity,
        code: f.code,
        message: f.message,
        hint: f.hint,
        field: formatPath(f.path) || void 0
      }))
    }),
    // A request in board review goes on a board meeting's milestone and agenda.
    next: (_plan, s, writes, ctx) => escalationAfter(ctx, s.config, boardItemOf(s.issue), writes)
  };
}
async function gatherRequest(event, ctx, known) {
  const payload = event.payload.issue;
  if (!payload || payload.pull_request) return { ignored: "not an issue" };
  if (payload.state === "closed") return { ignored: `#${payload.number} is closed` };
  const author = payload.user?.login ?? "";
  const { config: config2, problems } = known ? { config: known, problems: [] } : await gatherConfig(ctx.github, ctx.repo, ctx.configs);
  if (problems.length > 0)
    ctx.log.warn(`.github/wgbot.yml has ${problems.length} problem(s); using what is valid.`);
  const kind = requestKind(labelNames(payload), payload.body ?? "", config2);
  if (!kind) return { ignored: `#${payload.number} is neither a charter proposal nor a grant request` };
  const issue = await gatherIssue(ctx.github, ctx.repo, payload.number);
  if (issue.state === "closed") return { ignored: `#${issue.number} is closed` };
  const templates = await gatherTemplates(ctx.github, ctx.repo, config2);
  const existingSlugs = kind === "charter" ? await gatherWorkgroupSlugs(ctx.github, ctx.repo, config2) : /* @__PURE__ */ new Set();
  const ledgerYears = kind === "grant" ? ledgerYearsFor(config2.grants, ctx.now) : [];
  const ledger2 = (await gatherLedger(ctx.github, ctx.repo, config2, ledgerYears)).entries;
  const comments = await gatherComments(
    ctx.github,
    ctx.repo,
    issue.number,
    issue.comments
  );
  const state = {
    kind,
    config: config2,
    issue,
    author,
    labels: labelNames(issue),
    owner: ctx.repo.owner,
    templates,
    existingSlugs,
    comments,
    self: await ctx.self(),
    ledger: ledger2
  };
  return { state };
}
function requestFlow(event, ctx, config2) {
  return runRounds(requestRounds(config2), event, ctx);
}
var requestModule = {
  name: "request",
  events: ["issues.opened", "issues.edited", "issues.reopened"],
  handle: (event, ctx) => requestFlow(event, ctx)
};

// src/flows/commands/recheck.ts
var refusal = (error2) => ({
  gather: async (event, ctx) => {
    const issue = event.payload.issue?.number ?? 0;
    const comments = await gatherComments(ctx.github, ctx.repo, issue);
    return {
      state: { issue, commandId: event.payload.comment?.id ?? 0, comments, self: await ctx.self(), error: error2 }
    };
  },
  decide: (s) => s.error ?? "Only the author of this issue or a maintainer of this repository can use `/recheck`.",
  writes: (text, s) => replyWrites(s.issue, s.comments, s.commandId, text, s.self),
  report: (_text, s) => ({ flow: "recheck-refused", summary: `refused /recheck on #${s.issue}` })
});
var recheckCommand = {
  name: "recheck",
  command: "recheck",
  handle: async (event, ctx) => {
    const { issue, comment } = event.payload;
    if (!issue || issue.pull_request) return ignored("not an issue");
    if (issue.state === "closed") return ignored(`#${issue.number} is closed`);
    const parsed = parseCommand(comment?.body);
    if (!parsed || commandName(parsed) !== "recheck") return ignored("comment is not /recheck");
    const association = String(
      comment?.author_association ?? ""
    );
    const commenter = comment?.user?.login ?? "";
    const allowed = commenter === (issue.user?.login ?? "") || ["OWNER", "MEMBER", "COLLABORATOR"].includes(association);
    if (!allowed || !parsed.ok) return runRounds(refusal(parsed.ok ? void 0 : parsed.error), event, ctx);
    return requestFlow(event, ctx);
  }
};

// src/flows/commands/recommend.ts
var recommendCommand = {
  name: "recommend-command",
  command: "recommend",
  // Round 1 (the reply) as the other flows declare theirs; its decision names the rounds after it.
  gather: decisionCommand.gather,
  decide: decisionCommand.decide,
  handle: decisionCommandFlow
};

// src/flows/protected-labels.ts
function addedBy(event, repo) {
  const label = event.payload.label?.name;
  const target = event.payload.issue ?? event.payload.pull_request;
  if (!label || !target) return void 0;
  return { label, sender: event.payload.sender?.login ?? "", number: target.number, repo };
}
var labelGuard = {
  async gather(event, ctx) {
    const added = addedBy(event, ctx.repo);
    if (!added) return { ignored: "no label or item" };
    const { label, sender, number } = added;
    const { config: config2 } = await gatherConfig(ctx.github, ctx.repo, ctx.configs);
    if (!protectedLabels(config2).includes(label)) return { ignored: `${label} is not protected` };
    const isMember = teamMembership(ctx.github, ctx.repo.owner, ctx.log);
    if (sender && await isMember(config2.teams.board, sender)) {
      if (label !== config2.labels.board_review) return { state: { ...added, kind: "member", config: config2 } };
      const item2 = boardItemOf(await gatherIssue(ctx.github, ctx.repo, number));
      return { state: { ...added, kind: "member", config: config2, item: item2 } };
    }
    const item = boardItemOf(await gatherIssue(ctx.github, ctx.repo, number));
    const comments = await gatherComments(ctx.github, ctx.repo, item.number);
    return { state: { ...added, kind: "outsider", config: config2, item, comments, self: await ctx.self() } };
  },
  decide(s, now) {
    const { label, sender } = s;
    if (s.kind === "member") {
      if (!s.item) return { writes: [], summary: `added by board member ${sender}` };
      const item2 = s.item;
      return {
        writes: [],
        summary: `added by board member ${sender}: on the board's agenda`,
        next: () => escalationRound(boardFacts(s.config), item2, now)
      };
    }
    const { config: config2, item, self } = s;
    const implied = (comments) => statusesAfter(recordsIn(comments, self), itemKind(item, config2), config2).includes(label);
    if (implied(s.comments)) return { writes: [], summary: "matches the recorded decision: kept" };
    const reply = (comments) => {
      const writes = stickyWrites(
        item.number,
        comments,
        `protected-label:${label}:${sender}`,
        refusal2(sender, label, s.repo, config2),
        self
      );
      return { writes, next: (_answers, dryRun) => dryRun ? void 0 : settleRoundOf(writes) };
    };
    const removed = { summary: `added by ${sender}, who is not on the board: removed` };
    if (!item.labels.includes(label)) return { ...reply(s.comments), ...removed };
    return {
      writes: [{ kind: "remove-label", issue: item.number, label }],
      ...removed,
      // A /recommend or /board racing this event may have recorded a decision that implies the label since the
      // records were read: read them again, after the removal, and put the label back if so.
      next: (_answers, dryRun) => dryRun ? pure(() => reply(s.comments)) : round(
        (ctx) => gatherComments(ctx.github, ctx.repo, item.number),
        (again) => implied(again) ? {
          writes: [{ kind: "add-labels", issue: item.number, labels: [label] }],
          summary: "implied by a decision recorded meanwhile: kept"
        } : reply(again)
      )
    };
  }
};
async function protectedLabelFlow(event, ctx) {
  const chained = await runChainFlow(labelGuard, event, ctx);
  if (chained.ignored !== void 0) return ignored(chained.ignored);
  const { label, number } = addedBy(event, ctx.repo);
  return {
    flow: "protected-label",
    summary: counted(`#${number} ${label}: ${chained.summary ?? ""}`, chained.writes.length),
    writes: chained.writes
  };
}
function refusal2(sender, label, repo, config2) {
  return `${mention(sender)}, only members of the board team (${inlineCode(`${repo.owner}/${config2.teams.board}`)}) can add ${inlineCode(label)}, so wgbot removed it again. The board decides with \`/board approve|decline|defer [amount] [note]\`; the Grants Work Group recommends with \`/recommend approve|decline [amount] [reason]\`.
`;
}
var protectedLabelsModule = {
  name: "protected-label",
  events: ["issues.labeled", "pull_request.labeled"],
  gather: labelGuard.gather,
  decide: labelGuard.decide,
  handle: protectedLabelFlow
};

// src/validate/rules/report/before-start.ts
function beforeStart(r, charter2) {
  return r.period < monthOf(charter2.active_time.start);
}
var beforeStartRule = defineRule({
  id: "before-start",
  code: "rule.before-start",
  severity: "warning",
  configKeys: [],
  check({ report: r, charter: charter2 }, _config, _now, report2) {
    if (charter2 === void 0 || charter2 === "invalid" || charter2.status === "proposed") return [];
    if (!beforeStart(r, charter2)) return [];
    return [
      report2(
        ["period"],
        `The period ${r.period} is before the work group's charter starts (${charter2.active_time.start}), so wgbot does not count this report.`,
        "If this is a new report, check the month in the file name and in `period`; a report of an earlier term of a revived work group can stay as it is."
      )
    ];
  }
});

// src/validate/rules/report/future-period.ts
var futurePeriod = defineRule({
  id: "future-period",
  code: "rule.future-period",
  severity: "error",
  configKeys: [],
  check({ report: r, currentMonth }, _config, _now, report2) {
    if (r.period <= currentMonth) return [];
    return [
      report2(
        ["period"],
        `The period ${r.period} is in the future.`,
        "A report covers a month that has started or ended."
      )
    ];
  }
});

// src/validate/rules/report/no-charter.ts
var noCharter = defineRule({
  id: "no-charter",
  code: "rule.no-charter",
  severity: "error",
  configKeys: [],
  check({ charter: charter2, folderSlug }, _config, _now, report2) {
    if (charter2 !== void 0) return [];
    return [
      report2(
        ["workgroup"],
        `There is no charter for the work group \`${folderSlug}\`.`,
        `Add workgroups/${folderSlug}/charter.yml, or check the folder name.`
      )
    ];
  }
});

// src/validate/rules/report/period-file.ts
var periodFile = defineRule({
  id: "period-file",
  code: "rule.period-file",
  severity: "error",
  configKeys: [],
  check({ report: r, fileMonth }, _config, _now, report2) {
    if (r.period === fileMonth) return [];
    return [
      report2(
        ["period"],
        `The period ${r.period} does not match the file name ${fileMonth}.yml.`,
        `Set \`period: "${fileMonth}"\`, or rename the file to ${r.period}.yml.`
      )
    ];
  }
});

// src/validate/rules/report/submitter-not-member.ts
var submitterNotMember = defineRule({
  id: "submitter-not-member",
  code: "rule.submitter-not-member",
  severity: "error",
  configKeys: [],
  check({ report: r, charter: charter2 }, _config, _now, report2) {
    if (charter2 === void 0 || charter2 === "invalid") return [];
    if (charterPeople(charter2).has(r.submitted_by.toLowerCase())) return [];
    return [
      report2(
        ["submitted_by"],
        `\`${r.submitted_by}\` is not a chair or member of \`${charter2.slug}\` according to its charter.`,
        "Reports are submitted by a chair or member; add them to the charter first if they joined."
      )
    ];
  }
});
function charterPeople(charter2) {
  const people = new Set(charter2.participants.members.map((m) => m.toLowerCase()));
  for (const chair of charter2.participants.chairs) people.add(chair.toLowerCase());
  return people;
}

// src/validate/rules/report/workgroup-folder.ts
var workgroupFolder = defineRule({
  id: "workgroup-folder",
  code: "rule.workgroup-folder",
  severity: "error",
  configKeys: [],
  check({ report: r, folderSlug }, _config, _now, report2) {
    if (r.workgroup === folderSlug) return [];
    return [
      report2(
        ["workgroup"],
        `The work group \`${r.workgroup}\` does not match the folder \`${folderSlug}\`.`,
        `Set \`workgroup: ${folderSlug}\`, or move the report to workgroups/${r.workgroup}/reports/.`
      )
    ];
  }
});

// src/validate/rules/report/workgroup-not-active.ts
var workgroupNotActive = defineRule({
  id: "workgroup-not-active",
  code: "rule.workgroup-not-active",
  severity: "error",
  configKeys: [],
  check({ report: r, charter: charter2 }, _config, _now, report2) {
    if (charter2 === void 0 || charter2 === "invalid") return [];
    if (charter2.status === "proposed") {
      return [
        report2(
          ["workgroup"],
          `The work group \`${charter2.slug}\` is only proposed; it reports once the board has approved it.`
        )
      ];
    }
    const { end } = charter2.active_time;
    const stopped = charter2.status === "inactive" || charter2.status === "retired";
    if (!stopped || beforeStart(r, charter2) || end && r.period <= monthOf(end)) return [];
    return [
      report2(
        ["workgroup"],
        `The work group \`${charter2.slug}\` is ${charter2.status}${end ? ` since ${monthName(monthOf(end))}` : ""}; it cannot file a report for ${monthName(r.period)}.`,
        "Ask the board to revive the work group (set its status back to active) before reporting."
      )
    ];
  }
});

// src/validate/rules/report/index.ts
var REPORT_RULES = [
  periodFile,
  workgroupFolder,
  futurePeriod,
  noCharter,
  workgroupNotActive,
  beforeStartRule,
  submitterNotMember
];

// src/validate/rules/report.ts
var NO_CONFIG = void 0;
function reportRules(report2, context) {
  return runRules(REPORT_RULES, { ...context, report: report2 }, NO_CONFIG, UNDATED).findings;
}

// src/decide/base-charter.ts
function parseBaseCharter(text, slug, config2) {
  if (text === void 0) return { kind: "missing" };
  if (text === null) return { kind: "invalid" };
  const doc = checkYamlDocument(`base:${slug}`, text, "charter");
  if (!doc.data) return { kind: "invalid" };
  if (charterRules(doc.data, { config: config2, folderSlug: slug }).some((f) => f.severity === "error"))
    return { kind: "invalid" };
  return { kind: "valid", charter: doc.data };
}
function authorFinding(pull, slug, base, config2) {
  const author = pull.author;
  const file = `${config2.paths.workgroups}/${slug}/charter.yml`;
  if (base.kind === "missing")
    return error(
      "rule.no-charter",
      [],
      `There is no charter for \`${slug}\` on \`${pull.baseRef}\`, so \`${author}\` cannot be confirmed as a chair or member.`,
      `A work group's charter (${file}) is merged before its reports; check the folder name.`
    );
  if (base.kind === "invalid")
    return error(
      "rule.author-unconfirmed",
      [],
      `The charter of \`${slug}\` on \`${pull.baseRef}\` has problems, so \`${author}\` cannot be confirmed as a chair or member.`,
      `Fix ${file} on \`${pull.baseRef}\` first.`
    );
  const people = new Set(
    [...base.charter.participants.members, ...base.charter.participants.chairs].map(lower)
  );
  if (people.has(author.toLowerCase())) return void 0;
  return error(
    "rule.author-not-member",
    [],
    `\`${author}\` opened this pull request but is not a chair or member of \`${slug}\` according to its charter on \`${pull.baseRef}\` (chairs: ${base.charter.participants.chairs.join(", ")}).`,
    "Ask a chair or member to open the pull request, or add yourself to the charter's participants first (a change the board reviews)."
  );
}
function lower(s) {
  return s.toLowerCase();
}
function charterChanges(before, after) {
  const set = (list) => [...new Set(list.map(lower))].sort().join(",");
  const changes = [];
  if (before.status !== after.status) changes.push(`status (${before.status} \u2192 ${after.status})`);
  if (set(before.participants.chairs) !== set(after.participants.chairs)) changes.push("chairs");
  if (set(before.participants.members) !== set(after.participants.members)) changes.push("members");
  return changes;
}

// src/decide/report-pr-check-run.ts
import { createHash } from "node:crypto";
var CHECK_NAME = "wgbot";
var MAX_ANNOTATIONS = 500;
var MAX_LISTED = 50;
var DIGEST = "digest ";
function digestMarker(digest) {
  return marker(`${DIGEST}${digest}`);
}
function hasDigest(summary) {
  return markersIn(summary).some((name2) => name2.startsWith(DIGEST));
}
function checkRunOf(pull, problems, boardReview, counts) {
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  const files = pull.files.filter((f) => f.status !== "removed");
  const failedFiles = new Set(problems.map((p) => p.file)).size;
  const what = [
    counts.reports ? plural(counts.reports, "report") : "",
    counts.charters ? plural(counts.charters, "charter") : ""
  ].filter(Boolean).join(" and ");
  const title = errors > 0 ? `${plural(errors, "error")}${warnings ? ` and ${plural(warnings, "warning")}` : ""} in ${plural(failedFiles, "file")}` : `${what || plural(files.length, "file")}: no problems${warnings ? ` (${plural(warnings, "warning")})` : ""}`;
  const annotations = problems.slice(0, MAX_ANNOTATIONS).map(annotationOf);
  const lines = [
    `wgbot checked ${plural(files.length, "file")} this pull request changes${files.length ? `: ${files.map((f) => codeSpan(f.path)).join(", ")}` : ""}.`,
    ""
  ];
  if (problems.length === 0) lines.push("No problems found.");
  else {
    lines.push(`**${title}** (also shown on the lines concerned):`, "");
    for (const p of problems.slice(0, MAX_LISTED)) {
      const where = `${p.file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ""}` : ""}`;
      lines.push(
        `- ${codeSpan(where)} ${p.severity}: ${escapeMessage(p.message)}${p.hint ? ` ${escapeMessage(p.hint)}` : ""}`
      );
    }
    if (problems.length > MAX_LISTED) lines.push(`- \u2026 and ${problems.length - MAX_LISTED} more.`);
    if (problems.length > MAX_ANNOTATIONS)
      lines.push(
        "",
        `Only the first ${MAX_ANNOTATIONS} problems are annotated; run \`wgbot validate\` for all.`
      );
  }
  if (boardReview.length > 0)
    lines.push("", `**Board review:** this pull request goes to the board because ${listing(boardReview)}.`);
  const digest = createHash("sha256").update(JSON.stringify(annotations)).digest("hex").slice(0, 16);
  lines.push("", digestMarker(digest));
  return {
    name: CHECK_NAME,
    headSha: pull.headSha,
    conclusion: errors > 0 ? "failure" : "success",
    title,
    summary: lines.join("\n"),
    annotations
  };
}
function annotationOf(p) {
  const line = p.line ?? 1;
  const endLine = p.endLine && p.endLine >= line ? p.endLine : line;
  const sameLine = endLine === line && p.column !== void 0;
  return {
    path: p.file,
    start_line: line,
    end_line: endLine,
    ...sameLine ? { start_column: p.column, end_column: Math.max(p.endColumn ?? p.column ?? 1, p.column ?? 1) } : {},
    annotation_level: p.severity === "error" ? "failure" : "warning",
    message: p.hint ? `${p.message}
${p.hint}` : p.message,
    title: `wgbot: ${p.code}`
  };
}

// src/decide/rules/pull-request.ts
var PULL_FLOW_LABELS = ["report", "charter", "board_review"];
function ownedPullLabels(config2) {
  const keys = [...PULL_FLOW_LABELS, ...ruleLabelKeys(CHARTER_FILE_RULES), ...ruleLabelKeys(REPORT_RULES)];
  return new Set(keys.map((key) => config2.labels[key]));
}

// src/decide/report-pr.ts
function ownsPullLabel(config2) {
  const L = config2.labels;
  const owned = ownedPullLabels(config2);
  return (label) => owned.has(label) || label.startsWith(L.workgroup_prefix);
}
function decideReportPr(input) {
  const { config: config2, pull, now } = input;
  const problems = [];
  const boardReview = [];
  const slugs = /* @__PURE__ */ new Set();
  let reports = 0;
  let charters = 0;
  const base = /* @__PURE__ */ new Map();
  const baseOf = (slug) => {
    let known = base.get(slug);
    if (!known) {
      known = parseBaseCharter(input.baseCharters.get(slug), slug, config2);
      base.set(slug, known);
    }
    return known;
  };
  for (const file of input.files) {
    const { where, path } = file;
    if ("slug" in where && where.slug) slugs.add(where.slug);
    if (where.kind === "report") reports++;
    if (where.kind === "charter") charters++;
    if (file.status === "removed") {
      if (where.kind === "charter") boardReview.push(`it removes the charter of \`${where.slug}\``);
      continue;
    }
    if (where.kind === "misplaced") {
      problems.push(problem(path, "repo.misplaced", where.reason, { hint: where.hint, line: 1, column: 1 }));
      continue;
    }
    if (where.kind === "config") continue;
    if (file.head === null || file.head === void 0) {
      problems.push(
        problem(path, "repo.unreadable", "The path is not a plain file, so it could not be checked.", {
          hint: "Governance files are short YAML files (not folders, links or submodules).",
          line: 1
        })
      );
      continue;
    }
    if (where.kind === "charter") {
      const doc2 = checkYamlDocument(path, file.head, "charter");
      problems.push(...doc2.problems);
      if (!doc2.data) continue;
      problems.push(
        ...placeFindings(path, charterRules(doc2.data, { config: config2, folderSlug: where.slug }), doc2.locate)
      );
      const before2 = baseOf(where.slug);
      if (before2.kind === "missing") boardReview.push(`it adds a new work group, \`${where.slug}\``);
      else if (before2.kind === "valid") {
        const changes = charterChanges(before2.charter, doc2.data);
        if (changes.length > 0) boardReview.push(`it changes the ${listing(changes)} of \`${where.slug}\``);
      }
      continue;
    }
    const doc = checkYamlDocument(path, file.head, "report");
    problems.push(...doc.problems);
    const before = baseOf(where.slug);
    const findings = [authorFinding(pull, where.slug, before, input.config)].filter(
      (f) => f !== void 0
    );
    if (doc.data) {
      const charter2 = before.kind === "valid" ? before.charter : before.kind === "invalid" ? "invalid" : void 0;
      const rules = reportRules(doc.data, {
        folderSlug: where.slug,
        fileMonth: where.month,
        charter: charter2,
        currentMonth: monthOf(now)
      });
      findings.push(...rules.filter((f) => f.code !== "rule.no-charter"));
      if ((doc.data.board_asks ?? []).length > 0)
        boardReview.push(
          `the ${monthName(where.month)} report of \`${where.slug}\` asks the board for something`
        );
    }
    problems.push(...place(path, doc, findings));
  }
  const sorted = sortProblems(problems);
  const L = config2.labels;
  const moved = [L.approved, L.declined, L.deferred].some((l) => pull.labels.includes(l));
  const status2 = moved ? pull.labels.filter((l) => l === L.board_review) : boardReview.length > 0 ? [L.board_review] : [];
  const labels = [
    ...reports > 0 ? [L.report] : [],
    ...charters > 0 ? [L.charter] : [],
    ...[...slugs].sort().map((slug) => `${L.workgroup_prefix}${slug}`),
    ...status2
  ];
  const checkRun = checkRunOf({ headSha: pull.headSha, files: input.files }, sorted, boardReview, {
    reports,
    charters
  });
  const errors = sorted.filter((p) => p.severity === "error").length;
  return {
    problems: sorted,
    checkRun,
    labels,
    ownsLabel: ownsPullLabel(config2),
    boardReview,
    summary: `PR #${pull.number}: ${checkRun.conclusion}, ${plural(errors, "error")}${boardReview.length ? ", board review" : ""}`
  };
}
function place(path, doc, findings) {
  return placeFindings(
    path,
    findings,
    (p, at) => p.length === 0 ? { line: 1, column: 1 } : doc.locate(p, at)
  );
}

// src/gather/pull-request.ts
async function gatherPullFiles(github, repo, changed, { headSha, baseRef, configs }) {
  const { config: config2 } = await gatherConfig(github, repo, configs, baseRef);
  const folder = config2.paths.workgroups;
  const files = changed.flatMap((f) => {
    const where = classifyPath(f.filename, folder);
    return where && where.kind !== "config" ? [{ path: f.filename, status: f.status, where }] : [];
  });
  const slugs = [...new Set(files.flatMap((f) => "slug" in f.where && f.where.slug ? [f.where.slug] : []))];
  const [heads, charters] = await Promise.all([
    Promise.all(
      files.map(
        (f) => f.status === "removed" || f.where.kind === "misplaced" ? void 0 : readRepoBytes(github, repo, f.path, headSha)
      )
    ),
    Promise.all(slugs.map((slug) => readRepoBytes(github, repo, `${folder}/${slug}/charter.yml`, baseRef)))
  ]);
  return {
    config: config2,
    files: files.map((f, i) => ({ ...f, head: heads[i] })),
    baseCharters: new Map(slugs.map((slug, i) => [slug, charters[i]]))
  };
}
async function findCheckRun(github, repo, headSha, name2) {
  const { data } = await github.rest.checks.listForRef({
    ...repo,
    ref: headSha,
    check_name: name2,
    filter: "all",
    per_page: 100
  });
  return data.check_runs.filter((run) => run.name === name2 && hasDigest(run.output.summary)).sort((a, b) => b.id - a.id).map((run) => ({
    id: run.id,
    status: run.status,
    conclusion: run.conclusion,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      annotations_count: run.output.annotations_count
    }
  }))[0];
}

// src/gather/pull-request-now.ts
var STATUS = {
  ADDED: "added",
  CHANGED: "changed",
  COPIED: "copied",
  DELETED: "removed",
  MODIFIED: "modified",
  RENAMED: "renamed"
};
var PAGE = "pageInfo { hasNextPage endCursor }";
var FILES = `files(first: 100, after: $after) { nodes { path changeType } ${PAGE} }`;
var LABELS = `labels(first: 100, after: $after) { nodes { name } ${PAGE} }`;
var query = (fields) => `query WgbotPullRequest($owner: String!, $name: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $name) { pullRequest(number: $number) { ${fields} } }
}`;
var FIRST = query(`number state headRefOid baseRefName author { login __typename } ${LABELS} ${FILES}`);
async function gatherPullNow(github, repo, number) {
  const ask = (text, after) => graphql(github, text, { owner: repo.owner, name: repo.repo, number, after });
  try {
    const pull = (await ask(FIRST, null)).repository?.pullRequest;
    if (!pull) return void 0;
    const rest = async (first, text, key) => {
      const nodes = [...first.nodes ?? []];
      let page = first;
      while (page.pageInfo.hasNextPage && page.pageInfo.endCursor) {
        const next = (await ask(text, page.pageInfo.endCursor)).repository?.pullRequest?.[key];
        if (!next)
          throw new Error(`GitHub: the ${key} of pull request #${number} ended before their last page`);
        nodes.push(...next.nodes ?? []);
        page = next;
      }
      return nodes.flatMap((n) => n ? [n] : []);
    };
    const [labels, files] = await Promise.all([
      pull.labels ? rest(pull.labels, query(LABELS), "labels") : [],
      pull.files ? rest(pull.files, query(FILES), "files").then(
        (nodes) => nodes.map((f) => ({
          filename: f.path,
          status: STATUS[f.changeType] ?? f.changeType.toLowerCase()
        }))
      ) : listPullFiles(github, repo, number)
    ]);
    const author = pull.author;
    return {
      number: pull.number,
      // A merged pull request is a closed one to REST, and to this flow.
      state: pull.state === "OPEN" ? "open" : "closed",
      author: author ? author.__typename === "Bot" ? `${author.login}[bot]` : author.login : "",
      labels: labels.map((l) => l.name),
      headSha: pull.headRefOid,
      baseRef: pull.baseRefName,
      files
    };
  } catch (error2) {
    if (isNotFound(error2)) return void 0;
    throw error2;
  }
}
async function listPullFiles(github, repo, pull) {
  const files = await github.paginate(github.rest.pulls.listFiles, {
    ...repo,
    pull_number: pull,
    per_page: 100
  });
  return files.map((f) => ({ filename: f.filename, status: f.status }));
}

// src/flows/report-pr.ts
var reportPrRounds = {
  gather: async (event, ctx) => {
    const payload = event.payload.pull_request;
    if (!payload?.head?.sha || !payload.base?.ref) return { ignored: "not a pull request" };
    if (payload.state === "closed") return { ignored: `PR #${payload.number} is closed` };
    const pull = await gatherPullNow(ctx.github, ctx.repo, payload.number);
    if (!pull) {
      ctx.log.warn(`#${payload.number} no longer exists (GraphQL NOT_FOUND); nothing to do.`);
      return { ignored: `#${payload.number} no longer exists` };
    }
    if (!pull.files.some((f) => /\.ya?ml$/.test(f.filename)))
      return { ignored: `PR #${payload.number} changes no YAML file` };
    if (pull.state === "closed") return { ignored: `PR #${pull.number} is closed` };
    const { config: config2, files, baseCharters } = await gatherPullFiles(ctx.github, ctx.repo, pull.files, {
      headSha: pull.headSha,
      baseRef: pull.baseRef,
      configs: ctx.configs
    });
    const existing = files.length === 0 ? void 0 : await findCheckRun(ctx.github, ctx.repo, pull.headSha, CHECK_NAME);
    const info = {
      number: pull.number,
      author: pull.author,
      labels: pull.labels,
      headSha: pull.headSha,
      baseRef: pull.baseRef
    };
    return { state: { input: { config: config2, pull: info, files, baseCharters }, existing } };
  },
  decide: (s, now) => decideReportPr({ ...s.input, now }),
  writes: (plan, s) => {
    const { pull, files } = s.input;
    const labelChanges = labelWrites(pull.number, pull.labels, plan.labels, plan.ownsLabel);
    if (files.length === 0) return labelChanges;
    return [...checkRunWrites(s.existing, plan.checkRun), ...labelChanges];
  },
  report: (plan, s) => s.input.files.length === 0 ? { flow: "report-pr", summary: `PR #${s.input.pull.number} changes no governance file` } : { flow: "report-pr", summary: plan.summary, plan, problems: plan.problems }
};
var reportPrModule = {
  name: "report-pr",
  events: ["pull_request.opened", "pull_request.synchronize", "pull_request.reopened"],
  handle: (event, ctx) => runRounds(reportPrRounds, event, ctx)
};

// src/decide/sweep-tracking.ts
var TRACKING = /^(reminder|at-risk|renewal) ([a-z0-9-]+)(?: ([0-9-]+))?$/;
function trackingKey(kind, slug, detail) {
  return detail ? `${kind} ${slug} ${detail}` : `${kind} ${slug}`;
}
function trackingKeyOf(issue, self) {
  if (!isSelf(self, issue.author)) return void 0;
  const match = TRACKING.exec(markerName(issue.body) ?? "");
  if (!match) return void 0;
  const [, kind, slug, detail] = match;
  return { key: trackingKey(kind, slug, detail), kind, slug, ...detail ? { detail } : {} };
}

// src/apply/sweep.ts
function sweepWrites(plan, issues, self) {
  const writes = [];
  const byKey = /* @__PURE__ */ new Map();
  for (const issue of [...issues].sort((a, b) => a.number - b.number)) {
    const key = trackingKeyOf(issue, self)?.key;
    const known = key === void 0 ? void 0 : byKey.get(key);
    if (key !== void 0 && (!known || known.state === "closed" && issue.state === "open"))
      byKey.set(key, issue);
  }
  for (const wanted of plan.tracking) {
    const body = `${marker(wanted.key)}
${wanted.body}`;
    const existing = byKey.get(wanted.key);
    if (!existing) {
      writes.push({
        kind: "create-issue",
        title: wanted.title,
        body,
        labels: wanted.labels,
        assignees: wanted.assignees
      });
      continue;
    }
    if (existing.state !== "open") continue;
    const sameBody = sameText(existing.body, body);
    if (existing.title !== wanted.title || !sameBody)
      writes.push({
        kind: "update-issue",
        issue: existing.number,
        patch: {
          ...existing.title === wanted.title ? {} : { title: wanted.title },
          ...sameBody ? {} : { body }
        }
      });
    const missing = wanted.labels.filter((l) => !existing.labels.includes(l));
    if (missing.length > 0) writes.push({ kind: "add-labels", issue: existing.number, labels: missing });
  }
  for (const comment of plan.comments)
    writes.push({
      kind: "create-comment",
      issue: comment.issue,
      body: `${marker(comment.marker)}
${comment.body}`
    });
  for (const closing of plan.close) {
    if (closing.comment) writes.push({ kind: "create-comment", issue: closing.issue, body: closing.comment });
    writes.push({
      kind: "update-issue",
      issue: closing.issue,
      patch: { state: "closed", state_reason: closing.reason }
    });
  }
  return writes;
}

// src/decide/applicant-activity.ts
var AUTHOR_EVENTS = /* @__PURE__ */ new Set(["commented", "edited", "renamed"]);
function lastApplicantActivity(issue, timeline, config2, self) {
  const author = issue.author?.login.toLowerCase() ?? "";
  const who = (e) => e.actor ?? e.user;
  const times = [issue.created_at];
  for (const e of timeline) {
    const actor = who(e);
    const byAuthor = author !== "" && actor?.login?.toLowerCase() === author && !isSelf(self, actor);
    if (e.event === "labeled" && e.label?.name === config2.labels.needs_info) times.push(e.created_at);
    else if (AUTHOR_EVENTS.has(e.event) && byAuthor) times.push(e.created_at);
    else if (e.event === "reopened" && !isSelf(self, actor)) times.push(e.created_at);
  }
  return latest2(times);
}
function silentLongEnough(since, config2, now) {
  return daysBetween(new Date(since), now) >= config2.grants.needs_info_close_days;
}
function editsMatter(issue, timeline, config2, now, self) {
  const since = lastApplicantActivity(issue, timeline, config2, self);
  if (!silentLongEnough(since, config2, now)) return false;
  const shown = latest2([issue.created_at, ...timeline.map((e) => e.created_at)]);
  return Date.parse(issue.updated_at) > Date.parse(shown);
}
function latest2(dates) {
  return dates.reduce((a, b) => Date.parse(b) > Date.parse(a) ? b : a);
}

// src/decide/rules/health/leadership.ts
function leadershipNeeded(config2) {
  return config2.workgroups.leadership.chairs > 1 || config2.workgroups.leadership.board_liaison;
}
var leadership = defineRule({
  id: "leadership",
  code: "rule.at-risk-leadership",
  severity: "warning",
  label: "at_risk",
  configKeys: ["workgroups.leadership.chairs", "workgroups.leadership.board_liaison"],
  check({ charter: charter2 }, config2, _now, report2) {
    return leadershipGaps(charter2, config2).map((gap) => report2(gap.path, gap.reason));
  }
});

// src/decide/rules/health/members.ts
var members2 = defineRule({
  id: "members",
  code: "rule.at-risk-members",
  severity: "warning",
  label: "at_risk",
  configKeys: ["workgroups.at_risk_min_members"],
  check({ people }, config2, _now, report2) {
    const minimum = config2.workgroups.at_risk_min_members;
    if (people.size >= minimum) return [];
    return [
      report2(
        ["participants", "members"],
        `it has ${plural(people.size, "member")}, chairs included; a work group needs at least ${minimum}`
      )
    ];
  }
});

// src/decide/sweep-summary.ts
function months(labels) {
  if (labels.length <= 3) return listing(labels.map(monthName));
  return `${monthName(labels[0])} to ${monthName(labels[labels.length - 1])}`;
}
function summaryLine(f) {
  const parts = [
    `${plural(f.workgroups, "work group")}`,
    `${f.overdue.length} with overdue reports${names(f.overdue.map((o) => o.slug))}`,
    `${f.atRisk.length} at risk${names(f.atRisk.map((a) => a.slug))}`,
    `${f.renewal.length} past review${names(f.renewal.map((r) => r.slug))}`,
    `${f.revivable.length} revivable${names(f.revivable)}`
  ];
  if (f.grantsClosed.length)
    parts.push(
      `${plural(f.grantsClosed.length, "grant")} closed${names(f.grantsClosed.map((n) => `#${n}`))}`
    );
  if (f.grantsFlagged.length)
    parts.push(
      `${plural(f.grantsFlagged.length, "grant")} flagged${names(f.grantsFlagged.map((n) => `#${n}`))}`
    );
  if (f.grantsPastTarget.length)
    parts.push(
      `${plural(f.grantsPastTarget.length, "grant")} past the decision target${names(f.grantsPastTarget.map((p) => `#${p.issue}`))}`
    );
  return `sweep: ${parts.join(", ")}`;
}
function names(list, shown = 5) {
  if (list.length === 0) return "";
  const rest = list.length - shown;
  return ` (${rest > 0 ? `${list.slice(0, shown).join(", ")} and ${rest} more` : list.join(", ")})`;
}
function summaryText(f, config2, today) {
  const lines = [`### wgbot sweep, ${today}`, "", `${plural(f.workgroups, "work group")} checked.`, ""];
  const section = (title, items) => {
    if (items.length === 0) return;
    lines.push(`**${title}**`, ...items.map((i) => `- ${i}`), "");
  };
  section(
    "Overdue reports",
    f.overdue.map(
      (o) => `${o.slug}: ${o.periods.length <= 3 ? listing(o.periods.map(monthName)) : `${o.periods.length} missing, the latest for ${monthName(o.periods[o.periods.length - 1])}`}`
    )
  );
  section(
    "At risk",
    f.atRisk.map((a) => `${a.slug}: ${a.reasons.join("; ")}`)
  );
  section(
    "Charters past their review date",
    f.renewal.map((r) => `${r.slug} (review date ${r.review})`)
  );
  section(
    "Inactive work groups that can be revived",
    f.revivable.map(
      (s) => `${s}: to revive it, open a pull request on its charter that sets \`status: active\`, a new \`active_time.start\` (the day it is revived) and \`active_time.review\`, removes \`active_time.end\`, and lists today's chairs and members, then ask the board to approve it (see docs/policy.md)`
    )
  );
  section(
    `Grant requests closed after ${config2.grants.needs_info_close_days} days in needs-info`,
    f.grantsClosed.map((n) => `#${n}`)
  );
  section(
    `Grant requests waiting for the Grants WG over ${config2.grants.grants_wg_review_days} days`,
    f.grantsFlagged.map((n) => `#${n}`)
  );
  section(
    "Grant requests past their decision target, still undecided",
    f.grantsPastTarget.map(
      (p) => `#${p.issue}: target ${p.target}, with ${p.stage === "board" ? "the board" : "the Grants WG"}`
    )
  );
  section(
    "Not checked",
    f.unreadable.map((u) => `${u.slug}: ${u.why}`)
  );
  if (lines.length === 4) lines.push("Nothing needs attention.");
  return `${lines.join("\n").trim()}
`;
}

// src/decide/rules/health/reports-missed.ts
function missedReports(periods, filed, reports) {
  const need = reports.missed_for_at_risk;
  const window = Math.max(reports.at_risk_window, need);
  if (window === need) {
    let streak = 0;
    for (let i = periods.length - 1; i >= 0 && !filed(periods[i]); i--) streak++;
    if (streak < need) return void 0;
    return { missed: periods.slice(periods.length - streak), inARow: true, window };
  }
  const missed = periods.slice(-window).filter((p) => !filed(p));
  return missed.length >= need ? { missed, inARow: false, window } : void 0;
}
function missedReason(result) {
  const labels = result.missed.map((p) => p.label);
  if (result.inARow) return `it has missed ${plural(labels.length, "report")} in a row (${months(labels)})`;
  return `it has missed ${labels.length} of its last ${result.window} reports (${listing(labels.map(monthName))})`;
}
function atRiskRuleText(reports) {
  const need = reports.missed_for_at_risk;
  const window = Math.max(reports.at_risk_window, need);
  return window === need ? `${plural(need, "report")} in a row` : `${need} of its last ${window} reports`;
}
var reportsMissed = defineRule({
  id: "reports-missed",
  code: "rule.at-risk-reports",
  severity: "warning",
  label: "at_risk",
  configKeys: ["reports.missed_for_at_risk", "reports.at_risk_window"],
  check({ periods, filed }, config2, _now, report2) {
    const missed = missedReports(periods, filed, config2.reports);
    return missed ? [report2([], missedReason(missed))] : [];
  }
});

// src/decide/rules/health/index.ts
var HEALTH_RULES = [reportsMissed, members2, leadership];

// src/decide/sweep-decision-target.ts
var DECISION_TARGET_PASSED = "decision-target-passed";
function awaitedStage(labels, config2) {
  const L = config2.labels;
  const has = (label) => labels.includes(label);
  if (!has(L.grant) || has(L.approved) || has(L.declined)) return void 0;
  if (has(L.board_review)) return "board";
  if (has(L.needs_info)) return void 0;
  return has(L.grants_wg_review) ? "grants-wg" : void 0;
}
function pastTargetRequests(issues, config2, now) {
  return [...issues].sort((a, b) => a.number - b.number).flatMap((issue) => {
    const past = pastTargetOf(issue, config2, now);
    return past ? [past] : [];
  });
}
function pastTargetOf(issue, config2, now) {
  if (issue.state !== "open") return void 0;
  const stage = awaitedStage(issue.labels, config2);
  if (!stage) return void 0;
  const { date: target, weeks } = requestTarget(
    { createdAt: issue.created_at, labels: issue.labels },
    config2
  );
  if (!pastDecisionTarget(target, now)) return void 0;
  return {
    issue: issue.number,
    filed: issue.created_at.slice(0, 10),
    target,
    weeks,
    stage,
    daysPast: daysBetween(parseDate(target), parseDate(isoDate(now)))
  };
}
function pastTargetMarker(past) {
  return `${DECISION_TARGET_PASSED} ${past.stage} ${past.target}`;
}
function remindedOfTarget(timeline, self, stage) {
  const prefix = `${DECISION_TARGET_PASSED} ${stage} `;
  return ownMarkers(timeline, self).some((name2) => name2.startsWith(prefix));
}
function ownMarkers(timeline, self) {
  return timeline.flatMap(
    (e) => e.event === "commented" && isSelf(self, e.actor ?? e.user) ? [markerName(e.body) ?? ""] : []
  );
}

// src/decide/rules/sweep-grant/input.ts
function undecided(issue, config2) {
  const L = config2.labels;
  if (issue.state !== "open" || !issue.labels.includes(L.grant)) return false;
  return ![L.approved, L.declined, L.deferred].some((l) => issue.labels.includes(l));
}
function wroteMarker(input, name2, after = "") {
  return input.timeline.some(
    (e) => e.event === "commented" && isSelf(input.self, e.actor ?? e.user) && markerName(e.body) === name2 && (after === "" || Date.parse(e.created_at) >= Date.parse(after))
  );
}
function latest3(dates) {
  return dates.reduce((a, b) => Date.parse(b) > Date.parse(a) ? b : a);
}

// src/decide/rules/sweep-grant/decision-target-passed.ts
var decisionTargetPassed = {
  id: "decision-target-passed",
  code: DECISION_TARGET_PASSED,
  configKeys: [
    "grants.decision_weeks",
    "grants.fast_track_decision_weeks",
    "grants.board_threshold",
    "base_currency",
    "teams.grants_wg",
    "teams.mention_grants_wg",
    "teams.board",
    "teams.mention_board"
  ],
  candidate: (issue, config2, now) => pastTargetOf(issue, config2, now) !== void 0,
  decide(input, config2, now) {
    const past = pastTargetOf(input.issue, config2, now);
    if (!past) return void 0;
    const marker2 = pastTargetMarker(past);
    if (wroteMarker(input, marker2)) return void 0;
    return { comment: { marker: marker2, body: reminderText(past, input, config2, now) } };
  }
};
function reminderText(past, { issue, owner }, config2, now) {
  const when = `This grant request was filed on ${past.filed}. Its decision target, ${plural(past.weeks, "week")} after filing, was ${past.target}, and today it is ${plural(past.daysPast, "day")} past it without a decision.`;
  const applicant = "To the applicant: thank you for your patience. Nothing more is needed from you for now, and the decision will be recorded here.";
  if (past.stage === "board") {
    const team2 = config2.teams.mention_board ? `@${owner}/${config2.teams.board}` : "The board";
    const meeting = issue.milestone ? meetingOfMilestone(issue.milestone) : void 0;
    const commands = "`/board approve [amount]`, `/board decline` or `/board defer [note]`";
    const ask = meeting === void 0 ? `it is in board review, and goes on the agenda of the board's next meeting. If the applicant cannot wait that long, the board can decide sooner, here, with ${commands}.` : meeting >= isoDate(now) ? `it is in board review, on the agenda of the meeting on ${meeting}. If the applicant cannot wait that long, the board can decide sooner, here, with ${commands}.` : `it is in board review and was on the agenda of the meeting on ${meeting}, but no decision is recorded here yet. Please record it with ${commands}.`;
    return [when, "", `${team2}: ${ask}`, "", applicant].join("\n");
  }
  const team = config2.teams.mention_grants_wg ? `@${owner}/${config2.teams.grants_wg}` : "The Grants Work Group";
  const threshold = formatAmount(config2.grants.board_threshold, config2.base_currency);
  const next = issue.labels.includes(config2.labels.over_threshold) ? `The request is over ${threshold}, so the recommendation then takes it to the board, at the next meeting that can review it.` : `For a request up to ${threshold} the Grants WG's decision is final.`;
  return [
    when,
    "",
    `${team}: please record a recommendation with \`/recommend approve [amount]\` or \`/recommend decline\`, or tell the applicant here when they can expect one. ${next}`,
    "",
    applicant
  ].join("\n");
}

// src/decide/rules/sweep-grant/needs-info-closed.ts
var NEEDS_INFO_CLOSED = "needs-info-closed";
var needsInfoClosed = {
  id: "needs-info-closed",
  code: NEEDS_INFO_CLOSED,
  configKeys: ["grants.needs_info_close_days"],
  listed: "grantsClosed",
  candidate(issue, config2, now) {
    return undecided(issue, config2) && issue.labels.includes(config2.labels.needs_info) && daysBetween(new Date(issue.created_at), now) >= config2.grants.needs_info_close_days;
  },
  decide(input, config2, now) {
    const since = lastApplicantActivity(input.issue, input.timeline, config2, input.self);
    if (!silentLongEnough(since, config2, now)) return void 0;
    if (wroteMarker(input, NEEDS_INFO_CLOSED, since)) return { close: true };
    const author = input.issue.author?.login ?? "";
    return {
      close: true,
      comment: {
        marker: NEEDS_INFO_CLOSED,
        body: `Hello @${author}: this grant request has been waiting for more information since ${isoDate(new Date(since))}, ${config2.grants.needs_info_close_days} days or more without an answer, so wgbot is closing it for now. Nothing is lost: open a new request from the form with the missing details (or ask a maintainer to reopen this one and edit it), and it is checked again straight away. Thank you for applying!`
      }
    };
  }
};

// src/decide/rules/sweep-grant/review-overdue.ts
var REVIEW_OVERDUE = "grants-wg-review-overdue";
var reviewOverdue = {
  id: "review-overdue",
  code: REVIEW_OVERDUE,
  configKeys: ["grants.grants_wg_review_days", "teams.grants_wg", "teams.mention_grants_wg"],
  listed: "grantsFlagged",
  candidate(issue, config2, now) {
    const L = config2.labels;
    return undecided(issue, config2) && issue.labels.includes(L.grants_wg_review) && !issue.labels.includes(L.needs_info) && !issue.labels.includes(L.board_review) && daysBetween(new Date(issue.created_at), now) > config2.grants.grants_wg_review_days;
  },
  decide(input, config2, now) {
    const labelled = input.timeline.filter((e) => e.event === "labeled" && e.label?.name === config2.labels.grants_wg_review).map((e) => e.created_at);
    const since = latest3([input.issue.created_at, ...labelled]);
    if (daysBetween(new Date(since), now) <= config2.grants.grants_wg_review_days) return void 0;
    if (wroteMarker(input, REVIEW_OVERDUE) || remindedOfTarget(input.timeline, input.self, "grants-wg"))
      return void 0;
    const team = config2.teams.mention_grants_wg ? `@${input.owner}/${config2.teams.grants_wg}` : "Grants Work Group";
    return {
      comment: {
        marker: REVIEW_OVERDUE,
        body: `This grant request has been waiting for the Grants Work Group's review since ${isoDate(new Date(since))}, more than ${config2.grants.grants_wg_review_days} days. ${team}: please record a recommendation with \`/recommend approve [amount]\` or \`/recommend decline\`.`
      }
    };
  }
};

// src/decide/rules/sweep-grant/index.ts
var SWEEP_GRANT_RULES = [
  needsInfoClosed,
  reviewOverdue,
  decisionTargetPassed
];

// src/decide/sweep-grants.ts
function grantCandidates(issues, config2, now) {
  return issues.filter((issue) => SWEEP_GRANT_RULES.some((rule) => rule.candidate(issue, config2, now))).map((issue) => issue.number);
}
function decideGrants(input, findings, close) {
  const { config: config2, now, self, owner } = input;
  const requests = [...input.issues].sort((a, b) => a.number - b.number);
  const acted = /* @__PURE__ */ new Set();
  const comments = [];
  for (const rule of SWEEP_GRANT_RULES)
    for (const issue of requests) {
      if (acted.has(issue.number) || !rule.candidate(issue, config2, now)) continue;
      const timeline = input.timelines.get(issue.number) ?? [];
      const action = rule.decide({ issue, timeline, self, owner }, config2, now);
      if (!action) continue;
      acted.add(issue.number);
      if (rule.listed) findings[rule.listed].push(issue.number);
      if (action.comment) comments.push({ issue: issue.number, ...action.comment });
      if (action.close) close.push({ issue: issue.number, comment: "", reason: "not_planned" });
    }
  for (const { issue, target, stage } of pastTargetRequests(input.issues, config2, now))
    findings.grantsPastTarget.push({ issue, target, stage });
  return comments;
}

// src/decide/report-skeleton.ts
function reportPath(config2, slug, period) {
  return `${config2.paths.workgroups}/${slug}/reports/${period}.yml`;
}
var OPTIONAL = [
  ["activities", "What the work group did, one line each."],
  ["blockers", "What slows the work group down."],
  ["board_asks", "Decisions or help needed from the board: each one puts this report on the board's agenda."],
  ["next_steps", "What the work group plans next."]
];
function reportSkeleton({ slug, name: name2, period, submittedBy, config: config2 }) {
  const depth = reportPath(config2, slug, period.label).split("/").length - 1;
  const what = period.months.length === 1 ? monthName(period.label) : `the quarter ${monthName(period.months[0])} to ${monthName(period.label)}`;
  const lines = [
    `# yaml-language-server: $schema=${"../".repeat(depth)}schemas/report.schema.json`,
    `# Report of the ${name2 ? oneLine(name2) : slug} for ${what}, due by ${period.due}.`,
    '# Fill in the highlights; the other sections are optional: remove the "# " (the hash and the space after it) in front of the ones you use.',
    `workgroup: ${slug}`,
    `period: "${period.label}"`,
    submittedBy ? `submitted_by: ${submittedBy}` : "submitted_by: # your GitHub login, without @ (a chair or member of the work group)",
    "highlights:",
    "  # The most important outcomes of the period, a few words each (at least one).",
    "  - ",
    "# metrics:",
    "#   # Numbers that show progress.",
    "#   - name: Pull requests merged",
    "#     value: 0",
    "# spending:",
    "#   # Money spent from the work group's budget (a number, and a currency code if not the base one).",
    "#   - description: ",
    "#     amount: 0"
  ];
  for (const [key, hint] of OPTIONAL) lines.push(`# ${key}:`, `#   # ${hint}`, "#   - ");
  return `${lines.join("\n")}
`;
}
function oneLine(text) {
  return text.replace(/\s+/g, " ").trim();
}
var MAX_NEW_FILE_URL = 8e3;
function newFileUrl(where, path, content) {
  const page = `new/${where.branch.split("/").map(encodeURIComponent).join("/")}?filename=${encodeURIComponent(path)}&value=${encodeURIComponent(content)}`;
  const base = where.url?.replace(/\/+$/, "");
  const whole3 = `${base ?? `https://github.com/${where.owner}/${where.repo}`}/${page}`;
  if (whole3.length > MAX_NEW_FILE_URL) return void 0;
  return base ? whole3 : `../${page}`;
}

// src/decide/sweep-issues.ts
function name(charter2) {
  return `**${escapeMarkdown(charter2.name)}**`;
}
function titleText(text) {
  const single = neutraliseMentions(visible(text).replace(/\s+/g, " ").trim());
  return single.length > 80 ? `${single.slice(0, 79)}\u2026` : single;
}
function chairMentions(charter2) {
  return charter2.participants.chairs.map((c) => `@${c}`).join(", ");
}
function chairsLine(charter2) {
  return `Chairs: ${chairMentions(charter2)}`;
}
function wgLabel(config2, slug) {
  return `${config2.labels.workgroup_prefix}${slug}`;
}
function reminderIssue({ wg, charter: charter2, config: config2, where }, period) {
  const file = reportPath(config2, wg.slug, period.label);
  const chairs = charter2.participants.chairs;
  const skeleton = reportSkeleton({
    slug: wg.slug,
    name: charter2.name,
    period,
    ...chairs.length === 1 ? { submittedBy: chairs[0] } : {},
    config: config2
  });
  const link = where ? newFileUrl(where, file, skeleton) : void 0;
  const what = period.months.length === 1 ? `report for **${monthName(period.label)}**` : `report for the quarter ending **${monthName(period.label)}**`;
  return {
    key: trackingKey("reminder", wg.slug, period.label),
    title: `Report overdue: ${titleText(charter2.name)}, ${monthName(period.label)}`,
    body: [
      `Hello ${chairMentions(charter2)}: the ${what} of the ${name(charter2)} was due on **${period.due}** and has not landed yet.`,
      "",
      `Please open a pull request that adds \`${file}\`. wgbot checks it, and closes this issue when it is merged.`,
      "",
      link ? `[Start the report on GitHub](${link}): the file opens filled in with the skeleton below; fill in the highlights and propose it as a pull request. Or run \`wgbot new report ${wg.slug} --month ${period.label}\` in a clone.` : `Start from the skeleton below, or run \`wgbot new report ${wg.slug} --month ${period.label}\` in a clone.`,
      "",
      "<details><summary>The report's skeleton</summary>",
      "",
      "```yaml",
      skeleton.replace(/\n$/, ""),
      // exactly the file's text: a trailing space after `- ` is kept
      "```",
      "",
      "</details>",
      "",
      `A work group that misses ${atRiskRuleText(config2.reports)} is at risk and goes to the board. If the work group has paused, say so here.`
    ].join("\n"),
    labels: [config2.labels.report, wgLabel(config2, wg.slug)],
    assignees: [...charter2.participants.chairs]
  };
}
function atRiskIssue({ wg, charter: charter2, config: config2 }, reasons, labels) {
  return {
    key: trackingKey("at-risk", wg.slug),
    title: `Work group at risk: ${titleText(charter2.name)}`,
    body: [
      `The ${name(charter2)} is at risk:`,
      ...reasons.map((r) => `- ${r}`),
      "",
      "This issue is on the board's agenda. wgbot closes it when the work group recovers (its reports are up to date and it has enough members), or when the board sets its status to inactive in its charter.",
      "",
      chairsLine(charter2)
    ].join("\n"),
    labels: [...labels.map((key) => config2.labels[key]), wgLabel(config2, wg.slug)],
    assignees: []
  };
}
function renewalIssue({ wg, charter: charter2, config: config2 }) {
  const review = charter2.active_time.review;
  return {
    key: trackingKey("renewal", wg.slug, review),
    title: `Charter review due: ${titleText(charter2.name)} (review date ${review})`,
    body: [
      `The charter of the ${name(charter2)} (\`${wg.charterPath}\`) reached its review date on **${review}**.`,
      "",
      `Work groups do not exist forever: the board reviews the charter and renews it (a new review date, at most ${config2.workgroups.max_term_months} months after the start), or sets its status to inactive. wgbot closes this issue when the charter has a new review date.`,
      "",
      chairsLine(charter2)
    ].join("\n"),
    labels: [config2.labels.board_review, wgLabel(config2, wg.slug)],
    assignees: []
  };
}

// src/decide/sweep.ts
function recentSince(state, now) {
  const today = isoDate(now);
  const cadences = new Set(
    [...state.workgroups.values()].flatMap((wg) => wg.charter ? [cadenceOf(wg.charter, state.config)] : [])
  );
  cadences.add("monthly");
  const dues = [...cadences].map((c) => latestDuePeriod(c, state.config.reports.due_day, today).due);
  return dues.sort()[0];
}
function decideSweep(input) {
  const { state, config: config2, now } = input;
  const today = isoDate(now);
  const tracking = [];
  const close = [];
  const findings = {
    workgroups: state.workgroups.size,
    unreadable: [],
    overdue: [],
    atRisk: [],
    renewal: [],
    revivable: [],
    grantsClosed: [],
    grantsFlagged: [],
    grantsPastTarget: []
  };
  const open = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  for (const issue of [...input.issues].sort((a, b) => a.number - b.number)) {
    const tracked = trackingKeyOf(issue, input.self);
    if (!tracked || issue.state !== "open") continue;
    const first = seen.get(tracked.key);
    if (first !== void 0) {
      close.push({
        issue: issue.number,
        comment: `Closing: #${first} tracks the same thing.`,
        reason: "not_planned"
      });
      continue;
    }
    seen.set(tracked.key, issue.number);
    open.set(tracked.slug, [...open.get(tracked.slug) ?? [], { number: issue.number, ...tracked }]);
  }
  const openOf = (slug, kind) => (open.get(slug) ?? []).filter((t) => t.kind === kind);
  for (const slug of [...open.keys()].sort()) {
    if (state.workgroups.has(slug)) continue;
    const path = `${config2.paths.workgroups}/${slug}`;
    for (const t of open.get(slug) ?? [])
      close.push({
        issue: t.number,
        comment: `The work group's folder \`${path}/\` no longer exists, so there is nothing left to track here. Closing.`,
        reason: "not_planned"
      });
  }
  for (const wg of [...state.workgroups.values()].sort((a, b) => a.slug < b.slug ? -1 : 1)) {
    const charter2 = wg.charter;
    if (!charter2) {
      findings.unreadable.push({
        slug: wg.slug,
        why: wg.charterFound ? "its charter has problems" : "it has no charter"
      });
      continue;
    }
    if (charter2.status !== "active") {
      if (charter2.status === "inactive") findings.revivable.push(wg.slug);
      const why = `The ${name(charter2)} is now ${charter2.status}, so no report is due and nothing needs tracking. Closing.`;
      for (const t of open.get(wg.slug) ?? [])
        close.push({ issue: t.number, comment: why, reason: "completed" });
      continue;
    }
    const where = input.repo && input.branch ? {
      owner: input.owner,
      repo: input.repo,
      branch: input.branch,
      ...input.repoUrl ? { url: input.repoUrl } : {}
    } : void 0;
    const ctx = { wg, charter: charter2, config: config2, today, ...where ? { where } : {} };
    const periods = duePeriods(charter2, config2, today);
    const filed = (p) => p.months.some((m) => wg.reports.has(m));
    const unfiled = periods.filter((p) => !filed(p));
    const latest4 = periods[periods.length - 1];
    const openReminders = openOf(wg.slug, "reminder");
    for (const reminder of openReminders) {
      const period = periods.find((p) => p.label === reminder.detail);
      if (period && !filed(period)) {
        tracking.push(reminderIssue(ctx, period));
        continue;
      }
      const landed = period ? period.months.find((m) => wg.reports.has(m)) : void 0;
      close.push({
        issue: reminder.number,
        reason: "completed",
        comment: landed ? `The report for ${monthName(period?.label ?? landed)} has landed (\`${wg.reports.get(landed)?.path}\`). Thank you!` : `No report is due for ${reminder.detail ? monthName(reminder.detail) : "this period"} any more. Closing.`
      });
    }
    if (latest4 && !filed(latest4) && config2.reports.reminders && !openReminders.some((r) => r.detail === latest4.label))
      tracking.push(reminderIssue(ctx, latest4));
    if (unfiled.length > 0) findings.overdue.push({ slug: wg.slug, periods: unfiled.map((p) => p.label) });
    const people = charterPeople(charter2);
    const health = runRules(HEALTH_RULES, { charter: charter2, people, periods, filed }, config2, now);
    const reasons = health.findings.map((f) => f.message);
    const openAtRisk = openOf(wg.slug, "at-risk");
    if (reasons.length > 0) {
      findings.atRisk.push({ slug: wg.slug, reasons });
      tracking.push(atRiskIssue(ctx, reasons, health.labels));
    } else {
      for (const t of openAtRisk)
        close.push({
          issue: t.number,
          reason: "completed",
          comment: `The ${name(charter2)} is no longer at risk: its reports are up to date and it has ${plural(people.size, "member")}${leadershipNeeded(config2) ? ", with the chairs and board liaison it needs" : ""}. Closing.`
        });
    }
    const review = charter2.active_time.review;
    const pastReview = review < today;
    if (pastReview) {
      findings.renewal.push({ slug: wg.slug, review });
      tracking.push(renewalIssue(ctx));
    }
    for (const t of openOf(wg.slug, "renewal")) {
      if (pastReview && t.detail === review) continue;
      close.push({
        issue: t.number,
        reason: "completed",
        comment: `The charter's review date is now ${review}. Closing.`
      });
    }
  }
  const comments = decideGrants(input, findings, close);
  const plan = { tracking, close, comments, findings, summary: "", text: "" };
  plan.summary = summaryLine(findings);
  plan.text = summaryText(findings, config2, today);
  return plan;
}

// src/decide/unanswered.ts
var UNANSWERED_GRACE_MS = 15 * 6e4;
var UNANSWERED_PER_SWEEP = 10;
function unansweredRequests(issues, config2, now) {
  const kinds = [config2.labels.grant, config2.labels.charter];
  const statuses = new Set(statusLabels(config2));
  return issues.filter(
    (issue) => issue.state === "open" && issue.author?.type !== "Bot" && issue.labels.some((l) => kinds.includes(l)) && !issue.labels.some((l) => statuses.has(l)) && now.getTime() - Date.parse(issue.created_at) >= UNANSWERED_GRACE_MS
  ).sort((a, b) => a.number - b.number).slice(0, UNANSWERED_PER_SWEEP);
}

// src/validate/repository.ts
function validateRepository(snapshot, { now, duplicateSlugs = true }) {
  const { config: config2, problems } = loadConfig(snapshot.files.get(CONFIG_PATH));
  problems.push(...snapshot.problems ?? []);
  const workgroups = /* @__PURE__ */ new Map();
  const group = (slug) => {
    let wg = workgroups.get(slug);
    if (!wg) {
      wg = {
        slug,
        charterPath: `${config2.paths.workgroups}/${slug}/charter.yml`,
        charterFound: false,
        reports: /* @__PURE__ */ new Map()
      };
      workgroups.set(slug, wg);
    }
    return wg;
  };
  const pendingReports = [];
  const charterDocs = /* @__PURE__ */ new Map();
  let checked2 = (snapshot.files.has(CONFIG_PATH) ? 1 : 0) + (snapshot.problems?.length ?? 0);
  const ledgerFiles = [];
  for (const [path, content] of snapshot.files) {
    const ledgerPlace2 = classifyLedgerPath(path, config2.paths.grants);
    if (ledgerPlace2) {
      checked2++;
      ledgerFiles.push({ path, content, where: ledgerPlace2 });
      continue;
    }
    const where = classifyPath(path, config2.paths.workgroups);
    if (!where || where.kind === "config") continue;
    checked2++;
    if (where.kind === "misplaced") {
      problems.push(problem(path, "repo.misplaced", where.reason, { hint: where.hint }));
    } else if (where.kind === "charter") {
      const doc = checkYamlDocument(path, content, "charter");
      const wg = group(where.slug);
      wg.charterFound = true;
      charterDocs.set(where.slug, { ...doc, path });
      problems.push(...doc.problems);
      if (doc.data) {
        const findings = charterRules(doc.data, { config: config2, folderSlug: where.slug });
        problems.push(...placeFindings(path, findings, doc.locate));
        if (!findings.some((f) => f.severity === "error")) wg.charter = doc.data;
      }
    } else {
      const doc = checkYamlDocument(path, content, "report");
      problems.push(...doc.problems);
      group(where.slug).reports.set(where.month, { path, month: where.month });
      pendingReports.push({ path, slug: where.slug, month: where.month, checked: doc });
    }
  }
  const currentMonth = monthOf(now);
  for (const { path, slug, month, checked: doc } of pendingReports) {
    if (!doc.data) continue;
    const wg = group(slug);
    const charterData = charterDocs.get(slug)?.data;
    const charter2 = wg.charterFound ? charterData ?? "invalid" : void 0;
    const findings = reportRules(doc.data, { folderSlug: slug, fileMonth: month, charter: charter2, currentMonth });
    problems.push(...placeFindings(path, findings, doc.locate));
    if (!findings.some((f) => f.severity === "error"))
      wg.reports.get(month).report = doc.data;
  }
  const claims = [];
  const locators = /* @__PURE__ */ new Map();
  for (const doc of charterDocs.values()) {
    if (doc.data) claims.push({ slug: doc.data.slug, path: doc.path });
    locators.set(doc.path, doc.locate);
  }
  if (duplicateSlugs)
    problems.push(...duplicateSlugProblems(claims, (path) => locators.get(path) ?? (() => ({}))));
  const ledger2 = validateLedger(ledgerFiles, config2);
  problems.push(...ledger2.problems);
  return { config: config2, workgroups, problems: sortProblems(problems), checked: checked2, claims, ledger: ledger2.records };
}
function duplicateSlugProblems(claims, locateIn) {
  const bySlug = /* @__PURE__ */ new Map();
  for (const { slug, path } of claims) bySlug.set(slug, [...bySlug.get(slug) ?? [], path]);
  const problems = [];
  for (const [slug, paths] of bySlug) {
    if (paths.length < 2) continue;
    for (const path of paths) {
      const others = paths.filter((p) => p !== path);
      problems.push(
        ...placeFindings(
          path,
          [
            error(
              "rule.duplicate-slug",
              ["slug"],
              `The slug \`${slug}\` is also claimed by ${others.join(", ")}.`,
              "Each work group needs its own slug; rename one of them."
            )
          ],
          locateIn(path)
        )
      );
    }
  }
  return problems;
}

// src/gather/governance.ts
var QUERY = `query WgbotGovernance($owner: String!, $name: String!, $config: String!, $workgroups: String!) {
  repository(owner: $owner, name: $name) {
    url
    defaultBranchRef { name }
    config: object(expression: $config) { ... on Blob { text isTruncated } }
    workgroups: object(expression: $workgroups) {
      ... on Tree {
        entries {
          name
          type
          object {
            ... on Tree {
              entries {
                name
                type
                object {
                  ... on Blob { text isTruncated }
                  ... on Tree { entries { name type } }
                }
              }
            }
          }
        }
      }
    }
  }
}`;
async function gatherGovernance(github, repo, { now, ref = "HEAD" }) {
  const ask = (folder2) => graphql(github, QUERY, {
    owner: repo.owner,
    name: repo.repo,
    config: `${ref}:${CONFIG_PATH}`,
    workgroups: `${ref}:${folder2}`
  });
  let answer = await ask("workgroups");
  let requests = 1;
  const configText = answer.repository?.config?.text ?? void 0;
  const { config: config2 } = loadConfig(configText);
  if (config2.paths.workgroups !== "workgroups") {
    answer = await ask(config2.paths.workgroups);
    requests++;
  }
  if (!answer.repository) throw new Error(`GitHub: repository ${repo.owner}/${repo.repo} not found`);
  const folder = config2.paths.workgroups;
  const files = /* @__PURE__ */ new Map();
  if (configText !== void 0) files.set(CONFIG_PATH, configText);
  const unreadable = [];
  const reportPaths = [];
  for (const group of answer.repository.workgroups?.entries ?? []) {
    if (group.type !== "tree") continue;
    for (const entry of group.object?.entries ?? []) {
      const path = `${folder}/${group.name}/${entry.name}`;
      if (entry.type === "blob" && classifyPath(path, folder)?.kind === "charter") {
        const text = entry.object?.text;
        if (typeof text === "string" && !entry.object?.isTruncated) files.set(path, text);
        else unreadable.push(path);
      } else if (entry.type === "tree" && entry.name === "reports") {
        for (const report2 of entry.object?.entries ?? [])
          if (report2.type === "blob") reportPaths.push(`${path}/${report2.name}`);
      }
    }
  }
  const state = validateRepository({ files }, { now });
  for (const path of unreadable) {
    const where = classifyPath(path, folder);
    if (where?.kind !== "charter") continue;
    groupOf(state, where.slug).charterFound = true;
    state.problems.push(
      problem(path, "repo.unreadable", "The charter is too large or not text, so it could not be read.", {
        hint: "A charter is a short YAML file."
      })
    );
  }
  for (const path of reportPaths) {
    const where = classifyPath(path, folder);
    if (where?.kind !== "report") continue;
    groupOf(state, where.slug).reports.set(where.month, { path, month: where.month });
    state.checked++;
  }
  const branch = answer.repository.defaultBranchRef?.name ?? void 0;
  const url = answer.repository.url ?? void 0;
  return { state, requests, ...branch ? { branch } : {}, ...url ? { url } : {} };
}
function groupOf(state, slug) {
  let wg = state.workgroups.get(slug);
  if (!wg) {
    wg = {
      slug,
      charterPath: `${state.config.paths.workgroups}/${slug}/charter.yml`,
      charterFound: false,
      reports: /* @__PURE__ */ new Map()
    };
    state.workgroups.set(slug, wg);
  }
  return wg;
}

// src/gather/sweep-issues.ts
function toSweepIssue(raw2) {
  return {
    number: raw2.number,
    title: raw2.title,
    body: raw2.body ?? "",
    state: raw2.state === "closed" ? "closed" : "open",
    labels: raw2.labels.map((l) => typeof l === "string" ? l : l.name ?? ""),
    author: raw2.user ? { login: raw2.user.login, type: raw2.user.type } : null,
    created_at: raw2.created_at,
    updated_at: raw2.updated_at,
    ...raw2.milestone?.title ? { milestone: raw2.milestone.title } : {}
  };
}
async function gatherSweepIssues(github, repo, { closedSince }) {
  const list = (state, since) => github.paginate(github.rest.issues.listForRepo, {
    ...repo,
    state,
    per_page: 100,
    ...since ? { since: `${since}T00:00:00Z` } : {}
  });
  const [open, closed] = await Promise.all([list("open"), list("closed", closedSince)]);
  return [...open, ...closed].filter((i) => !i.pull_request).map(toSweepIssue);
}
async function gatherTimelines(github, repo, issues) {
  const timelines = /* @__PURE__ */ new Map();
  for (const issue of issues) {
    const events = await github.paginate(github.rest.issues.listEventsForTimeline, {
      ...repo,
      issue_number: issue,
      per_page: 100
    });
    timelines.set(issue, events);
  }
  return timelines;
}
var EDITS_PER_QUERY = 50;
async function gatherIssueEdits(github, repo, issues) {
  const edits = /* @__PURE__ */ new Map();
  for (let start = 0; start < issues.length; start += EDITS_PER_QUERY) {
    const batch = issues.slice(start, start + EDITS_PER_QUERY).filter((n) => Number.isSafeInteger(n) && n > 0);
    if (batch.length === 0) continue;
    const fields = batch.map(
      (n) => `i${n}: issue(number: ${n}) { userContentEdits(last: 20) { nodes { editedAt editor { login } } } }`
    ).join("\n    ");
    const query2 = `query WgbotIssueEdits($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) {
    ${fields}
  }
}`;
    const answer = await graphql(github, query2, { owner: repo.owner, name: repo.repo });
    for (const n of batch) {
      const nodes = answer.repository?.[`i${n}`]?.userContentEdits?.nodes ?? [];
      edits.set(
        n,
        nodes.flatMap(
          (node) => node?.editedAt ? [{ event: "edited", created_at: node.editedAt, actor: node.editor ?? null }] : []
        )
      );
    }
  }
  return edits;
}

// src/flows/sweep.ts
function openedEvent(issue) {
  const payload = {
    action: "opened",
    issue: {
      number: issue.number,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      labels: issue.labels.map((name2) => ({ name: name2 })),
      user: issue.author
    }
  };
  return { name: "issues", payload };
}
async function addApplicantEdits(ctx, issues, timelines, config2, self) {
  const check = [...timelines.keys()].filter((n) => {
    const issue = issues.find((i) => i.number === n);
    return issue?.labels.includes(config2.labels.needs_info) && editsMatter(issue, timelines.get(n) ?? [], config2, ctx.now, self);
  });
  if (check.length === 0) return;
  const edits = await gatherIssueEdits(ctx.github, ctx.repo, check);
  for (const [n, events] of edits) timelines.set(n, [...timelines.get(n) ?? [], ...events]);
}
var sweepRounds = {
  gather: async (_event, ctx) => {
    const { state, branch, url } = await gatherGovernance(ctx.github, ctx.repo, { now: ctx.now });
    const { config: config2 } = state;
    const issues = await gatherSweepIssues(ctx.github, ctx.repo, {
      closedSince: recentSince(state, ctx.now)
    });
    const timelines = await gatherTimelines(ctx.github, ctx.repo, grantCandidates(issues, config2, ctx.now));
    const self = await ctx.self();
    await addApplicantEdits(ctx, issues, timelines, config2, self);
    const repo = { owner: ctx.repo.owner, repo: ctx.repo.repo, ...url ? { repoUrl: url } : {} };
    return { state: { state, issues, timelines, ...repo, branch, self } };
  },
  decide: (s, now) => {
    const { state, issues, timelines, owner, repo, branch, repoUrl, self } = s;
    const config2 = state.config;
    const where = branch ? { repo, branch, ...repoUrl ? { repoUrl } : {} } : {};
    return {
      sweep: decideSweep({ state, issues, timelines, config: config2, now, owner, ...where, self }),
      unanswered: unansweredRequests(issues, config2, now)
    };
  },
  writes: (plan, s) => sweepWrites(plan.sweep, s.issues, s.self),
  report: (plan, s) => {
    const n = plan.unanswered.length;
    const answered = n === 0 ? "" : `; ${n} unanswered request${n === 1 ? "" : "s"} checked`;
    return {
      flow: "sweep",
      summary: `${plan.sweep.summary}${answered}`,
      plan: plan.sweep,
      problems: s.state.problems
    };
  },
  settles: false,
  next: async (plan, s, _writes, ctx) => {
    const board = await syncBoard(ctx, s.state.config, { state: s.state, branch: s.branch, url: s.repoUrl });
    const answers = [];
    for (const issue of plan.unanswered)
      answers.push(...(await requestFlow(openedEvent(issue), ctx, s.state.config)).writes);
    return [...board, ...answers];
  }
};
async function sweepFlow(event, ctx) {
  return await runRounds(sweepRounds, event, ctx);
}
var sweepModule = {
  name: "sweep",
  events: ["schedule", "workflow_dispatch"],
  handle: sweepFlow
};

// src/router/routes.ts
var EVENT_FLOWS = [
  requestModule,
  protectedLabelsModule,
  reportPrModule,
  sweepModule
];
var COMMAND_FLOWS = [recheckCommand, recommendCommand, boardCommand];
var COMMAND_EVENT = "issue_comment.created";
function flowForEvent(key, name2) {
  return EVENT_FLOWS.find((f) => f.events?.includes(key) || f.events?.includes(name2));
}
function flowForCommand(command) {
  return command === void 0 ? void 0 : COMMAND_FLOWS.find((f) => f.command === command);
}

// src/router/handle-event.ts
var SWEEP_EVENTS = ["schedule", "workflow_dispatch"];
var HANDLED_EVENTS = [
  ...EVENT_FLOWS.flatMap((f) => f.events ?? []).filter((e) => e.includes(".")),
  ...COMMAND_FLOWS.length > 0 ? [COMMAND_EVENT] : []
];
async function handleEvent(event, ctx, locks) {
  const route = chooseFlow(event);
  if (!("handle" in route)) return route;
  const run = () => runFlow(route, event, ctx);
  const item = locks ? itemKey(event) : void 0;
  return locks && item ? locks.run(item, run) : run();
}
async function runFlow(flow, event, ctx) {
  try {
    return await flow.handle(event, ctx);
  } catch (error2) {
    const number = (event.payload.issue ?? event.payload.pull_request)?.number;
    if (number !== void 0 && itemGone(error2, number)) {
      const status2 = error2.status;
      ctx.log.warn(`#${number} no longer exists (HTTP ${status2}); nothing to do.`);
      return ignored(`#${number} no longer exists`);
    }
    throw error2;
  }
}
function itemGone(error2, number) {
  const e = error2;
  if (e.status !== 404 && e.status !== 410) return false;
  const path = (e.request?.url ?? "").split("?")[0] ?? "";
  return new RegExp(`/(issues|pulls)/${number}(/(labels|comments|files)(/[^/]*)?)?$`).test(path);
}
function chooseFlow(event) {
  const { payload } = event;
  const key = `${event.name}.${payload.action ?? ""}`;
  const sweep = SWEEP_EVENTS.includes(event.name) ? flowForEvent(key, event.name) : void 0;
  if (sweep) return sweep;
  if (isBot(payload.sender)) return ignored(`event from bot ${payload.sender?.login ?? "(unknown)"}`);
  if (key === COMMAND_EVENT) {
    const command = flowForCommand(commandName(parseCommand(payload.comment?.body)));
    return command ?? ignored("comment is not a command");
  }
  return flowForEvent(key, event.name) ?? ignored(`no flow for ${key}`);
}

// src/app.ts
function createApp({
  now = () => /* @__PURE__ */ new Date(),
  configMaxAgeMs = CONFIG_MAX_AGE_MS,
  locks
} = {}) {
  return (app) => {
    const configs = new ConfigCache(configMaxAgeMs);
    const self = appIdentity(async () => (await app.auth()).rest.apps.getAuthenticated());
    app.on("push", async (context) => {
      const { owner, repo } = context.repo();
      configs.onPush(`${owner}/${repo}`, context.payload);
    });
    app.on([...HANDLED_EVENTS], async (context) => {
      const event = { name: context.name, payload: context.payload };
      const repository = event.payload.repository;
      if (!repository) return;
      const outcome = await handleEvent(
        event,
        {
          github: context.octokit,
          repo: { owner: repository.owner.login, repo: repository.name },
          now: now(),
          dryRun: false,
          self,
          configs,
          log: { info: (m) => context.log.info(m), warn: (m) => context.log.warn(m) }
        },
        locks
      ).catch(asNetworkError);
      context.log.info(`${context.name}.${event.payload.action ?? ""}: ${outcome.summary}`);
    });
  };
}
function asNetworkError(error2) {
  const message = unreachable(error2);
  if (message === void 0) throw error2;
  throw new Error(message);
}
var app_default = createApp({ locks: localItemLocks() });

// src/github/probot-octokit.ts
import { ProbotOctokit } from "probot";
function wgbotProbotOctokit({
  throttle = true,
  retry: retry2 = throttle,
  timing = PRODUCTION_TIMING
} = {}) {
  return ProbotOctokit.defaults((options) => {
    const log = options.log ?? { warn: () => {
    } };
    const request = options.request;
    return {
      ...options,
      throttle: throttle ? { ...options.throttle, ...throttleOptions(log, timing) } : { enabled: false },
      retry: retry2 ? retryOptions(timing) : { enabled: false },
      // Without retries, creates are not retried either (apply/create-once.ts reads `request.retries`).
      request: {
        ...request,
        // Probot's own fetch, when given one, is kept (with the time limit); otherwise Node's.
        fetch: timedFetch(timing.requestTimeoutMs, request?.fetch),
        // Not an Octokit option: createOnce (apply/create-once.ts) reads it to wait as long as the retry plugin would.
        secondMs: timing.secondMs,
        ...retry2 ? {} : { retries: 0 }
      }
    };
  });
}

// src/server/gate.ts
import { STATUS_CODES } from "node:http";
import { emitterEventNames } from "@octokit/webhooks";

// src/server/log.ts
import { getTransformStream } from "@probot/pino";
import pino from "pino";
async function createLog(options) {
  const transform = await getTransformStream({
    logFormat: options.format,
    logLevelInString: options.levelInString,
    sentryDsn: options.sentryDsn || void 0
  });
  transform.pipe(options.destination ?? pino.destination(1));
  return pino(
    {
      level: options.level,
      messageKey: options.messageKey || "msg",
      hooks: { streamWrite: uniqueKeys }
    },
    transform
  );
}
function uniqueKeys(line) {
  return `${JSON.stringify(JSON.parse(line))}
`;
}
function quoteForLog(value, max = 64) {
  if (value === void 0) return "none";
  const text = Array.isArray(value) ? value.join(", ") : value;
  const shown = `"${escapeForLog(text.slice(0, max))}"`;
  return text.length > max ? `${shown}... (${text.length} characters)` : shown;
}
function escapeForLog(value, max = 64) {
  if (value === void 0) return void 0;
  const text = (Array.isArray(value) ? value.join(", ") : value).slice(0, max);
  return text.replace(
    /[^\x20-\x7e]|["\\]/g,
    (c) => c === '"' || c === "\\" ? `\\${c}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}

// src/server/gate.ts
var LINGER_BYTES = 64 * 1024;
var LINGER_MS = 2e3;
var JSON_TYPE = /^\s*(application\/json)\s*(?:;|$)/u;
var REQUIRED_HEADERS = ["x-github-event", "x-hub-signature-256", "x-github-delivery"];
var GITHUB_EVENTS = new Set(emitterEventNames.filter((name2) => !name2.includes(".")));
function createGate(options) {
  const lingering = /* @__PURE__ */ new Set();
  function refuse2(req, res, refusal3) {
    const delivery = quoteForLog(req.headers["x-github-delivery"]);
    const path = quoteForLog(req.url, 100);
    const line = `refused ${req.method} ${path}: ${refusal3.status} ${refusal3.reason} (delivery ${delivery})`;
    const fields = options.structuredLog ? {
      status: refusal3.status,
      reason: refusal3.reason,
      delivery: escapeForLog(req.headers["x-github-delivery"]),
      path: escapeForLog(req.url, 100)
    } : {};
    if (refusal3.status === 404) options.log.info(fields, line);
    else options.log.warn(fields, line);
    answer(req, res, refusal3.status, JSON.stringify({ error: refusal3.error }));
  }
  function answer(req, res, status2, body) {
    const headers = {
      "content-type": "application/json",
      "content-length": String(Buffer.byteLength(body)),
      "cache-control": "no-store"
    };
    const text = req.method === "HEAD" ? "" : body;
    if (req.socket.destroyed) return;
    if (!bodyPending(req)) {
      res.writeHead(status2, headers).end(text);
      return;
    }
    const socket = req.socket;
    res.on("error", () => {
    });
    const head = Object.entries({ ...headers, connection: "close" }).map(([k, v]) => `${k}: ${v}\r
`);
    socket.end(`HTTP/1.1 ${status2} ${STATUS_CODES[status2]}\r
${head.join("")}\r
${text}`);
    req.removeAllListeners("data");
    let dropped = 0;
    req.on("data", (chunk) => {
      dropped += chunk.length;
      if (dropped >= LINGER_BYTES) req.pause();
    });
    req.resume();
    lingering.add(socket);
    const timer = setTimeout(() => socket.destroy(), LINGER_MS);
    timer.unref();
    socket.once("close", () => {
      clearTimeout(timer);
      lingering.delete(socket);
    });
  }
  async function webhook(req, res) {
    const type = req.headers["content-type"];
    if (typeof type !== "string" || !JSON_TYPE.test(type))
      return refuse2(req, res, {
        status: 415,
        reason: "wrong content type",
        error: 'Unsupported "Content-Type" header value. Must be "application/json"'
      });
    const missing = REQUIRED_HEADERS.filter((name2) => req.headers[name2] === void 0);
    if (missing.length > 0)
      return refuse2(req, res, {
        status: 400,
        reason: `missing ${missing.join(", ")}`,
        error: `Required headers missing: ${missing.join(", ")}`
      });
    const event = String(req.headers["x-github-event"]);
    if (!GITHUB_EVENTS.has(event))
      return refuse2(req, res, {
        status: 400,
        reason: `unknown event ${quoteForLog(event, 40)}`,
        error: "X-GitHub-Event is not a GitHub webhook event."
      });
    const body = await readBody(req, options.maxBytes);
    if (body === "too large") return refuse2(req, res, tooLarge(options.maxBytes, "streamed"));
    if (body === "cut")
      return refuse2(req, res, {
        status: 400,
        reason: "connection closed mid-body",
        error: "Incomplete body."
      });
    if (!await options.verify(body, String(req.headers["x-hub-signature-256"])).catch(() => false))
      return refuse2(req, res, {
        status: 400,
        reason: "bad signature",
        error: "The signature does not match the payload and the webhook secret (X-Hub-Signature-256)."
      });
    if (!isJsonObject(body))
      return refuse2(req, res, {
        status: 400,
        reason: "malformed JSON",
        error: "The payload is not a JSON object."
      });
    req.body = body;
    if (await options.deliver(req, res) !== true)
      refuse2(req, res, { status: 404, reason: "not handled", error: "Not found" });
  }
  async function handle(req, res) {
    const declared = Number(req.headers["content-length"]);
    if (declared > options.maxBytes) return refuse2(req, res, tooLarge(options.maxBytes, "declared"));
    const path = (req.url ?? "").split("?")[0];
    if (path === options.healthPath && (req.method === "GET" || req.method === "HEAD"))
      return answer(req, res, 200, options.health());
    if (path === options.webhookPath && req.method === "POST") return webhook(req, res);
    refuse2(req, res, { status: 404, reason: "unknown path", error: "Not found" });
  }
  return {
    handle,
    close: () => {
      for (const socket of lingering) socket.destroy();
    }
  };
}
function tooLarge(limit, how) {
  return {
    status: 413,
    reason: `too large (${how} over ${limit} bytes)`,
    error: `Payload too large: wgbot accepts webhooks of at most ${limit} bytes.`
  };
}
function bodyPending(req) {
  const announced = req.headers["transfer-encoding"] !== void 0 || Number(req.headers["content-length"] ?? 0) > 0;
  return announced && !req.readableEnded;
}
function readBody(req, limit) {
  return new Promise((resolve2) => {
    const chunks = [];
    let size = 0;
    const stop = (outcome) => {
      req.off("data", onData).off("end", onEnd).off("error", onCut).off("close", onCut);
      chunks.length = 0;
      resolve2(outcome);
    };
    const onData = (chunk) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.pause();
      stop("too large");
    };
    const onEnd = () => {
      req.off("error", onCut).off("close", onCut);
      resolve2(new TextDecoder().decode(Buffer.concat(chunks)));
    };
    const onCut = () => stop("cut");
    req.on("data", onData).once("end", onEnd).once("error", onCut).once("close", onCut);
  });
}
function isJsonObject(text) {
  try {
    const value = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

// src/server/listen.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { join as join3 } from "node:path";

// src/server/settings.ts
import { statSync } from "node:fs";
import { resolve } from "node:path";
var ServerConfigError = class extends Error {
};
var DEFAULT_WEBHOOK_PATH = "/api/github/webhooks";
function serverSettings(env) {
  const problems = [];
  const production = env.NODE_ENV === "production";
  if (!env.APP_ID?.trim())
    problems.push("APP_ID is not set: use the App ID from the GitHub App's settings page.");
  else if (!/^[1-9]\d*$/.test(env.APP_ID.trim()))
    problems.push(`APP_ID must be a number, not '${env.APP_ID}'.`);
  if (!env.PRIVATE_KEY?.trim() && !env.PRIVATE_KEY_PATH?.trim())
    problems.push(
      "Neither PRIVATE_KEY nor PRIVATE_KEY_PATH is set: give the App's private key (a .pem file) in one of them."
    );
  else if (!env.PRIVATE_KEY?.trim()) {
    const missing = keyFileProblem(env.PRIVATE_KEY_PATH?.trim() ?? "");
    if (missing) problems.push(missing);
  }
  const secretConfigured = Boolean(env.WEBHOOK_SECRET);
  if (!secretConfigured && production)
    problems.push(
      "WEBHOOK_SECRET is not set. In production wgbot refuses to start without it, because webhooks could not be verified: set it to the secret in the GitHub App's webhook settings."
    );
  const portText = env.PORT?.trim() || "3000";
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535)
    problems.push(`PORT must be a port number, not '${env.PORT}'.`);
  const webhookPath = env.WEBHOOK_PATH?.trim() || DEFAULT_WEBHOOK_PATH;
  if (!/^(?:\/[A-Za-z0-9._~-]+)+\/?$/.test(webhookPath) || /\/\.\.?(?:\/|$)/.test(webhookPath))
    problems.push(
      `WEBHOOK_PATH must be a plain path such as ${DEFAULT_WEBHOOK_PATH} (letters, digits and -._~ between single slashes, no . or .. segments, no %-escapes or query), not '${webhookPath}'.`
    );
  if (env.GHE_PROTOCOL && !["http", "https"].includes(env.GHE_PROTOCOL))
    problems.push(`GHE_PROTOCOL must be http or https, not '${env.GHE_PROTOCOL}'.`);
  const throttleText = env.WGBOT_THROTTLE?.trim() || "on";
  if (throttleText !== "on" && throttleText !== "off")
    problems.push(`WGBOT_THROTTLE must be on or off, not '${env.WGBOT_THROTTLE}'.`);
  const redisUrl = env.REDIS_URL?.trim() || void 0;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl))
    problems.push(`REDIS_URL must start with redis:// or rediss://, not '${redisUrl}'.`);
  const webhookProxyUrl = env.WEBHOOK_PROXY_URL?.trim() || void 0;
  if (webhookProxyUrl && !/^https?:\/\/[^\s/]+/.test(webhookProxyUrl))
    problems.push(
      `WEBHOOK_PROXY_URL must be a web address such as https://smee.io/<channel>, not '${webhookProxyUrl}'.`
    );
  if (problems.length > 0) throw new ServerConfigError(problems.join("\n"));
  return {
    port,
    host: env.HOST?.trim() || void 0,
    webhookPath,
    production,
    secretConfigured,
    throttle: throttleText === "on",
    redisUrl,
    webhookProxyUrl
  };
}
function keyFileProblem(path) {
  const full = resolve(path);
  const shown = full === path ? `'${path}'` : `'${path}' (${full})`;
  try {
    if (statSync(full).isFile()) return void 0;
    return `PRIVATE_KEY_PATH names ${shown}, which is not a file: give the path of the App's private key (.pem).`;
  } catch (error2) {
    const code2 = error2.code;
    if (code2 === "ENOENT" || code2 === "ENOTDIR")
      return `PRIVATE_KEY_PATH names ${shown}, but there is no such file: check the path (a relative path starts from the folder the server runs in), or give the key itself in PRIVATE_KEY.`;
    return `PRIVATE_KEY_PATH names ${shown}, which cannot be read (${code2}): let the server's user read it.`;
  }
}

// src/server/listen.ts
function listen(server, port, host) {
  return new Promise((resolve2, reject) => {
    server.once("error", (error2) => {
      const where = host ? `${host}:${port}` : `port ${port}`;
      reject(
        error2.code === "EADDRINUSE" ? new ServerConfigError(`Port ${port} is already in use: set PORT to a free port.`) : error2.code === "EADDRNOTAVAIL" || error2.code === "ENOTFOUND" ? new ServerConfigError(
          `Cannot listen on ${where}: HOST '${host}' is not an address of this machine. Unset HOST to listen on all of them.`
        ) : error2
      );
    });
    server.listen({ port, host }, resolve2);
  });
}
function boundAddress(server) {
  const address = server.address();
  const everywhere = address.address === "::" || address.address === "0.0.0.0";
  const show = (host) => host.includes(":") ? `[${host}]` : host;
  const url = `http://${show(address.address)}:${address.port}`;
  const loopback = address.family === "IPv6" ? "::1" : "127.0.0.1";
  return {
    url,
    local: `http://${show(everywhere ? loopback : address.address)}:${address.port}`,
    everywhere
  };
}
function packageInfo() {
  try {
    const pkg = JSON.parse(readFileSync2(join3(templatesDir(), "..", "package.json"), "utf8"));
    return { name: pkg.name ?? "wgbot", version: pkg.version ?? "unknown" };
  } catch {
    return { name: "wgbot", version: "unknown" };
  }
}

// src/server/redis-locks.ts
import { randomUUID } from "node:crypto";
var LOCK_DEFAULTS = { ttlMs: 6e4, waitMs: 12e4, pollMs: 50 };
var KEY_PREFIX = "wgbot:item:";
var RELEASE = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;
var RENEW = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("pexpire", KEYS[1], ARGV[2]) else return 0 end`;
var ItemBusyError = class extends Error {
};
function redisItemLocks(redis, options) {
  const local = localItemLocks();
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms) => new Promise((done) => setTimeout(done, ms)));
  async function acquire(name2, token, item) {
    const deadline = now() + options.waitMs;
    let pause = options.pollMs;
    let waited = false;
    while (await redis.set(name2, token, "PX", options.ttlMs, "NX") !== "OK") {
      if (!waited) {
        waited = true;
        options.log.info(`${item} is being worked on by another wgbot instance: waiting for it to finish.`);
      }
      if (now() >= deadline) {
        const seconds = Math.round(options.waitMs / 1e3);
        const message = `${item} is still being worked on by another wgbot instance after ${seconds} s of waiting: this delivery was not handled. Redeliver it from the App's advanced settings (Recent Deliveries) once that run has finished; if this repeats, look for a stuck instance.`;
        options.log.warn(message);
        throw new ItemBusyError(message);
      }
      await sleep(pause);
      pause = Math.min(pause * 2, 1e3);
    }
  }
  async function held(item, work) {
    const name2 = KEY_PREFIX + item;
    const token = randomUUID();
    await acquire(name2, token, item);
    const renewal = setInterval(
      () => {
        redis.eval(RENEW, 1, name2, token, options.ttlMs).catch(() => {
        });
      },
      Math.max(1, Math.floor(options.ttlMs / 3))
    );
    renewal.unref();
    try {
      return await work();
    } finally {
      clearInterval(renewal);
      await redis.eval(RELEASE, 1, name2, token).catch((error2) => {
        options.log.warn(`Could not release the lock on ${item} (${error2.message}); it expires by itself.`);
      });
    }
  }
  return { run: (item, work) => local.run(item, () => held(item, work)) };
}

// src/server/optional-packages.ts
var loadPackage = (name2) => import(name2);
var REDIS_CONNECT_MS = 1e4;
async function redisLocks(url, log, load = loadPackage) {
  const Redis = await required(load, "ioredis", "REDIS_URL", "npm install ioredis", (m) => {
    const mod = m;
    return mod.Redis ?? mod.default;
  });
  const client = new Redis(url, { lazyConnect: true });
  let started = false;
  let first;
  client.on("error", (error2) => {
    if (started) log.error(`Redis (${redactUrl(url)}): ${error2.message}`);
    else first ??= error2;
  });
  let timer;
  try {
    await Promise.race([
      client.connect(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${REDIS_CONNECT_MS / 1e3} s`)),
          REDIS_CONNECT_MS
        );
      })
    ]);
  } catch (error2) {
    client.disconnect();
    throw new ServerConfigError(
      `Cannot reach Redis at ${redactUrl(url)} (REDIS_URL): ${(first ?? error2).message}. Check the address, or unset REDIS_URL to run one instance without it.`
    );
  } finally {
    clearTimeout(timer);
  }
  started = true;
  return {
    locks: redisItemLocks(client, { ...LOCK_DEFAULTS, log }),
    close: async () => {
      await client.quit().catch(() => {
      });
    }
  };
}
async function webhookProxy(source, target, logger, load = loadPackage) {
  const SmeeClient = await required(
    load,
    "smee-client",
    "WEBHOOK_PROXY_URL",
    "npm install --no-save smee-client",
    (m) => m.SmeeClient
  );
  const client = new SmeeClient({ source, target, logger });
  const events = await client.start();
  return () => {
    if (events?.close) events.close();
    else void client.stop?.();
  };
}
async function required(load, name2, setting, install, pick) {
  let found;
  try {
    found = pick(await load(name2));
  } catch {
    found = void 0;
  }
  if (typeof found !== "function")
    throw new ServerConfigError(
      `${setting} is set, but the ${name2} package is not installed: run \`${install}\` in wgbot's folder, or unset ${setting}.`
    );
  return found;
}
function redactUrl(url) {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, "//$1:***@");
}

// src/server/server.ts
var HEALTH_PATH = "/healthz";
var MAX_WEBHOOK_BYTES = 1024 * 1024;
var REQUEST_RECEIVE_TIMEOUT_MS = 3e4;
async function startServer(env, options = {}) {
  const settings = serverSettings(env);
  const load = options.load ?? loadPackage;
  const format = env.LOG_FORMAT === "pretty" || env.LOG_FORMAT === "json" ? env.LOG_FORMAT : settings.production ? "json" : "pretty";
  const log = await createLog({
    level: env.LOG_LEVEL || "info",
    format,
    levelInString: env.LOG_LEVEL_IN_STRING === "true",
    messageKey: env.LOG_MESSAGE_KEY,
    sentryDsn: env.SENTRY_DSN,
    destination: options.logDestination
  });
  const shared = settings.redisUrl ? await redisLocks(settings.redisUrl, log, load) : void 0;
  let probot;
  try {
    probot = createProbot({
      env,
      overrides: {
        // Retries stay on either way; WGBOT_THROTTLE=off only stops the spacing of writes.
        Octokit: wgbotProbotOctokit({ throttle: settings.throttle, retry: true, timing: options.timing }),
        log,
        webhookPath: settings.webhookPath
      }
    });
    await probot.ready();
  } catch (error2) {
    await shared?.close();
    const message = error2.message;
    if (/privateKey/i.test(message))
      throw new ServerConfigError(
        `The private key cannot be read (PRIVATE_KEY or PRIVATE_KEY_PATH): ${message}`
      );
    throw error2;
  }
  if (!settings.secretConfigured)
    probot.log.warn(
      "WEBHOOK_SECRET is not set: webhooks are verified with Probot's development secret. Never run like this in production."
    );
  if (!settings.throttle)
    probot.log.warn(
      "WGBOT_THROTTLE=off: writes to GitHub are not spaced out. This is for load tests against a fake GitHub only: GitHub's secondary rate limits expect the spacing."
    );
  const pkg = packageInfo();
  const started = Date.now();
  const gate = createGate({
    webhookPath: settings.webhookPath,
    healthPath: HEALTH_PATH,
    maxBytes: MAX_WEBHOOK_BYTES,
    log: probot.log.child({ name: "server" }),
    structuredLog: format === "json",
    verify: (body, signature) => probot.webhooks.verify(body, signature),
    health: () => JSON.stringify({
      status: "ok",
      name: pkg.name,
      version: pkg.version,
      uptime_seconds: Math.round((Date.now() - started) / 1e3)
    }),
    // Probot's middleware (signature verified again, then the app's handlers), reached only through the gate.
    deliver: await createNodeMiddleware(
      createApp({ now: options.now, locks: shared?.locks ?? localItemLocks() }),
      {
        probot,
        webhooksPath: settings.webhookPath
      }
    )
  });
  const requestTimeout = options.requestTimeoutMs ?? REQUEST_RECEIVE_TIMEOUT_MS;
  const server = createServer(
    {
      requestTimeout,
      headersTimeout: requestTimeout,
      // Node looks for late requests this often (30 s by default, which would double the limit).
      connectionsCheckingInterval: Math.max(10, Math.min(5e3, Math.floor(requestTimeout / 4)))
    },
    (req, res) => {
      void gate.handle(req, res).catch((error2) => {
        probot.log.error(error2);
        if (!res.headersSent) res.writeHead(500).end();
      });
    }
  );
  try {
    await listen(server, settings.port, settings.host);
  } catch (error2) {
    await shared?.close();
    throw error2;
  }
  const bound = boundAddress(server);
  const target = `${bound.local}${settings.webhookPath}`;
  let stopProxy;
  try {
    if (settings.webhookProxyUrl)
      stopProxy = await webhookProxy(
        settings.webhookProxyUrl,
        target,
        probot.log.child({ name: "smee" }),
        load
      );
  } catch (error2) {
    server.close();
    await shared?.close();
    throw error2;
  }
  const extras = [
    bound.everywhere ? "all interfaces" : "",
    `webhooks at ${settings.webhookPath}`,
    `health at ${HEALTH_PATH}`,
    settings.redisUrl ? `sharing rate limits and item locks through ${redactUrl(settings.redisUrl)}` : "",
    settings.webhookProxyUrl ? `forwarding deliveries from ${settings.webhookProxyUrl}` : ""
  ].filter(Boolean);
  probot.log.info(`wgbot ${pkg.version} listening on ${bound.url} (${extras.join(", ")})`);
  return {
    url: bound.local,
    probot,
    server,
    close: async () => {
      stopProxy?.();
      await new Promise((resolve2, reject) => {
        server.close((error2) => error2 ? reject(error2) : resolve2());
        server.closeIdleConnections();
        gate.close();
      });
      await shared?.close();
    }
  };
}

// src/server/main.ts
async function main(env = process.env, cwd = process.cwd()) {
  const dotenv = join4(cwd, ".env");
  if (existsSync2(dotenv)) process.loadEnvFile(dotenv);
  let running;
  let signalled;
  const finish = (code2) => {
    process.exitCode = code2;
    setTimeout(() => process.exit(code2), 2e3).unref();
  };
  const stop = (server, signal) => {
    server.probot.log.info(`${signal}: stopping`);
    server.close().then(
      () => finish(0),
      () => finish(1)
    );
  };
  const onSignal = (signal) => {
    if (signalled) process.exit(1);
    signalled = signal;
    if (running) stop(running, signal);
  };
  process.on("SIGTERM", () => onSignal("SIGTERM"));
  process.on("SIGINT", () => onSignal("SIGINT"));
  try {
    running = await startServer(env);
  } catch (error2) {
    if (error2 instanceof ServerConfigError) {
      process.stderr.write(`wgbot server: cannot start.
${error2.message}
`);
      return 1;
    }
    process.stderr.write(`wgbot server: cannot start: ${error2.stack ?? error2}
`);
    return 1;
  }
  if (signalled) stop(running, signalled);
  return 0;
}

// src/server/run.ts
var code = await main();
if (code !== 0) process.exitCode = code;
