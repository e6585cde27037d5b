/** What every answer parser returns: the value, or a plain sentence saying what is wrong and how to fix it. */
export type ValueResult<T> = { ok: true; value: T } | { ok: false; message: string; hint: string };

export const ok = <T>(value: T): ValueResult<T> => ({ ok: true, value });

export const fail = <T = never>(message: string, hint: string): ValueResult<T> => ({
  ok: false,
  message,
  hint,
});
