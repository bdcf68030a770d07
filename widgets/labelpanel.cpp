#include "labelpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QSlider>
#include <QSpinBox>

namespace ouro::widgets {

LabelPanel::LabelPanel(QWidget* parent) : QWidget(parent) {
    auto* f = new QFormLayout(this);
    which_ = new QComboBox(this);
    which_->setToolTip(tr("Label image drawn over the image"));
    mode_ = new QComboBox(this);
    mode_->addItems({tr("Fill and outline"), tr("Fill"), tr("Outline")});
    opacity_ = new QSlider(Qt::Horizontal, this);
    opacity_->setRange(0, 100);
    opacity_->setValue(40);
    opacity_->setToolTip(tr("Fill opacity"));
    width_ = new QSpinBox(this);
    width_->setRange(1, 10);
    width_->setSuffix(tr(" px"));
    width_->setToolTip(tr("Outline width in screen pixels"));
    selectedOnly_ = new QCheckBox(tr("Show selected only"), this);
    f->addRow(tr("Labels"), which_);
    f->addRow(tr("Draw"), mode_);
    f->addRow(tr("Opacity"), opacity_);
    f->addRow(tr("Outline"), width_);
    f->addRow(selectedOnly_);
    connect(which_, &QComboBox::currentIndexChanged, this, [this] { emit labelImageChanged(current()); });
    auto changed = [this] { emit displayChanged(display()); };
    connect(mode_, &QComboBox::currentIndexChanged, this, changed);
    connect(opacity_, &QSlider::valueChanged, this, changed);
    connect(width_, &QSpinBox::valueChanged, this, changed);
    connect(selectedOnly_, &QCheckBox::toggled, this, &LabelPanel::selectedOnlyChanged);
    setLabelNames({});
}

void LabelPanel::setLabelNames(const QStringList& names) {
    const QSignalBlocker block(which_);
    which_->clear();
    which_->addItem(tr("None"), QString());
    for (const auto& n : names)
        which_->addItem(n, n);
    if (!names.isEmpty())
        which_->setCurrentIndex(1); // show the first label image by default
    setEnabled(!names.isEmpty());
}

QString LabelPanel::current() const { return which_->currentData().toString(); }

void LabelPanel::setCurrent(const QString& name) {
    const int i = which_->findData(name);
    if (i >= 0)
        which_->setCurrentIndex(i);
}

ouro::LabelDisplay LabelPanel::display() const {
    ouro::LabelDisplay d;
    d.mode = mode_->currentIndex() == 1 ? ouro::LabelMode::Fill
             : mode_->currentIndex() == 2 ? ouro::LabelMode::Outline
                                          : ouro::LabelMode::Both;
    d.fillOpacity = opacity_->value() / 100.0;
    d.outlineWidth = width_->value();
    return d;
}

bool LabelPanel::selectedOnly() const { return selectedOnly_->isChecked(); }

} // namespace ouro::widgets
