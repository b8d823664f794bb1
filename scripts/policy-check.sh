#!/usr/bin/env bash
# Checks the Rego in policies/ the way CI does, failing on the first problem:
#   1. opa fmt --list --fail   (formatting)
#   2. opa check --strict      (compile, strict mode)
#   3. regal lint              (style and bugs; configuration in .regal/config.yaml)
#   4. opa test                (unit tests; prints PASS: N/N)
#   5. opa test --coverage     (fails under COVERAGE_THRESHOLD percent, default 95; lists gaps)
# Tools: $OPA_BIN / $REGAL_BIN, else .tools/bin, else PATH; when neither is there,
# scripts/install-tools.sh builds the pinned versions. Nothing is skipped: a missing tool fails.
#
# Usage: scripts/policy-check.sh            (run from anywhere)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
policies=policies
threshold=${COVERAGE_THRESHOLD:-95}

if [ -t 1 ] && [ -z "${NO_COLOR:-}" ]; then bold=$'\e[1m'; red=$'\e[31m'; green=$'\e[32m'; reset=$'\e[0m'
else bold=; red=; green=; reset=; fi
step() { printf '\n%s==> %s%s\n' "$bold" "$*" "$reset"; }
fail() { printf '%spolicy-check: %s%s\n' "$red" "$*" "$reset" >&2; exit 1; }

# resolve NAME VAR: prints the binary to use for NAME (env var VAR, .tools/bin, PATH, or built).
resolve() {
  local name=$1 var=$2 value=${!2:-}
  if [ -n "$value" ]; then
    [ -x "$value" ] || fail "$var=$value is not an executable file"
    printf '%s\n' "$value"; return
  fi
  if [ -x "$root/.tools/bin/$name" ]; then printf '%s\n' "$root/.tools/bin/$name"; return; fi
  if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
  printf 'policy-check: %s not found; building it with scripts/install-tools.sh\n' "$name" >&2
  bash "$root/scripts/install-tools.sh" "$name" >&2 || fail "could not provide $name (see the install-tools output above); run \`npm run tools\`"
  [ -x "$root/.tools/bin/$name" ] || fail "$name is still missing after scripts/install-tools.sh"
  printf '%s\n' "$root/.tools/bin/$name"
}

opa=$(resolve opa OPA_BIN)
regal=$(resolve regal REGAL_BIN)
printf 'opa:   %s (%s)\n' "$opa" "$("$opa" version | sed -n 's/^Version: *//p')"
printf 'regal: %s (%s)\n' "$regal" "$("$regal" version | sed -n 's/^Version: *//p')"

step "opa fmt --list --fail $policies"
"$opa" fmt --list --fail "$policies" || fail "files above are not opa-formatted; run: $opa fmt -w $policies"
echo "formatted"

step "opa check --strict $policies"
"$opa" check --strict "$policies" || fail "opa check --strict failed"
echo "ok"

step "regal lint $policies"
REGAL_DISABLE_CHECK_VERSION=true "$regal" lint "$policies" || fail "regal lint reported violations"

step "opa test $policies"
"$opa" test "$policies" || fail "policy tests failed (rerun with: $opa test $policies -v)"

step "opa test --coverage $policies (threshold ${threshold}%)"
report=$(mktemp)
trap 'rm -f "$report"' EXIT
cov_status=0
# The threshold is checked below rather than with --threshold, which prints no report when it
# fails; this way the uncovered lines are always listed.
"$opa" test --coverage --format json "$policies" >"$report" || cov_status=$?
node - "$report" "$threshold" <<'NODE' || cov_status=1
const [file, threshold] = process.argv.slice(2);
let report;
try {
  report = JSON.parse(require("node:fs").readFileSync(file, "utf8"));
} catch {
  console.error("no coverage report (opa test failed before reporting):");
  console.error(require("node:fs").readFileSync(file, "utf8").slice(0, 4000));
  process.exit(1);
}
for (const [name, f] of Object.entries(report.files ?? {})) {
  const gaps = (f.not_covered ?? []).map((r) => r.start.row === r.end.row ? `${r.start.row}` : `${r.start.row}-${r.end.row}`);
  console.log(`  ${name}: ${Number(f.coverage ?? 0).toFixed(2)}%${gaps.length ? `  not covered: lines ${gaps.join(", ")}` : ""}`);
}
// The threshold applies to the policy files only: test files cover themselves by running.
let covered = 0, missed = 0;
for (const [name, f] of Object.entries(report.files ?? {})) {
  if (name.endsWith("_test.rego")) continue;
  covered += f.covered_lines ?? 0;
  missed += f.not_covered_lines ?? 0;
}
const total = covered + missed === 0 ? 0 : (100 * covered) / (covered + missed);
console.log(`coverage: ${total.toFixed(2)}% of ${covered + missed} policy lines (threshold ${threshold}%)`);
process.exit(total >= Number(threshold) ? 0 : 1);
NODE
[ "$cov_status" -eq 0 ] || fail "coverage is under ${threshold}%"

printf '\n%spolicy-check: all checks passed%s\n' "$green" "$reset"
