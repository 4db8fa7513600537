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
    npm install --prefix "$cache" --no-save --no-audit --no-fund --loglevel=error node@24 >&2
  fi
  export PATH="$cache/node_modules/.bin:$PATH"
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "chartstack: installing dependencies (npm ci)" >&2
  if ! npm ci --no-audit --no-fund --loglevel=error >&2; then
    # `npm ci` refuses a lockfile that lacks optional platform packages (rollup's, esbuild's) which a
    # partial registry mirror cannot serve; `npm install` skips those as npm intends for optional
    # dependencies, with the same locked versions and without rewriting package-lock.json.
    echo "chartstack: npm ci failed; installing the locked versions with npm install --no-save" >&2
    npm install --no-save --no-audit --no-fund --loglevel=error >&2
  fi
fi
export PATH="$PWD/node_modules/.bin:$PATH"
exec "$@"
