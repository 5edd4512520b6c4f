#!/usr/bin/env bash
# Builds benchmarks/target/benchmarks.jar (JMH's runner, the scale runs, every module) once per
# change of the sources; the other bench/ scripts call it first.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=benchmarks/target/benchmarks.jar
newer=""
if [[ -f "$jar" ]]; then
  newer="$(find auth-proxy workloads orchestrator benchmarks pom.xml -newer "$jar" \
    \( -name '*.java' -o -name '*.conf' -o -name '*.xml' \) -not -path '*/target/*' -print -quit)"
fi
if [[ ! -f "$jar" || -n "$newer" ]]; then
  echo "== building $jar"
  ./mvnw -B -q -o -pl benchmarks -am package -Pbench -DskipTests
fi
