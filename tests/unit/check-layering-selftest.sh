#!/usr/bin/env bash
# The layering check must be able to fail: a tree with one violation per rule is refused, and
# the same tree without them passes.
set -uo pipefail
check=${1:?path to check-layering.sh}
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
mkdir -p "$tree/app/health" "$tree/app/ingest" "$tree/models" "$tree/ui"
echo '#include "app/health/LaneState.h"' >"$tree/ui/Fine.cpp"
bash "$check" "$tree" >/dev/null || { echo "a clean tree was refused"; exit 1; }

expect_refused() { # rule file line
    local file=$2
    echo "$3" >"$tree/$file"
    if bash "$check" "$tree" >/dev/null; then
        echo "not caught: $1"
        exit 1
    fi
    rm -f "$tree/$file"
}
expect_refused "QJson in ui/" ui/Panel.cpp '#include <QJsonObject>'
expect_refused "QJson in models/" models/Model.cpp '#include <QJsonDocument>'
expect_refused "Widgets in app/" app/health/X.cpp '#include <QWidget>'
expect_refused "ui/ from models/" models/Y.cpp '#include "ui/MainWindow.h"'
expect_refused "payload JSON in app/ingest" app/ingest/I.cpp 'const auto ts = event.payload["ts"];'
expect_refused "payload parsing in app/ingest" app/ingest/J.cpp 'auto h = gateway::parseHeartbeat(value);'
echo "layering self-test: ok"
