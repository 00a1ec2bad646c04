#!/bin/sh
# Installs what is missing, builds, and opens QuotaDeck in demo mode: a SQLite store in a throwaway data
# dir, the built-in local Tavily usage server and sample keys. Click Refresh.
set -eu
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
exec build/app/quotadeck --demo "$@"
