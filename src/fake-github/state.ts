/**
 * The state of one repository on the in-memory GitHub: issues (pull requests among them), comments, labels,
 * milestones, the default branch's files and other revisions, pull requests, check runs, label history, teams,
 * and the account the token acts as. The routes read and change it; tests and `wgbot simulate` seed it directly.
 */
import { blobSha, changedFiles, gitSha } from "./git.ts";
import type {
  Actor,
  FakeBodyEdit,
  FakeCheckRun,
  FakeComment,
  FakeIssue,
  FakeLabelEvent,
  FakeMilestone,
  FakePull,
  FileContent,
} from "./types.ts";

/** wgbot's own account on a fresh state: the bot of the App `wgbot` (GET /app answers its slug). */
export const BOT: Actor = { login: "wgbot[bot]", type: "Bot" };

export type Files = Map<string, FileContent>;

/** A state's records, as `snapshot` copies them (the repository's owner and name stay the state's own). */
export type StateSnapshot = Omit<ReturnType<GitHubState["records"]>, "owner" | "repo">;

export class GitHubState {
  readonly owner: string;
  readonly repo: string;
  defaultBranch = "main";
  /** More of the repository's fields (`GET /repos/{owner}/{repo}`), e.g. from a payload's `repository`. */
  repository: Record<string, unknown> = {};
  issues = new Map<number, FakeIssue>();
  comments: FakeComment[] = [];
  milestones: FakeMilestone[] = [];
  labels = new Set<string>();
  /** Files on the default branch, by path. */
  files: Files = new Map();
  /** team slug → member logins */
  teams = new Map<string, Set<string>>();
  /** Other revisions, by commit SHA: pull request heads and bases, branches. */
  commits = new Map<string, Files>();
  pulls = new Map<number, FakePull>();
  checkRuns: FakeCheckRun[] = [];
  labelEvents: FakeLabelEvent[] = [];
  /** Edits of issues' text, oldest first. */
  bodyEdits: FakeBodyEdit[] = [];
  /** Branches other than the default one (name → commit in `commits`), as wgbot's charter pull requests make. */
  branches = new Map<string, string>();
  /**
   * Who the authenticated token acts as, for comments and issues it creates; also what `GET /app` (the slug, for an
   * App's bot) and GraphQL `viewer { login }` answer.
   */
  actor: Actor = BOT;
  protected nextId = 1000;
  private clock = Date.parse("2026-11-21T12:00:00Z");
  private head?: { key: string; sha: string };

  constructor(owner = "psf", repo = "governance") {
    this.owner = owner;
    this.repo = repo;
  }

  /**
   * Every record of this state, copied: `restore` makes another state (or this one, later) the same repository as it
   * is now. A test that runs the same prepared repository many times prepares it once.
   */
  snapshot(): StateSnapshot {
    const { owner: _owner, repo: _repo, ...records } = this.records();
    return structuredClone(records);
  }

  restore(snapshot: StateSnapshot): void {
    Object.assign(this, structuredClone(snapshot));
  }

  private records() {
    const { owner, repo, defaultBranch, repository, issues, comments, milestones, labels, files, teams } =
      this;
    const { commits, pulls, checkRuns, labelEvents, bodyEdits, branches, actor, nextId, clock, head } = this;
    return {
      ...{ owner, repo, defaultBranch, repository, issues, comments, milestones, labels, files, teams },
      ...{ commits, pulls, checkRuns, labelEvents, bodyEdits, branches, actor, nextId, clock, head },
    };
  }

  /** The next id for a comment or check run. */
  newId(): number {
    return this.nextId++;
  }

  /** Ids handed out from now on are above `id` (a seeded record keeps its own). */
  reserveId(id: number): void {
    this.nextId = Math.max(this.nextId, id + 1);
  }

