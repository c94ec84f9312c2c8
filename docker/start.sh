#!/bin/sh
# The image's command: load the articles given (idempotent: stored ones are skipped), then
# serve the API on $HOST:$PORT (0.0.0.0:8000) whatever the load reported.
#   exit 0, or 1 (some articles failed; each is named above): serve.
#   exit 3 (Neo4j unreachable): try again, up to LOAD_ATTEMPTS (5) times, LOAD_WAIT (10) s
#     apart; then exit 3, and the container's restart policy starts it again.
#   anything else (2: bad usage, e.g. a missing spaCy model): exit with it.
set -u
attempts=${LOAD_ATTEMPTS:-5}
wait=${LOAD_WAIT:-10}
attempt=1
while :; do
    geokg ingest "$@"
    status=$?
    [ "$status" -ne 3 ] || [ "$attempt" -ge "$attempts" ] && break
    echo "geokg-start: Neo4j unreachable (attempt $attempt of $attempts); again in $wait s" >&2
    attempt=$((attempt + 1))
    sleep "$wait"
done
case $status in
    0|1) exec geokg serve --host "${HOST:-0.0.0.0}" --port "${PORT:-8000}" ;;
    *) echo "geokg-start: loading the articles failed (exit $status); not serving" >&2
       exit "$status" ;;
esac
