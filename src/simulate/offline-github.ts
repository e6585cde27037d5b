/**
 * A small offline GitHub for `wgbot simulate`: a real Octokit (the same REST methods and pagination the core
 * uses everywhere) whose `fetch` never leaves the machine. Reads are answered from a local governance repository
 * (contents, git trees, blobs and refs, and GraphQL `object(expression:)` reads), from the event's payload (the
 * issue or pull request, its labels, milestone and comment) and from the team memberships given on the command
 * line; nothing else exists, so lists are empty. Writes are recorded and answered as GitHub would, never performed;
 * a dry run should make none, so any recorded write is worth reporting. It has its own App, whose bot is the
 * account wgbot acts as (`GET /app`, GraphQL `viewer`), so the core learns who it is as it does online.
 */
import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type GitHub, WgbotOctokit } from "../github/client.ts";
import type { Payload } from "../model/event.ts";
import type { Repo } from "../model/repo.ts";
import { executeQuery, type GqlObject, isMutation } from "./graphql.ts";

export const OFFLINE_API = "https://offline.wgbot.invalid";
/** The offline GitHub's own App: wgbot acts as its bot, `<slug>[bot]`. */
export const OFFLINE_APP_SLUG = "wgbot-simulate";
const OFFLINE_BOT = { login: `${OFFLINE_APP_SLUG}[bot]`, type: "Bot" };

export interface OfflineCall {
  method: string;
  /** Path and query, as the core asked for it (`/repos/psf/governance/contents/.github%2Fwgbot.yml`). */
  path: string;
  status: number;
  /** A write (recorded, not performed), as opposed to a read (a GET, or a GraphQL query). */
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

type Answer = { status: number; body?: unknown; source: OfflineCall["source"] };

interface FileEntry {
  path: string;
  bytes: Buffer;
  sha: string;
}

interface PayloadItem {
  number?: number;
  state?: string;
  url?: string;
  labels?: ({ name: string } | string)[];
  milestone?: { number?: number; title?: string } | null;
  head?: { sha?: string; ref?: string; label?: string };
  base?: { sha?: string; ref?: string };
}

/** Directories never served: version control and installed packages are not governance files. */
const SKIP = new Set([".git", "node_modules"]);
/** GitHub truncates a recursive tree at 100,000 entries; so does this. */
const TREE_LIMIT = 100_000;

export class OfflineGitHub {
  readonly calls: OfflineCall[] = [];
  readonly github: GitHub;
  private readonly options: OfflineOptions;
  private nextId = 900_000;
  private baseFiles?: Map<string, FileEntry>;
  private headFiles?: Map<string, FileEntry>;

