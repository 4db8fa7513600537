#!/usr/bin/env bash
# Installs redis-server (Debian/Ubuntu package) when it is missing, for the Redis tests in test/redis,
# which start their own server on a free loopback port. Never fails the build: without the binary the
# Redis tests skip themselves and say why.
set -uo pipefail

if command -v redis-server >/dev/null 2>&1; then
  echo "redis-server: $(redis-server --version | head -n 1)"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    echo "redis-server is missing and cannot be installed without root: the Redis tests will be skipped."
    exit 0
  fi
fi

if command -v apt-get >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  if $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends redis-server >/dev/null; then
    echo "redis-server installed: $(redis-server --version | head -n 1)"
    exit 0
  fi
fi
echo "redis-server could not be installed: the Redis tests will be skipped."
exit 0
