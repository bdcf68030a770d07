#pragma once
// Label overlay controls: which label image, fill/outline/both, opacity,
// outline width in screen pixels, and "show selected only".

#include "render.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QSlider;
class QSpinBox;

namespace ouro::widgets {

class LabelPanel : public QWidget {
    Q_OBJECT
public:
    explicit LabelPanel(QWidget* parent = nullptr);
    /** The label images to choose from (empty: the panel is disabled). */
    void setLabelNames(const QStringList& names);
    QString current() const;
    void setCurrent(const QString& name);
    ouro::LabelDisplay display() const;
    bool selectedOnly() const;

signals:
    void labelImageChanged(const QString& name);
    void displayChanged(const ouro::LabelDisplay& d);
    void selectedOnlyChanged(bool on);

private:
    QComboBox* which_;
    QComboBox* mode_;
    QSlider* opacity_;
    QSpinBox* width_;
    QCheckBox* selectedOnly_;
};

} // namespace ouro::widgets
