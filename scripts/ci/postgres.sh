#!/bin/sh
# CI stage: runs every suite labelled `postgres` (the store, refresh, analytics and team-mode ones) against a
# real PostgreSQL server, reusing the build/ dir scripts/test.sh made. The server is a throwaway cluster in /tmp
# on a loopback port (initdb + pg_ctl; as the postgres user when run as root), removed afterwards.
#   scripts/ci/postgres.sh [BUILD_DIR]          run the suites
#   scripts/ci/postgres.sh --serve DIR PORT     only start a server in DIR (local work); stop it with
#                                               pg_ctl -D DIR/data stop
set -eu
cd "$(dirname "$0")/../.."

PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
# The server, and ss (iproute2) to find a free port.
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ] || ! command -v ss >/dev/null; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends postgresql iproute2 libqt6sql6-psql >/dev/null
    PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

# as_pg CMD...: the server refuses to run as root; run its tools as postgres then.
as_pg() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

serve() { # serve DIR PORT
    dir=$1
    port=$2
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    as_pg "$PGBIN/initdb" -D "$dir/data" -A trust -U quotadeck -E UTF8 --no-locale >"$dir/initdb.log"
    # fsync off: a throwaway test cluster; the unix socket stays in DIR, TCP only on 127.0.0.1.
    as_pg "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
    as_pg "$PGBIN/createdb" -h 127.0.0.1 -p "$port" -U quotadeck quotadeck_test
}

if [ "${1:-}" = "--serve" ]; then
    serve "$2" "$3"
    echo "postgresql://quotadeck@127.0.0.1:$3/quotadeck_test"
    exit 0
fi

BUILD=${1:-build}
# Below Linux's ephemeral range (32768-60999): a port in it can be held by any test's outgoing connection.
PORT=${QUOTADECK_PG_PORT:-}
if [ -z "$PORT" ]; then
    for candidate in 25432 25433 25434 25435 25436 25437 25438 25439; do
        if ! ss -Hltn "sport = :$candidate" 2>/dev/null | grep -q .; then
            PORT=$candidate
            break
        fi
    done
    [ -n "$PORT" ] || { echo "postgres.sh: no free port in 25432-25439" >&2; exit 1; }
fi
DIR=$(mktemp -d /tmp/quotadeck-pg.XXXXXX)
chmod 755 "$DIR"
cleanup() {
    as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$DIR"
}
trap cleanup EXIT INT TERM
serve "$DIR" "$PORT"

# Each test makes its own schema in this database (TempDataDir) and drops it afterwards.
QUOTADECK_TEST_DB="postgresql://quotadeck@127.0.0.1:$PORT/quotadeck_test"
export QUOTADECK_TEST_DB
# The suites labelled `postgres` (POSTGRES in tests/CMakeLists.txt); each must pass a function of its own here.
scripts/ctest.sh "$BUILD" --retry-widgets --each-suite-passes -- -L '^postgres$'
