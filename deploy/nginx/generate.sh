#!/usr/bin/env bash
# Writes the nginx site for Sáng Kiến to stdout:
#   deploy/nginx/generate.sh LISTEN UPSTREAM_PORT [UPSTREAM_PORT …] > /etc/nginx/conf.d/sangkien.conf
# LISTEN is a port or address:port (e.g. 127.0.0.1:8080); each upstream is a local `sangkien serve`
# (127.0.0.1:PORT), or HOST:PORT for processes on other machines.
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "Cách dùng: $0 CỔNG_NGHE CỔNG_ỨNG_DỤNG [CỔNG_ỨNG_DỤNG …]" >&2
  exit 2
fi
listen="$1"
shift
upstreams=""
for port in "$@"; do
  case "$port" in
    *:*) target="$port" ;;
    *) target="127.0.0.1:$port" ;;
  esac
  upstreams+="  server ${target} max_fails=1 fail_timeout=2s;"$'\n'
done
template="$(dirname "$0")/sangkien.conf.template"
while IFS= read -r line; do
  if [ "$line" = "@UPSTREAMS@" ]; then
    printf '%s' "$upstreams"
  else
    printf '%s\n' "${line//@LISTEN@/$listen}"
  fi
done < "$template"
