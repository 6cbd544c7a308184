#!/usr/bin/env bash
# Run the whole test suite on this machine: installs what it needs, then runs pytest.
# On Debian as root it also installs and starts the system services the tests use (LibreOffice for the
# letter round trip, PostgreSQL for the store). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

system_packages=()
command -v soffice >/dev/null || system_packages+=(libreoffice-writer)
command -v pg_ctlcluster >/dev/null || system_packages+=(postgresql)
if [ ${#system_packages[@]} -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing ${system_packages[*]} …"
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${system_packages[@]}" >/dev/null
fi

# PostgreSQL: the system cluster, with a user and database for the tests.
if [ -z "${QPM_TEST_POSTGRES:-}" ] && command -v pg_ctlcluster >/dev/null && [ "$(id -u)" = 0 ]; then
  cluster=$(pg_lsclusters -h | awk 'NR==1 {print $1" "$2}')
  pg_ctlcluster $cluster start 2>/dev/null || true
  su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='qpm'\"" | grep -q 1 ||
    su postgres -c "psql -q -c \"CREATE USER qpm PASSWORD 'qpm'\""
  su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='qpm_test'\"" | grep -q 1 ||
    su postgres -c "psql -q -c 'CREATE DATABASE qpm_test OWNER qpm'"
  port=$(pg_lsclusters -h | awk 'NR==1 {print $3}')
  export QPM_TEST_POSTGRES="postgresql://qpm:qpm@127.0.0.1:${port}/qpm_test"
fi

# The package is installed (not editable) so the tests use what a user gets, templates and all.
python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q '.[test,eventlet,postgres,redis]'
exec .venv/bin/pytest -q "$@"
