#!/bin/sh
# Lints the BPMN models in bpmn/ with bpmnlint (rules: .bpmnlintrc).
# Run by `./mvnw verify` (exec-maven-plugin, phase process-resources); skip there with -Dbpmnlint.skip=true.
#
# Without a usable Node.js/npm the lint is skipped with a warning on a developer machine,
# but fails the build when CI=true (set by .ci/run), so CI can never silently lose the check.
set -eu

cd "$(dirname "$0")/.."

# Node >= 20.12 is what bpmnlint 11.x and its dependencies declare (bpmnlint 12 needs Node 24).
MIN_NODE=20.12

unavailable() {
  if [ "${CI:-}" = "true" ]; then
    echo "[bpmnlint] ERROR: $1 (CI=true, so this fails the build)." >&2
    exit 1
  fi
  echo "[bpmnlint] WARNING: $1 -- BPMN lint SKIPPED. Install Node.js >= $MIN_NODE to lint bpmn/*.bpmn." >&2
  exit 0
}

command -v node >/dev/null 2>&1 || unavailable "node not found on PATH"
command -v npm >/dev/null 2>&1 || unavailable "npm not found on PATH"
command -v npx >/dev/null 2>&1 || unavailable "npx not found on PATH"
node -e '
  const [maj, min] = process.versions.node.split(".").map(Number);
  const [wMaj, wMin] = process.argv[1].split(".").map(Number);
  process.exit(maj > wMaj || (maj === wMaj && min >= wMin) ? 0 : 1);
' "$MIN_NODE" || unavailable "node $(node --version) is older than $MIN_NODE"

# Empty glob: sh leaves the pattern as is.
set -- bpmn/*.bpmn
if [ ! -e "$1" ]; then
  echo "[bpmnlint] no models in bpmn/ -- nothing to lint."
  exit 0
fi

echo "[bpmnlint] npm ci (bpmnlint + camunda-compat plugin from package-lock.json)"
npm ci --no-audit --no-fund --prefer-offline

echo "[bpmnlint] linting $# model(s): $*"
npx --no bpmnlint "$@"
echo "[bpmnlint] OK"
