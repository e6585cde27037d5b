/**
 * A small stateful fake of the GitHub REST API on loopback. Tests point Octokit (through Probot, the Action entry
 * or the CLI) at it, so only HTTP is faked: every request the code makes is recorded and checked, and the state
 * it leaves (labels, comments, milestones, issues, check runs) is what a second run reads back.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

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

/** A fault to inject: the next `times` requests matching method and path answer with this status. */
export interface Fault {
  method?: string;
  path: RegExp;
  status: number;
  times: number;
  headers?: Record<string, string>;
  body?: unknown;
}

type Route = (req: { params: string[]; query: Record<string, string>; body: unknown }) => {
  status: number;
  body?: unknown;
};

export const BOT = { login: "wgbot[bot]", type: "Bot" };

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
  faults: Fault[] = [];
  /** Who the authenticated token acts as, for comments and issues it creates. */
  actor = BOT;
  private server?: Server;
  private nextId = 1000;
  private clock = Date.parse("2026-11-21T12:00:00Z");
  private routes: [string, RegExp, Route][] = [];

  constructor(owner = "psf", repo = "governance") {
    this.owner = owner;
    this.repo = repo;
    this.defineRoutes();
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
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Requests that change something (everything but GET). */
  get writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== "GET" && !r.path.includes("/access_tokens"));
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
    this.route("GET", `${repo}/contents/:path+`, ({ params }) => {
      const path = decodeURIComponent(params[0] as string);
      const content = this.files.get(path);
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
      return issue ? { status: 200, body: issue } : { status: 404, body: { message: "Not Found" } };
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
        if (!issue.labels.some((l) => l.name === name)) issue.labels.push({ name });
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
          (query.milestone === undefined || String(i.milestone?.number ?? "none") === query.milestone),
      );
      return { status: 200, body: page(list, query) };
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
    const fault = this.faults.find(
      (f) => (!f.method || f.method === method) && f.path.test(path) && f.times > 0,
    );
    if (fault) {
      fault.times--;
      send(res, fault.status, fault.body ?? { message: "injected fault" }, fault.headers);
      return;
    }
    for (const [m, regex, handler] of this.routes) {
      const match = m === method ? regex.exec(path) : null;
      if (match) {
        const result = handler({ params: match.slice(1), query, body });
        send(res, result.status, result.body);
        return;
      }
    }
    send(res, 404, { message: `fake GitHub has no route for ${method} ${path}` });
  }
}

function page<T>(items: T[], query: Record<string, string>): T[] {
  const perPage = Number(query.per_page ?? 30);
  const n = Number(query.page ?? 1);
  return items.slice((n - 1) * perPage, n * perPage);
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
