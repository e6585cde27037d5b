/**
 * A small offline GitHub for `wgbot simulate`: a real Octokit (the same REST methods and pagination the core
 * uses everywhere) whose `fetch` never leaves the machine. It is answered by the in-memory GitHub
 * (../fake-github/), seeded with the local governance repository, the event's payload and the team memberships
 * given on the command line (./seed.ts); nothing else exists, so lists hold only the payload's item. A dry run
 * should write nothing, so every write is recorded to be reported; it changes only the in-memory copy. wgbot acts
 * as the offline GitHub's own App, whose bot answers `GET /app` and GraphQL `viewer`, so the core learns who it is
 * as it does online.
 */
import { InMemoryGitHub } from "../fake-github/github.ts";
import { isMutation } from "../fake-github/graphql-executor.ts";
import type { ApiAnswer, FileContent } from "../fake-github/types.ts";
import { type GitHub, WgbotOctokit } from "../github/client.ts";
import type { Payload } from "../model/event.ts";
import type { Repo } from "../model/repo.ts";
import { readLocalTree } from "./local-tree.ts";
import { seed } from "./seed.ts";

export const OFFLINE_API = "https://offline.wgbot.invalid";
/** The offline GitHub's own App: wgbot acts as its bot, `<slug>[bot]`. */
export const OFFLINE_APP_SLUG = "wgbot-simulate";

export interface OfflineCall {
  method: string;
  /** Path and query, as the core asked for it (`/repos/psf/governance/contents/.github%2Fwgbot.yml`). */
  path: string;
  status: number;
  /** A write (recorded, and made only to the in-memory copy), as opposed to a read (a GET, or a GraphQL query). */
  write: boolean;
  /** Where the answer came from. */
  source: "repository" | "payload" | "teams" | "identity" | "unanswered" | "recorded";
  body?: unknown;
}

export interface OfflineOptions {
  /** The local governance repository: the default branch. */
  root: string;
  repo: Repo;
  payload: Payload;
  /** team slug → member logins. */
  teams: ReadonlyMap<string, ReadonlySet<string>>;
  /** Files a pull request adds or changes, laid out as in the repository: its head is the root plus these. */
  head?: string;
}

/** Where each kind of resource comes from offline. */
const SOURCES: Record<NonNullable<ApiAnswer["resource"]>, OfflineCall["source"]> = {
  app: "identity",
  teams: "teams",
  repository: "repository",
  git: "repository",
  graphql: "repository",
  items: "payload",
  checks: "payload",
};

export class OfflineGitHub {
  readonly calls: OfflineCall[] = [];
  readonly github: GitHub;
  /** Local files left out for being over GitHub's size limit for a file. */
  readonly tooLarge: string[];
  private readonly state: InMemoryGitHub;

  constructor(options: OfflineOptions) {
    this.state = new InMemoryGitHub(options.repo.owner, options.repo.repo);
    this.state.actor = { login: `${OFFLINE_APP_SLUG}[bot]`, type: "Bot" };
    const base = readLocalTree(options.root);
    const head = options.head ? readLocalTree(options.head) : undefined;
    this.tooLarge = [...base.tooLarge, ...(head?.tooLarge ?? [])];
    seed(this.state, {
      payload: options.payload,
      base: base.files as Map<string, FileContent>,
      overlay: (head?.files ?? new Map()) as Map<string, FileContent>,
      teams: options.teams,
    });
    this.github = new WgbotOctokit({
      baseUrl: OFFLINE_API,
      userAgent: "wgbot-simulate",
      throttle: { enabled: false },
      retry: { enabled: false },
      request: { fetch: (url: string, init: RequestInit) => this.fetch(url, init) },
    });
  }

  get reads(): OfflineCall[] {
    return this.calls.filter((c) => !c.write);
  }

  /** Writes the core attempted (none in a dry run, unless a flow ignores `dryRun`). */
  get writes(): OfflineCall[] {
    return this.calls.filter((c) => c.write);
  }

  get unanswered(): OfflineCall[] {
    return this.calls.filter((c) => c.source === "unanswered");
  }

  private async fetch(url: string, init: RequestInit): Promise<Response> {
    const parsed = new URL(url);
    const method = (init.method ?? "GET").toUpperCase();
    const body = typeof init.body === "string" && init.body ? (JSON.parse(init.body) as unknown) : undefined;
    const query = Object.fromEntries(parsed.searchParams);
    const graphql = method === "POST" && /^\/(api\/)?graphql$/.test(parsed.pathname);
    const gql = (body ?? {}) as { query?: unknown };
    const write = method !== "GET" && method !== "HEAD" && !(graphql && !isMutation(String(gql.query ?? "")));
    const answer = this.state.answer({ method, path: parsed.pathname, query, body, baseUrl: OFFLINE_API });
    const source = write ? "recorded" : answer.resource ? SOURCES[answer.resource] : "unanswered";
    if (source === "unanswered")
      answer.body = { message: "Not Found (wgbot simulate cannot answer this request offline)" };
    this.calls.push({
      method,
      path: `${parsed.pathname}${parsed.search}`,
      status: answer.status,
      write,
      source,
      ...(body === undefined ? {} : { body }),
    });
    const headers = { ...answer.headers, "content-type": "application/json; charset=utf-8" };
    if (answer.status === 204 || answer.body === undefined)
      return new Response(null, { status: answer.status });
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers });
  }
}
