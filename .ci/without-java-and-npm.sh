#!/usr/bin/env bash
# The README's serve command on this fresh clone, before anything installed WireMock, with java, node and npm masked
# from PATH: serving the engine needs the .NET SDK alone. Run first by .ci/run, while the clone is still fresh.
set -uo pipefail
cd "$(dirname "$0")/.."
. .ci/lib.sh

masked=$(mktemp -d)
trap 'rm -rf "$masked"' EXIT
# Every command on PATH except these, so nothing else about the machine changes.
IFS=: read -ra dirs <<<"$PATH"
for dir in "${dirs[@]}"; do
  for command in "$dir"/*; do
    name=$(basename "$command")
    case "$name" in java | javac | node | nodejs | npm | npx) continue ;; esac
    [ -e "$masked/$name" ] || ln -s "$command" "$masked/$name" 2>/dev/null
  done
done
if PATH=$masked command -v java >/dev/null || PATH=$masked command -v npm >/dev/null; then
  echo "java or npm is still on the masked PATH"; exit 1
fi

# The README's first command, as written, with a free port instead of 8080.
serve=$(grep -m1 -- '-- serve ' README.md | sed 's/ *#.*$//')
[ -n "$serve" ] || { echo "README.md has no serve command"; exit 1; }
echo "PATH without java, node or npm: $serve --port 0"
log=$(mktemp)
PATH=$masked bash -c "$serve --port 0" >"$log" 2>&1 &
pid=$!
url=$(ready_url "$log" "$pid")
status=1
if [ -n "$url" ] && [ "$(login_status "$url")" = 201 ]; then
  echo "the engine answered a login with 201 at $url"
  status=0
else
  cat "$log"
  echo "the README's serve command did not answer a login without java and npm"
fi
# dotnet run starts the CLI as a child: stop the CLI itself, so it stops cleanly.
pkill -TERM -P "$pid" 2>/dev/null
stop_serve "$pid"
rm -f "$log"
exit "$status"
