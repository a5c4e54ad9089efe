#include "ui/Translations.h"

#include "app/platform/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sb {

InstalledTranslations installTranslations(const QString &language)
{
    InstalledTranslations result;
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // An explicit choice also governs number and date formats, not only the words.
    if (!language.isEmpty())
        QLocale::setDefault(locale);

    auto qtTranslator = std::make_unique<QTranslator>();
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator.get());
        result.translators.push_back(std::move(qtTranslator));
    }
    auto ownTranslator = std::make_unique<QTranslator>();
    if (ownTranslator->load(locale, QStringLiteral("switchboard"), QStringLiteral("_"),
                            QStringLiteral(":/translations"))) {
        QCoreApplication::installTranslator(ownTranslator.get());
        result.uiLanguage = ownTranslator->language();
        result.translators.push_back(std::move(ownTranslator));
    }
    log::app()->info("UI language: {} (requested: {})",
                     result.uiLanguage.isEmpty() ? std::string("source") : result.uiLanguage.toStdString(),
                     language.isEmpty() ? std::string("system") : language.toStdString());
    return result;
}

} // namespace sb
