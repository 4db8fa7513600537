#!/usr/bin/env bash
# Runs a command with Node >= 22.19 and the project's dependencies installed.
# If the system Node is older (these machines ship Node 20), Node 24 is fetched once from the npm
# registry (the `node` package ships the binary) into a cache folder and put first on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

node_ok() {
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=19)?0:1)' 2>/dev/null
}

if ! node_ok; then
  cache="${CHARTSTACK_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/chartstack-node}"
  if [ ! -x "$cache/node_modules/.bin/node" ]; then
    echo "chartstack: Node $(node -v 2>/dev/null || echo 'not found') is older than 22.19; fetching node@24 from the npm registry into $cache" >&2
    mkdir -p "$cache"
    if ! out="$(npm install --prefix "$cache" --no-save --no-audit --no-fund --loglevel=error node@24 2>&1)"; then
      echo "$out" >&2
      echo "chartstack: could not fetch Node 24 from the npm registry; install Node.js 22.19 or newer yourself (https://nodejs.org)." >&2
      exit 1
    fi
  fi
  export PATH="$cache/node_modules/.bin:$PATH"
fi

# Installed for this exact lockfile? (By content, not by date: a checkout or a rebase touches the
# lockfile's date without changing what it installs.)
lock_sum="$(cksum < package-lock.json)"
if [ ! -f node_modules/.package-lock.json ] || [ "$(cat node_modules/.chartstack-lock 2>/dev/null)" != "$lock_sum" ]; then
  # One line while it works; npm's own output only if it fails. The lockfile lists every platform's
  # optional packages (it is generated from scratch: no node_modules, `npm install --package-lock-only`),
  # so `npm ci` takes it as it is; there is no fallback that would hide a broken lockfile.
  echo "chartstack: installing dependencies with npm ci (about 30 s on a first run)…" >&2
  log="$(mktemp)"
  if ! npm ci --no-audit --no-fund --loglevel=error >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "chartstack: npm ci failed (above). If package-lock.json is out of date, regenerate it from scratch: rm -rf node_modules && npm install --package-lock-only" >&2
    exit 1
  fi
  rm -f "$log"
  echo "$lock_sum" > node_modules/.chartstack-lock
fi
export PATH="$PWD/node_modules/.bin:$PATH"
exec "$@"
