#!/usr/bin/env bash
# Installs what the project needs beyond npm, from Debian's packages: PostgreSQL (started on
# 127.0.0.1:5432 with trust auth for local tests), Chromium for the browser journeys, and fonts
# with full Vietnamese coverage, nginx for several server processes behind one address.
# Idempotent: installs only what is missing.
set -euo pipefail

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
dpkg -s fonts-noto-core >/dev/null 2>&1 || missing+=(fonts-noto-core)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || missing+=(fonts-dejavu-core)
ls /etc/postgresql >/dev/null 2>&1 || missing+=(postgresql)
# nginx: the reverse proxy in front of several server processes (bench --nginx, deploy/nginx/).
dpkg -s nginx >/dev/null 2>&1 || missing+=(nginx)

if [ ${#missing[@]} -gt 0 ]; then
  echo "Cài đặt: ${missing[*]}"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

version=$(ls /etc/postgresql | sort -V | tail -n 1)
if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  hba="/etc/postgresql/${version}/main/pg_hba.conf"
  # A PostgreSQL installed here for tests trusts local connections (never do this on a server).
  if ! grep -q "sangkien-test" "$hba"; then
    $SUDO sed -i '1i host all all 127.0.0.1/32 trust # sangkien-test\nhost all all ::1/128 trust # sangkien-test\nlocal all all trust # sangkien-test' "$hba"
  fi
  $SUDO pg_ctlcluster --skip-systemctl-redirect "$version" main start
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi
pg_isready -h 127.0.0.1 -p 5432
psql -h 127.0.0.1 -U postgres -d postgres -tAc 'select version()'
chromium --version
