#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sb::policy {

// One changed leaf of the config, before → after, each as compact JSON text ("\"open\"",
// "[\"123\"]") or empty when the key is absent on that side.
struct ChangeLine
{
    QString path;
    QString before;
    QString after;

    QString inWords() const; // "channels.telegram.groupPolicy: \"open\" → \"allowlist\""
};

// What a write will send, shown before it is sent.
struct WritePreview
{
    QString summary;
    QList<ChangeLine> lines;
    QString patchJson;        // the merge patch exactly as config.patch's `raw`
    QStringList replacePaths; // arrays sent whole because entries are removed or replaced
    QString baseHash;         // the config.get hash it is based on

    bool isEmpty() const { return lines.isEmpty(); }
    QString inWords() const; // one line per change, then the patch
};

} // namespace sb::policy
