#!/usr/bin/env bash
# The load benchmark: builds Release, starts Limber on 127.0.0.1 with a fresh data folder, adds the
# benchmark dataset (1,000 articles, 50,000 members, threads of 12, 200 and 10,000 comments), warms
# up (plus, for the nutrition pages, Premium and two years of journal entries for the benchmark
# member), drives load with wrk and prints a table (requests/s, p50, p99, errors) per scenario at 16 and
# 64 connections, with the server's peak RSS and time to first response. --wordpress also runs the
# same article pages against the stock WordPress peer (../shared/peers/wordpress, started by its
# setup.sh) in the same run and prints the ratios. Everything stays on loopback; it stops what it
# started. Never part of ./test.sh or CI.
#   Knobs: DURATION (seconds per run, default 10), PORT (default 5099), CONNS (default "16 64").
set -euo pipefail
cd "$(dirname "$0")/.."
WITH_WP=0; [ "${1:-}" = "--wordpress" ] && WITH_WP=1
DURATION=${DURATION:-10}; PORT=${PORT:-5099}; CONNS=${CONNS:-16 64}
BASE="http://127.0.0.1:$PORT"
OUT=bench/out; APP=$OUT/app; DATA=$PWD/$OUT/data
WP_DIR=${WP_DIR:-../shared/peers/wordpress}; WP_BASE=http://127.0.0.1:${WP_PORT:-8081}

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null; else echo "Install wrk: sudo apt-get install wrk"; exit 1; fi
fi
rm -rf "$OUT"; mkdir -p "$OUT"
echo "== Building Release"
# As in production (README): for this platform, so ReadyToRun precompiles the app.
case "$(uname -m)" in aarch64|arm64) RID=linux-arm64 ;; *) RID=linux-x64 ;; esac
# Quiet unless it fails: then the build's own output says why.
dotnet publish src/Limber.Web -c Release -r "$RID" --self-contained false -o "$APP" -v q -nologo >"$OUT/build.log" 2>&1 || { cat "$OUT/build.log"; exit 1; }
dotnet build bench/Limber.Bench -c Release -v q -nologo >"$OUT/build.log" 2>&1 || { cat "$OUT/build.log"; exit 1; }

export Limber__DataPath="$DATA" Limber__DemoContent=true Limber__RateLimits__SignInPerMinute=100000 \
  Limber__RateLimits__PostsPerMinute=100000000 Limber__RateLimits__CommentsPerMemberPerMinute=100000000 \
  Limber__RateLimits__CommentsPerMemberPerHour=100000000 Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production
SERVER_PID=""
start_server() {
  local t0; t0=$(date +%s%N)
  (cd "$APP" && exec dotnet Limber.Web.dll --urls "$BASE" >"$PWD/../server.log" 2>&1) & SERVER_PID=$!
  until curl -fs -o /dev/null "$BASE/healthz"; do sleep 0.05; kill -0 "$SERVER_PID" 2>/dev/null || { cat "$OUT/server.log"; exit 1; }; done
  STARTUP_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}
stop_server() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; }
trap stop_server EXIT

echo "== Preparing the data (demo content, then the benchmark dataset)"
start_server; FIRST_START_MS=$STARTUP_MS; stop_server
echo "   first start (migrations, the shipped food table, demo content): ${FIRST_START_MS} ms"
dotnet bench/Limber.Bench/bin/Release/net10.0/Limber.Bench.dll seed "$DATA"
start_server
echo "   time to first response after start: ${STARTUP_MS} ms"
RSS_IDLE=$(awk '/VmRSS/ {print $2}' /proc/$SERVER_PID/status)

