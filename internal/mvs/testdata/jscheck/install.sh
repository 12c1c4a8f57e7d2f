#!/usr/bin/env bash
# Installs the pinned metaversejs (package-lock.json) for the cross-check test.
# Idempotent: does nothing when node_modules already matches the lock file.
# Install scripts are skipped: metaversejs's only native dependency (secp256k1)
# falls back to pure JavaScript, and the check must not depend on a compiler.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

command -v npm >/dev/null || { echo "install.sh: npm is not installed" >&2; exit 1; }

stamp=node_modules/.jscheck-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -f node_modules/metaversejs/package.json ]; then
  exit 0
fi
npm ci --no-audit --no-fund --ignore-scripts
echo "$want" > "$stamp"
