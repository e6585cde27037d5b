/**
 * A grant request left in needs-info with no word from its applicant for `grants.needs_info_close_days` (psf: 42;
 * exactly that many days closes, one minute less does not) is closed as not planned, with a friendly comment. The
 * clock, and what restarts it, is decide/applicant-activity.ts.
 */
import { daysBetween, isoDate } from "../../../util/dates.ts";
import { lastApplicantActivity, silentLongEnough } from "../../applicant-activity.ts";
import { type SweepGrantRule, undecided, wroteMarker } from "./input.ts";

export const NEEDS_INFO_CLOSED = "needs-info-closed";

export const needsInfoClosed: SweepGrantRule = {
  id: "needs-info-closed",
  code: NEEDS_INFO_CLOSED,
  configKeys: ["grants.needs_info_close_days"],
  listed: "grantsClosed",
  candidate(issue, config, now) {
    // Silent at most since it was opened: a request younger than the wait cannot be due.
    return (
      undecided(issue, config) &&
      issue.labels.includes(config.labels.needs_info) &&
      daysBetween(new Date(issue.created_at), now) >= config.grants.needs_info_close_days
    );
  },
  decide(input, config, now) {
    const since = lastApplicantActivity(input.issue, input.timeline, config, input.self);
    if (!silentLongEnough(since, config, now)) return undefined;
    // A closing comment from before the applicant's last activity (the request was reopened since) is history:
    // this closing gets its own.
    if (wroteMarker(input, NEEDS_INFO_CLOSED, since)) return { close: true };
    const author = input.issue.author?.login ?? "";
    return {
      close: true,
      comment: {
        marker: NEEDS_INFO_CLOSED,
        body: `Hello @${author}: this grant request has been waiting for more information since ${isoDate(new Date(since))}, ${config.grants.needs_info_close_days} days or more without an answer, so wgbot is closing it for now. Nothing is lost: open a new request from the form with the missing details (or ask a maintainer to reopen this one and edit it), and it is checked again straight away. Thank you for applying!`,
      },
    };
  },
};
