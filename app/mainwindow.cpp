#include "mainwindow.h"

#include "error.h"
#include "imagelistwidget.h"
#include "store.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), list_(new ouro::widgets::ImageListWidget(this)) {
    setWindowTitle(tr("Ouroboros"));
    setCentralWidget(list_);
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* open = file->addAction(tr("&Open…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    connect(&watcher_, &QFutureWatcher<Loaded>::finished, this, &MainWindow::onLoaded);
    QSettings s;
    restoreGeometry(s.value("window/geometry").toByteArray());
    if (!s.contains("window/geometry"))
        resize(900, 600);
    statusBar()->showMessage(tr("Open a .ouro file (Ctrl+O)"));
}

void MainWindow::chooseFile() {
    QSettings s;
    QString f = QFileDialog::getOpenFileName(this, tr("Open .ouro file"), s.value("lastFolder").toString(),
                                             tr("Ouroboros files (*.ouro);;All files (*)"));
    if (f.isEmpty())
        return;
    s.setValue("lastFolder", QFileInfo(f).absolutePath());
    openFile(f);
}

void MainWindow::openFile(const QString& path) {
    path_ = path;
    statusBar()->showMessage(tr("Opening %1…").arg(path));
    // The catalog read touches disk: never on the GUI thread.
    watcher_.setFuture(QtConcurrent::run([path]() {
        Loaded l;
        try {
            auto store = ouro::Store::open(path.toStdString(), ouro::Store::Mode::ReadOnly);
            l.images = store.images();
        } catch (const ouro::Error& e) {
            l.error = QString::fromStdString(e.what());
        }
        return l;
    }));
}

void MainWindow::onLoaded() {
    Loaded l = watcher_.result();
    if (!l.error.isEmpty()) {
        statusBar()->showMessage(tr("Could not open %1").arg(path_));
        emit fileLoaded(false);
        QMessageBox::warning(this, tr("Cannot open file"), l.error);
        return;
    }
    list_->setImages(l.images);
    setWindowTitle(tr("%1 — Ouroboros").arg(QFileInfo(path_).fileName()));
    statusBar()->showMessage(tr("%n image(s) in %1", nullptr, int(l.images.size())).arg(path_));
    emit fileLoaded(true);
}
