/**
 * The App remembers each ledger file's parse and schema check across events (src/validate/ledger.ts, ledgerChecks;
 * src/gather/ledger.ts keeps one for the process). What is remembered is keyed by the file's path and text, so it is
 * never stale: a file changed at the same path, or the same path with another text in another repository, is read as
 * it is now, and the records, problems and places are those a fresh check gives.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PRESETS } from "../../src/config/presets.ts";
import { gatherLedger } from "../../src/gather/ledger.ts";
import { type GitHub, WgbotOctokit } from "../../src/github/client.ts";
import { classifyLedgerPath } from "../../src/repo/ledger-paths.ts";
import { type LedgerFile, ledgerChecks, validateLedger } from "../../src/validate/ledger.ts";
import { FakeGitHub } from "../support/fake-github.ts";

const config = PRESETS.psf;
const PATH = "grants/2026/31-pycon-example-sprint-days.yml";

/** A record as wgbot writes it, for `issue`, granting `granted` USD. */
function record(issue: number, granted: number): string {
  return `issue: ${issue}
url: https://github.com/psf/governance/issues/${issue}
outcome: approved
grant_type: workshop
organisation:
  name: PyCon Example Association
event:
  name: PyCon Example Sprint Days
  start_date: 2026-06-12
  end_date: 2026-06-13
currency: USD
requested: 1620
granted: ${granted}
base_currency: USD
rate: 1
requested_base: 1620
granted_base: ${granted}
decided:
  by: gwen
  for: grants-wg
  on: 2026-05-04
  comment: 310042
`;
}

function file(path: string, content: string): LedgerFile {
  const where = classifyLedgerPath(path, config.paths.grants);
  if (!where) throw new Error(`not a ledger path: ${path}`);
  return { path, content, where };
}

describe("validateLedger with remembered checks", () => {
  it("gives what a fresh check gives, for valid and broken files, the second time as the first", () => {
    const files = [
      file(PATH, record(31, 1620)),
      file("grants/2026/32-other.yml", "issue: [unclosed\n"),
      file("grants/2026/33-other.yml", record(33, 1620).replace("outcome: approved", "outcome: maybe")),
      file("grants/2026/34-same-request.yml", record(31, 1620)),
    ];
    const fresh = validateLedger(files, config);
    const checks = ledgerChecks();
    expect(validateLedger(files, config, checks)).toEqual(fresh);
    expect(checks.size).toBe(4);
    expect(validateLedger(files, config, checks)).toEqual(fresh);
    expect(checks.size).toBe(4);
    // The cross-file rule still runs on every call: both records of #31 are refused.
    expect([...fresh.records.keys()]).toEqual([]);
  });

  it("a file changed at the same path is read as it is now", () => {
    const checks = ledgerChecks();
    const before = validateLedger([file(PATH, record(31, 1620))], config, checks);
    expect(before.records.get(PATH)?.granted).toBe(1620);
    const broken = validateLedger([file(PATH, "issue: [unclosed\n")], config, checks);
    expect(broken.records.size).toBe(0);
    expect(broken.problems.map((p) => p.file)).toEqual([PATH]);
    const after = validateLedger([file(PATH, record(31, 900))], config, checks);
    expect(after.records.get(PATH)?.granted).toBe(900);
  });
});

describe("gatherLedger across repositories", () => {
  let fakes: FakeGitHub[] = [];
  beforeEach(() => {
    fakes = [];
  });
  afterEach(async () => {
    await Promise.all(fakes.map((f) => f.stop()));
  });

  async function read(content: string) {
    const fake = await new FakeGitHub().start();
    fakes.push(fake);
    fake.files.set(PATH, content);
    const github = new WgbotOctokit({
      auth: "ghs_test",
      baseUrl: fake.url,
      throttle: { enabled: false },
      retry: { enabled: false },
    }) as unknown as GitHub;
    return gatherLedger(github, { owner: "psf", repo: "governance" }, config, [2026]);
  }

  it("the same path with another text in another repository is that repository's record", async () => {
    expect((await read(record(31, 1620))).entries.map((e) => e.record.granted)).toEqual([1620]);
    expect((await read(record(31, 700))).entries.map((e) => e.record.granted)).toEqual([700]);
    expect((await read("issue: [unclosed\n")).entries).toEqual([]);
    expect((await read(record(31, 1620))).entries.map((e) => e.record.granted)).toEqual([1620]);
  });
});