  addIssue(partial: Partial<FakeIssue> & { title: string; body: string }): FakeIssue {
    let number = partial.number ?? this.issues.size + this.comments.length + 1;
    // GitHub never gives a number twice.
    while (partial.number === undefined && this.issues.has(number)) number++;
    const issue: FakeIssue = {
      state: "open",
      labels: [],
      user: { login: "ada", type: "User" },
      milestone: null,
      assignees: [],
      created_at: this.now(),
      updated_at: this.now(),
      ...partial,
      number,
    };
    this.issues.set(issue.number, issue);
    for (const l of issue.labels) this.labels.add(l.name);
    return issue;
  }

  /**
   * Changes an issue's text as `editor` (the token's account unless given), recorded as GitHub records an edit; the
   * same text again is no edit.
   */
  editIssueBody(number: number, body: string, editor: Actor = this.actor): void {
    const issue = this.issues.get(number);
    if (!issue) throw new Error(`no issue #${number}`);
    if (issue.body === body) return;
    issue.body = body;
    issue.updated_at = this.now();
    this.bodyEdits.push({ issue: number, editedAt: issue.updated_at, editor });
  }

  addComment(issue: number, body: string, user: Actor = { login: "ada", type: "User" }): FakeComment {
    const comment = { id: this.newId(), issue, body, user, created_at: this.now(), updated_at: this.now() };
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

  /** A timestamp one second after the last one. */
  now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }

  /** The files of a revision: the default branch for HEAD, its name or no ref; else a branch or a commit SHA. */
  filesAt(ref: string | undefined): Files | undefined {
    const name = ref?.replace(/^refs\/heads\//, "");
    if (name === undefined || name === "HEAD" || name === this.defaultBranch) return this.files;
    const branch = this.branches.get(name);
    if (branch !== undefined) return this.commits.get(branch);
    return this.commits.get(ref as string);
  }

  /** Records a revision and returns its SHA: the files given, or a copy of the default branch. */
  commit(files: ReadonlyMap<string, FileContent> = this.files): string {
    const copy = new Map(files);
    const id = gitSha("commit", `${this.commits.size}:${listing(copy)}`);
    this.commits.set(id, copy);
    return id;
  }

  /** The commit a branch points at; the default branch's is recorded the first time its files are asked for. */
  branchSha(branch: string): string | undefined {
    if (branch !== this.defaultBranch) return this.branches.get(branch);
    const key = listing(this.files);
    if (this.head?.key !== key) this.head = { key, sha: this.commit() };
    return this.head.sha;
  }

  /** Names the default branch's current commit (a payload's base SHA), so reads at that SHA find its files. */
  pinDefaultHead(sha: string): void {
    this.commits.set(sha, this.files);
    this.head = { key: listing(this.files), sha };
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
    for (const [path, text] of Object.entries(options.changes)) {
      if (text === null) head.delete(path);
      else head.set(path, text);
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
      base: { sha: base, ref: this.defaultBranch },
      // In the order the changes were given, as a test expects them listed.
      files: Object.keys(options.changes).map((filename) => ({
        filename,
        status:
          options.changes[filename] === null ? "removed" : this.files.has(filename) ? "modified" : "added",
      })),
    };
    this.pulls.set(pull.number, pull);
    return { ...pull, issue };
  }

  /** Pushes to a pull request: new texts (or null to drop a change) on top of its head; a new head SHA. */
  pushToPull(number: number, changes: Record<string, string | null>): FakePull {
    const pull = this.pulls.get(number);
    if (!pull) throw new Error(`no pull request #${number}`);
    const base = this.commits.get(pull.base.sha) ?? new Map();
    const head = new Map(this.commits.get(pull.head.sha));
    for (const [path, text] of Object.entries(changes)) {
      if (text === null) head.delete(path);
      else head.set(path, text);
    }
    pull.head = { ...pull.head, sha: this.commit(head) };
    pull.files = changedFiles(base, head);
    return pull;
  }
}

/** The paths and contents of a revision, as one string: equal files give equal listings. */
function listing(files: ReadonlyMap<string, FileContent>): string {
  return [...files]
    .map(([path, content]) => `${path}\u0000${typeof content === "string" ? content : blobSha(content)}`)
    .join("\u0001");
}
