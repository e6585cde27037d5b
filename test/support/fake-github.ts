/**
 * A small stateful fake of the GitHub REST API on loopback. Tests point Octokit (through Probot, the Action entry
 * or the CLI) at it, so only HTTP is faked: every request the code makes is recorded and checked, and the state
 * it leaves (labels, comments, milestones, issues, check runs) is what a second run reads back.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { executeGraphQL, GitRevision, type GqlObject } from "./fake-graphql.ts";

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: unknown;
}

export interface FakeLabel {
  name: string;
}
export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  state_reason?: string | null;
  labels: FakeLabel[];
  user: { login: string; type: string };
  milestone: { number: number; title: string } | null;
  assignees: { login: string }[];
  pull_request?: object;
  created_at: string;
  updated_at: string;
}
export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
}
export interface FakeMilestone {
  number: number;
  title: string;
  due_on: string | null;
  state: "open" | "closed";
  description: string | null;
}

/** A pull request: its head and base revisions (in `commits`) and the files it changes. */
export interface FakePull {
  number: number;
  user: { login: string; type: string };
  head: { sha: string; ref: string };
  base: { sha: string; ref: string };
  files: {
    filename: string;
    status: "added" | "modified" | "removed" | "renamed";
    previous_filename?: string;
  }[];
}
export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  output: { title: string | null; summary: string | null; text: string | null; annotations_count: number };
  annotations: Record<string, unknown>[];
  app: { slug: string };
}
export interface FakeLabelEvent {
  issue: number;
  label: string;
  actor: { login: string; type: string };
  created_at: string;
}

/** A fault to inject: the next `times` requests matching method and path answer with this status. */
export interface Fault {
  method?: string;
  path: RegExp;
  status: number;
  times: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Let this many matching requests through first (to fail the n-th request to a path). */
  skip?: number;
  /** Answer only after this many milliseconds: past the client's timeout, the client gives up first. */
  delayMs?: number;
  /** Perform the request (change the state) before answering with the fault: GitHub acted, the answer was lost. */
  applied?: boolean;
}

type Route = (req: { params: string[]; query: Record<string, string>; body: unknown }) => {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
};

/** wgbot's own account on the fake: the bot of the App `wgbot` (GET /app answers its slug). */
export const BOT = { login: "wgbot[bot]", type: "Bot" };

/** Other authors a test can post as: another app's bot, and a person. */
export const OTHER_APP = { login: "other-app[bot]", type: "Bot" };
export const asBot = (login: string) => ({ login, type: "Bot" });
export const asPerson = (login: string) => ({ login, type: "User" });

