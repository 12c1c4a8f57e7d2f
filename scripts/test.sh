#!/usr/bin/env bash
# Runs every check and test of TokenDroplet, as CI does. On a fresh machine it installs what the
# tests need (pinned tools, npm packages, a Vault server built once into $HOME/.cache/tokendroplet)
# and starts a throwaway PostgreSQL and a Vault dev server on loopback, stopped on exit.
#
#   scripts/test.sh              everything
#   scripts/test.sh ./signer/... only some packages (the checks of generated code still run)
set -euo pipefail
cd "$(dirname "$0")/.."
export GOTOOLCHAIN=local
pkgs=("$@")
[ ${#pkgs[@]} -gt 0 ] || pkgs=(./...)

step() { printf '\n== %s\n' "$*"; }

step "tools"
eval "$(scripts/tools.sh env)"
if [ -x internal/mvs/testdata/jscheck/install.sh ]; then internal/mvs/testdata/jscheck/install.sh; fi

step "generated code is fresh"
buf lint
buf generate
if [ -n "$(git status --porcelain -- proto)" ]; then
  echo "proto: generated code is stale; run 'buf generate' and commit:" >&2
  git status --porcelain -- proto >&2
  exit 1
fi
if [ -x contracts/check-generated.sh ]; then contracts/check-generated.sh; fi

step "format and vet"
unformatted=$(gofmt -l $(git ls-files '*.go') 2>/dev/null || true)
if [ -n "$unformatted" ]; then
  echo "gofmt would change:" >&2
  echo "$unformatted" >&2
  exit 1
fi
go vet ./...

step "deployment files"
scripts/check-deploy.sh

step "test services"
eval "$(scripts/testenv.sh up)"
trap 'scripts/testenv.sh down "$DROPLET_TESTENV_DIR"' EXIT

step "go test -race"
go test -race -count=1 -timeout 30m "${pkgs[@]}"
