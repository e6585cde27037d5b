/**
 * Linear time, shown without a wall-clock limit. The same work is timed on eight inputs of size n/8 and on one input
 * of size n — the same amount of input — back to back. Linear work takes about as long both ways (a ratio near 1);
 * quadratic work takes 8 times as long on the one large input, and worse grows faster still. It is the process's CPU
 * time that is compared, so a test preempted on a busy machine is not charged for the wait, and the median of a few
 * rounds is kept, so one garbage collection (on either side) does not decide: no number of milliseconds is asserted.
 */

/**
 * At most this ratio counts as linear: well above linear's 1 (one large input costs more per character in memory
 * and caches; up to 3.4 was seen on a loaded machine), below quadratic's 8.
 */
export const LINEAR_RATIO = 5;

/** At most this ratio in one round is linear beyond doubt: the rounds that would follow are not run. */
const CLEARLY_LINEAR = 2.5;

/** Each side is repeated until it takes about this long, so the clock's resolution does not decide either. */
const MIN_MS = 5;
const ROUNDS = 3;

function cpuMs(work: () => void, reps: number): number {
  const start = process.cpuUsage();
  for (let i = 0; i < reps; i++) work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * How much longer one input of `size` takes than eight of size/8. `at(size)` builds an input outside the timing and
 * returns the work to time on it.
 */
export function growthRatio(at: (size: number) => () => unknown, size: number): number {
  const small = at(Math.max(1, Math.floor(size / 8)));
  const large = at(size);
  const eightSmall = () => {
    for (let i = 0; i < 8; i++) small();
  };
  // The first pass warms the code paths up and tells how many repetitions make MIN_MS.
  const once = cpuMs(eightSmall, 1);
  const reps = Math.min(4096, Math.max(1, Math.ceil(MIN_MS / Math.max(once, 0.001))));
  const ratios: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const smallMs = cpuMs(eightSmall, reps);
    const largeMs = cpuMs(large, reps);
    const ratio = largeMs / Math.max(smallMs, 0.001);
    // Clearly linear at once: more rounds could only confirm it. (A pause on the small side lowers the ratio, but
    // quadratic work would need one three times its own length to come under this.)
    if (ratio <= CLEARLY_LINEAR) return ratio;
    ratios.push(ratio);
  }
  return ratios.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)] as number;
}
