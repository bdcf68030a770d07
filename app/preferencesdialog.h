#pragma once
// Settings → Preferences: the interface language (applies at the next start)
// and the memory for decoded tiles (applies at once). Remembered in QSettings.

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace ouro::app {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    QComboBox* languageBox() const { return language_; }
    QSpinBox* cacheBox() const { return cache_; }
    /** Writes the choices to QSettings (as OK does). Returns true if the language changed. */
    bool save();

signals:
    /** The tile cache size was changed, in MB. */
    void cacheChanged(int megabytes);

private:
    QComboBox* language_;
    QSpinBox* cache_;
    QLabel* restartNote_;
    QString startLanguage_;
};

} // namespace ouro::app
