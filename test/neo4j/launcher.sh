#!/usr/bin/env bash
# Test-only Neo4j 5.26 Community, in-process in one JVM (see Main.java). Not for data you want to keep: the store is a
# temporary directory deleted on exit.
#   bash test/neo4j/launcher.sh build     compile and write the classpath (Maven; the first run fills ~/.m2)
#   bash test/neo4j/launcher.sh [args]    build if needed, then start; prints bolt://127.0.0.1:PORT when ready
# Start arguments: --port N (default: a free port), --watch-stdin (stop when stdin closes).
# It stops on SIGTERM/Ctrl-C and when the process that started it exits.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="$here/target"

build() {
  if [ ! -f "$target/classpath.txt" ] || [ ! -f "$target/neo4j-test-launcher-1.jar" ] ||
     [ "$here/pom.xml" -nt "$target/classpath.txt" ] ||
     [ -n "$(find "$here/src" -newer "$target/neo4j-test-launcher-1.jar" -type f | head -1)" ]; then
    echo "neo4j-launcher: building (mvn package; first run downloads Neo4j into ~/.m2)" >&2
    mvn -q -B -f "$here/pom.xml" package >&2
  fi
}

if [ "${1:-}" = "build" ]; then
  build
  exit 0
fi
build
# C1 only and a serial collector: start-up is what counts for a test server (about twice as fast on 2 cores).
exec java -Xms256m -Xmx768m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto \
  -cp "$target/neo4j-test-launcher-1.jar:$(cat "$target/classpath.txt")" actorgraph.neo4j.Main "$@"
