#!/usr/bin/env node
// Entry point of the `wgbot` command. No logic here: see main.ts.
import { main } from "./main.ts";

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  now: new Date(),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
});
