#include "preferencesdialog.h"

#include "language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ouro::app {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent), language_(new QComboBox(this)), cache_(new QSpinBox(this)), restartNote_(new QLabel(this)) {
    setWindowTitle(tr("Preferences"));
    const QString system = ouro::app::resolveLanguage(QString(), QLocale::system());
    QString systemName;
    for (const auto& l : ouro::app::languages())
        if (l.code == system)
            systemName = l.nativeName;
    language_->addItem(tr("System default (%1)").arg(systemName), QString());
    for (const auto& l : ouro::app::languages())
        language_->addItem(l.nativeName, l.code);
    startLanguage_ = ouro::app::languageSetting();
    language_->setCurrentIndex(std::max(0, language_->findData(startLanguage_)));
    language_->setToolTip(tr("The language of menus, panels and messages"));

    QSettings s;
    cache_->setRange(64, 65536);
    cache_->setSingleStep(64);
    cache_->setSuffix(tr(" MB"));
    cache_->setValue(s.value(QStringLiteral("cache/megabytes"), 512).toInt());
    cache_->setToolTip(tr("Memory for decoded image tiles: more keeps more of a large image ready to show"));

    restartNote_->setText(tr("The new language applies the next time Ouroboros starts."));
    restartNote_->setWordWrap(true);
    restartNote_->setVisible(false);
    connect(language_, &QComboBox::currentIndexChanged, this, [this] {
        restartNote_->setVisible(language_->currentData().toString() != startLanguage_);
    });

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), language_);
    form->addRow(QString(), restartNote_);
    form->addRow(tr("&Tile cache:"), cache_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

bool PreferencesDialog::save() {
    QSettings s;
    const int mb = cache_->value();
    if (s.value(QStringLiteral("cache/megabytes"), 512).toInt() != mb) {
        s.setValue(QStringLiteral("cache/megabytes"), mb);
        emit cacheChanged(mb);
    }
    const QString code = language_->currentData().toString();
    ouro::app::setLanguageSetting(code);
    const bool changed = code != startLanguage_;
    startLanguage_ = code;
    return changed;
}

} // namespace ouro::app
