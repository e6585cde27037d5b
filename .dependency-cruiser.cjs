/**
 * The layering of src/ (README, "Architecture"), checked by `npm run lint:deps` and in `npm test`:
 * gather reads, decide is pure, apply writes, model is the low shared vocabulary, and the runtimes sit on top.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "No import cycle between files (folders are kept acyclic by the rules below).",
      from: {},
      to: { circular: true },
    },
    {
      name: "decide-is-pure",
      severity: "error",
      comment:
        "decide/ plans from plain data: no reads (gather), no writes (apply), no GitHub client, no flows or runtimes, no file or network I/O.",
      from: { path: "^src/decide/" },
      to: {
        path: [
          "^src/(gather|apply|github|flows|router|simulate|server|action|cli)/",
          "^src/app\\.ts$",
          "^src/templates-folder\\.ts$",
          "(^|/)node_modules/(@octokit|probot|octokit)/",
          "^(@octokit/|probot$|octokit$)",
          "^(node:)?(fs|fs/promises|http|https|net|child_process)$",
        ],
      },
    },
    {
      name: "gather-only-reads",
      severity: "error",
      comment: "gather/ reads; it never writes, so it never imports apply/ (or the flows that run it).",
      from: { path: "^src/gather/" },
      to: { path: "^src/(apply|flows|router)/" },
    },
    {
      name: "apply-only-writes",
      severity: "error",
      comment:
        "apply/ writes; its one read is the lost-answer lookup before re-sending a create (apply/create-once.ts → gather/lost-answers.ts).",
      from: { path: "^src/apply/", pathNot: "^src/apply/create-once\\.ts$" },
      to: { path: "^src/(gather|flows|router)/" },
    },
    {
      name: "create-once-reads-only-lost-answers",
      severity: "error",
      comment: "The declared exception reaches gather/lost-answers.ts and nothing else in gather/.",
      from: { path: "^src/apply/create-once\\.ts$" },
      to: { path: "^src/(gather|flows|router)/", pathNot: "^src/gather/lost-answers\\.ts$" },
    },
    {
      name: "model-is-low",
      severity: "error",
      comment: "model/ is the shared vocabulary: it imports only itself and what sits below it (problems, util).",
      from: { path: "^src/model/" },
      to: { path: "^src/", pathNot: ["^src/model/", "^src/problems\\.ts$", "^src/util/"] },
    },
    {
      name: "core-does-not-import-runtimes",
      severity: "error",
      comment:
        "The runtimes (app.ts, action/, cli/, server/, and simulate/, the CLI's offline dry run) adapt the core; nothing in the core imports them.",
      from: { path: "^src/", pathNot: ["^src/(action|cli|server|simulate)/", "^src/app\\.ts$"] },
      to: { path: ["^src/(action|cli|server)/", "^src/app\\.ts$"] },
    },
    {
      name: "flows-do-not-import-the-router",
      severity: "error",
      comment: "The router imports the flow modules (its table); a flow never imports the router.",
      from: { path: "^src/(flows|gather|apply|decide|model)/" },
      to: { path: "^src/router/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^src/generated/" },
    // TypeScript 7 has no JavaScript API dependency-cruiser can use: swc ("@swc/core", a devDependency for this alone)
    // parses the sources (type imports included).
    parser: "swc",
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".js", ".mjs", ".json"] },
  },
};
