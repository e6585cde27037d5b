import { describe, expect, it } from "vitest";
import {
  NEEDS_INFO_CLOSED,
  needsInfoClosed,
} from "../../../../src/decide/rules/sweep-grant/needs-info-closed.ts";
import { grantIssue, psf } from "../../fixtures.ts";
import { act, ago, by, DAY, labelled, MINUTE, NOW, wrote } from "./helpers.ts";

const waiting = (created: string, labels = ["status/needs-info"]) => grantIssue(labels, created);
/** A request in needs-info for 100 days: only its timeline says when the applicant last spoke. */
const old = () => waiting(ago(100 * DAY));
const closes = (action: ReturnType<typeof act>) => action?.close === true;

describe("needs-info-closed", () => {
  it("declares what it does and the key it reads", () => {
    expect(needsInfoClosed).toMatchObject({
      id: "needs-info-closed",
      code: NEEDS_INFO_CLOSED,
      configKeys: ["grants.needs_info_close_days"],
      listed: "grantsClosed",
    });
    expect(needsInfoClosed.label).toBeUndefined();
  });

  it("is 42 days in the psf preset", () => {
    expect(psf.grants.needs_info_close_days).toBe(42);
  });

  it("closes a request opened exactly 42 days ago, with one friendly comment", () => {
    expect(act(needsInfoClosed, waiting(ago(42 * DAY)))).toEqual({
      close: true,
      comment: {
        marker: "needs-info-closed",
        body: "Hello @ada: this grant request has been waiting for more information since 2026-10-10, 42 days or more without an answer, so wgbot is closing it for now. Nothing is lost: open a new request from the form with the missing details (or ask a maintainer to reopen this one and edit it), and it is checked again straight away. Thank you for applying!",
      },
    });
  });

  it("leaves one opened 41 days ago, or 42 days minus a minute ago: not even its timeline is read", () => {
    for (const created of [ago(41 * DAY), ago(42 * DAY - MINUTE)]) {
      expect(needsInfoClosed.candidate(waiting(created), psf, NOW)).toBe(false);
      expect(act(needsInfoClosed, waiting(created))).toBeUndefined();
    }
  });

  it("counts from the applicant's last comment: 42 days closes, 41 does not", () => {
    expect(closes(act(needsInfoClosed, old(), [by("ada", "commented", 42)]))).toBe(true);
    expect(act(needsInfoClosed, old(), [by("ada", "commented", 41)])).toBeUndefined();
  });

  it("counts from the last needs-info label: 42 days closes, 41 does not", () => {
    expect(closes(act(needsInfoClosed, old(), [labelled("status/needs-info", 42)]))).toBe(true);
    expect(act(needsInfoClosed, old(), [labelled("status/needs-info", 41)])).toBeUndefined();
  });

  it("says since when in its comment: the applicant's last activity", () => {
    const action = act(needsInfoClosed, old(), [by("ada", "edited", 50)]);
    expect(action?.comment?.body).toContain("since 2026-10-02, 42 days or more");
  });

  it("reads the number of days from the config", () => {
    const config = { ...psf, grants: { ...psf.grants, needs_info_close_days: 10 } };
    expect(closes(act(needsInfoClosed, waiting(ago(10 * DAY)), [], { config }))).toBe(true);
    expect(act(needsInfoClosed, waiting(ago(10 * DAY - MINUTE)), [], { config })).toBeUndefined();
    expect(act(needsInfoClosed, waiting(ago(10 * DAY)), [], { config })?.comment?.body).toContain(
      ", 10 days or more without an answer",
    );
  });

  it("only requests in needs-info, open and undecided", () => {
    const created = ago(100 * DAY);
    expect(act(needsInfoClosed, waiting(created, ["status/grants-wg-review"]))).toBeUndefined();
    for (const decided of ["status/approved", "status/declined", "status/deferred"])
      expect(act(needsInfoClosed, waiting(created, ["status/needs-info", decided])), decided).toBeUndefined();
    expect(act(needsInfoClosed, { ...waiting(created), state: "closed" })).toBeUndefined();
    expect(act(needsInfoClosed, { ...waiting(created), labels: ["status/needs-info"] })).toBeUndefined();
  });

  it("writes its comment once: closed again without a second one after its own", () => {
    expect(act(needsInfoClosed, old(), [wrote(NEEDS_INFO_CLOSED, 1)])).toEqual({ close: true });
  });

  it("another account's comment with the marker does not count", () => {
    expect(act(needsInfoClosed, old(), [wrote(NEEDS_INFO_CLOSED, 1, "mallory")])?.comment?.marker).toBe(
      NEEDS_INFO_CLOSED,
    );
  });

  it("a closing comment from before a reopening is history: the next closing gets its own", () => {
    const timeline = [wrote(NEEDS_INFO_CLOSED, 50), by("maintainer", "reopened", 42)];
    expect(act(needsInfoClosed, old(), timeline)?.comment?.marker).toBe(NEEDS_INFO_CLOSED);
    expect(act(needsInfoClosed, old(), [...timeline, wrote(NEEDS_INFO_CLOSED, 0)])).toEqual({ close: true });
  });
});
