#!/usr/bin/env bash
# Fails when the committed artifacts or bindings differ from what generate.sh makes of src/.
set -euo pipefail
cd "$(dirname "$0")"
./generate.sh >/dev/null
changes=$(git status --porcelain -- .)
if [ -n "$changes" ]; then
	echo "contracts: generated files are stale or uncommitted; run contracts/generate.sh and commit:" >&2
	echo "$changes" >&2
	git --no-pager diff --stat -- . >&2
	exit 1
fi
echo "contracts: generated files are up to date"
