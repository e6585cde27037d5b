/**
 * The GitHub clients' clock in tests that run the Action or the CLI in process: the retry and throttling plugins'
 * "second" lasts a millisecond, so retries and the spacing of writes keep their counts and order without real waits
 * (test/github/ pins the production times). The time limit on a request stays well above a loopback answer on a
 * busy machine.
 */
import type { Timing } from "../../src/github/limits.ts";

export const SHORT_CLOCK: Timing = { secondMs: 1, requestTimeoutMs: 5_000 };
