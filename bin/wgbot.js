#!/usr/bin/env node
// The installed `wgbot` command: the bundled CLI (built from src/cli by `npm run build`).
import "../dist/cli.js";
