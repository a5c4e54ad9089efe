#include "app/policy/WritePreview.h"

#include <QCoreApplication>

namespace sb::policy {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sb::policy::WritePreview", text);
}

} // namespace

QString ChangeLine::inWords() const
{
    if (before.isEmpty())
        return tr("%1: set to %2").arg(path, after);
    if (after.isEmpty())
        return tr("%1: remove %2").arg(path, before);
    return tr("%1: %2 → %3").arg(path, before, after);
}

QString WritePreview::inWords() const
{
    if (lines.isEmpty())
        return tr("Nothing to change.");
    QStringList out;
    if (!summary.isEmpty())
        out << summary;
    for (const ChangeLine &line : lines)
        out << QStringLiteral("  ") + line.inWords();
    out << tr("config.patch %1").arg(patchJson);
    if (!replacePaths.isEmpty())
        out << tr("replacePaths %1").arg(replacePaths.join(QStringLiteral(", ")));
    return out.join(u'\n');
}

} // namespace sb::policy
