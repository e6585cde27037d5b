/** Who wgbot is and where it logs: what every flow needs from its runtime, whichever runtime that is. */
import type { Self } from "./markers.ts";

/**
 * wgbot's own account, asked for only when a flow first needs it, so an event that is ignored costs no request
 * (gather/identity.ts learns it). The answer is kept; a failure is not, so the next event asks again.
 */
export type Identity = () => Promise<Self>;

export interface Logger {
  info: (message: string) => void;
  warn: (message: string) => void;
}

export const silentLogger: Logger = { info: () => {}, warn: () => {} };
