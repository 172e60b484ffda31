#!/usr/bin/env bash
# Debian's PostgreSQL for the backend matrix (tests/pgserver.py starts a throwaway cluster with its initdb and
# pg_ctl). Never fails: without PostgreSQL the PostgreSQL half of the matrix is skipped with a notice.
set -uo pipefail
found=$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | tail -n 1)
if [ -n "$found" ]; then
  echo "install-postgres: $("$found" --version)"
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "install-postgres: NOTICE: no PostgreSQL and this is not root: run 'sudo apt-get install postgresql'" \
       "or set FOGLINE_TEST_PG (the PostgreSQL tests are skipped without it)" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
if ! { timeout 300 apt-get update -q && timeout 600 apt-get install -y -q postgresql; } >/tmp/install-postgres.log 2>&1
then
  echo "install-postgres: NOTICE: apt-get install postgresql failed (the PostgreSQL tests will be skipped):" >&2
  tail -n 5 /tmp/install-postgres.log >&2
  exit 0
fi
found=$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | tail -n 1)
echo "install-postgres: ${found:+$("$found" --version)}"
