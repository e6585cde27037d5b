// Entry of `npm start` (bundled into dist/server.js): the Probot app server. No logic here: see main.ts.
import { main } from "./main.ts";

const code = await main();
if (code !== 0) process.exitCode = code;
