#!/usr/bin/env bash
# Provides the pinned Go tools the project needs (opa, regal, vault) in .tools/bin.
# A tool already on PATH at the pinned version is used as is; otherwise it is built from the
# Go module proxy with the machine's Go and cached in .tools/bin (gitignored). The version of
# every binary is checked after the build, so a wrong cached binary is rebuilt, never used.
#
# Vault: HashiCorp Vault 1.21.1, the newest release that builds from the module proxy (1.21.2-1.21.4
# need sdk changes that were never tagged; see docs/adr/0004-vault-from-the-module-proxy.md), from
# the tools module scripts/go-tools/vault, whose go.mod repeats the release's own pins. About 10 min
# and 3.6 GB of modules on the first build; the binary is then cached (344 MB).
#
# Usage: scripts/install-tools.sh [opa|regal|vault ...]   (default: all)
set -euo pipefail

OPA_VERSION=1.22.3
REGAL_VERSION=0.39.0
VAULT_VERSION=1.21.1
# The v1.21.1 tag's commit and time, as Vault's own release build injects them.
VAULT_COMMIT=2453aac2638a6ae243341b4e0657fd8aea1cbf18
VAULT_BUILD_DATE=2025-11-18T21:04:32Z

root=$(cd "$(dirname "$0")/.." && pwd)
bin="$root/.tools/bin"
mkdir -p "$bin"

log() { printf '[install-tools] %s\n' "$*" >&2; }

have_version() { # name path want
  local out
  # Whole output, no `| head`: with pipefail, SIGPIPE on the tool would fail the check at random.
  out=$("$2" version 2>/dev/null) || return 1
  grep -Eq "^(Version: *|Vault )?v?$3\b" <<<"$out"
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
  if [ "$name" = vault ]; then
    ldflags="-s -w -X github.com/hashicorp/vault/version.Version=$version -X github.com/hashicorp/vault/version.GitCommit=$VAULT_COMMIT -X github.com/hashicorp/vault/version.BuildDate=$VAULT_BUILD_DATE"
  fi
  if [ -n "$toolsmod" ]; then
    # A pinned tools module (go.mod + go.sum committed): `go install module@version` refuses
    # modules whose version list the proxy does not serve, a tools module does not need it.
    (cd "$root/$toolsmod" && GOBIN="$bin" GOFLAGS="-buildvcs=false -mod=mod" GOTOOLCHAIN=local CGO_ENABLED=0 go install -trimpath -ldflags "$ldflags" "$module")
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

want=("$@"); [ ${#want[@]} -gt 0 ] || want=(opa regal vault)
for t in "${want[@]}"; do
  case "$t" in
    opa) provide opa github.com/open-policy-agent/opa "$OPA_VERSION" ;;
    regal) provide regal github.com/open-policy-agent/regal "$REGAL_VERSION" scripts/go-tools/regal ;;
    vault) provide vault github.com/hashicorp/vault "$VAULT_VERSION" scripts/go-tools/vault ;;
    *) log "error: unknown tool '$t' (known: opa, regal, vault)"; exit 2 ;;
  esac
done
