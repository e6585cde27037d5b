// The baseline of `npm run bench -- load`: a bare Probot app, served the way wgbot's server serves it (Probot's
// createNodeMiddleware behind node:http), with the same environment. It verifies each signature and parses each
// payload, as wgbot's server does.
//
// With BARE_REPLAY=<file> (written by bench/load.ts) its handler makes, for each delivery, exactly the GitHub
// requests wgbot made for that delivery — same methods, paths, queries and bodies, in the same order, those wgbot
// sent together sent together — through the very client wgbot's server gives Probot in the load run
// (src/github/probot-octokit.ts: retries on, throttling off, Node's fetch with wgbot's time limit). That is the
// cost of wgbot's GitHub traffic in a Probot app, without wgbot's own work. Without it, the handler does nothing.
// A request answered otherwise than wgbot's was is logged as a line starting with `replay failed` (the bench counts them).
// Run with `node --import tsx` (it imports that client from src/).
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createNodeMiddleware, createProbot } from "probot";
import { wgbotProbotOctokit } from "../../src/github/probot-octokit.ts";

/** One request as the fake GitHub recorded it. */
export interface ReplayRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: unknown;
  /** The status wgbot was answered (a 404 may be an answer wgbot expects, e.g. for a folder not yet there). */
  status: number;
}
/** Delivery id → the event's requests, in batches sent together. */
export type ReplayPlan = Record<string, ReplayRequest[][]>;

// bench/load.ts imports only the types above (erased): this runs only as the bare app's process.
await serve();

async function serve(): Promise<void> {
  const plan: ReplayPlan = process.env.BARE_REPLAY
    ? JSON.parse(readFileSync(process.env.BARE_REPLAY, "utf8"))
    : {};
  const replaying = process.env.BARE_REPLAY !== undefined;
  // GraphQL on GitHub Enterprise lives at /api/graphql, outside the REST base URL /api/v3.
  const origin = `${process.env.GHE_PROTOCOL ?? "https"}://${process.env.GHE_HOST}`;
  const probot = createProbot({
    env: process.env,
    ...(replaying ? { overrides: { Octokit: wgbotProbotOctokit({ throttle: false, retry: true }) } } : {}),
  });
  const middleware = await createNodeMiddleware(
    (app) => {
      app.onAny(async (event) => {
        // Probot hands onAny handlers a full Context; its type only promises the event.
        const { octokit } = event as unknown as {
          octokit: InstanceType<ReturnType<typeof wgbotProbotOctokit>>;
        };
        for (const batch of plan[event.id] ?? [])
          await Promise.all(
            batch.map(async (r) => {
              const query = new URLSearchParams(r.query).toString();
              const path = `${r.path}${query ? `?${query}` : ""}`;
              try {
                await octokit.request({
                  method: r.method,
                  url: r.path.startsWith("/api/") ? `${origin}${path}` : path,
                  ...(r.body === undefined ? {} : { data: r.body }),
                });
              } catch (error) {
                if ((error as { status?: number }).status === r.status) return;
                process.stdout.write(
                  `replay failed: ${event.id} ${r.method} ${r.path}: ${(error as Error).message}\n`,
                );
              }
            }),
          );
      });
    },
    { probot },
  );
  const server = createServer((req, res) => {
    void middleware(req, res, () => {
      res.writeHead(404).end();
    });
  });
  server.listen(Number(process.env.PORT), process.env.HOST ?? "127.0.0.1", () => {
    process.stdout.write(`bare Probot app listening on ${process.env.PORT}\n`);
  });
  process.once("SIGTERM", () => server.close(() => process.exit(0)));
}