  constructor(options: OfflineOptions) {
    this.options = options;
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
    const segments = parsed.pathname
      .split("/")
      .slice(1)
      .map((s) => decodeURIComponent(s));
    const query = Object.fromEntries(parsed.searchParams);
    const graphql = method === "POST" && /^\/(api\/)?graphql$/.test(parsed.pathname);
    const gql = (body ?? {}) as { query?: string; variables?: Record<string, unknown> };
    const write = method !== "GET" && method !== "HEAD" && !(graphql && !isMutation(gql.query ?? ""));
    const answer = !write
      ? graphql
        ? {
            status: 200,
            body: executeQuery(gql.query ?? "", gql.variables ?? {}, this.graphqlRoot()),
            source: "repository" as const,
          }
        : this.read(segments, query)
      : this.record(method, segments, body);
    this.calls.push({
      method,
      path: `${parsed.pathname}${parsed.search}`,
      status: answer.status,
      write,
      source: answer.source,
      ...(body === undefined ? {} : { body }),
    });
    if (answer.status === 204 || answer.body === undefined)
      return new Response(null, { status: answer.status });
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { "content-type": "application/json; charset=utf-8" },
    });
  }

  private read(s: string[], query: Record<string, string>): Answer {
    const { owner, repo } = this.options.repo;
    const [root, a, b] = s;
    if (root === "app" && s.length === 1)
      return { status: 200, body: { slug: OFFLINE_APP_SLUG, name: "wgbot (offline)" }, source: "identity" };
    // /orgs/{org}/teams/{team}/memberships/{login}, /orgs/{org}/teams/{team}/members
    if (root === "orgs" && b === "teams" && s[4] === "memberships") return this.membership(s[3], s[5]);
    if (root === "orgs" && b === "teams" && s[4] === "members" && s.length === 5)
      return {
        status: 200,
        body: [...(this.options.teams.get(s[3] ?? "") ?? [])].map((login) => ({ login })),
        source: "teams",
      };
    if (
      root !== "repos" ||
      a?.toLowerCase() !== owner.toLowerCase() ||
      b?.toLowerCase() !== repo.toLowerCase()
    )
      return unanswered();
    const tail = s.slice(3);
    const [kind, id, sub, ...more] = tail;
    if (kind === undefined) return fromPayload(this.repository());
    if (kind === "contents") return this.contents(tail.slice(1).join("/"), query.ref);
    if (kind === "git" && id === "trees" && sub) return this.tree(sub, query.recursive !== undefined);
    if (kind === "git" && id === "blobs" && sub) return this.blob(sub);
    if (kind === "git" && (id === "ref" || id === "refs") && sub !== undefined) {
      // The ref arrives as one encoded segment (`heads%2Fmain`) or several (`heads/main`).
      const ref = [sub, ...more].join("/");
      return ref.startsWith("heads/") ? this.branchRef(ref.slice("heads/".length)) : notFound("repository");
    }
    if (kind === "branches" && id) return this.branch(tail.slice(1).join("/"));
    if (kind === "commits" && id && sub === undefined) return this.commit(id);
    if (kind === "commits" && sub === "check-runs") return fromPayload({ total_count: 0, check_runs: [] });
    if (kind === "commits" && sub === "status") return fromPayload({ state: "pending", statuses: [] });
    if (kind === "check-runs" && sub === "annotations") return fromPayload([]);
    const item = this.item();
    if (kind === "issues" && id === undefined) return fromPayload(page(this.issueList(query), query));
    if (kind === "issues" && id === "comments") return fromPayload([]);
    if (kind === "pulls" && id === undefined) return fromPayload(page(this.pullList(query), query));
    if ((kind === "issues" || kind === "pulls") && id !== undefined) {
      if (!item || String(item.number) !== id) return notFound("payload");
      if (kind === "pulls" && !this.options.payload.pull_request) return notFound("payload");
      if (sub === undefined) return kind === "pulls" ? fromPayload(item) : fromPayload(this.asIssue(item));
      if (kind === "issues" && sub === "comments") return fromPayload(page(this.comments(), query));
      if (kind === "issues" && sub === "labels") return fromPayload(labelsOf(item));
      if (kind === "issues" && (sub === "timeline" || sub === "events")) return fromPayload([]);
      if (kind === "pulls" && sub === "files") return this.pullFiles(query);
      if (kind === "pulls" && (sub === "reviews" || sub === "commits" || sub === "comments"))
        return fromPayload([]);
      return unanswered();
    }
    if (kind === "labels" && id === undefined) return fromPayload(item ? labelsOf(item) : []);
    if (kind === "milestones" && id === undefined) {
      const milestone = item?.milestone;
      return fromPayload(milestone ? [{ state: "open", ...milestone }] : []);
    }
    if (kind === "collaborators" && sub === "permission")
      return fromPayload({ permission: "read", role_name: "read", user: { login: id } });
    return unanswered();
  }

  private membership(team: string | undefined, login: string | undefined): Answer {
    const members = team ? this.options.teams.get(team) : undefined;
    if (login && members?.has(login))
      return { status: 200, body: { state: "active", role: "member" }, source: "teams" };
    return { status: 404, body: { message: "Not Found" }, source: "teams" };
  }

  private get defaultBranch(): string {
    return this.options.payload.repository?.default_branch ?? "main";
  }

  private repository(): object {
    const { owner, repo } = this.options.repo;
    return {
      name: repo,
      full_name: `${owner}/${repo}`,
      private: false,
      ...(this.options.payload.repository ?? {}),
      owner: { login: owner, type: "Organization" },
      default_branch: this.defaultBranch,
    };
  }

  /** The issue or pull request the event is about. */
  private item(): (PayloadItem & { number: number }) | undefined {
    const { payload } = this.options;
    const item = (payload.issue ?? payload.pull_request) as PayloadItem | undefined;
    return item && typeof item.number === "number" ? (item as PayloadItem & { number: number }) : undefined;
  }

  private asIssue(item: PayloadItem): object {
    // A pull request read through the issues API carries a `pull_request` link object, as on GitHub.
    return this.options.payload.pull_request && !this.options.payload.issue
      ? { ...item, pull_request: { url: item.url ?? "" } }
      : item;
  }

  /** The issues list holds the payload's item when it matches the filters (state, labels, milestone). */
  private issueList(query: Record<string, string>): object[] {
    const item = this.item();
    if (!item) return [];
    const state = query.state ?? "open";
    const labels = labelsOf(item).map((l) => l.name);
    const wanted = query.labels ? query.labels.split(",").map((l) => l.trim()) : [];
    const milestone = item.milestone?.number;
    const onMilestone =
      query.milestone === undefined ||
      (query.milestone === "none" && milestone === undefined) ||
      (query.milestone === "*" && milestone !== undefined) ||
      query.milestone === String(milestone);
    const matches =
      (state === "all" || (item.state ?? "open") === state) &&
      wanted.every((l) => labels.includes(l)) &&
      onMilestone;
    return matches ? [this.asIssue(item)] : [];
  }

  /** The pull requests list holds the payload's pull request when it matches the filters (state, head, base). */
  private pullList(query: Record<string, string>): object[] {
    const pr = this.options.payload.pull_request as PayloadItem | undefined;
    if (!pr) return [];
    const state = query.state ?? "open";
    const head = query.head;
    const matches =
      (state === "all" || (pr.state ?? "open") === state) &&
      (head === undefined ||
        head === pr.head?.label ||
        head === `${this.options.repo.owner}:${pr.head?.ref}`) &&
      (query.base === undefined || query.base === pr.base?.ref);
    return matches ? [pr] : [];
  }

  /** An issue's comments: for a comment event, the comment itself; nothing else is known offline. */
  private comments(): object[] {
    const { payload } = this.options;
    return payload.comment ? [payload.comment] : [];
  }

  private contents(path: string, ref: string | undefined): Answer {
    const files = this.files(ref);
    const clean = path.replace(/^\/+|\/+$/g, "");
    const file = files.get(clean);
    if (file) {
      return fromRepository({
        type: "file",
        encoding: "base64",
        name: clean.split("/").pop(),
        path: clean,
        sha: file.sha,
        size: file.bytes.length,
        content: file.bytes.toString("base64"),
      });
    }
    const prefix = clean ? `${clean}/` : "";
    const entries = new Map<string, object>();
    for (const [p, f] of files) {
      if (!p.startsWith(prefix)) continue;
      const [name = "", ...deeper] = p.slice(prefix.length).split("/");
      const entryPath = `${prefix}${name}`;
      if (deeper.length === 0)
        entries.set(name, { type: "file", name, path: entryPath, sha: f.sha, size: f.bytes.length });
      else if (!entries.has(name))
        entries.set(name, { type: "dir", name, path: entryPath, sha: gitSha("tree", entryPath), size: 0 });
    }
    if (entries.size === 0) return notFound("repository");
    return fromRepository(
      [...entries.values()].sort((x, y) =>
        (x as { name: string }).name < (y as { name: string }).name ? -1 : 1,
      ),
    );
  }

  private tree(ref: string, recursive: boolean): Answer {
    const files = this.files(ref);
    const tree: object[] = [];
    const dirs = new Set<string>();
    for (const [path, file] of [...files].sort(([x], [y]) => (x < y ? -1 : 1))) {
      const parts = path.split("/");
      if (!recursive && parts.length > 1) {
        dirs.add(parts[0] as string);
        continue;
      }
      for (let i = 1; i < parts.length; i++) {
        const dir = parts.slice(0, i).join("/");
        if (!dirs.has(dir)) {
          dirs.add(dir);
          tree.push({ path: dir, mode: "040000", type: "tree", sha: gitSha("tree", dir) });
        }
      }
      tree.push({ path, mode: "100644", type: "blob", sha: file.sha, size: file.bytes.length });
    }
    if (!recursive)
      for (const dir of dirs)
        tree.push({ path: dir, mode: "040000", type: "tree", sha: gitSha("tree", dir) });
    const truncated = tree.length > TREE_LIMIT;
    return fromRepository({ sha: this.commitSha(ref), tree: tree.slice(0, TREE_LIMIT), truncated });
  }

  private blob(sha: string): Answer {
    for (const files of [this.files(undefined), this.files(this.head?.sha)]) {
      for (const file of files.values()) {
        if (file.sha === sha)
          return fromRepository({
            sha,
            size: file.bytes.length,
            encoding: "base64",
            content: file.bytes.toString("base64"),
          });
      }
    }
    return notFound("repository");
  }

  /** The branches that exist offline: the default branch and the pull request's head branch. */
  private branchSha(branch: string): string | undefined {
    if (branch === this.defaultBranch) return this.commitSha(branch);
    if (this.options.head && branch === this.head?.ref) return this.commitSha(branch);
    return undefined;
  }

  private branchRef(branch: string): Answer {
    const sha = this.branchSha(branch);
    if (!sha) return notFound("repository");
    return fromRepository({ ref: `refs/heads/${branch}`, object: { type: "commit", sha } });
  }

  private branch(branch: string): Answer {
    const sha = this.branchSha(branch);
    if (!sha) return notFound("repository");
    return fromRepository({ name: branch, commit: { sha, commit: { tree: { sha: gitSha("tree", sha) } } } });
  }

  private commit(ref: string): Answer {
    const sha = this.commitSha(ref);
    return fromRepository({ sha, commit: { tree: { sha: gitSha("tree", sha) } } });
  }

  private pullFiles(query: Record<string, string>): Answer {
    if (!this.options.head) return fromPayload([]);
    const base = this.files(undefined);
    const changed = [...this.overlay().values()].map((f) => {
      const lines = f.bytes.toString("utf8").split("\n").length;
      return {
        filename: f.path,
        status: base.has(f.path) ? "modified" : "added",
        sha: f.sha,
        additions: lines,
        deletions: 0,
        changes: lines,
      };
    });
    return fromPayload(page(changed, query));
  }

  private get head(): { sha?: string; ref?: string } | undefined {
    return (this.options.payload.pull_request as PayloadItem | undefined)?.head;
  }

  private isHead(ref: string | undefined): boolean {
    if (!ref || !this.options.head) return false;
    const head = this.head;
    return ref === head?.sha || ref === head?.ref || ref === `refs/heads/${head?.ref}`;
  }

  private commitSha(ref: string): string {
    if (this.isHead(ref)) return this.head?.sha ?? gitSha("commit", "head");
    if (/^[0-9a-f]{40}$/.test(ref)) return ref;
    return (
      (this.options.payload.pull_request as PayloadItem | undefined)?.base?.sha ?? gitSha("commit", "base")
    );
  }

  /** The files at a ref: the pull request's head (root plus overlay) or, for any other ref, the root. */
  private files(ref: string | undefined): Map<string, FileEntry> {
    this.baseFiles ??= readTree(this.options.root);
    if (!this.isHead(ref)) return this.baseFiles;
    this.headFiles ??= new Map([...this.baseFiles, ...this.overlay()]);
    return this.headFiles;
  }

  private overlay(): Map<string, FileEntry> {
    return this.options.head ? readTree(this.options.head) : new Map();
  }

  /** GraphQL: `repository(owner:, name:)` with `object(expression: "<ref>:<path>")`, `defaultBranchRef`. */
  private graphqlRoot(): GqlObject {
    const { owner, repo } = this.options.repo;
    const repository: GqlObject = {
      __typename: "Repository",
      resolve: (field, args) => {
        switch (field) {
          case "name":
            return repo;
          case "nameWithOwner":
            return `${owner}/${repo}`;
          case "defaultBranchRef":
            return gqlRef(this.defaultBranch, this.gitObject(this.defaultBranch));
          case "object": {
            const expression = String(args.expression ?? args.oid ?? "");
            const colon = expression.indexOf(":");
            if (colon < 0) return this.gitObject(expression);
            return this.gitObject(expression.slice(0, colon), expression.slice(colon + 1));
          }
          default:
            return undefined;
        }
      },
    };
    const viewer: GqlObject = {
      __typename: "Bot",
      resolve: (field) => (field === "login" ? OFFLINE_BOT.login : undefined),
    };
    return {
      __typename: "Query",
      resolve: (field, args) => {
        if (field === "viewer") return viewer;
        if (field !== "repository") return undefined;
        const matches =
          String(args.owner).toLowerCase() === owner.toLowerCase() &&
          String(args.name).toLowerCase() === repo.toLowerCase();
        return matches ? repository : null;
      },
    };
  }

  /** A commit (no path), or the tree or blob at `path` in the files at `ref`; null when there is none. */
  private gitObject(ref: string, path?: string): GqlObject | null {
    const files = this.files(ref === "HEAD" ? undefined : ref);
    if (path === undefined) {
      const oid = this.commitSha(ref);
      const tree = gqlTree(files, "");
      return { __typename: "Commit", resolve: (f) => (f === "oid" ? oid : f === "tree" ? tree : undefined) };
    }
    const clean = path.replace(/^\/+|\/+$/g, "");
    const file = files.get(clean);
    if (file) return gqlBlob(file);
    if (clean === "" || [...files.keys()].some((p) => p.startsWith(`${clean}/`)))
      return gqlTree(files, clean);
    return null;
  }

  private record(method: string, s: string[], body: unknown): Answer {
    const fields = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
    const id = this.nextId++;
    if (method === "DELETE") return { status: 204, source: "recorded" };
    if (s.join("/").endsWith("graphql")) return { status: 200, body: { data: {} }, source: "recorded" };
    if (method === "POST" && s[s.length - 1] === "labels")
      return {
        status: 200,
        body: ((fields.labels as string[]) ?? []).map((name) => ({ name })),
        source: "recorded",
      };
    return {
      status: method === "POST" ? 201 : 200,
      // What wgbot creates, its own account wrote.
      body: {
        id,
        number: id,
        node_id: `offline-${id}`,
        html_url: `${OFFLINE_API}/${id}`,
        ...(method === "POST" ? { user: OFFLINE_BOT } : {}),
        ...fields,
      },
      source: "recorded",
    };
  }
}

