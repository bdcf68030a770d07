#include "aboutdialog.h"

#include "libraries.h"
#include "version.h"
#include "vtkhost.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ouro::app {

namespace {
QString resourceText(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

QList<std::pair<QString, QString>> AboutDialog::versions() {
    QList<std::pair<QString, QString>> v{
        {QStringLiteral("Ouroboros"), QString::fromLatin1(ouro::kVersion)},
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("VTK"), ouro::widgets::VtkHost::vtkVersionString()},
    };
    for (const auto& [name, version] : ouro::libraryVersions())
        v.append({QString::fromStdString(name), QString::fromStdString(version)});
    return v;
}

QString AboutDialog::versionsText() {
    QStringList lines;
    for (const auto& [name, version] : versions())
        lines << name + QLatin1Char(' ') + version;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent), tabs_(new QTabWidget(this)), libraries_(new QTableWidget(this)),
      licence_(new QPlainTextEdit(this)), samples_(new QTextBrowser(this)) {
    setWindowTitle(tr("About Ouroboros"));
    resize(640, 520);

    // About: icon, name and version, what it is, the licence in one line.
    auto* about = new QWidget;
    auto* icon = new QLabel;
    QPixmap pix(96, 96);
    pix.fill(Qt::transparent);
    {
        QPainter p(&pix);
        QSvgRenderer(QStringLiteral(":/about/installer/icons/ouroboros.svg")).render(&p);
    }
    icon->setPixmap(pix);
    auto* title = new QLabel(QStringLiteral("<h2>Ouroboros %1</h2>").arg(QString::fromLatin1(ouro::kVersion)));
    auto* text = new QLabel(
        tr("<p>Microscopy images, segmentation labels and per-object measurements in one SQLite file, "
           "with a pyramid viewer linked to a table of millions of objects, plots and a 3D view.</p>"
           "<p>Copyright © 2026, the Ouroboros developers.<br>Licensed under the BSD 3-Clause licence "
           "(see the Licence tab).</p>"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto* aboutLayout = new QVBoxLayout(about);
    aboutLayout->addWidget(icon, 0, Qt::AlignHCenter);
    aboutLayout->addWidget(title, 0, Qt::AlignHCenter);
    aboutLayout->addWidget(text);
    aboutLayout->addStretch();
    tabs_->addTab(about, tr("About"));

    // Libraries: as linked at run time, with a button to copy them (for a bug report).
    auto* libs = new QWidget;
    const auto v = versions();
    libraries_->setColumnCount(2);
    libraries_->setRowCount(int(v.size()));
    libraries_->setHorizontalHeaderLabels({tr("Component"), tr("Version")});
    for (int r = 0; r < v.size(); ++r) {
        libraries_->setItem(r, 0, new QTableWidgetItem(v[r].first));
        libraries_->setItem(r, 1, new QTableWidgetItem(v[r].second));
    }
    libraries_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    libraries_->verticalHeader()->hide();
    libraries_->horizontalHeader()->setStretchLastSection(true);
    libraries_->resizeColumnsToContents();
    auto* copy = new QPushButton(tr("&Copy versions"));
    copy->setToolTip(tr("Copy these versions to the clipboard, for a bug report"));
    connect(copy, &QPushButton::clicked, this, [] { QApplication::clipboard()->setText(versionsText()); });
    auto* libsLayout = new QVBoxLayout(libs);
    libsLayout->addWidget(libraries_);
    libsLayout->addWidget(copy, 0, Qt::AlignRight);
    tabs_->addTab(libs, tr("Libraries"));

    licence_->setReadOnly(true);
    licence_->setPlainText(resourceText(QStringLiteral(":/about/LICENSE")));
    tabs_->addTab(licence_, tr("Licence"));

    // Sample data: a summary in the user's language, then the provenance file as shipped.
    samples_->setOpenExternalLinks(true);
    samples_->setMarkdown(
        tr("The demo is made from public sample data, bundled with Ouroboros:\n\n"
           "- CellProfiler's ExampleHuman images: CC0.\n"
           "- The 2018 Data Science Bowl nuclei image and mask, from the StarDist repository: BSD 3-Clause.\n"
           "- The nuclei labels and the 3D nuclei derived from them: CC0 and BSD 3-Clause, as their sources.\n\n") +
        resourceText(QStringLiteral(":/about/resources/samples/PROVENANCE.md")));
    tabs_->addTab(samples_, tr("Sample data"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs_);
    layout->addWidget(buttons);
}

} // namespace ouro::app
