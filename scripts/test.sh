#!/usr/bin/env bash
# Run the whole test suite on this machine: installs what it needs, then runs pytest.
# On Debian as root it also installs and starts what the tests use: LibreOffice (the letter round trip),
# PostgreSQL, Redis and nginx (the store and the scaled deployment), Chromium and axe-core (the browser tests).
# Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

system_packages=()
command -v soffice >/dev/null || system_packages+=(libreoffice-writer)
command -v pdftotext >/dev/null || system_packages+=(poppler-utils)
command -v pg_ctlcluster >/dev/null || system_packages+=(postgresql)
command -v redis-server >/dev/null || system_packages+=(redis-server)
# tests/test_scaled.py puts a throwaway nginx (ip_hash, limit_conn) in front of two processes; Debian keeps
# it in /usr/sbin, which a non-root PATH may lack. Installing it may start a system nginx on port 80: unused.
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || system_packages+=(nginx)
# tests/test_lan.py finds the default route's address with `ip`, independently of qpm's own way.
command -v ip >/dev/null || system_packages+=(iproute2)
# The browser tests drive Debian's Chromium (Playwright's own browser downloads do not work here).
command -v chromium >/dev/null || system_packages+=(chromium fonts-dejavu-core)
command -v npm >/dev/null || system_packages+=(npm)
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
# axe-core, the npm package, runs inside the pages for the accessibility checks of tests/test_browser.py.
if [ ! -f .cache/axe/node_modules/axe-core/axe.min.js ] && command -v npm >/dev/null; then
  mkdir -p .cache/axe
  npm install --no-save --no-audit --no-fund --loglevel=error --prefix .cache/axe axe-core@4 >/dev/null
fi
exec .venv/bin/pytest -q "$@"