function gqlRef(name: string, target: GqlObject | null): GqlObject {
  return {
    __typename: "Ref",
    resolve: (f) =>
      f === "name" ? name : f === "prefix" ? "refs/heads/" : f === "target" ? target : undefined,
  };
}

function gqlBlob(file: FileEntry): GqlObject {
  return {
    __typename: "Blob",
    resolve: (field) => {
      switch (field) {
        case "text":
          return file.bytes.includes(0) ? null : file.bytes.toString("utf8");
        case "byteSize":
          return file.bytes.length;
        case "isBinary":
          return file.bytes.includes(0);
        case "isTruncated":
          return false;
        case "oid":
          return file.sha;
        default:
          return undefined;
      }
    },
  };
}

function gqlTree(files: ReadonlyMap<string, FileEntry>, path: string): GqlObject {
  return {
    __typename: "Tree",
    resolve: (field) => {
      if (field === "oid") return gitSha("tree", path);
      if (field !== "entries") return undefined;
      const prefix = path ? `${path}/` : "";
      const entries = new Map<string, GqlObject>();
      for (const [p, file] of files) {
        if (!p.startsWith(prefix)) continue;
        const [name = "", ...deeper] = p.slice(prefix.length).split("/");
        if (entries.has(name)) continue;
        const full = `${prefix}${name}`;
        const object = deeper.length === 0 ? gqlBlob(file) : gqlTree(files, full);
        entries.set(name, gqlEntry(name, full, deeper.length === 0 ? "blob" : "tree", object));
      }
      // git orders a tree's entries by name
      return [...entries].sort(([x], [y]) => (x < y ? -1 : 1)).map(([, entry]) => entry);
    },
  };
}

