#!/usr/bin/env bash
# The README's test command: makes sure what the tests need is there, then runs every test once.
#
#   ./test.sh                                         every test (dotnet test CoopAssistant.sln)
#   ./test.sh --filter "FullyQualifiedName~Faults"    any other arguments go to dotnet test
#
# Needs the .NET 10 SDK and Node.js 20+ with npm. The rest it finds, or installs when it can:
#   PostgreSQL 15 server binaries   COOPASSISTANT_PG_BIN, else /usr/lib/postgresql/15/bin   (Debian package postgresql-15)
#   Chromium                        CHROMIUM, else chromium on PATH                         (Debian package chromium)
#   DejaVu and Liberation fonts     /usr/share/fonts/truetype (the evidence corpus's PDFs)  (fonts-dejavu-core, fonts-liberation)
# Run as root on Debian 12 it installs the missing packages with apt-get. Anywhere else a missing one stops it at once with
# one line naming the package: a test is never skipped for want of a tool.
# A test that runs longer than TEST_HANG_TIMEOUT (default 10m) is a hang: the run names it and fails.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

missing() {
  echo "test.sh: missing prerequisite: $*" >&2
  exit 3
}

# The stated prerequisites: never installed here.
command -v dotnet >/dev/null 2>&1 || missing "the .NET 10 SDK (dotnet): install it from https://dot.net"
command -v node >/dev/null 2>&1 || missing "Node.js 20 or later (node): install the nodejs package"
command -v npm >/dev/null 2>&1 || missing "npm: install the npm package"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || missing "Node.js 20 or later (found $(node --version)): install nodejs 20+"

pg_bin() {
  local dir
  for dir in "${COOPASSISTANT_PG_BIN:-}" /usr/lib/postgresql/15/bin; do
    if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/postgres" ]; then
      echo "$dir"
      return
    fi
  done
}

chromium_path() {
  if [ -n "${CHROMIUM:-}" ] && [ -x "$CHROMIUM" ]; then
    echo "$CHROMIUM"
  else
    command -v chromium 2>/dev/null || true
  fi
}

# PostgresServer runs initdb and the server as the postgres user when the tests run as root.
postgres_user_ok() { [ "$(id -u)" -ne 0 ] || id postgres >/dev/null 2>&1; }

packages=()
[ -n "$(pg_bin)" ] && postgres_user_ok || packages+=(postgresql-15)
[ -n "$(chromium_path)" ] || packages+=(chromium)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || packages+=(fonts-dejavu-core)
[ -f /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf ] || packages+=(fonts-liberation)
if [ ${#packages[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1 && grep -qsE '^(ID|ID_LIKE)=.*debian' /etc/os-release; then
    echo "test.sh: installing ${packages[*]} (apt-get)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  else
    missing "${packages[*]} (Debian package names; as root on Debian this script installs them, elsewhere install them or set COOPASSISTANT_PG_BIN / CHROMIUM)"
  fi
fi
COOPASSISTANT_PG_BIN=$(pg_bin)
CHROMIUM=$(chromium_path)
[ -n "$COOPASSISTANT_PG_BIN" ] && postgres_user_ok || missing "postgresql-15 (the install did not provide /usr/lib/postgresql/15/bin and the postgres user)"
[ -n "$CHROMIUM" ] || missing "chromium (the install did not put chromium on PATH)"
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing "fonts-dejavu-core (the install did not provide /usr/share/fonts/truetype/dejavu)"
[ -f /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf ] || missing "fonts-liberation (the install did not provide /usr/share/fonts/truetype/liberation)"
export COOPASSISTANT_PG_BIN CHROMIUM

# The npm packages the tests drive (exact versions from package-lock.json), when missing or older than the lock file:
#   tests/node            Agents Playground, adaptivecards renderer, jsdom, playwright-core, Teams manifest schemas
#   src/Bot/Tab/client    the tab's bundle tools (a test rebuilds the committed bundle and compares)
#   src/Bot/AddIn/client  the add-in's sign-in bundle tools (the same check)
#   tests/node/toolkit    the Microsoft 365 Agents Toolkit CLI (its YAML schemas and atk validate, offline; about 450 MB)
npm_ci() {
  local dir=$1
  shift
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    echo "test.sh: npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error "$@")
  fi
}
npm_ci tests/node
npm_ci src/Bot/Tab/client
npm_ci src/Bot/AddIn/client
npm_ci tests/node/toolkit --ignore-scripts

# Every test once. --blame-hang-timeout: a test still running after that long is reported by name and the run fails.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test CoopAssistant.sln --blame-hang-timeout "${TEST_HANG_TIMEOUT:-10m}" --blame-hang-dump-type none "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line for the whole run, summed over the test assemblies.
awk '/^(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+/ {
       gsub(",", ""); failed += $4; passed += $6; skipped += $8 }
     /The active test run was aborted/ { aborted++ }
     END { printf "Tests: %d passed, %d failed, %d skipped\n", passed, failed, skipped
           if (aborted) printf "Test runs aborted (hang or crash, named above): %d\n", aborted }' "$log"
exit "$status"
