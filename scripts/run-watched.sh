#!/usr/bin/env bash
# Runs a command, shows its output as it comes, and stops it when it has printed nothing for
# IDLE_LIMIT seconds (default 600), then runs it once more; a second silent stall fails (exit 124).
# A command that exits on its own, passing or failing, is never run again: only a stall is retried.
#
# Why: vitest's fork pool hung once on this project's CI machine (2026-11-28): after 65 test files
# the main process sat idle beside one new fork worker that never used the CPU or ran its file, no
# output for 16 minutes, until killed; the same commit then passed in full. No test file here runs
# silent for more than a couple of minutes, so ten minutes of silence is a stall, not a slow test.
#
# Usage: IDLE_LIMIT=600 bash scripts/run-watched.sh COMMAND [ARG ...]
set -uo pipefail

idle_limit=${IDLE_LIMIT:-600}
if ! [[ "$idle_limit" =~ ^[1-9][0-9]*$ ]]; then
  echo "run-watched: IDLE_LIMIT must be a whole number of seconds (got '$idle_limit')" >&2
  exit 2
fi
if [ $# -eq 0 ]; then
  echo "usage: IDLE_LIMIT=SECONDS bash scripts/run-watched.sh COMMAND [ARG ...]" >&2
  exit 2
fi
# How often the output's age is checked: a tenth of the limit, at most every 15 seconds.
poll=$(( idle_limit / 10 ))
(( poll < 1 )) && poll=1
(( poll > 15 )) && poll=15

log=$(mktemp "${TMPDIR:-/tmp}/run-watched.XXXXXX")
trap 'rm -f "$log"' EXIT

stalled=0
run_once() {
  stalled=0
  : > "$log"
  # Its own process group (setsid), so a stall is stopped with everything it started.
  setsid "$@" > "$log" 2>&1 < /dev/null &
  local pid=$!
  tail -n +1 -f --pid="$pid" "$log" &
  local tail_pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    sleep "$poll"
    kill -0 "$pid" 2>/dev/null || break
    local age=$(( $(date +%s) - $(stat -c %Y "$log") ))
    if (( age >= idle_limit )); then
      echo "" >&2
      echo "run-watched: no output for ${age}s (limit ${idle_limit}s): stopping '$*' and everything it started" >&2
      kill -TERM -- "-$pid" 2>/dev/null
      # Five seconds to stop on its own, then killed.
      for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -KILL -- "-$pid" 2>/dev/null
      wait "$pid" 2>/dev/null
      wait "$tail_pid" 2>/dev/null
      stalled=1
      return 124
    fi
  done
  wait "$pid"
  local rc=$?
  wait "$tail_pid" 2>/dev/null
  return "$rc"
}

run_once "$@"
rc=$?
if (( stalled )); then
  echo "run-watched: running '$*' once more after a stall" >&2
  run_once "$@"
  rc=$?
  (( stalled )) && echo "run-watched: '$*' stalled twice; failing" >&2
fi
exit "$rc"
