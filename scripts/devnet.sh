#!/usr/bin/env bash
# Runs the whole TokenDroplet bridge locally on loopback with no outside service (see
# `droplet devnet -h`): state lives in .devnet/, so a restart resumes; Ctrl-C stops everything.
# Then, in another terminal: go run ./cmd/droplet demo
set -euo pipefail
cd "$(dirname "$0")/.."
export GOTOOLCHAIN=local
exec go run ./cmd/droplet devnet "$@"
