#pragma once
// The user-interface language: the system locale's, or the one chosen in
// Preferences (remembered as ui/language). The translations are embedded
// (:/i18n/ouroboros_<code>.qm); Qt's own (standard buttons, file dialogs)
// come from the Qt installation when it has them.

#include <QList>
#include <QString>

class QCoreApplication;
class QLocale;

namespace ouro::app {

struct Language {
    QString code;       ///< "de", "zh_CN"; "en" for the untranslated English
    QString nativeName; ///< "Deutsch", "简体中文"
};

/** English first, then the languages with an embedded translation. */
QList<Language> languages();

/** The remembered choice: a code from languages(), or empty for "follow the system". */
QString languageSetting();
void setLanguageSetting(const QString& code);

/**
 * The language to use: the setting when it names a known language, else the
 * first of the locale's UI languages that has a translation (zh_TW and other
 * Chinese variants fall back to English, not Simplified Chinese), else "en".
 */
QString resolveLanguage(const QString& setting, const QLocale& system);

/**
 * Installs the translators for code on app (replacing ones installed before). English has
 * one too, of its plurals only ("%n row(s)" as "1 row", "3 rows"). Returns false if code
 * has no embedded translation.
 */
bool installLanguage(QCoreApplication& app, const QString& code);

} // namespace ouro::app
