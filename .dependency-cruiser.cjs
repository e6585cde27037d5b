/**
 * The layering of src/ (README, "Architecture"), checked by `npm run lint:deps` and in `npm test`:
 * gather reads, decide is pure, apply writes, model is the low shared vocabulary, and the runtimes sit on top.
 */

/**
 * The folders below decide/, lowest first. Each imports only its own layer and the layers before it, so folder
 * arrows go one way (no folder imports one that imports it back). Nothing in these layers imports decide/ or
 * anything above it. generated/ (types and validators built from schemas/) may be imported from any layer.
 */
const LOWER_LAYERS = [
  ["util/", "templates-folder.ts", "github/"],
  ["problems.ts"],
  ["model/", "render/", "repo/"],
  ["yaml/"],
  ["finding.ts"],
  ["schema/"],
  ["config/"],
  ["forms/"],
  ["validate/"],
];
const pattern = (entries) => `^src/(${entries.map((e) => e.replace(/\./g, "\\.")).join("|")})`;
const layerRules = LOWER_LAYERS.map((layer, i) => ({
  name: `lower-layer-${i}-points-down`,
  severity: "error",
  comment: `${layer.join(", ")} import only their own layer and those below it (LOWER_LAYERS).`,
  from: { path: pattern(layer) },
  to: { path: "^src/", pathNot: [pattern(LOWER_LAYERS.slice(0, i + 1).flat()), "^src/generated/"] },
}));

/**
 * gather/ (every read, the comment templates' sources among them), the modules that read local files or run
 * processes, the finder of the package's templates/ folder and the file system itself: decide/ reaches none of
 * them, however indirectly. The issue forms it parses by come as code (src/generated/issue-forms.ts, written by
 * `npm run gen`), not as files.
 */
const FILE_READERS = [
  "^src/gather/",
  "^src/repo/(local-file|report-history)\\.ts$",
  "^src/validate/(read-local|directory|repository-root)\\.ts$",
  "^src/templates-folder\\.ts$",
  "^(node:)?(fs|fs/promises)$",
];

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
      name: "decide-reaches-no-reader",
      severity: "error",
      comment:
        "decide/ gets every template and file as data from its caller: nothing it imports, directly or not, reads them.",
      from: { path: "^src/decide/" },
      to: { path: [...FILE_READERS, "^(node:)?(child_process|http|https|net)$"], reachable: true },
    },
    {
      name: "render-reads-nothing",
      severity: "error",
      comment: "render/ renders template sources it is given; nothing it reaches reads a file or the network.",
      from: { path: "^src/render/" },
      to: {
        path: ["^src/templates-folder\\.ts$", "^(node:)?(fs|fs/promises|http|https|net|child_process)$"],
        reachable: true,
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
        "apply/ writes; its one read is create-once.ts's look for what GitHub may already have done (gather/lost-answers.ts): before re-sending a create whose answer was lost, and after a file put refused because the file is there.",
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
      name: "only-simulate-uses-the-in-memory-github",
      severity: "error",
      comment:
        "fake-github/ is the in-memory GitHub behind `wgbot simulate` and the tests' fake: a runtime-side helper, never a dependency of the core.",
      from: { path: "^src/", pathNot: ["^src/(fake-github|simulate)/"] },
      to: { path: "^src/fake-github/" },
    },
    {
      name: "in-memory-github-stands-alone",
      severity: "error",
      comment: "fake-github/ models GitHub, not wgbot: it imports nothing else from src/.",
      from: { path: "^src/fake-github/" },
      to: { path: "^src/", pathNot: "^src/fake-github/" },
    },
    {
      name: "flows-do-not-import-the-router",
      severity: "error",
      comment: "The router imports the flow modules (its table); a flow never imports the router.",
      from: { path: "^src/(flows|gather|apply|decide|model)/" },
      to: { path: "^src/router/" },
    },
    ...layerRules,
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
