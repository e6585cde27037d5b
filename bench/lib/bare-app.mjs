// The baseline of `npm run bench -- load`: a bare Probot app whose handler does nothing, served the way wgbot's
// server serves it (Probot's createNodeMiddleware behind node:http), with the same environment. It verifies each
// signature and parses each payload, as wgbot's server does, and makes no API call.
import { createServer } from "node:http";
import { createNodeMiddleware, createProbot } from "probot";

const probot = createProbot({ env: process.env });
const middleware = await createNodeMiddleware(
  (app) => {
    app.onAny(async () => {});
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