# Signed in as the benchmark member: the cookies and an antiforgery token for posting. wrk replays
# one cookie; the server refreshes it once a minute (security stamp check), so we sign in again right
# before each signed-in run, as a browser would simply store the refreshed cookie.
JAR=$OUT/cookies.txt
# Posts reply to the sink article's seeded comment, whose author wants reply emails: each post
# writes the comment, a notification and an email job in one transaction.
REPLY_TO=$(sqlite3 "$DATA/limber.db" "select c.Id from Comments c join Articles a on a.Id = c.TargetId and c.TargetKind = 'article' where a.Slug = 'bench-sink' and c.ParentId is null;")
# Reads all its input: stopping early would kill curl with SIGPIPE before it saves the cookie jar.
token_in() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed -n '1{s/.*value="//;s/"$//;p}'; }
sign_in_as() { # email -> sets COOKIE (the browser's cookies as one header) and TOKEN (a form token for them)
  rm -f "$JAR"
  local token
  token=$(curl -s -c "$JAR" "$BASE/account/login" | token_in)
  curl -s -b "$JAR" -c "$JAR" -o /dev/null --data-urlencode "Input.Email=$1" --data-urlencode "Input.Password=bench member passphrase" \
    --data-urlencode "__RequestVerificationToken=$token" "$BASE/account/login"
  # Any page with a form gives the member's token. Not the sink: by the end its one top-level
  # comment holds thousands of replies, and 32 loads of that page would be measured as the server's peak memory.
  TOKEN=$(curl -s -b "$JAR" -c "$JAR" "$BASE/articles/back-pain-have-you-tried-inversion-therapy" | token_in)
  COOKIE=$(sed 's/^#HttpOnly_//' "$JAR" | awk '!/^#/ && NF >= 7 {printf "%s=%s; ", $6, $7}')
  [ -n "$TOKEN" ] || { echo "could not sign in $1"; exit 1; }
}
sign_in() { # the benchmark member, for the signed-in page
  sign_in_as bench@limber.example
  local page
  page=$(curl -s -H "Cookie: $COOKIE" "$BASE/articles/back-pain-have-you-tried-inversion-therapy")
  grep -q "Bench Member" <<<"$page" || { echo "the signed-in page does not show the member"; exit 1; }
}
# Posting: 32 members (Dataset.Posters), each request from the next one, as on a busy site; one
# member posting thousands of comments an hour would only measure the per-member limit's count.
sign_in_posters() {
  local i email lines=""
  for i in $(seq 0 31); do
    if [ "$i" -eq 0 ]; then email=bench@limber.example; else email=$(printf 'member%05d@bench.limber.example' "$i"); fi
    sign_in_as "$email"
    lines+="  { cookie = \"$COOKIE\", token = \"$TOKEN\" },"$'\n'
  done
  cat > "$OUT/post.lua" <<LUA
local members = {
$lines}
local n = 0
request = function()
  n = n % #members + 1
  local m = members[n]
  return wrk.format("POST", nil, { ["Cookie"] = m.cookie, ["Content-Type"] = "application/x-www-form-urlencoded" },
    "Body=Benchmark+reply+with+a+few+words+%F0%9F%92%AA&ReplyTo=$REPLY_TO&__RequestVerificationToken=" .. m.token)
end
LUA
}
sign_in
# The static ceiling: the 12-comment page's exact bytes, served by Kestrel as a file.
mkdir -p "$DATA/uploads"
curl -s "$BASE/articles/back-pain-have-you-tried-inversion-therapy" > "$DATA/uploads/static-article.html"
THREAD_PAGE=$(( 10000 / 50 / 2 ))
# A day in the middle of the benchmark member's two years of journal entries (Dataset.AddJournalAsync).
JOURNAL_DAY=$(date -u -d '100 days ago' +%F)

