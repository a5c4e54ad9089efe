#pragma once

#include <memory>
#include <vector>

#include <QString>

class QTranslator;

namespace sb {

struct InstalledTranslations
{
    // Destroying a QTranslator uninstalls it, so these live as long as the UI should be translated.
    std::vector<std::unique_ptr<QTranslator>> translators;
    QString uiLanguage; // e.g. "ja"; empty when Switchboard has no translation for the locale
};

// Installs Qt's own strings (qtbase_*.qm from the Qt installation) and Switchboard's (compiled
// in under :/translations) for a BCP 47 language, or for the system locale when it is empty.
// A language without a translation leaves the English source text in place.
InstalledTranslations installTranslations(const QString &language);

} // namespace sb
