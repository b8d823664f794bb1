#!/usr/bin/env bash
# Provides the pinned Go tools the project needs (opa, regal) in .tools/bin.
# A tool already on PATH at the pinned version is used as is; otherwise it is built from the
# Go module proxy with the machine's Go and cached in .tools/bin (gitignored). The version of
# every binary is checked after the build, so a wrong cached binary is rebuilt, never used.
#
# Usage: scripts/install-tools.sh [opa|regal ...]   (default: all)
set -euo pipefail

OPA_VERSION=1.22.3
REGAL_VERSION=0.39.0

root=$(cd "$(dirname "$0")/.." && pwd)
bin="$root/.tools/bin"
mkdir -p "$bin"

log() { printf '[install-tools] %s\n' "$*" >&2; }

have_version() { # name path want
  local out
  # Whole output, no `| head`: with pipefail, SIGPIPE on the tool would fail the check at random.
  out=$("$2" version 2>/dev/null) || return 1
  grep -Eq "^(Version: *)?v?$3\b" <<<"$out"
}

provide() { # name module version [tools-module-dir]
  local name=$1 module=$2 version=$3 toolsmod=${4:-}
  if [ -x "$bin/$name" ] && have_version "$name" "$bin/$name" "$version"; then
    log "$name $version cached at $bin/$name"; return 0
  fi
  local onpath
  onpath=$(command -v "$name" 2>/dev/null || true)
  if [ -n "$onpath" ] && [ "$onpath" != "$bin/$name" ] && have_version "$name" "$onpath" "$version"; then
    ln -sf "$onpath" "$bin/$name"; log "$name $version found on PATH at $onpath"; return 0
  fi
  command -v go >/dev/null || { log "error: go is not installed; cannot build $name $version"; exit 1; }
  log "building $name $version from the Go module proxy (first run takes a few minutes)"
  local start=$SECONDS
  local ldflags="-X github.com/open-policy-agent/opa/v1/version.Version=$version -X github.com/open-policy-agent/regal/pkg/version.Version=$version"
  if [ -n "$toolsmod" ]; then
    # A pinned tools module (go.mod + go.sum committed): `go install module@version` refuses
    # modules whose version list the proxy does not serve, a tools module does not need it.
    (cd "$root/$toolsmod" && GOBIN="$bin" GOFLAGS="-buildvcs=false -mod=mod" CGO_ENABLED=0 go install -ldflags "$ldflags" "$module")
  else
    GOBIN="$bin" GOFLAGS=-buildvcs=false CGO_ENABLED=0 go install -ldflags "$ldflags" "$module@v$version"
  fi
  if ! have_version "$name" "$bin/$name" "$version"; then
    log "error: $bin/$name does not report version $version after the build:"
    "$bin/$name" version >&2 || true
    exit 1
  fi
  log "built $name $version in $((SECONDS - start))s"
}

want=("$@"); [ ${#want[@]} -gt 0 ] || want=(opa regal)
for t in "${want[@]}"; do
  case "$t" in
    opa) provide opa github.com/open-policy-agent/opa "$OPA_VERSION" ;;
    regal) provide regal github.com/open-policy-agent/regal "$REGAL_VERSION" scripts/go-tools/regal ;;
    *) log "error: unknown tool '$t' (known: opa, regal)"; exit 2 ;;
  esac
done