ROWS=$OUT/rows.tsv; : > "$ROWS"
run() { # name url conns [extra wrk args...]
  local name=$1 url=$2 c=$3; shift 3
  local threads=$(( c < 2 ? 1 : 2 )) log
  log=$(wrk -t"$threads" -c"$c" -d"${DURATION}s" --latency --timeout 10s "$@" "$url" 2>&1) || { echo "$log"; return 1; }
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$log")
  p50=$(awk '$1=="50%" {print $2}' <<<"$log"); p99=$(awk '$1=="99%" {print $2}' <<<"$log")
  errors=$(awk '/Socket errors/ {gsub(",",""); print $4+$6+$8+$10} /Non-2xx/ {print $NF}' <<<"$log" | paste -sd+ | bc 2>/dev/null || echo 0)
  # The server's peak RSS so far: where it rises says which scenario sets the peak.
  local peak=-; [ -n "$SERVER_PID" ] && peak=$(( $(awk '/VmHWM/ {print $2}' /proc/$SERVER_PID/status) / 1024 ))
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$c" "$rps" "$p50" "$p99" "${errors:-0}" "$peak" >> "$ROWS"
  printf '   %-34s c=%-3s %10s req/s  p50 %-9s p99 %-9s errors %-4s peak RSS %s MB\n' "$name" "$c" "$rps" "$p50" "$p99" "${errors:-0}" "$peak"
}
echo "== Warming up"
for u in / /articles/back-pain-have-you-tried-inversion-therapy /articles/bench-200 "/articles/bench-10000?page=$THREAD_PAGE" /feed.xml \
  "/api/v1/foods?q=chick%20bre" /recipes/salmon-sweet-potato-greens; do
  wrk -t1 -c4 -d3s "$BASE$u" >/dev/null
done
wrk -t1 -c4 -d3s -H "Accept-Encoding: gzip, deflate, br" "$BASE/articles/back-pain-have-you-tried-inversion-therapy" >/dev/null
# The signed-in page runs much more code than a cached page, and the JIT takes about 20 s of load to
# finish optimising it (measured: 200, 280, 360, then 590-670 req/s in successive 8 s runs).
wrk -t2 -c8 -d20s -H "Cookie: $COOKIE" "$BASE/articles/back-pain-have-you-tried-inversion-therapy" >/dev/null
for u in "/journal/$JOURNAL_DAY" "/journal/week/$JOURNAL_DAY" /account/workouts /recipes/salmon-sweet-potato-greens; do
  wrk -t1 -c4 -d5s -H "Cookie: $COOKIE" "$BASE$u" >/dev/null
done
echo "== Load (${DURATION}s a run, 2 threads)"
for c in $CONNS; do
  run "home page" "$BASE/" "$c"
  run "article, 12 comments" "$BASE/articles/back-pain-have-you-tried-inversion-therapy" "$c"
  run "article, 12 comments, as a browser (br)" "$BASE/articles/back-pain-have-you-tried-inversion-therapy" "$c" -H "Accept-Encoding: gzip, deflate, br"
  sign_in
  run "article, 12 comments, signed in" "$BASE/articles/back-pain-have-you-tried-inversion-therapy" "$c" -H "Cookie: $COOKIE"
  run "article, 200 comments" "$BASE/articles/bench-200" "$c"
  run "10,000-comment thread, page $THREAD_PAGE" "$BASE/articles/bench-10000?page=$THREAD_PAGE" "$c"
  run "Atom feed" "$BASE/feed.xml" "$c"
  run "static file, same bytes (ceiling)" "$BASE/uploads/static-article.html" "$c"
  # Nutrition (issue 18): search over the 8,789 shipped foods, a recipe, the journal of a member with two years of entries.
  run "food search, full table (chick bre)" "$BASE/api/v1/foods?q=chick%20bre" "$c"
  run "recipe page" "$BASE/recipes/salmon-sweet-potato-greens" "$c"
  sign_in
  run "recipe page, signed in" "$BASE/recipes/salmon-sweet-potato-greens" "$c" -H "Cookie: $COOKIE"
  run "journal day, signed in (2 years of entries)" "$BASE/journal/$JOURNAL_DAY" "$c" -H "Cookie: $COOKIE"
  run "journal week, signed in" "$BASE/journal/week/$JOURNAL_DAY" "$c" -H "Cookie: $COOKIE"
  run "workout log, signed in" "$BASE/account/workouts" "$c" -H "Cookie: $COOKIE"
