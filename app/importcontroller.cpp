#include "importcontroller.h"

#include "error.h"
#include "labels.h"
#include "omearrow.h"
#include "profiles.h"
#include "store.h"
#include "tiffreader.h"
#include "zarrreader.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>
#include <set>

namespace ouro::app {

namespace {
// A label name from a file name: its stem with anything but letters, digits, '_', '-' and '.' replaced,
// made unique among the image's label images.
std::string labelNameFor(const QString& file, ouro::Store& store, int64_t image) {
    QString stem = QFileInfo(file).completeBaseName().section('.', 0, 0);
    QString clean;
    for (QChar c : stem)
        clean += c.isLetterOrNumber() && c.unicode() < 128 ? c : QChar('_');
    if (clean.isEmpty())
        clean = QStringLiteral("labels");
    clean = clean.left(56);
    std::string name = clean.toStdString();
    for (int n = 2; store.label(image, name); ++n)
        name = clean.toStdString() + "_" + std::to_string(n);
    return name;
}

// The label images a table's rows link to: the label name equal to the table's name
// ("Nuclei.csv", "Per_Nuclei" -> "nuclei", ignoring case), else, for a lone CSV, the only
// label name of the file, else none. (The other tables of a CellProfiler database measure
// other objects: PH3 rows are not nuclei.)
std::string linkTargetFor(ouro::Store& store, const std::string& table, bool orTheOnlyLabels) {
    std::string stem = table.starts_with("Per_") ? table.substr(4) : table;
    std::set<std::string> names;
    for (const auto& l : store.labels())
        names.insert(l.name);
    for (const auto& n : names)
        if (QString::fromStdString(n).compare(QString::fromStdString(stem), Qt::CaseInsensitive) == 0)
            return n;
    return orTheOnlyLabels && names.size() == 1 ? *names.begin() : std::string();
}

// Imports one table, linked when linkTargetFor finds labels; when the rows cannot be linked
// (no key columns, say) the table goes in unlinked and note says why.
ouro::ProfileImportResult importTable(ouro::Store& store, const std::string& file, const std::string& table,
                                      ouro::ProfileImportOptions opt, std::string& note) {
    const auto run = [&] {
        if (!table.empty())
            return ouro::importProfileSqlite(store, file, table, opt);
        return file.ends_with(".parquet") ? ouro::importProfileParquet(store, file, opt)
                                          : ouro::importProfileCsv(store, file, opt);
    };
    std::string stem = QFileInfo(QString::fromStdString(file)).fileName().section('.', 0, 0).toStdString();
    opt.linkLabels = linkTargetFor(store, table.empty() ? stem : table, table.empty());
    if (opt.linkLabels.empty())
        return run();
    try {
        return run();
    } catch (const ouro::Cancelled&) {
        throw;
    } catch (const ouro::Error& e) {
        note = e.what();
        opt.linkLabels.clear();
        return run(); // fails again, with its own message, when the file itself is bad
    }
}
} // namespace

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

namespace {
// What an import reads, by name: image files (also what a folder is searched for) and tables.
const char* const kImageSuffixes[] = {".tif", ".tiff", ".btf", ".tf2", ".tf8", ".png", ".companion.ome"};
const char* const kTableSuffixes[] = {".csv", ".tsv", ".txt", ".tab", ".sqlite", ".db"};

bool endsWithAny(const QString& lowerName, const auto& suffixes) {
    for (const char* ext : suffixes)
        if (lowerName.endsWith(QLatin1String(ext)))
            return true;
    return false;
}
} // namespace

bool ImportController::isTableFile(const QString& path) {
    QString n = QFileInfo(path).fileName().toLower();
    if (n.endsWith(QLatin1String(".gz")))
        n.chop(3);
    if (n.endsWith(QLatin1String(".parquet")))
        return !ouro::isOmeArrowParquet(path.toStdString()); // OME-Arrow Parquet holds images
    return endsWithAny(n, kTableSuffixes);
}

bool ImportController::isImportableName(const QString& path) {
    QString n = QFileInfo(path).fileName().toLower();
    if (n.endsWith(QLatin1String(".gz")))
        n.chop(3);
    return n.endsWith(QLatin1String(".parquet")) || endsWithAny(n, kImageSuffixes) || endsWithAny(n, kTableSuffixes);
}

QStringList ImportController::expandInputs(const QStringList& paths) {
    static const QStringList patterns = [] {
        QStringList p;
        for (const char* ext : kImageSuffixes)
            p << QLatin1Char('*') + QLatin1String(ext) << QLatin1Char('*') + QString::fromLatin1(ext).toUpper();
        return p;
    }();
    QStringList out;
    for (const auto& p : paths) {
        QFileInfo fi(p);
        if (fi.isDir() && ouro::isOmeZarr(p.toStdString())) {
            out << p; // an OME-Zarr image is one input, not a folder of files
        } else if (fi.isDir()) {
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

void ImportController::setLabelTarget(int64_t imageId, int64_t sizeX, int64_t sizeY, int64_t sizeZ, int64_t sizeT) {
    labelImage_ = imageId;
    labelX_ = sizeX;
    labelY_ = sizeY;
    labelZ_ = sizeZ;
    labelT_ = sizeT;
}

void ImportController::start(const QString& dbPath, const QStringList& files) {
    if (busy_ || files.isEmpty())
        return;
    busy_ = true;
    db_ = dbPath;
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    emit progress(0.0, 0.0, tr("Reading %n file(s)…", nullptr, int(files.size())));
    const int64_t target = labelImage_, tx = labelX_, ty = labelY_, tz = labelZ_, tt = labelT_;
    // Planning reads TIFF headers: a worker's job, never the GUI thread's.
    planWatcher_.setFuture(QtConcurrent::run([files, target, tx, ty, tz, tt] {
        PlanResult r;
        std::vector<std::string> names;
        for (const auto& f : files) {
            if (isTableFile(f)) {
                Planned p;
                p.file = f;
                p.table = true;
                r.items.push_back(std::move(p));
            } else {
                names.push_back(f.toStdString());
            }
        }
        const size_t tables = r.items.size();
        for (auto& pf : ouro::planEach(names, ouro::ImportOptions{})) {
            if (pf.skipped)
                continue; // read as part of an earlier file's multi-file dataset
            Planned p;
            p.file = QString::fromStdString(pf.file);
            if (pf.plan)
                p.plan = std::make_shared<ouro::ImportPlan>(std::move(*pf.plan));
            else
                p.error = QString::fromStdString(pf.error);
            if (p.plan && target >= 0 && p.plan->images.size() == 1) {
                const auto& i = p.plan->images[0].info;
                const QString name = QFileInfo(p.file).fileName().toLower();
                p.maskCandidate = i.sizeC == 1 && !ouro::dtypeIsFloat(i.dtype) && i.sizeX == tx && i.sizeY == ty &&
                                  i.sizeZ == tz && i.sizeT == tt &&
                                  (name.contains("label") || name.contains("mask") || name.contains("seg"));
            }
            r.items.push_back(std::move(p));
        }
        // Several single-channel, single-image files of one size: CellProfiler-style channels.
        if (tables == 0 && r.items.size() >= 2) {
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
    QStringList masks;
    for (const auto& p : planned_.items)
        if (p.maskCandidate)
            masks << p.file;
    if (!masks.isEmpty() && asLabels_ == AsLabels::Ask) {
        emit labelsQuestion(masks, labelImage_);
        return; // continues in answerLabels()
    }
    answerLabels(asLabels_ == AsLabels::Always);
}

void ImportController::answerLabels(bool asLabels) {
    bool any = false;
    for (auto& p : planned_.items) {
        p.asLabels = asLabels && p.maskCandidate;
        any = any || p.asLabels;
    }
    if (any)
        planned_.combinable = false; // masks are not channels
    askCombineOrRun();
}

void ImportController::askCombineOrRun() {
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
    struct Job {
        QString file;
        std::shared_ptr<ouro::ImportPlan> plan;
        bool asLabels = false;
        bool table = false;
    };
    std::vector<Job> jobs;
    QStringList errors;
    if (combine) {
        jobs.push_back({planned_.items.front().file, planned_.combined, false});
    } else {
        for (const auto& p : planned_.items) {
            if (p.table)
                jobs.push_back({p.file, nullptr, false, true});
            else if (p.plan)
                jobs.push_back({p.file, p.plan, p.asLabels, false});
            else
                errors << p.error;
        }
    }
    const int64_t labelImage = labelImage_;
    const QString db = db_;
    auto cancel = cancel_;
    QPointer<ImportController> self(this);
    runWatcher_.setFuture(QtConcurrent::run([jobs, errors, db, cancel, combine, self, labelImage]() mutable {
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
            const QString name = QFileInfo(jobs[i].file).fileName();
            auto report = [&](double f) {
                auto now = std::chrono::steady_clock::now();
                if (now - last > std::chrono::milliseconds(50) || f >= 1.0) {
                    last = now;
                    double total = (double(i) + f) / double(jobs.size());
                    QString msg = ImportController::tr("Importing %1 (%2 of %3)").arg(name).arg(i + 1).arg(jobs.size());
                    QMetaObject::invokeMethod(
                        self, [self, f, total, msg] { if (self) emit self->progress(f, total, msg); },
                        Qt::QueuedConnection);
                }
                return !*cancel;
            };
            try {
                if (jobs[i].table) {
                    const std::string file = jobs[i].file.toStdString();
                    std::vector<std::string> tables{std::string()};
                    if (jobs[i].file.endsWith(QLatin1String(".sqlite"), Qt::CaseInsensitive) ||
                        jobs[i].file.endsWith(QLatin1String(".db"), Qt::CaseInsensitive))
                        tables = ouro::cellProfilerTables(file);
                    if (tables.empty())
                        throw ouro::Error(file + ": no CellProfiler tables (Per_<Object>) in this SQLite file");
                    for (const auto& t : tables) {
                        ouro::ProfileImportOptions po;
                        po.progress = report;
                        po.uniqueName = true;
                        std::string note;
                        auto res = importTable(*store, file, t, po, note);
                        QString line = ImportController::tr("%1: table \"%2\", %n row(s)", nullptr, int(res.rows))
                                           .arg(name, QString::fromStdString(res.name));
                        if (!res.linkBy.empty())
                            line += ImportController::tr(", %1 linked to \"%2\"")
                                        .arg(res.rowsLinked)
                                        .arg(QString::fromStdString(res.labelName));
                        if (!note.empty())
                            r.warnings << ImportController::tr("%1: not linked: %2").arg(name, QString::fromStdString(note));
                        for (const auto& w : res.warnings)
                            r.warnings << QString::fromStdString(w);
                        r.imported << line;
                    }
                    continue;
                }
                if (jobs[i].asLabels) {
                    ouro::LabelImportOptions lo;
                    lo.name = labelNameFor(jobs[i].file, *store, labelImage);
                    auto l = ouro::importLabels(*store, labelImage, jobs[i].file.toStdString(), lo, report);
                    r.imported << ImportController::tr("%1: labels \"%2\" of image %3, %n object(s)", nullptr,
                                                       int(l.objectCount))
                                      .arg(name, QString::fromStdString(l.name))
                                      .arg(l.imageId);
                    continue;
                }
                auto images = ouro::runImport(*store, *jobs[i].plan, opt, report);
                for (const auto& im : images)
                    r.imported << ImportController::tr("%1: image %2 \"%3\"")
                                      .arg(name)
                                      .arg(im.id)
                                      .arg(QString::fromStdString(im.name));
                if (ouro::isOmeZarr(jobs[i].file.toStdString()))
                    for (const auto& l : ouro::importOmeZarrLabels(*store, jobs[i].file.toStdString(), images))
                        r.imported << ImportController::tr("%1: labels \"%2\" of image %3")
                                          .arg(name, QString::fromStdString(l.name))
                                          .arg(l.imageId);
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
    emit finished(r.imported, r.errors, r.cancelled, r.warnings);
}

} // namespace ouro::app
