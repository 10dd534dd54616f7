#!/usr/bin/env bash
# Runs the benchmark suite of docs/performance.md: builds benchmarks/target/benchmarks.jar, runs
# the JMH benchmarks of targets P1-P5 and R1 with short settings, prints the targets as ratios of
# that run, then measures M1. 7 to 13 minutes on 2 cores. Results: benchmarks/target/results/.
#
# Arguments go to JMH after the short defaults, so they override them; for a longer run:
#   benchmarks/run.sh -f 3 -wi 5 -i 10 -w 10s -r 10s
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q -DskipTests package -pl benchmarks -am
jar=benchmarks/target/benchmarks.jar
out=benchmarks/target/results
mkdir -p "$out"
{
  echo "started: $(date -u +%FT%TZ)"
  echo "nproc: $(nproc)"
  free -h
  java -version 2>&1
  echo "load at start: $(uptime)"
} > "$out/machine.txt"

java -jar "$jar" -f 1 -wi 2 -i 3 -w 2s -r 2s "$@" -rf json -rff "$out/jmh.json" \
  'PersonValidationBenchmark' \
  'OrganizationBenchmark.validateAndRollUp$' \
  'IncrementalRollupBenchmark' \
  '\.JsonBenchmark.(readAndValidate|tokenScan)$' \
  'Jackson3JsonBenchmark.(readAndValidate|tokenScan)$' \
  'ReadinessBenchmark' \
  'FloorBenchmark' | tee "$out/jmh.txt"

java -XX:+UseSerialGC -XX:SoftRefLRUPolicyMSPerMB=0 -Xmx6g -cp "$jar" dev.alignkit.benchmarks.Footprint 1000 10000 \
  | tee "$out/footprint.txt"
java -cp "$jar" dev.alignkit.benchmarks.Targets "$out/jmh.json" | tee "$out/targets.txt"
echo "load at end: $(uptime)" >> "$out/machine.txt"
cat "$out/machine.txt"