done
sign_in_posters
# Posting warms up last, so the emails it queues are not being sent while the pages are measured, and
# for 20 s: the JIT was still optimising the posting path (a tenth of the CPU) after 10.
wrk -t2 -c4 -d20s -s "$OUT/post.lua" "$BASE/comments/articles/bench-sink?handler=Comment" >/dev/null
run "post a reply, sequential" "$BASE/comments/articles/bench-sink?handler=Comment" 1 -s "$OUT/post.lua"
sign_in_posters
run "post a reply, concurrent" "$BASE/comments/articles/bench-sink?handler=Comment" 16 -s "$OUT/post.lua"
RSS_PEAK=$(awk '/VmHWM/ {print $2}' /proc/$SERVER_PID/status)
POSTED=$(sqlite3 "$DATA/limber.db" "select count(*) from Comments c join Articles a on a.Id = c.TargetId and c.TargetKind = 'article' where a.Slug = 'bench-sink' and c.ParentId is not null;")
QUEUED=$(sqlite3 "$DATA/limber.db" "select count(*) from Jobs where Kind = 'email';")
SENT=$(sqlite3 "$DATA/limber.db" "select count(*) from Jobs where Kind = 'email' and State = 'Succeeded';")
NOTIFIED=$(sqlite3 "$DATA/limber.db" "select count(*) from Notifications;")
# Stopped before the peer runs: its job worker would still be writing the queued emails, on the peer's CPU time.
stop_server

if [ "$WITH_WP" -eq 1 ]; then
  echo "== WordPress peer ($WP_BASE), same runs"
  "$WP_DIR/setup.sh" >/dev/null
  for c in $CONNS; do
    run "WP article, 12 comments" "$WP_BASE/back-pain-have-you-tried-inversion-therapy/" "$c"
    run "WP article, 200 comments" "$WP_BASE/back-pain-inversion-therapy-200-comments/" "$c"
  done
  "$WP_DIR/stop.sh" >/dev/null || true
fi

echo
echo "| scenario | conns | req/s | p50 | p99 | errors | peak RSS so far (MB) |"
echo "|---|---:|---:|---:|---:|---:|---:|"
awk -F'\t' '{printf "| %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7}' "$ROWS"
echo
echo "Server: first start ${FIRST_START_MS} ms (migrations, food table, demo); time to first response ${STARTUP_MS} ms; RSS idle $((RSS_IDLE / 1024)) MB, peak under load $((RSS_PEAK / 1024)) MB."
echo "Replies posted to bench-sink: $POSTED; notifications: $NOTIFIED; emails queued: $QUEUED, of which sent when posting ended: $SENT."
rps() { awk -F'\t' -v n="$1" -v c="$2" '$1 == n && $2 == c {print $3}' "$ROWS"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "n/a" }'; }
for c in $CONNS; do
  echo "c=$c: 12-comment page at $(ratio "$(rps "article, 12 comments" "$c")" "$(rps "static file, same bytes (ceiling)" "$c")")x the static ceiling;" \
    "10,000-comment page costs $(ratio "$(rps "article, 12 comments" "$c")" "$(rps "10,000-comment thread, page $THREAD_PAGE" "$c")")x the 12-comment page."
  if [ "$WITH_WP" -eq 1 ]; then
    echo "c=$c: vs WordPress: 12 comments $(ratio "$(rps "article, 12 comments" "$c")" "$(rps "WP article, 12 comments" "$c")")x," \
      "signed in $(ratio "$(rps "article, 12 comments, signed in" "$c")" "$(rps "WP article, 12 comments" "$c")")x," \
      "200 comments $(ratio "$(rps "article, 200 comments" "$c")" "$(rps "WP article, 200 comments" "$c")")x."
  fi
done
