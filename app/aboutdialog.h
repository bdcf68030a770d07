#pragma once
// Help → About: the version, the libraries' versions as linked at run time,
// the licence, and where the bundled sample data comes from and under which licences.

#include <QDialog>

#include <utility>

class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QPlainTextEdit;

namespace ouro::app {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    /** {name, version}: Ouroboros, Qt, VTK, then core's libraries (SQLite, libtiff, c-blosc, ...). */
    static QList<std::pair<QString, QString>> versions();
    /** The versions as plain text, one "name version" per line (the Copy button's text). */
    static QString versionsText();

    QTabWidget* tabs() const { return tabs_; }
    QTableWidget* libraries() const { return libraries_; }
    QPlainTextEdit* licence() const { return licence_; }
    QTextBrowser* sampleData() const { return samples_; }

private:
    QTabWidget* tabs_;
    QTableWidget* libraries_;
    QPlainTextEdit* licence_;
    QTextBrowser* samples_;
};

} // namespace ouro::app
