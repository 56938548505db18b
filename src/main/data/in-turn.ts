// Calls that share what a handle keeps, run one at a time per handle: their queries could otherwise interleave (each
// query waits its turn on the one connection, but a call is several queries), and one call's catch-up could move a
// mark past rows another call is still adding.

/** A queue per key (a Kysely handle); each module that keeps state makes its own, so they never wait on each other. */
export function turnsPerHandle(): <T>(handle: object, work: () => Promise<T>) => Promise<T> {
  const tails = new WeakMap<object, Promise<unknown>>();
  return (handle, work) => {
    const run = (tails.get(handle) ?? Promise.resolve()).then(work);
    tails.set(handle, run.catch(() => undefined));
    return run;
  };
}
