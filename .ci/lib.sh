# Helpers the CI scripts share. Sourced, not run.

# Waits (up to 60 s) for `lancens serve`'s first line, "Ready in N s: URL" (written by Model/Mocking/ReadyLine), in
# LOG while PID runs, and prints URL; prints nothing when it never came.
ready_url() {
  local log=$1 pid=$2 url=""
  for _ in $(seq 1 240); do
    url=$(sed -n 's/^Ready in [0-9.]* s: \(https\{0,1\}:[^ ]*\)$/\1/p' "$log" | head -n 1)
    [ -n "$url" ] || ! kill -0 "$pid" 2>/dev/null && break
    sleep 0.25
  done
  printf '%s' "$url"
}

# A login with the spec's example account; prints the HTTP status.
login_status() {
  curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
    -d '{"username":"doorbell_user","password":"s3cret-pass"}' "$1/user/login"
}

# Stops a background serve (or proxy) the way Ctrl-C or a service manager would, waits for it, and returns its exit code.
stop_serve() {
  kill -TERM "$1" 2>/dev/null
  wait "$1" 2>/dev/null
}