function gqlEntry(name: string, path: string, type: "blob" | "tree", object: GqlObject): GqlObject {
  return {
    __typename: "TreeEntry",
    resolve: (field) => {
      switch (field) {
        case "name":
          return name;
        case "path":
          return path;
        case "type":
          return type;
        case "mode":
          return type === "tree" ? 16384 : 33188;
        case "oid":
          return object.resolve("oid", {});
        case "object":
          return object;
        default:
          return undefined;
      }
    },
  };
}

function labelsOf(item: PayloadItem): { name: string }[] {
  return (item.labels ?? []).map((l) => (typeof l === "string" ? { name: l } : { name: l.name }));
}

function page<T>(items: T[], query: Record<string, string>): T[] {
  const perPage = Number(query.per_page ?? 30) || 30;
  const n = Number(query.page ?? 1) || 1;
  return items.slice((n - 1) * perPage, n * perPage);
}

const fromPayload = (body: unknown): Answer => ({ status: 200, body, source: "payload" });
const fromRepository = (body: unknown): Answer => ({ status: 200, body, source: "repository" });
const notFound = (source: OfflineCall["source"]): Answer => ({
  status: 404,
  body: { message: "Not Found" },
  source,
});
const unanswered = (): Answer => ({
  status: 404,
  body: { message: "Not Found (wgbot simulate cannot answer this request offline)" },
  source: "unanswered",
});

/** The git object id of a blob, as GitHub reports it; trees and commits get stable made-up ids. */
function gitSha(kind: "blob" | "tree" | "commit", content: string | Buffer): string {
  const bytes = typeof content === "string" ? Buffer.from(content) : content;
  return createHash("sha1").update(`${kind} ${bytes.length}\0`).update(bytes).digest("hex");
}

/**
 * Every plain file below `root`, by forward-slash path. Symbolic links are left out (one could point anywhere
 * on the machine), and so are .git and node_modules.
 */
function readTree(root: string): Map<string, FileEntry> {
  const files = new Map<string, FileEntry>();
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (SKIP.has(entry.name)) continue;
      const full = join(dir, entry.name);
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(full, path);
      else if (entry.isFile() && lstatSync(full).isFile()) {
        const bytes = readFileSync(full);
        files.set(path, { path, bytes, sha: gitSha("blob", bytes) });
      }
    }
  };
  walk(root, "");
  return files;
}
