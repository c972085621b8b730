#!/usr/bin/env bash
# The one test command: installs what the tests need (Chromium, PostgreSQL, Java and the HTML
# checker) when missing, starts a throw-away PostgreSQL on a loopback port, checks formatting,
# builds, runs the unit tests, the
# integration tests on SQLite and then on PostgreSQL, and the browser tests; stops what it started
# and ends with "N passed, N failed" (", N skipped" when any). Exit code non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

say() { printf '\n== %s\n' "$*"; }

# --- 1. What the tests need ------------------------------------------------------------------
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
missing=()
command -v chromium >/dev/null 2>&1 || [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
[ -n "$(pg_bin)" ] && [ -x "$(pg_bin)/postgres" ] || missing+=(postgresql)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)   # the W3C HTML checker (vnu.jar) runs on it
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    say "Installing ${missing[*]} from Debian's packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null || {
      echo "Could not install ${missing[*]}."; echo "0 passed, 1 failed"; exit 1; }
  else
    echo "The tests need: ${missing[*]}. Install them with: sudo apt-get install ${missing[*]}"
    echo "0 passed, 1 failed"
    exit 1
  fi
fi

# The HTML checker the browser tests run, at the version pinned in their package-lock.json. No
# install scripts: vnu-jar's would download a Java runtime, and Java comes from the packages above.
if [ ! -f tests/Limber.BrowserTests/node_modules/vnu-jar/build/dist/vnu.jar ]; then
  say "Installing the HTML checker (npm ci in tests/Limber.BrowserTests)"
  (cd tests/Limber.BrowserTests && npm ci --ignore-scripts --no-audit --no-fund >/dev/null) || {
    echo "Could not install the HTML checker (npm ci)."; echo "0 passed, 1 failed"; exit 1; }
fi

# --- 2. A throw-away PostgreSQL on a free loopback port --------------------------------------
PGBIN=$(pg_bin)
PGDIR=$(mktemp -d /tmp/limber-pg.XXXXXX)
PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null || echo 55432)
as_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
cleanup() {
  if [ -f "$PGDIR/data/postmaster.pid" ]; then as_pg "'$PGBIN/pg_ctl' -D '$PGDIR/data' -m immediate stop" >/dev/null 2>&1; fi
  rm -rf "$PGDIR"
}
trap cleanup EXIT
say "Starting PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PGPORT"
[ "$(id -u)" -eq 0 ] && chown postgres "$PGDIR"
echo limber > "$PGDIR/pw" && [ "$(id -u)" -eq 0 ] && chown postgres "$PGDIR/pw"
as_pg "'$PGBIN/initdb' -D '$PGDIR/data' -U limber --pwfile='$PGDIR/pw' --auth=scram-sha-256 -E UTF8 --no-locale" >"$PGDIR/initdb.log" 2>&1 \
  || { cat "$PGDIR/initdb.log"; echo "0 passed, 1 failed"; exit 1; }
as_pg "'$PGBIN/pg_ctl' -D '$PGDIR/data' -l '$PGDIR/server.log' -w -o \"-p $PGPORT -k '$PGDIR' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200\" start" >/dev/null \
  || { cat "$PGDIR/server.log"; echo "0 passed, 1 failed"; exit 1; }
export TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=limber;Password=limber"

# --- 3. Format and build (warnings are errors) -----------------------------------------------
say "Restoring and checking formatting"
dotnet tool restore >/dev/null || { echo "0 passed, 1 failed"; exit 1; }
dotnet restore Limber.slnx -v q || { echo "0 passed, 1 failed"; exit 1; }
if ! dotnet format Limber.slnx --verify-no-changes --no-restore; then
  echo "dotnet format found changes to make: run 'dotnet format Limber.slnx'."
  echo "0 passed, 1 failed"; exit 1
fi
say "Building"
dotnet build Limber.slnx --no-restore -nologo -v q -clp:ErrorsOnly || { echo "0 passed, 1 failed"; exit 1; }

# --- 4. The suites ---------------------------------------------------------------------------
passed=0; failed=0; skipped=0; status=0
# xunit orders the tests of a class at random; one seed for the whole run, said out loud, so a
# failure that depends on the order can be run again in the same order.
SEED=${LIMBER_TEST_SEED:-$(( (RANDOM << 15 | RANDOM) % 2147483647 ))}
say "Test order seed: $SEED (to run again in this order: LIMBER_TEST_SEED=$SEED ./test.sh)"
run_suite() {
  local label=$1 project=$2; shift 2
  say "$label"
  local log; log=$(mktemp)
  env "$@" dotnet test --project "tests/$project" --no-build -- --seed "$SEED" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  local p f s
  p=$(grep -E '^\s+succeeded: [0-9]+$' "$log" | tail -1 | grep -oE '[0-9]+')
  f=$(grep -E '^\s+failed: [0-9]+$' "$log" | tail -1 | grep -oE '[0-9]+')
  s=$(grep -E '^\s+skipped: [0-9]+$' "$log" | tail -1 | grep -oE '[0-9]+')
  rm -f "$log"
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${s:-0}))
  if [ "$rc" -ne 0 ] || [ "${p:-0}" -eq 0 ]; then
    status=1
    [ "${f:-0}" -eq 0 ] && failed=$((failed + 1))   # a suite that crashed or ran nothing counts as a failure
  fi
}
run_suite "Unit tests" Limber.UnitTests
run_suite "Integration tests on SQLite" Limber.IntegrationTests TEST_DATABASE=Sqlite
run_suite "Integration tests on PostgreSQL (127.0.0.1:$PGPORT)" Limber.IntegrationTests TEST_DATABASE=Postgres
run_suite "Browser tests (Chromium: $(chromium --version 2>/dev/null | head -1 | tr -d '\n'))" Limber.BrowserTests

echo
echo "Test order seed: $SEED"
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
exit $status
