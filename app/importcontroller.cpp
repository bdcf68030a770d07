#include "importcontroller.h"

#include "error.h"
#include "store.h"
#include "tiffreader.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>

ImportController::ImportController(QObject* parent) : QObject(parent) {
    connect(&planWatcher_, &QFutureWatcher<PlanResult>::finished, this, &ImportController::onPlanned);
    connect(&runWatcher_, &QFutureWatcher<RunResult>::finished, this, &ImportController::onRan);
}

ImportController::~ImportController() {
    if (cancel_)
        *cancel_ = true;
    planWatcher_.waitForFinished();
    runWatcher_.waitForFinished();
}

QStringList ImportController::expandInputs(const QStringList& paths) {
    static const QStringList patterns{"*.tif", "*.tiff", "*.TIF", "*.TIFF", "*.btf", "*.tf2", "*.tf8",
                                      "*.companion.ome"};
    QStringList out;
    for (const auto& p : paths) {
        QFileInfo fi(p);
        if (fi.isDir()) {
            QStringList found;
            QDirIterator it(p, patterns, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                found << it.next();
            found.sort();
            out << found;
        } else {
            out << p;
        }
    }
    out.removeDuplicates();
    return out;
}

void ImportController::start(const QString& dbPath, const QStringList& files) {
    if (busy_ || files.isEmpty())
        return;
    busy_ = true;
    db_ = dbPath;
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    emit progress(0.0, tr("Reading %n file(s)…", nullptr, int(files.size())));
    // Planning reads TIFF headers: a worker's job, never the GUI thread's.
    planWatcher_.setFuture(QtConcurrent::run([files] {
        PlanResult r;
        std::vector<std::string> names;
        for (const auto& f : files)
            names.push_back(f.toStdString());
        for (auto& pf : ouro::planEach(names, ouro::ImportOptions{})) {
            if (pf.skipped)
                continue; // read as part of an earlier file's multi-file dataset
            Planned p;
            p.file = QString::fromStdString(pf.file);
            if (pf.plan)
                p.plan = std::make_shared<ouro::ImportPlan>(std::move(*pf.plan));
            else
                p.error = QString::fromStdString(pf.error);
            r.items.push_back(std::move(p));
        }
        // Several single-channel, single-image files of one size: CellProfiler-style channels.
        if (r.items.size() >= 2) {
            std::vector<std::string> all;
            bool ok = true;
            for (const auto& p : r.items) {
                ok = ok && p.plan && p.plan->images.size() == 1 && p.plan->images[0].info.sizeC == 1;
                all.push_back(p.file.toStdString());
            }
            if (ok) {
                try {
                    ouro::ImportOptions c;
                    c.asChannels = true;
                    r.combined = std::make_shared<ouro::ImportPlan>(ouro::planImport(all, c));
                    r.combinable = true;
                } catch (const ouro::Error&) {
                    r.combinable = false; // sizes differ: import them one by one
                }
            }
        }
        return r;
    }));
}

void ImportController::cancel() {
    if (cancel_)
        *cancel_ = true;
}

void ImportController::onPlanned() {
    planned_ = planWatcher_.result();
    if (planned_.combinable && combine_ == Combine::Ask) {
        QStringList files;
        for (const auto& p : planned_.items)
            files << p.file;
        emit combineQuestion(files);
        return; // continues in answerCombine()
    }
    runPlans(planned_.combinable && combine_ == Combine::Always);
}

void ImportController::answerCombine(bool combine) { runPlans(combine); }

void ImportController::runPlans(bool combine) {
    std::vector<std::pair<QString, std::shared_ptr<ouro::ImportPlan>>> jobs;
    QStringList errors;
    if (combine) {
        jobs.emplace_back(planned_.items.front().file, planned_.combined);
    } else {
        for (const auto& p : planned_.items) {
            if (p.plan)
                jobs.emplace_back(p.file, p.plan);
            else
                errors << p.error;
        }
    }
    const QString db = db_;
    auto cancel = cancel_;
    QPointer<ImportController> self(this);
    runWatcher_.setFuture(QtConcurrent::run([jobs, errors, db, cancel, combine, self]() mutable {
        RunResult r;
        r.errors = errors;
        if (jobs.empty())
            return r;
        std::optional<ouro::Store> store;
        try {
            store.emplace(ouro::openForImport(db.toStdString()));
        } catch (const std::exception& e) {
            r.errors << QString::fromStdString(e.what());
            return r;
        }
        ouro::ImportOptions opt;
        opt.asChannels = combine;
        auto last = std::chrono::steady_clock::now();
        for (size_t i = 0; i < jobs.size() && !*cancel; ++i) {
            const QString name = QFileInfo(jobs[i].first).fileName();
            auto report = [&](double f) {
                auto now = std::chrono::steady_clock::now();
                if (now - last > std::chrono::milliseconds(50) || f >= 1.0) {
                    last = now;
                    double total = (double(i) + f) / double(jobs.size());
                    QString msg = ImportController::tr("Importing %1 (%2 of %3)").arg(name).arg(i + 1).arg(jobs.size());
                    QMetaObject::invokeMethod(
                        self, [self, total, msg] { if (self) emit self->progress(total, msg); },
                        Qt::QueuedConnection);
                }
                return !*cancel;
            };
            try {
                auto images = ouro::runImport(*store, *jobs[i].second, opt, report);
                for (const auto& im : images)
                    r.imported << ImportController::tr("%1: image %2 \"%3\"")
                                      .arg(name)
                                      .arg(im.id)
                                      .arg(QString::fromStdString(im.name));
            } catch (const ouro::Cancelled&) {
                r.cancelled = true;
            } catch (const std::exception& e) {
                r.errors << QString::fromStdString(e.what());
            }
        }
        r.cancelled = r.cancelled || *cancel;
        try {
            ouro::finishImport(*store, !r.imported.isEmpty());
        } catch (const std::exception& e) {
            r.errors << QString::fromStdString(e.what());
            r.imported.clear();
        }
        return r;
    }));
}

void ImportController::onRan() {
    RunResult r = runWatcher_.result();
    busy_ = false;
    emit finished(r.imported, r.errors, r.cancelled);
}
