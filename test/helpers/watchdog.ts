/**
 * A `sh -c` script that runs "$@" as a server under a watchdog: it prints the server's pid and
 * waits for it; a reader ends the server (TERM, then KILL after 5 s) when the watchdog's stdin (a
 * pipe from the test process) closes, so no server outlives its test run, also when the test
 * process dies without stopping it. When the server exits on its own, the watchdog exits too.
 * `after` lines run once the server is gone (cleanup).
 */
export function watchdogScript(after: string[] = []): string {
  return [
    'trap "" INT',
    "exec 3<&0",
    '"$@" 3<&- & pid=$!',
    'echo "$pid"',
    '( read -r _ <&3 || true; kill -TERM "$pid" 2>/dev/null; i=0',
    '  while kill -0 "$pid" 2>/dev/null && [ "$i" -lt 50 ]; do sleep 0.1; i=$((i+1)); done',
    '  kill -KILL "$pid" 2>/dev/null ) & reader=$!',
    'wait "$pid"',
    'kill "$reader" 2>/dev/null',
    ...after,
  ].join("\n");
}
