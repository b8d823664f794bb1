/**
 * Wraps `read` (a look-up of something that changes, such as a ref) so that concurrent callers
 * share one read, without any caller getting an answer older than its call: a call made while a
 * read is running waits for the next read, which starts when the running one ends and serves every
 * call made meanwhile. A failed read rejects only the calls it serves.
 *
 * Under load the ledger reads its branch ref several times per event; with 128 people in flight
 * most of those reads overlap and are answered by a handful instead of one file read each.
 */
export function freshRead<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  let next: Promise<T> | null = null;
  const start = (): Promise<T> => {
    const p = read().finally(() => {
      if (running === p) running = null;
    });
    running = p;
    return p;
  };
  return () => {
    if (running === null) return start();
    next ??= running.then(
      () => undefined,
      () => undefined,
    ).then(() => {
      next = null;
      return start();
    });
    return next;
  };
}
