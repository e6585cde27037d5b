// Entry of `npm start` (bundled into dist/server.js): the Probot app server. No logic here: see server.ts.
import { main } from "./server.ts";

const code = await main();
if (code !== 0) process.exitCode = code;
