#pragma once
// The single-thread worker pools of the profile views. Each kind of work has
// its own queue, so a long sort or filter never holds up the rows of the page
// on screen, and recolouring never waits behind either. One thread each: work
// of one kind runs in the order it was asked for.

#include <QThreadPool>

namespace ouro::widgets {

enum class WorkerPool {
    RowOrder, ///< sorts, filters, "objects in view": the table's row order
    Pages,    ///< fetching the rows of a page of the table
    Colours,  ///< building label colour tables from a filter or colour-by
};

/** The pool for one kind of work; made on first use, lives as long as the program. */
QThreadPool* workerPool(WorkerPool kind);

} // namespace ouro::widgets
