#!/usr/bin/env bash
# Builds the optional native Ed25519 verifier (native/ed25519-verify: ed25519-dalek behind N-API,
# docs/adr/0005-native-ed25519-verification.md) with cargo, from the crates pinned in its
# Cargo.lock, into native/ed25519-verify/offboard-ed25519-verify.node (gitignored). The ledger
# verifier uses it when present (OFFBOARD_ED25519=auto) and node:crypto otherwise.
#
# Usage: scripts/build-native.sh [--if-cargo]
#   --if-cargo   without cargo on PATH, or when the build fails outside CI, say so and exit 0
#                (npm test on a machine without Rust or offline)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
crate="$root/native/ed25519-verify"
out="$crate/offboard-ed25519-verify.node"

if ! command -v cargo >/dev/null; then
  if [ "${1:-}" = "--if-cargo" ]; then
    echo "[build-native] cargo not found: the ledger verifier will use node:crypto (slower, same results)" >&2
    exit 0
  fi
  echo "[build-native] cargo not found; install Rust (https://rustup.rs) to build $out" >&2
  exit 1
fi
# Rebuilt only when a source is newer than the module (cargo itself would also skip, but slower).
if [ -f "$out" ] && [ -z "$(find "$crate/src" "$crate/Cargo.toml" "$crate/Cargo.lock" "$crate/build.rs" -newer "$out" -print -quit)" ]; then
  exit 0
fi
echo "[build-native] building $out with $(cargo --version)" >&2
if ! cargo build --release --locked --quiet --manifest-path "$crate/Cargo.toml"; then
  # Optional by design: a machine that cannot build it (offline, old toolchain) verifies with
  # node:crypto. CI (CI=true) must build it, so its differential test runs there.
  if [ "${1:-}" = "--if-cargo" ] && [ "${CI:-}" != "true" ]; then
    echo "[build-native] WARNING: the build failed (see above); the ledger verifier will use node:crypto (slower, same results)" >&2
    exit 0
  fi
  exit 1
fi
cp "$crate/target/release/liboffboard_ed25519_verify.so" "$out.tmp"
mv "$out.tmp" "$out"
