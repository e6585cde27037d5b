// The baseline of `npm run bench -- load`: a bare Probot app whose handler does nothing, served the way wgbot's
// server serves it (Probot's createNodeMiddleware behind node:http), with the same environment. It verifies each
// signature and parses each payload, as wgbot's server does, and makes no API call.
//
// With BARE_READS=n its handler makes n GitHub reads per event (of the repository, one after another)
// through the very client wgbot's server gives Probot in the load run (src/github/probot-octokit.ts: retries on,
// throttling off, Node's fetch with wgbot's time limit). That is the cost of n GitHub requests in a Probot app,
// without wgbot's own work.
// Run with `node --import tsx` (it imports that client from src/).
import { createServer } from "node:http";
import { type Context, createNodeMiddleware, createProbot } from "probot";
import { wgbotProbotOctokit } from "../../src/github/probot-octokit.ts";

const reads = Number(process.env.BARE_READS ?? 0);
const probot = createProbot({
  env: process.env,
  ...(reads > 0 ? { overrides: { Octokit: wgbotProbotOctokit({ throttle: false, retry: true }) } } : {}),
});
const middleware = await createNodeMiddleware(
  (app) => {
    app.onAny(async (event) => {
      // Probot hands onAny handlers a full Context; its type only promises the event.
      const context = event as unknown as Context<"issues">;
      for (let i = 0; i < reads; i++)
        await context.octokit.request("GET /repos/{owner}/{repo}", context.repo());
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
