#!/usr/bin/env bash
# Compiles the bench profile (src/bench/java + test sources) and writes its class path to target/bench.classpath.
# Prints the full class path on stdout. SKIP_BUILD=1 reuses the last build. Works on a fresh clone: Maven runs online
# (MAVEN_ARGS=-o to stay offline once everything is downloaded) and the dependency plugin is named by its coordinates,
# its version pinned in the pom's pluginManagement, so no plugin-prefix look-up is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
# a plain `package` recompiles the test sources without src/bench/java, so check for a bench class too
if [[ "${SKIP_BUILD:-0}" != 1 || ! -f target/bench.classpath \
      || ! -f target/test-classes/org/mockinterview/bench/InterviewLoad.class ]]; then
  ./mvnw -B -q -Pbench test-compile org.apache.maven.plugins:maven-dependency-plugin:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
fi
echo "$PWD/target/test-classes:$PWD/target/classes:$(cat target/bench.classpath)"
