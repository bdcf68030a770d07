#include "language.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace ouro::app {

QList<Language> languages() {
    // Each language's own name, so that someone who cannot read the current one can find theirs.
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("cs"), QStringLiteral("Čeština")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
}

QString languageSetting() { return QSettings().value(QStringLiteral("ui/language")).toString(); }

void setLanguageSetting(const QString& code) {
    QSettings s;
    if (code.isEmpty())
        s.remove(QStringLiteral("ui/language"));
    else
        s.setValue(QStringLiteral("ui/language"), code);
}

QString resolveLanguage(const QString& setting, const QLocale& system) {
    const auto known = languages();
    auto has = [&](const QString& code) {
        for (const auto& l : known)
            if (l.code == code)
                return true;
        return false;
    };
    if (!setting.isEmpty() && has(setting))
        return setting;
    // uiLanguages() lists the user's preferred languages, most preferred first ("de-CH", "de", "en-US", ...).
    for (QString ui : system.uiLanguages()) {
        ui.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (ui.startsWith(QLatin1String("zh"))) {
            // Only Simplified Chinese is translated: zh_CN, zh_SG and zh_Hans*, not zh_TW / zh_HK / zh_Hant.
            const bool simplified = ui == QLatin1String("zh") || ui.contains(QLatin1String("Hans")) ||
                                    ui.endsWith(QLatin1String("_CN")) || ui.endsWith(QLatin1String("_SG"));
            if (simplified)
                return QStringLiteral("zh_CN");
            continue;
        }
        const QString base = ui.section(QLatin1Char('_'), 0, 0);
        if (base == QLatin1String("en"))
            return QStringLiteral("en");
        if (has(base))
            return base;
    }
    return QStringLiteral("en");
}

bool installLanguage(QCoreApplication& app, const QString& code) {
    // Owned here: one pair per process, replaced on a second call.
    static std::unique_ptr<QTranslator> ours, qt;
    for (auto* t : {ours.get(), qt.get()})
        if (t)
            QCoreApplication::removeTranslator(t);
    ours.reset();
    qt.reset();
    // English has a plural-only translation too: "1 row", "3 rows" rather than "row(s)".
    const QString lang = code.isEmpty() ? QStringLiteral("en") : code;
    auto mine = std::make_unique<QTranslator>();
    if (!mine->load(QStringLiteral(":/i18n/ouroboros_%1.qm").arg(lang)))
        return false;
    app.installTranslator(mine.get());
    ours = std::move(mine);
    if (lang == QLatin1String("en"))
        return true;
    // Qt's standard buttons and dialogs, from the Qt installation (Debian: qt6-translations-l10n).
    auto base = std::make_unique<QTranslator>();
    if (base->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(base.get());
        qt = std::move(base);
    }
    return true;
}

} // namespace ouro::app
