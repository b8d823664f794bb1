/** Resolves when `signal` aborts, or, without one, on SIGINT or SIGTERM (the long-running commands). */
export function waitForStop(signal?: AbortSignal): Promise<void> {
  return new Promise<void>((done) => {
    if (signal?.aborted) return done();
    signal?.addEventListener("abort", () => done(), { once: true });
    if (signal === undefined) process.once("SIGINT", () => done()).once("SIGTERM", () => done());
  });
}
