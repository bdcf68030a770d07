#pragma once
// Shared helpers for the Qt Test suites: where things are, running the CLI
// and Python, hashing files.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace testutil {

inline QString cli() { return QStringLiteral(OURO_CLI); }
inline QString python() { return QStringLiteral(OURO_PYTHON); }
inline QString data(const QString& rel) { return QStringLiteral(OURO_TEST_DATA) + "/" + rel; }
inline QString samples(const QString& rel) { return QStringLiteral(OURO_SAMPLES) + "/" + rel; }
inline QString source(const QString& rel) { return QStringLiteral(OURO_SOURCE_DIR) + "/" + rel; }

inline QStringList exampleHumanChannels() {
    QStringList l;
    for (int c = 0; c < 3; ++c)
        l << samples(QStringLiteral("examplehuman/AS_09125_050116030001_D03f00d%1.tif").arg(c));
    return l;
}

struct Run {
    int exitCode = -1;
    bool crashed = false;
    QString out, err;
};

/** Runs a program to completion (or timeout), capturing its output. */
inline Run run(const QString& program, const QStringList& args, int timeoutMs = 120000) {
    QProcess p;
    p.start(program, args);
    Run r;
    if (!p.waitForStarted()) {
        r.err = QStringLiteral("cannot start ") + program;
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        r.crashed = true;
        return r;
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

inline Run ouro(const QStringList& args, int timeoutMs = 120000) { return run(cli(), args, timeoutMs); }

/**
 * Writes a 4 x 3000 x 3000 uint16 OME-TIFF of noise, deflate-compressed, with
 * tifffile: an import of it takes long enough to be cancelled or killed midway.
 */
inline Run makeSlowTiff(const QString& path, int seed = 1) {
    return run(python(), {"-c",
                          QString("import numpy as np, tifffile, sys; r=np.random.default_rng(%1); "
                                  "a=r.integers(0,4000,(4,3000,3000),dtype=np.uint16); "
                                  "tifffile.imwrite(sys.argv[1], a, ome=True, tile=(256,256), "
                                  "compression='zlib', metadata={'axes':'ZYX'})")
                              .arg(seed),
                          path});
}

/** Makes a .ouro with ExampleHuman (3 channels) and, optionally, its nuclei as labels "nuclei". */
inline bool makeExampleHuman(const QString& db, bool withLabels = true) {
    QStringList args{"import"};
    args << exampleHumanChannels() << "--as-channels" << "--channel-names" << "DNA,PH3,cellbody" << "--into" << db;
    if (ouro(args).exitCode != 0)
        return false;
    return !withLabels || ouro({"import", samples("examplehuman/nuclei_labels.tif"), "--into", db, "--labels-for", "0",
                                "--label-name", "nuclei"})
                                  .exitCode == 0;
}

/** The names of what `ouro info --json DB` lists under key ("images" or "tables"), in order. */
inline QStringList infoNames(const QString& db, const QString& key) {
    QStringList names;
    const auto arr = QJsonDocument::fromJson(ouro({"info", db, "--json"}).out.toUtf8()).object()[key].toArray();
    for (const auto& v : arr)
        names << v.toObject()["name"].toString();
    return names;
}

inline QByteArray sha256(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

} // namespace testutil
