#pragma once
// Runs imports of dropped or chosen files in the background: plans them on a
// worker thread, asks (through the window) whether single-channel files should
// become one multi-channel image, then writes them, with progress and cancel.
// Profile tables (CSV, TSV, gzipped, CellProfiler SQLite) go in beside images
// and link to the label images whose name matches the table's.

#include "importer.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

namespace ouro::app {

class ImportController : public QObject {
    Q_OBJECT
public:
    /** What to do when several single-channel files of one size arrive together. */
    enum class Combine { Ask, Always, Never };

    explicit ImportController(QObject* parent = nullptr);
    ~ImportController() override;

    /** Starts importing files into dbPath (created if missing). Ignored while busy(). */
    void start(const QString& dbPath, const QStringList& files);
    /** Asks the running import to stop; what was not committed is rolled back. */
    void cancel();
    bool busy() const { return busy_; }
    void setCombinePolicy(Combine c) { combine_ = c; }
    /** What to do with dropped files that look like label masks of the open image. */
    enum class AsLabels { Ask, Always, Never };
    void setLabelsPolicy(AsLabels p) { asLabels_ = p; }
    /**
     * The image label masks may belong to: a dropped single-channel integer
     * file of its size whose name mentions "label", "mask" or "seg" is offered
     * as its label image. imageId < 0: no image open.
     */
    void setLabelTarget(int64_t imageId, int64_t sizeX, int64_t sizeY, int64_t sizeZ, int64_t sizeT);

    /** Expands folders (recursively) to the TIFF / OME files inside them. */
    static QStringList expandInputs(const QStringList& paths);
    /** True for files imported as profile tables: .csv, .tsv, .txt (optionally .gz), .parquet, .sqlite, .db. */
    static bool isTableFile(const QString& path);
    /** True for names an import reads (images, tables, Parquet), judged by name alone: no disk access. */
    static bool isImportableName(const QString& path);

signals:
    /** Progress of the current file and of the whole job, each in [0, 1], and what is being done. */
    void progress(double fileFraction, double totalFraction, const QString& message);
    /** Asks whether to combine files as channels; answer with answerCombine(). */
    void combineQuestion(const QStringList& files);
    /** Asks whether files that look like masks are labels of image imageId; answer with answerLabels(). */
    void labelsQuestion(const QStringList& files, qlonglong imageId);
    /** Done: lines describing imported images, errors naming file and reason, and warnings
     *  about what did go in (renamed columns, rows that cannot be linked). */
    void finished(const QStringList& imported, const QStringList& errors, bool cancelled, const QStringList& warnings);

public slots:
    void answerCombine(bool combine);
    void answerLabels(bool asLabels);

private:
    struct Planned {
        QString file;
        std::shared_ptr<ouro::ImportPlan> plan;
        QString error;
        bool maskCandidate = false; ///< looks like a label mask of the target image
        bool asLabels = false;
        bool table = false; ///< a profile table (isTableFile)
    };
    struct PlanResult {
        std::vector<Planned> items;
        bool combinable = false;
        std::shared_ptr<ouro::ImportPlan> combined; ///< planned as channels, when combinable
    };
    struct RunResult {
        QStringList imported, errors, warnings;
        bool cancelled = false;
    };
    void onPlanned();
    void askCombineOrRun();
    void runPlans(bool combine);
    void onRan();

    QString db_;
    Combine combine_ = Combine::Ask;
    AsLabels asLabels_ = AsLabels::Ask;
    int64_t labelImage_ = -1, labelX_ = 0, labelY_ = 0, labelZ_ = 0, labelT_ = 0;
    bool busy_ = false;
    std::shared_ptr<std::atomic<bool>> cancel_;
    PlanResult planned_;
    QFutureWatcher<PlanResult> planWatcher_;
    QFutureWatcher<RunResult> runWatcher_;
};

} // namespace ouro::app
