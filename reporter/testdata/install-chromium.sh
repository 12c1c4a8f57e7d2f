#!/usr/bin/env bash
# Installs Debian's chromium for the reporter's HTML test, only under CI (CI=true) and only when
# it is missing. On a developer's machine it prints what to run instead and installs nothing.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "${CI:-}" != true ]; then
  echo "chromium is not installed; install it with: sudo apt-get install chromium" >&2
  exit 1
fi
if [ "$(id -u)" != 0 ]; then
  echo "chromium is missing and installing it needs root" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >&2