export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  issues = new Map<number, FakeIssue>();
  comments: FakeComment[] = [];
  milestones: FakeMilestone[] = [];
  labels = new Set<string>();
  /** Files on the default branch, by path. */
  files = new Map<string, string>();
  /** team slug → member logins */
  teams = new Map<string, Set<string>>();
  requests: RecordedRequest[] = [];
  /** Monthly reports and the sweep: other revisions, pull requests, check runs, label history. */
  commits = new Map<string, Map<string, string>>();
  pulls = new Map<number, FakePull>();
  checkRuns: FakeCheckRun[] = [];
  labelEvents: FakeLabelEvent[] = [];
  /** Board review: branches other than main (name → commit in `commits`), as wgbot's charter pull requests make. */
  branches = new Map<string, string>();
  faults: Fault[] = [];
  /**
   * Who the authenticated token acts as, for comments and issues it creates; also what `GET /app` (the slug, for an
   * App's bot) and GraphQL `viewer { login }` answer. A test of the Action sets `github-actions[bot]`.
   */
  actor = BOT;
  private server?: Server;
  private delayed = new Set<NodeJS.Timeout>();
  private nextId = 1000;
  private clock = Date.parse("2026-11-21T12:00:00Z");
  private routes: [string, RegExp, Route][] = [];

  constructor(owner = "psf", repo = "governance") {
    this.owner = owner;
    this.repo = repo;
    this.defineRoutes();
    this.defineGovernanceRoutes();
    this.defineBoardRoutes();
  }

  get url(): string {
    const address = this.server?.address() as AddressInfo | undefined;
    if (!address) throw new Error("fake GitHub is not started");
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    return this;
  }

  async stop(): Promise<void> {
    for (const timer of this.delayed) clearTimeout(timer);
    this.delayed.clear();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Requests that change something (everything but GET). */
  get writes(): RecordedRequest[] {
    return this.requests.filter(
      (r) => r.method !== "GET" && !r.path.includes("/access_tokens") && !isGraphQLQuery(r),
    );
  }

  /** The writes as tests assert them: method, path and body only. */
  get writeLog(): { method: string; path: string; body?: unknown }[] {
    return this.writes.map((w) => ({
      method: w.method,
      path: w.path,
      ...(w.body === undefined ? {} : { body: w.body }),
    }));
  }

  reset(): void {
    this.requests = [];
  }

  addIssue(partial: Partial<FakeIssue> & { title: string; body: string }): FakeIssue {
    const number = this.issues.size + this.comments.length + 1;
    const issue: FakeIssue = {
      number,
      state: "open",
      labels: [],
      user: { login: "ada", type: "User" },
      milestone: null,
      assignees: [],
      created_at: this.now(),
      updated_at: this.now(),
      ...partial,
    };
    this.issues.set(issue.number, issue);
    for (const l of issue.labels) this.labels.add(l.name);
    return issue;
  }

  addComment(issue: number, body: string, user = { login: "ada", type: "User" }): FakeComment {
    const comment = { id: this.nextId++, issue, body, user, created_at: this.now(), updated_at: this.now() };
    this.comments.push(comment);
    return comment;
  }

  commentsOn(issue: number): FakeComment[] {
    return this.comments.filter((c) => c.issue === issue);
  }

  labelsOn(issue: number): string[] {
    return (this.issues.get(issue)?.labels ?? []).map((l) => l.name).sort();
  }

  /** Sets the clock that stamps created and updated times (the sweep's tests move it through a year). */
  setTime(date: Date | string): void {
    this.clock = new Date(date).getTime();
  }

  /** The files of a revision: the default branch for HEAD, main or no ref, else a commit added with `commit`. */
  filesAt(ref: string | undefined): Map<string, string> | undefined {
    if (ref === undefined || ref === "HEAD" || ref === "main" || ref === "refs/heads/main") return this.files;
    const branch = this.branches.get(ref.replace(/^refs\/heads\//, ""));
    if (branch !== undefined) return this.commits.get(branch);
    return this.commits.get(ref);
  }

  /** Records a revision and returns its SHA: the files given, or a copy of the default branch. */
  commit(files: ReadonlyMap<string, string> = this.files): string {
    const copy = new Map(files);
    const id = sha(`${this.commits.size}:${[...copy].map(([p, c]) => `${p}\u0000${c}`).join("\u0001")}`);
    this.commits.set(id, copy);
    return id;
  }

  /**
   * Opens a pull request against the default branch as it is now: `changes` maps a path to its new text, or to
   * null to delete it. Returns the pull request, which is also an issue (for labels), as on GitHub.
   */
  addPull(options: {
    author?: string;
    title?: string;
    changes: Record<string, string | null>;
    labels?: string[];
  }): FakePull & { issue: FakeIssue } {
    const base = this.commit();
    const head = new Map(this.files);
    const files: FakePull["files"] = [];
    for (const [path, text] of Object.entries(options.changes)) {
      if (text === null) {
        head.delete(path);
        files.push({ filename: path, status: "removed" });
      } else {
        files.push({ filename: path, status: this.files.has(path) ? "modified" : "added" });
        head.set(path, text);
      }
    }
    const issue = this.addIssue({
      title: options.title ?? "Monthly report",
      body: "",
      user: { login: options.author ?? "alice", type: "User" },
      labels: (options.labels ?? []).map((name) => ({ name })),
      pull_request: {},
    });
    const pull: FakePull = {
      number: issue.number,
      user: issue.user,
      head: { sha: this.commit(head), ref: `report-${issue.number}` },
      base: { sha: base, ref: "main" },
      files,
    };
    this.pulls.set(pull.number, pull);
    return { ...pull, issue };
  }

  /** Pushes to a pull request: new texts (or null to drop a change) on top of its head; a new head SHA. */
  pushToPull(number: number, changes: Record<string, string | null>): FakePull {
    const pull = this.pulls.get(number);
    if (!pull) throw new Error(`no pull request #${number}`);
    const base = this.commits.get(pull.base.sha) as Map<string, string>;
    const head = new Map(this.commits.get(pull.head.sha));
    for (const [path, text] of Object.entries(changes)) {
      if (text === null) head.delete(path);
      else head.set(path, text);
    }
    pull.head = { ...pull.head, sha: this.commit(head) };
    pull.files = [...new Set([...base.keys(), ...head.keys()])]
      .filter((path) => base.get(path) !== head.get(path))
      .map((filename) => ({
        filename,
        status: !head.has(filename) ? "removed" : base.has(filename) ? "modified" : "added",
      }));
    return pull;
  }

  private now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }

  private route(method: string, pattern: string, handler: Route): void {
    const regex = new RegExp(`^${pattern.replace(/:[a-z_]+\+/g, "(.+)").replace(/:[a-z_]+/g, "([^/]+)")}$`);
    this.routes.push([method, regex, handler]);
  }

  private issueOr404(n: string): FakeIssue | undefined {
    return this.issues.get(Number(n));
  }

  private defineRoutes(): void {
    const repo = `/repos/${this.owner}/${this.repo}`;
    // The App's own identity, for its JWT: its bot is `<slug>[bot]`.
    this.route("GET", "/app", () => ({
      status: 200,
      body: {
        id: 1,
        slug: this.actor.login.replace(/\[bot\]$/, ""),
        name: this.actor.login.replace(/\[bot\]$/, ""),
        owner: { login: this.owner },
      },
    }));
    this.route("POST", "/app/installations/:id/access_tokens", () => ({
      status: 201,
      body: { token: "ghs_fake", expires_at: new Date(Date.now() + 3600_000).toISOString(), permissions: {} },
    }));
    this.route("GET", repo, () => ({
      status: 200,
      body: {
        name: this.repo,
        full_name: `${this.owner}/${this.repo}`,
        default_branch: "main",
        owner: { login: this.owner },
      },
    }));
    this.route("GET", `${repo}/contents/:path+`, ({ params, query }) => {
      const path = decodeURIComponent(params[0] as string);
      const content = this.filesAt(query.ref)?.get(path);
      if (content === undefined) return { status: 404, body: { message: "Not Found" } };
      return {
        status: 200,
        body: {
          type: "file",
          path,
          encoding: "base64",
          content: Buffer.from(content).toString("base64"),
          sha: sha(content),
        },
      };
    });
    this.route("GET", `${repo}/issues/:n`, ({ params }) => {
      const issue = this.issueOr404(params[0] as string);
      // GitHub's issue carries its comment count; wgbot skips listing the comments of an issue that has none.
      return issue
        ? { status: 200, body: { ...issue, comments: this.commentsOn(issue.number).length } }
        : { status: 404, body: { message: "Not Found" } };
    });
    this.route("PATCH", `${repo}/issues/:n`, ({ params, body }) => {
      const issue = this.issueOr404(params[0] as string);
      if (!issue) return { status: 404, body: { message: "Not Found" } };
      const patch = body as Partial<Omit<FakeIssue, "labels" | "milestone">> & {
        milestone?: number | null;
        labels?: string[];
      };
      if (patch.title !== undefined) issue.title = patch.title;
      if (patch.body !== undefined) issue.body = patch.body;
      if (patch.state !== undefined) issue.state = patch.state;
      if (patch.state_reason !== undefined) issue.state_reason = patch.state_reason;
      if (patch.milestone !== undefined) {
        const m = this.milestones.find((x) => x.number === patch.milestone);
        issue.milestone = m ? { number: m.number, title: m.title } : null;
      }
      if (patch.labels !== undefined) issue.labels = patch.labels.map((name) => ({ name }));
      issue.updated_at = this.now();
      return { status: 200, body: issue };
    });
    this.route("GET", `${repo}/issues/:n/comments`, ({ params, query }) => ({
      status: 200,
      body: page(this.commentsOn(Number(params[0])), query),
    }));
    this.route("POST", `${repo}/issues/:n/comments`, ({ params, body }) => {
      if (!this.issueOr404(params[0] as string)) return { status: 404, body: { message: "Not Found" } };
      return {
        status: 201,
        body: this.addComment(Number(params[0]), (body as { body: string }).body, this.actor),
      };
    });
    this.route("PATCH", `${repo}/issues/comments/:id`, ({ params, body }) => {
      const comment = this.comments.find((c) => c.id === Number(params[0]));
      if (!comment) return { status: 404, body: { message: "Not Found" } };
      comment.body = (body as { body: string }).body;
      comment.updated_at = this.now();
      return { status: 200, body: comment };
    });
    this.route("POST", `${repo}/issues/:n/labels`, ({ params, body }) => {
      const issue = this.issueOr404(params[0] as string);
      if (!issue) return { status: 404, body: { message: "Not Found" } };
      for (const name of (body as { labels: string[] }).labels) {
        this.labels.add(name);
        if (!issue.labels.some((l) => l.name === name)) {
          issue.labels.push({ name });
          this.labelEvents.push({
            issue: issue.number,
            label: name,
            actor: this.actor,
            created_at: this.now(),
          });
        }
      }
      return { status: 200, body: issue.labels };
    });
    this.route("DELETE", `${repo}/issues/:n/labels/:name`, ({ params }) => {
      const issue = this.issueOr404(params[0] as string);
      const name = decodeURIComponent(params[1] as string);
      if (!issue?.labels.some((l) => l.name === name))
        return { status: 404, body: { message: "Label does not exist" } };
      issue.labels = issue.labels.filter((l) => l.name !== name);
      return { status: 200, body: issue.labels };
    });
    this.route("GET", `${repo}/milestones`, ({ query }) => ({
      status: 200,
      body: page(
        this.milestones.filter(
          (m) => (query.state ?? "open") === "all" || m.state === (query.state ?? "open"),
        ),
        query,
      ),
    }));
    this.route("POST", `${repo}/milestones`, ({ body }) => {
      const b = body as { title: string; due_on?: string; description?: string };
      if (this.milestones.some((m) => m.title === b.title)) {
        return {
          status: 422,
          body: { message: "Validation Failed", errors: [{ code: "already_exists", field: "title" }] },
        };
      }
      const m: FakeMilestone = {
        number: this.milestones.length + 1,
        title: b.title,
        due_on: b.due_on ?? null,
        state: "open",
        description: b.description ?? null,
      };
      this.milestones.push(m);
      return { status: 201, body: m };
    });
    this.route("GET", `${repo}/issues`, ({ query }) => {
      const wanted = query.labels ? query.labels.split(",") : [];
      const state = query.state ?? "open";
      const list = [...this.issues.values()].filter(
        (i) =>
          (state === "all" || i.state === state) &&
          wanted.every((l) => i.labels.some((x) => x.name === l)) &&
          (query.milestone === undefined || String(i.milestone?.number ?? "none") === query.milestone) &&
          (query.since === undefined || Date.parse(i.updated_at) >= Date.parse(query.since)),
      );
      if (query.sort === "created" && query.direction === "desc") list.reverse();
      return paged(list, query, `${this.url}${repo}/issues`);
    });
    this.route("POST", `${repo}/issues`, ({ body }) => {
      const b = body as {
        title: string;
        body?: string;
        labels?: string[];
        milestone?: number;
        assignees?: string[];
      };
      const m = this.milestones.find((x) => x.number === b.milestone);
      const issue = this.addIssue({
        title: b.title,
        body: b.body ?? "",
        labels: (b.labels ?? []).map((name) => ({ name })),
        user: this.actor,
        milestone: m ? { number: m.number, title: m.title } : null,
        assignees: (b.assignees ?? []).map((login) => ({ login })),
      });
      return { status: 201, body: issue };
    });
    this.route("GET", "/orgs/:org/teams/:team/memberships/:user", ({ params }) => {
      const members = this.teams.get(params[1] as string);
      if (!members?.has(params[2] as string)) return { status: 404, body: { message: "Not Found" } };
      return { status: 200, body: { state: "active", role: "member" } };
    });
  }

  /** Routes for monthly reports and the sweep: pull request files, check runs, timelines, GraphQL. */
  private defineGovernanceRoutes(): void {
    const repo = `/repos/${this.owner}/${this.repo}`;
    const notFound = { status: 404, body: { message: "Not Found" } };
    this.route("GET", `${repo}/pulls/:n/files`, ({ params, query }) => {
      const pull = this.pulls.get(Number(params[0]));
      if (!pull) return notFound;
      const files = pull.files.map((f) => ({
        sha: sha(f.filename),
        additions: 1,
        deletions: 0,
        changes: 1,
        ...f,
      }));
      return paged(files, query, `${this.url}${repo}/pulls/${pull.number}/files`);
    });
    this.route("GET", `${repo}/commits/:ref/check-runs`, ({ params, query }) => {
      const ref = decodeURIComponent(params[0] as string);
      let runs = this.checkRuns.filter(
        (r) => r.head_sha === ref && (query.check_name === undefined || r.name === query.check_name),
      );
      if ((query.filter ?? "latest") === "latest")
        runs = runs.filter((r) => !runs.some((o) => o.name === r.name && o.id > r.id));
      const listed = paged(runs.reverse(), query, `${this.url}${repo}/commits/${ref}/check-runs`);
      return { ...listed, body: { total_count: runs.length, check_runs: listed.body.map(publicRun) } };
    });
    const tooMany = (body: unknown) =>
      ((body as { output?: { annotations?: unknown[] } }).output?.annotations?.length ?? 0) > 50;
    const unprocessable = {
      status: 422,
      body: { message: "Only 50 annotations may be sent per request", errors: [{ code: "too_many" }] },
    };
    this.route("POST", `${repo}/check-runs`, ({ body }) => {
      const b = body as Partial<FakeCheckRun> & {
        output?: { title?: string; summary?: string; text?: string; annotations?: Record<string, unknown>[] };
      };
      if (!b.name || !b.head_sha) return { status: 422, body: { message: "name and head_sha are required" } };
      if (tooMany(body)) return unprocessable;
      const run: FakeCheckRun = {
        id: this.nextId++,
        name: b.name,
        head_sha: b.head_sha,
        status: b.status ?? (b.conclusion ? "completed" : "queued"),
        conclusion: b.conclusion ?? null,
        output: {
          title: b.output?.title ?? null,
          summary: b.output?.summary ?? null,
          text: b.output?.text ?? null,
          annotations_count: b.output?.annotations?.length ?? 0,
        },
        annotations: [...(b.output?.annotations ?? [])],
        app: { slug: "wgbot" },
      };
      this.checkRuns.push(run);
      return { status: 201, body: publicRun(run) };
    });
    this.route("PATCH", `${repo}/check-runs/:id`, ({ params, body }) => {
      const run = this.checkRuns.find((r) => r.id === Number(params[0]));
      if (!run) return notFound;
      if (tooMany(body)) return unprocessable;
      const b = body as {
        status?: string;
        conclusion?: string;
        output?: { title?: string; summary?: string; text?: string; annotations?: Record<string, unknown>[] };
      };
      if (b.conclusion !== undefined) {
        run.conclusion = b.conclusion;
        run.status = "completed";
      }
      if (b.status !== undefined) run.status = b.status;
      if (b.output) {
        // As on GitHub, annotations sent with an update are added to those the run has.
        run.annotations.push(...(b.output.annotations ?? []));
        run.output = {
          title: b.output.title ?? run.output.title,
          summary: b.output.summary ?? run.output.summary,
          text: b.output.text ?? run.output.text,
          annotations_count: run.annotations.length,
        };
      }
      return { status: 200, body: publicRun(run) };
    });
    this.route("GET", `${repo}/check-runs/:id`, ({ params }) => {
      const run = this.checkRuns.find((r) => r.id === Number(params[0]));
      return run ? { status: 200, body: publicRun(run) } : notFound;
    });
    this.route("GET", `${repo}/check-runs/:id/annotations`, ({ params, query }) => {
      const run = this.checkRuns.find((r) => r.id === Number(params[0]));
      if (!run) return notFound;
      return paged(run.annotations, query, `${this.url}${repo}/check-runs/${run.id}/annotations`);
    });
    this.route("GET", `${repo}/issues/:n/timeline`, ({ params, query }) => {
      const n = Number(params[0]);
      if (!this.issues.has(n)) return notFound;
      const events = [
        ...this.labelEvents
          .filter((e) => e.issue === n)
          .map((e) => ({
            event: "labeled",
            label: { name: e.label },
            actor: e.actor,
            created_at: e.created_at,
          })),
        ...this.commentsOn(n).map((c) => ({
          event: "commented",
          id: c.id,
          body: c.body,
          user: c.user,
          actor: c.user,
          created_at: c.created_at,
          updated_at: c.updated_at,
        })),
      ].sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at));
      return paged(events, query, `${this.url}${repo}/issues/${n}/timeline`);
    });
    const graphql: Route = ({ body }) => {
      const { query, variables } = body as { query: string; variables?: Record<string, unknown> };
      const revisions = new Map<string, GitRevision | null>();
      const revision = (ref: string): GitRevision | null => {
        if (!revisions.has(ref)) {
          const files = this.filesAt(ref);
          revisions.set(ref, files ? new GitRevision(files) : null);
        }
        return revisions.get(ref) ?? null;
      };
      const repository: GqlObject = {
        __typename: "Repository",
        resolve: (field, args) => {
          if (field === "name") return this.repo;
          if (field === "nameWithOwner") return `${this.owner}/${this.repo}`;
          if (field === "defaultBranchRef")
            return {
              __typename: "Ref",
              resolve: (f: string) => ({ name: "main", prefix: "refs/heads/" })[f],
            };
          if (field !== "object") return undefined;
          const expression = String(args.expression ?? "");
          const colon = expression.indexOf(":");
          if (colon < 0) return null;
          return revision(expression.slice(0, colon))?.object(expression.slice(colon + 1)) ?? null;
        },
      };
      // The account the token acts as (`query { viewer { login } }`).
      const viewer: GqlObject = {
        __typename: this.actor.type === "Bot" ? "Bot" : "User",
        resolve: (field) => (field === "login" ? this.actor.login : undefined),
      };
      const root: GqlObject = {
        __typename: "Query",
        resolve: (field, args) => {
          if (field === "viewer") return viewer;
          if (field !== "repository") return undefined;
          return args.owner === this.owner && args.name === this.repo ? repository : null;
        },
      };
      return { status: 200, body: executeGraphQL(query, variables ?? {}, root) };
    };
    this.route("POST", "/graphql", graphql);
    this.route("POST", "/api/graphql", graphql);
  }

  /** Routes for board review: branches, file writes and pull requests (charter PRs), deleting comments. */
  private defineBoardRoutes(): void {
    const repo = `/repos/${this.owner}/${this.repo}`;
    const notFound = { status: 404, body: { message: "Not Found" } };
    const exists = (message: string) => ({
      status: 422,
      body: { message: "Validation Failed", errors: [{ code: "custom", message }] },
    });
    this.route("GET", `${repo}/git/ref/:ref+`, ({ params }) => {
      const ref = decodeURIComponent(params[0] as string).replace(/^heads\//, "");
      const commit = ref === "main" ? this.commit() : this.branches.get(ref);
      if (commit === undefined) return notFound;
      return { status: 200, body: { ref: `refs/heads/${ref}`, object: { sha: commit, type: "commit" } } };
    });
    this.route("POST", `${repo}/git/refs`, ({ body }) => {
      const b = body as { ref: string; sha: string };
      const name = b.ref.replace(/^refs\/heads\//, "");
      if (name === "main" || this.branches.has(name)) return exists("Reference already exists");
      if (!this.commits.has(b.sha)) return { status: 422, body: { message: "Object does not exist" } };
      this.branches.set(name, b.sha);
      return { status: 201, body: { ref: b.ref, object: { sha: b.sha, type: "commit" } } };
    });
    this.route("PUT", `${repo}/contents/:path+`, ({ params, body }) => {
      const path = decodeURIComponent(params[0] as string);
      const b = body as { message: string; content: string; branch?: string; sha?: string };
      const branch = b.branch ?? "main";
      const files = this.filesAt(branch);
      if (!files) return notFound;
      const before = files.get(path);
      if (before !== undefined && b.sha !== sha(before))
        return { status: 422, body: { message: `Invalid request.\n\n"sha" wasn't supplied.` } };
      if (before === undefined && b.sha !== undefined) return { status: 409, body: { message: "Conflict" } };
      const text = Buffer.from(b.content, "base64").toString("utf8");
      if (branch === "main") this.files.set(path, text);
      else this.branches.set(branch, this.commit(new Map([...files, [path, text]])));
      return {
        status: before === undefined ? 201 : 200,
        body: { content: { path, sha: sha(text) }, commit: { message: b.message } },
      };
    });
    const pullJson = (pull: FakePull) => {
      const issue = this.issues.get(pull.number);
      return {
        number: pull.number,
        title: issue?.title ?? "",
        body: issue?.body ?? "",
        state: issue?.state ?? "open",
        user: pull.user,
        head: { ...pull.head, label: `${this.owner}:${pull.head.ref}` },
        base: pull.base,
        labels: issue?.labels ?? [],
      };
    };
    this.route("GET", `${repo}/pulls/:n`, ({ params }) => {
      const pull = this.pulls.get(Number(params[0]));
      return pull ? { status: 200, body: pullJson(pull) } : notFound;
    });
    this.route("GET", `${repo}/pulls`, ({ query }) => {
      const state = query.state ?? "open";
      const list = [...this.pulls.values()]
        .map(pullJson)
        .filter(
          (p) =>
            (state === "all" || p.state === state) &&
            (query.head === undefined || p.head.label === query.head) &&
            (query.base === undefined || p.base.ref === query.base),
        );
      return paged(list, query, `${this.url}${repo}/pulls`);
    });
    this.route("POST", `${repo}/pulls`, ({ body }) => {
      const b = body as { title: string; head: string; base: string; body?: string };
      const head = this.branches.get(b.head);
      if (head === undefined)
        return {
          status: 422,
          body: { message: "Validation Failed", errors: [{ field: "head", code: "invalid" }] },
        };
      if (
        [...this.pulls.values()].some(
          (p) => p.head.ref === b.head && this.issues.get(p.number)?.state === "open",
        )
      )
        return exists(`A pull request already exists for ${this.owner}:${b.head}.`);
      const baseFiles = this.filesAt(b.base) ?? new Map<string, string>();
      const headFiles = this.commits.get(head) ?? new Map<string, string>();
      const issue = this.addIssue({ title: b.title, body: b.body ?? "", user: this.actor, pull_request: {} });
      const pull: FakePull = {
        number: issue.number,
        user: this.actor,
        head: { sha: head, ref: b.head },
        base: { sha: this.commit(baseFiles), ref: b.base },
        files: [...new Set([...baseFiles.keys(), ...headFiles.keys()])]
          .filter((path) => baseFiles.get(path) !== headFiles.get(path))
          .map((filename) => ({
            filename,
            status: !headFiles.has(filename) ? "removed" : baseFiles.has(filename) ? "modified" : "added",
          })),
      };
      this.pulls.set(pull.number, pull);
      return { status: 201, body: pullJson(pull) };
    });
    this.route("DELETE", `${repo}/issues/comments/:id`, ({ params }) => {
      const comment = this.comments.find((c) => c.id === Number(params[0]) && c.issue > 0);
      if (!comment) return notFound;
      // Detached rather than removed, so the count that numbers new issues never goes back.
      comment.issue = -1;
      return { status: 204 };
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const body = raw ? JSON.parse(raw) : undefined;
    const query = Object.fromEntries(url.searchParams);
    const method = req.method ?? "GET";
    const path = url.pathname.replace(/^\/api\/v3/, "");
    this.requests.push({ method, path, query, ...(body === undefined ? {} : { body }) });
    if (process.env.FAKE_TRACE) console.log(Math.round(performance.now()), method, path);
    let fault = this.faults.find(
      (f) => (!f.method || f.method === method) && f.path.test(path) && f.times > 0,
    );
    if (fault?.skip) {
      fault.skip--;
      fault = undefined;
    }
    if (fault) {
      fault.times--;
      if (fault.applied) this.dispatch(method, path, query, body);
      const { status, headers } = fault;
      const answer = () => send(res, status, fault.body ?? { message: "injected fault" }, headers);
      if (!fault.delayMs) return answer();
      const timer = setTimeout(() => {
        this.delayed.delete(timer);
        if (!res.destroyed) answer();
      }, fault.delayMs);
      this.delayed.add(timer);
      return;
    }
    const result = this.dispatch(method, path, query, body);
    send(res, result.status, result.body, result.headers);
  }

  private dispatch(
    method: string,
    path: string,
    query: Record<string, string>,
    body: unknown,
  ): ReturnType<Route> {
    // GitHub refuses an issue or comment body over 65,536 characters.
    const text = (body as { body?: unknown } | undefined)?.body;
    if (
      (method === "POST" || method === "PATCH") &&
      /\/issues(\/\d+|\/\d+\/comments|\/comments\/\d+)?$/.test(path) &&
      typeof text === "string" &&
      text.length > 65_536
    )
      return {
        status: 422,
        body: {
          message: "Validation Failed",
          errors: [
            {
              resource: "Issue",
              code: "custom",
              field: "body",
              message: "body is too long (maximum is 65536 characters)",
            },
          ],
        },
      };
    for (const [m, regex, handler] of this.routes) {
      const match = m === method ? regex.exec(path) : null;
      if (match) return handler({ params: match.slice(1), query, body });
    }
    return { status: 404, body: { message: `fake GitHub has no route for ${method} ${path}` } };
  }
}

function page<T>(items: T[], query: Record<string, string>): T[] {
  const perPage = Number(query.per_page ?? 30);
  const n = Number(query.page ?? 1);
  return items.slice((n - 1) * perPage, n * perPage);
}

/** One page of a list, with the Link header Octokit's paginate follows to the next page. */
function paged<T>(
  items: T[],
  query: Record<string, string>,
  url: string,
): { status: number; body: T[]; headers: Record<string, string> } {
  const perPage = Number(query.per_page ?? 30);
  const n = Number(query.page ?? 1);
  const headers: Record<string, string> = {};
  if (n * perPage < items.length) {
    const next = new URLSearchParams({ ...query, page: String(n + 1) });
    headers.link = `<${url}?${next}>; rel="next"`;
  }
  return { status: 200, body: page(items, query), headers };
}

/** A GraphQL request that only reads (a query, not a mutation). */
function isGraphQLQuery(r: RecordedRequest): boolean {
  const query = (r.body as { query?: unknown } | undefined)?.query;
  return r.path.endsWith("/graphql") && typeof query === "string" && !/^\s*mutation\b/.test(query);
}

function publicRun(run: FakeCheckRun) {
  const { annotations: _annotations, ...rest } = run;
  return rest;
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(body === undefined ? "" : JSON.stringify(body));
}

function sha(text: string): string {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(16).padStart(40, "0");
}
