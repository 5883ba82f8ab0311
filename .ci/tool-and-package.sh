#!/usr/bin/env bash
# The product as users install it: `dotnet pack` writes the lancens tool and the Lancens.Contracts.MockServer and
# Lancens.Contracts.WireMockNet packages into artifacts/packages; the tool is installed outside the checkout and run
# from an empty folder (serve, arm, generate, --spec); the sample projects outside the solution consume the packages
# from that feed and run their tests.
# Usage: .ci/tool-and-package.sh RESULTS_DIR (the samples' TRX files go there).
set -uo pipefail
cd "$(dirname "$0")/.."
. .ci/lib.sh
results=$1
feed=$PWD/artifacts/packages
status=0
fail() { echo "FAILED: $*"; status=1; }

rm -rf "$feed" artifacts/samples artifacts/sample-packages
# Portable packages: the tool's Release build without the machine-specific ReadyToRun step.
dotnet pack tools/Lancens.Contracts.Cli -c Release -p:LancensReadyToRun=false -o "$feed" --nologo -v quiet || fail "dotnet pack the tool"
dotnet pack tools/Lancens.Contracts.MockServer -c Release -o "$feed" --nologo -v quiet || fail "dotnet pack the package"
dotnet pack tools/Lancens.Contracts.WireMockNet -c Release -o "$feed" --nologo -v quiet || fail "dotnet pack the WireMock.Net stubs"
for package in "$feed"/*.nupkg; do echo "package: $(basename "$package") $(du -k "$package" | cut -f1) KiB"; done

outside=$(mktemp -d)
trap 'rm -rf "$outside"' EXIT
dotnet tool install --tool-path "$outside/tool" --add-source "$feed" lancens >/dev/null || fail "dotnet tool install lancens"
lancens=$outside/tool/lancens
empty=$outside/empty
mkdir -p "$empty"
cd "$empty" || exit 1

started=$(date +%s%N)
"$lancens" serve --port 0 >"$outside/serve.log" 2>&1 &
pid=$!
url=$(ready_url "$outside/serve.log" "$pid")
ready_ms=$((($(date +%s%N) - started) / 1000000))
if [ -z "$url" ]; then
  cat "$outside/serve.log"; fail "the installed lancens serve did not start in an empty folder"
else
  echo "installed tool: $(grep -m1 "^Ready in" "$outside/serve.log") ($ready_ms ms from launch to the ready line, as a user waits)"
  [ "$(login_status "$url")" = 201 ] || fail "the installed tool's engine did not answer a login"
  root=${url%/v1/api}
  "$lancens" arm --error "push_token exist" --operation registerRingPushToken --url "$root" >/dev/null || fail "lancens arm"
  "$lancens" arm --list --url "$root" | grep -q '"push_token exist"' || fail "lancens arm --list does not show what was armed"
fi
stop_serve "$pid"
[ -z "$(ls -A "$empty")" ] || fail "serve wrote into the user's folder: $(ls -A "$empty")"

# --spec: another copy of the spec (here its unknown-route answer edited) is what the engine serves.
sed 's/^  message: not found$/  message: no such route here/' "$OLDPWD/spec/lancens-user-api.yaml" >"$outside/edited.yaml"
"$lancens" serve --port 0 --spec "$outside/edited.yaml" >"$outside/edited.log" 2>&1 &
pid=$!
url=$(ready_url "$outside/edited.log" "$pid")
curl -s "$url/no/such/route" | grep -q '"no such route here"' || { cat "$outside/edited.log"; fail "serve --spec did not serve the edited spec"; }
stop_serve "$pid"

"$lancens" generate --check >/dev/null 2>&1 && fail "generate --check passed in an empty folder"
"$lancens" generate >/dev/null || fail "lancens generate in an empty folder"
"$lancens" generate --check || fail "lancens generate --check after generate"
cd "$OLDPWD" || exit 1

echo "the sample projects consume Lancens.Contracts.MockServer and Lancens.Contracts.WireMockNet from $feed"
dotnet test samples/InProcessMock.Tests --logger trx --results-directory "$results/in-process" --nologo || fail "the package's sample consumer"
dotnet test samples/WireMockNetStubs.Tests --logger trx --results-directory "$results/wiremock-net" --nologo || fail "the WireMock.Net package's sample consumer"
exit "$status"
