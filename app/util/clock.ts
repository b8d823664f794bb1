/** A clock returns the current time in milliseconds since the Unix epoch. Always injected, never global. */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();

/** A clock for tests and the demo: starts at `startMs` and moves only when told. */
export function manualClock(startMs: number): Clock & { advance(ms: number): void; set(ms: number): void } {
  let now = startMs;
  const clock = (() => now) as Clock & { advance(ms: number): void; set(ms: number): void };
  clock.advance = (ms: number) => {
    now += ms;
  };
  clock.set = (ms: number) => {
    now = ms;
  };
  return clock;
}
