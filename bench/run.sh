#!/usr/bin/env bash
# Trappen's benchmark (docs/benchmarks.md). Seeds national volume into a fresh PostgreSQL database
# through the REST API, measures figures (a)-(g) over RUNS runs beside a bare process, and prints
# one summary line per figure. Not a test: it takes a while and needs a quiet machine.
#
#   bench/run.sh                      scale 1.0 (150,000 concerns, 50,000 cases), 3 runs
#   SCALE=0.1 bench/run.sh            a tenth of that, for a quick look
#   RUNS=3 THREADS=4 PORT=8099 HEAP=1g DB=trappen_bench PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
#   STEADY_SECONDS=20 TIMERS=3000 CLEANUP=10000
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

SCALE=${SCALE:-1.0}
RUNS=${RUNS:-3}
THREADS=${THREADS:-4}
PORT=${PORT:-8099}
HEAP=${HEAP:-1g}
DB=${DB:-trappen_bench}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
OUT=bench/target
mkdir -p "$OUT/classes" "$OUT/lib"

jar=$(ls target/trappen-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [[ -z "$jar" ]]; then
  echo "[bench] building the application jar"
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/trappen-*.jar | grep -v plain | head -1)
fi

# The driver uses only the JDK and the application's own PostgreSQL driver.
unzip -o -q -j "$jar" 'BOOT-INF/lib/postgresql-*.jar' -d "$OUT/lib"
javac -q -d "$OUT/classes" bench/src/dk/trappen/bench/*.java 2>/dev/null || javac -d "$OUT/classes" bench/src/dk/trappen/bench/*.java

echo "[bench] fresh database $DB on $PGHOST:$PGPORT"
psql -q -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"

echo "[bench] starting Trappen on port $PORT with a $HEAP heap (log: $OUT/app.log)"
TRAPPEN_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" TRAPPEN_DB_USER="$PGUSER" TRAPPEN_DB_PASSWORD="" TRAPPEN_DEMO_DATA=false \
  java -Xms"$HEAP" -Xmx"$HEAP" -jar "$jar" --spring.profiles.active=postgres,demo --server.port="$PORT" \
  > "$OUT/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true' EXIT

java -cp "$OUT/classes:$OUT/lib/*" dk.trappen.bench.Bench --url "http://localhost:$PORT" \
  --jdbc "jdbc:postgresql://$PGHOST:$PGPORT/$DB" --db-user "$PGUSER" --pid "$app" --scale "$SCALE" --runs "$RUNS" \
  --threads "$THREADS" --bench-dir bench --out "$OUT/results.md" \
  ${STEADY_SECONDS:+--steady-seconds $STEADY_SECONDS} ${TIMERS:+--timers $TIMERS} ${CLEANUP:+--cleanup-instances $CLEANUP}
echo "[bench] scale $SCALE, $RUNS runs, $(nproc) cores, heap $HEAP; table in $OUT/results.md"
