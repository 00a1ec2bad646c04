#!/bin/sh
# The memory of `quotadeck serve` over a simulated day: 1000 keys refreshed every 5 minutes, with the local
# usage server's time scale and the app's injectable clock at 288x (a day in 5 real minutes); its RSS is
# printed every 10 s, then the run counters. Needs a Secret Service: run it as
#   tests/with-keyring.sh tests/bench/serve_rss.sh [BUILD_DIR]
set -eu
B=$(cd "${1:-build}" && pwd)
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
"$B/app/sim/quotadeck-sim" --port 19470 --rate-limit 0 --time-scale 288 >"$W/sim.log" 2>&1 &
SIM=$!
sleep 1
i=1
while [ $i -le 1000 ]; do
    printf 'k%d,tvly-sim-ok-acct%d-%012dXq\n' $i $((i % 100)) $i
    i=$((i + 1))
done >"$W/keys.txt" # made-up keys in the local server's naming
"$B/app/quotadeck" --data-dir "$W/data" --api-base http://127.0.0.1:19470 keys import "$W/keys.txt"
printf '[refresh]\nauto_refresh_minutes=5\n' >>"$W/data/settings.ini"
QUOTADECK_TEST_TIME_SCALE=288 "$B/app/quotadeck" --data-dir "$W/data" --api-base http://127.0.0.1:19470 \
    serve --listen 127.0.0.1:19471 >"$W/serve.log" 2>&1 &
SRV=$!
t=0
while [ $t -le 300 ]; do
    echo "$t s: RSS $(awk '/VmRSS/ {print $2}' "/proc/$SRV/status") kB"
    sleep 10
    t=$((t + 10))
done
curl -s http://127.0.0.1:19471/metrics | grep -E '^quotadeck_refresh_runs_total|^quotadeck_lookups_total' || true
curl -s http://127.0.0.1:19471/healthz || true
kill $SRV
wait $SRV || true
kill $SIM || true
