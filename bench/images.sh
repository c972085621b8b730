#!/usr/bin/env bash
# The image-upload memory benchmark: builds Release, starts Limber on 127.0.0.1 with a fresh data
# folder, signs in UPLOADS members (default 16), and has each of them save their profile with the same
# large-but-tiny PNG (default 6300x6300 pixels, a few hundred KB: under the pixel cap, as an
# attacker's image would be) all at once through the real form (cookie + antiforgery token). Prints
# the server's RSS before, its peak (VmHWM) and after, and the answers the uploads got. Everything
# stays on loopback; it stops what it started; each upload gives up after 120 s. Never part of
# ./test.sh or CI.
#   Knobs: UPLOADS (default 16), SIDE (pixels, default 6300), PORT (default 5098), ROUNDS (default 1).
set -euo pipefail
cd "$(dirname "$0")/.."
UPLOADS=${UPLOADS:-16}; SIDE=${SIDE:-6300}; PORT=${PORT:-5098}; ROUNDS=${ROUNDS:-1}
BASE="http://127.0.0.1:$PORT"
OUT=bench/out-images; APP=$OUT/app; DATA=$PWD/$OUT/data

rm -rf "$OUT"; mkdir -p "$OUT"
echo "== Building Release"
case "$(uname -m)" in aarch64|arm64) RID=linux-arm64 ;; *) RID=linux-x64 ;; esac
dotnet publish src/Limber.Web -c Release -r "$RID" --self-contained false -o "$APP" -v q -nologo >"$OUT/build.log" 2>&1 || { cat "$OUT/build.log"; exit 1; }
dotnet build bench/Limber.Bench -c Release -v q -nologo >"$OUT/build.log" 2>&1 || { cat "$OUT/build.log"; exit 1; }
BENCH="dotnet bench/Limber.Bench/bin/Release/net10.0/Limber.Bench.dll"

# The limits are the defaults except sign-in and profile saves: the benchmark measures memory under
# a burst of accepted uploads, not the limiter (which has its own tests).
export Limber__DataPath="$DATA" Limber__DemoContent=false Limber__RateLimits__SignInPerMinute=100000 \
  Limber__RateLimits__ProfileSavesPerMinute=100000 Limber__RateLimits__PictureUploadsPerMemberPerHour=100000 \
  Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production
SERVER_PID=""
start_server() {
  (cd "$APP" && exec dotnet Limber.Web.dll --urls "$BASE" >"$PWD/../server.log" 2>&1) & SERVER_PID=$!
  local tries=0
  until curl -fs -o /dev/null "$BASE/healthz"; do
    sleep 0.1; tries=$((tries + 1))
    kill -0 "$SERVER_PID" 2>/dev/null && [ "$tries" -lt 600 ] || { cat "$OUT/server.log"; exit 1; }
  done
}
stop_server() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; }
trap stop_server EXIT
rss() { awk -v k="$1" '$1 == k":" {print int($2 / 1024)}' "/proc/$SERVER_PID/status"; }

echo "== Preparing: the database, $UPLOADS members, a ${SIDE}x${SIDE} PNG"
start_server; stop_server
$BENCH uploaders "$DATA" "$UPLOADS"
$BENCH png "$OUT/large.png" "$SIDE" "$SIDE"
start_server

token_in() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed -n '1{s/.*value="//;s/"$//;p}'; }
for i in $(seq 0 $((UPLOADS - 1))); do
  jar=$OUT/jar$i.txt
  token=$(curl -s -c "$jar" "$BASE/account/login" | token_in)
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Input.Email=$(printf 'uploader%02d@bench.limber.example' "$i")" \
    --data-urlencode "Input.Password=bench member passphrase" --data-urlencode "__RequestVerificationToken=$token" "$BASE/account/login"
  token=$(curl -s -b "$jar" -c "$jar" "$BASE/account/profile" | token_in)
  [ -n "$token" ] || { echo "could not sign in uploader $i"; exit 1; }
  echo "$token" > "$OUT/token$i.txt"
done
# Settle what signing in allocated, so "before" is the server at rest with everyone signed in.
sleep 2
RSS_BEFORE=$(rss VmRSS); HWM_BEFORE=$(rss VmHWM)

echo "== Uploading: $UPLOADS at once, $ROUNDS round(s)"
t0=$(date +%s%N)
for round in $(seq 1 "$ROUNDS"); do
  for i in $(seq 0 $((UPLOADS - 1))); do
    curl -s -o /dev/null -w '%{http_code}\n' --max-time 120 -b "$OUT/jar$i.txt" \
      -F "Input.DisplayName=Uploader $i" -F "Input.Location=" -F "Input.ShowNamePublicly=true" -F "Input.TimeZone=UTC" \
      -F "Input.Picture=@$OUT/large.png;type=image/png" -F "__RequestVerificationToken=$(cat "$OUT/token$i.txt")" \
      "$BASE/account/profile" >> "$OUT/codes.txt" &
  done
  wait $(jobs -p | grep -v "^$SERVER_PID$") 2>/dev/null || true
done
ELAPSED_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
RSS_AFTER=$(rss VmRSS); RSS_PEAK=$(rss VmHWM)
SAVED=$(find "$DATA/uploads/avatars" -name '*-256.jpg' 2>/dev/null | wc -l)
stop_server

echo
echo "| image | uploads at once | answers | pictures saved | time | RSS before | peak RSS | RSS after |"
echo "|---|---:|---|---:|---:|---:|---:|---:|"
echo "| ${SIDE}x${SIDE} PNG, $(( $(stat -c %s "$OUT/large.png") / 1024 )) KB | $UPLOADS x $ROUNDS | $(sort "$OUT/codes.txt" | uniq -c | awk '{printf "%s%s x %s", sep, $1, $2; sep=", "}') | $SAVED | ${ELAPSED_MS} ms | ${RSS_BEFORE} MB | ${RSS_PEAK} MB | ${RSS_AFTER} MB |"
echo
echo "Peak RSS before the uploads: ${HWM_BEFORE} MB (start-up and sign-in). Goal: peak under 400 MB."
