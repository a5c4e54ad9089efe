#!/usr/bin/env bash
# Fails when an include crosses a layer the wrong way. Prints every offending line.
set -uo pipefail
root=${1:?project root}
cd "$root" || exit 1
status=0
check() {
    local what=$1 pattern=$2
    shift 2
    local hits
    # app/main.cpp is the GUI executable's entry point: the one file in app/ that wires the UI.
    # app/ctl/main.cpp is switchboardctl's: it installs models/' incident painter (QtGui only).
    hits=$(grep -rnE --include='*.h' --include='*.cpp' "$pattern" "$@" 2>/dev/null | grep -v '^app/main\.cpp:' |
        grep -v '^app/ctl/main\.cpp:[0-9]*:#include\s*"models/incidents/')
    if [[ -n "$hits" ]]; then
        echo "layering violation: $what"
        echo "$hits"
        status=1
    fi
}
check "app/ includes Qt Widgets or Charts" '#include\s*[<"](QtWidgets|QtCharts|QWidget|QMainWindow|QDialog|QApplication|QMessageBox)' app
check "app/ includes ui/ or models/" '#include\s*"(ui|models)/' app
check "models/ includes ui/" '#include\s*"ui/' models
# The drill is its own library (switchboard_drill): the rest of app/ and models/ never reach
# into it, and ui/ only where the window starts --drill (ui/Application.cpp).
check "app/ outside app/drill includes app/drill/" '#include\s*"app/drill/' $(ls -d app/*/ | grep -v '^app/drill/$')
check "models/ includes app/drill/" '#include\s*"app/drill/' models
drill_in_ui=$(grep -rnE --include='*.h' --include='*.cpp' '#include\s*"app/drill/' ui 2>/dev/null | grep -v '^ui/Application\.cpp:')
if [[ -n "$drill_in_ui" ]]; then
    echo "layering violation: ui/ includes app/drill/ outside ui/Application.cpp"
    echo "$drill_in_ui"
    status=1
fi
check "frame shapes outside app/gateway and app/drill" '"type"\s*\)?\s*,?\s*QStringLiteral\("(req|res|event)"\)|\["type"\]' app/platform models ui
# Only app/ reads JSON: what reaches models/ and ui/ is typed (ChannelsStatus, LaneStatus, ProbeFact).
check "ui/ or models/ include Qt's JSON classes" '#include\s*[<"]QJson' models ui
# Only app/gateway/ reads frame JSON: ingest gets typed events and answers (Event::heartbeat,
# Event::gatewayTime, ChannelsStatus), never a payload to pick fields from. (Its log lines are
# the gateway's log format, not frames: LogLineParser may read those.)
check "app/ingest reads gateway payload JSON" '\.payload\b|gateway::parse[A-Z]' app/ingest
[[ $status -eq 0 ]] && echo "layering: ok"
exit $status
