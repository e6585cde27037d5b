/**
 * The tests' fake GitHub: the in-memory GitHub that `wgbot simulate` uses (src/fake-github/), served on loopback.
 * Tests point Octokit (through Probot, the Action entry or the CLI) at it, so only HTTP is faked: every request the
 * code makes is recorded and checked, faults can be injected, and the state it leaves (labels, comments, milestones,
 * issues, check runs) is what a second run reads back. The state and its helpers (`addIssue`, `addPull`…) are the
 * in-memory GitHub's own.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { InMemoryGitHub } from "../../src/fake-github/github.ts";
import type { ApiAnswer } from "../../src/fake-github/types.ts";

export { BOT } from "../../src/fake-github/state.ts";
export type {
  FakeCheckRun,
  FakeComment,
  FakeIssue,
  FakeLabel,
  FakeLabelEvent,
  FakeMilestone,
  FakePull,
} from "../../src/fake-github/types.ts";

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: unknown;
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

/** Other authors a test can post as: another app's bot, and a person. */
export const OTHER_APP = { login: "other-app[bot]", type: "Bot" };
export const asBot = (login: string) => ({ login, type: "Bot" });
export const asPerson = (login: string) => ({ login, type: "User" });

export class FakeGitHub extends InMemoryGitHub {
  /** The tests' files are text; the in-memory GitHub also holds bytes, which only `wgbot simulate` stores. */
  declare files: Map<string, string>;
  declare commits: Map<string, Map<string, string>>;
  requests: RecordedRequest[] = [];
  faults: Fault[] = [];
  private server?: Server;
  private delayed = new Set<NodeJS.Timeout>();

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

  override filesAt(ref: string | undefined): Map<string, string> | undefined {
    return super.filesAt(ref) as Map<string, string> | undefined;
  }

  reset(): void {
    this.requests = [];
  }

  /**
   * The same answers, recorded and with the same faults, without the loopback socket: a `fetch` for Octokit's
   * `request.fetch`, for a test that sends thousands of requests (the sweep over a year), where the loopback's HTTP
   * would cost more than the code under test. Octokit's whole request path (pagination, errors, JSON) still runs.
   * A delayed fault needs the socket: what it tests is the client's time limit.
   */
  readonly fetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(typeof input === "string" || input instanceof URL ? input : input.url);
    const raw = typeof init.body === "string" ? init.body : "";
    const { answer, delayMs } = this.reply(init.method ?? "GET", url, raw, url.origin);
    if (delayMs) throw new Error("fake GitHub: a delayed fault needs the loopback server");
    const body = answer.body === undefined || answer.status === 204 ? null : JSON.stringify(answer.body);
    return new Response(body, {
      status: answer.status,
      headers: { "content-type": "application/json", ...answer.headers },
    });
  };

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const { answer, delayMs } = this.reply(req.method ?? "GET", url, raw, this.url);
    if (!delayMs) return send(res, answer);
    const timer = setTimeout(() => {
      this.delayed.delete(timer);
      if (!res.destroyed) send(res, answer);
    }, delayMs);
    this.delayed.add(timer);
  }

  /** Records a request and answers it: with the first fault that matches, else as the in-memory GitHub does. */
  private reply(
    method: string,
    url: URL,
    raw: string,
    baseUrl: string,
  ): { answer: ApiAnswer; delayMs?: number } {
    const body = raw ? JSON.parse(raw) : undefined;
    const query = Object.fromEntries(url.searchParams);
    const path = url.pathname.replace(/^\/api\/v3/, "");
    this.requests.push({ method, path, query, ...(body === undefined ? {} : { body }) });
    if (process.env.FAKE_TRACE) console.log(Math.round(performance.now()), method, path);
    // A bug in the fake is answered 500 with its message, rather than leaving the client waiting for ever.
    const answer = (): ApiAnswer => {
      try {
        return this.answer({ method, path, query, body, baseUrl });
      } catch (error) {
        console.error(`fake GitHub failed on ${method} ${path}:`, error);
        return { status: 500, body: { message: `fake GitHub failed: ${(error as Error).message}` } };
      }
    };
    let fault = this.faults.find(
      (f) => (!f.method || f.method === method) && f.path.test(path) && f.times > 0,
    );
    if (fault?.skip) {
      fault.skip--;
      fault = undefined;
    }
    if (!fault) return { answer: answer() };
    fault.times--;
    if (fault.applied) answer();
    const injected = {
      status: fault.status,
      body: fault.body ?? { message: "injected fault" },
      headers: fault.headers,
    };
    return fault.delayMs ? { answer: injected, delayMs: fault.delayMs } : { answer: injected };
  }
}

/** A GraphQL request that only reads (a query, not a mutation). */
function isGraphQLQuery(r: RecordedRequest): boolean {
  const query = (r.body as { query?: unknown } | undefined)?.query;
  return r.path.endsWith("/graphql") && typeof query === "string" && !/^\s*mutation\b/.test(query);
}

function send(res: ServerResponse, { status, body, headers = {} }: ApiAnswer): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(body === undefined ? "" : JSON.stringify(body));
}
