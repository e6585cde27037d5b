// Entry of the GitHub Action (bundled into dist/index.js, which action.yml runs). No logic here: see main.ts.
import { runAction, runnerIo } from "./main.ts";

process.exitCode = await runAction(process.env, runnerIo(process.env));
