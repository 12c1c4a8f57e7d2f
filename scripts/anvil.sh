#!/usr/bin/env bash
# Installs the pinned anvil (Foundry's Ethereum dev node) from npm into
# $HOME/.cache/tokendroplet/anvil-<version>/ once, and prints the path of its binary.
# scripts/testenv.sh runs it and exports DROPLET_ANVIL for the tests.
set -euo pipefail

ANVIL_VERSION=1.7.1

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) platform=linux-amd64 ;;
  Linux-aarch64 | Linux-arm64) platform=linux-arm64 ;;
  Darwin-x86_64) platform=darwin-amd64 ;;
  Darwin-arm64) platform=darwin-arm64 ;;
  *) echo "anvil.sh: no anvil package for $(uname -s) $(uname -m)" >&2; exit 1 ;;
esac

dir="${HOME}/.cache/tokendroplet/anvil-${ANVIL_VERSION}"
bin="${dir}/node_modules/@foundry-rs/anvil-${platform}/bin/anvil"

if [ ! -x "$bin" ] || ! "$bin" --version 2>/dev/null | grep -q "anvil Version: ${ANVIL_VERSION}\b"; then
  command -v npm >/dev/null || { echo "anvil.sh: npm is not installed" >&2; exit 1; }
  echo "installing anvil ${ANVIL_VERSION}" >&2
  tmp="${dir}.tmp.$$"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  trap 'rm -rf "$tmp"' EXIT
  # The platform binary comes as an optional dependency of the pinned package; its install script
  # only downloads the same binary when that dependency is missing, so it is skipped.
  (cd "$tmp" && echo '{"private": true}' > package.json &&
    npm install --no-audit --no-fund --ignore-scripts --save-exact "@foundry-rs/anvil@${ANVIL_VERSION}" >&2)
  [ -x "${tmp}/node_modules/@foundry-rs/anvil-${platform}/bin/anvil" ] ||
    { echo "anvil.sh: the npm package has no anvil binary for ${platform}" >&2; exit 1; }
  rm -rf "$dir"
  mv "$tmp" "$dir"
  trap - EXIT
fi
echo "$bin"
