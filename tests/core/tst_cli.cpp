// The ouro command line: its interface is what scripts depend on.
#include "sqlite.h"
#include "testutil.h"

#include <QRegularExpression>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

class TstCli : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    QString db_;

private slots:
    void initTestCase() {
        db_ = tmp_.filePath("demo.ouro");
        QStringList args{"import"};
        args << testutil::exampleHumanChannels();
        args << "--as-channels" << "--channel-names" << "DNA,PH3,cellbody" << "--name" << "ExampleHuman" << "--into"
             << db_;
        auto r = testutil::ouro(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.count("imported"), 1); // one line per image
        r = testutil::ouro({"import", testutil::data("ome_samples/z-series.ome.tiff"), "--into", db_});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void helpForEveryCommand_data() {
        QTest::addColumn<QStringList>("args");
        for (const char* c : {"import", "info", "query", "export", "check", "bench"})
            QTest::newRow(c) << QStringList{c, "--help"};
        QTest::newRow("top") << QStringList{"--help"};
    }
    void helpForEveryCommand() {
        QFETCH(QStringList, args);
        auto r = testutil::ouro(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Usage"));
    }

    void usageErrorsExitTwo() {
        QCOMPARE(testutil::ouro({"frobnicate"}).exitCode, 2);
        QCOMPARE(testutil::ouro({"import", "x.tif"}).exitCode, 2); // no --into
        QCOMPARE(testutil::ouro({"info", db_, "--bogus"}).exitCode, 2);
        auto r = testutil::ouro({"info", tmp_.filePath("missing.ouro")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("missing.ouro"));
    }

    void version() {
        auto r = testutil::ouro({"--version"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("ouro 0."));
        // The libraries' run-time versions, each a number (libtiff's banner cut down to it).
        const QStringList libs = r.out.split('\n').value(1).split(", ");
        QCOMPARE(libs.size(), 6);
        const QStringList names{"SQLite", "libtiff", "c-blosc", "zstd", "zlib", "pugixml"};
        for (int i = 0; i < libs.size(); ++i)
            QVERIFY2(QRegularExpression("^" + QRegularExpression::escape(names[i]) + " \\d+\\.\\d+(\\.\\d+)*$")
                         .match(libs[i]).hasMatch(), qPrintable(libs[i]));
    }

    void infoJson() {
        auto r = testutil::ouro({"info", db_, "--json"});
        QCOMPARE(r.exitCode, 0);
        const auto doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const auto images = doc["images"].toArray();
        QCOMPARE(images.size(), 2);
        const auto eh = images[0].toObject();
        QCOMPARE(eh["id"].toInt(), 0);
        QCOMPARE(eh["name"].toString(), QString("ExampleHuman"));
        QCOMPARE(eh["path"].toString(), QString("0"));
        QCOMPARE(eh["dtype"].toString(), QString("uint8"));
        QCOMPARE(eh["size"].toObject()["c"].toInt(), 3);
        QCOMPARE(eh["size"].toObject()["x"].toInt(), 512);
        QCOMPARE(eh["levels"].toInt(), 1);
        QCOMPARE(eh["channels"].toArray()[2].toObject()["name"].toString(), QString("cellbody"));
        QCOMPARE(eh["channels"].toArray()[0].toObject()["color"].toString(), QString("#0000FF"));
        QVERIFY(eh.contains("physical_size"));
        QCOMPARE(images[1].toObject()["size"].toObject()["z"].toInt(), 5);
    }

    void queryReads() {
        auto r = testutil::ouro({"query", db_, "SELECT id, name, size_c FROM image ORDER BY id", "--csv"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QString("id,name,size_c\n0,ExampleHuman,3\n1,z-series.ome.tiff,1\n"));
        r = testutil::ouro({"query", db_, "SELECT name FROM channel WHERE image_id=0 ORDER BY idx", "--json"});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array()[1].toObject()["name"].toString(), QString("PH3"));
    }

    void queryRefusesWrites_data() {
        // The reason each is refused (the whole message, so an unrelated error cannot pass).
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("reason");
        const QString notAuthorized = "query refused: only reading statements are allowed (not authorized)";
        const QString writes = "query refused: only reading statements are allowed";
        QTest::newRow("delete") << "DELETE FROM image" << notAuthorized;
        QTest::newRow("insert") << "INSERT INTO ouro_meta VALUES('a','b')" << notAuthorized;
        QTest::newRow("update") << "UPDATE image SET name='x'" << notAuthorized;
        QTest::newRow("drop") << "DROP TABLE zarr" << notAuthorized;
        // SQLite reports a denied CREATE as SQLITE_ERROR, not SQLITE_AUTH, so it reads differently.
        QTest::newRow("create") << "CREATE TABLE t(x)" << "query error: not authorized";
        QTest::newRow("attach") << "ATTACH DATABASE '/tmp/x.db' AS x" << notAuthorized;
        QTest::newRow("pragma write") << "PRAGMA user_version=99" << writes; // the pragma is allowed, the write not
        QTest::newRow("two statements") << "SELECT 1; DELETE FROM image" << "query refused: only one statement is allowed";
        QTest::newRow("vacuum") << "VACUUM" << writes;
        QTest::newRow("load_extension") << "SELECT load_extension('/tmp/evil.so')" << "query error: not authorized";
    }
    void queryRefusesWrites() {
        QFETCH(QString, sql);
        QFETCH(QString, reason);
        const auto before = testutil::sha256(db_);
        auto r = testutil::ouro({"query", db_, sql});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, "error: " + reason + "\n");
        QCOMPARE(testutil::sha256(db_), before);
        QCOMPARE(testutil::ouro({"query", db_, "SELECT COUNT(*) FROM image"}).out, QString("COUNT(*)\n2\n"));
    }

    void exportOmeZarrReadsInZarrPython() {
        const QString out = tmp_.filePath("export.ome.zarr");
        auto r = testutil::ouro({"export", db_, "--format", "ome-zarr", "--out", out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(out + "/.zattrs"));
        QVERIFY(QFile::exists(out + "/OME/METADATA.ome.xml"));
        QVERIFY(QFile::exists(out + "/0/0/0/0/0/0/0")); // "/" dimension separator
        QVERIFY(!QFile::exists(out + ".partial"));
        // Same bytes as the store, read by zarr-python from both.
        auto v = testutil::run(testutil::python(),
                               {"-c",
                                "import sys, zarr, numpy as np\n"
                                "a = zarr.open(zarr.storage.SQLiteStore(sys.argv[1]), mode='r')\n"
                                "b = zarr.open(zarr.storage.NestedDirectoryStore(sys.argv[2]), mode='r')\n"
                                "assert list(b['OME'].attrs['series']) == ['0', '1']\n"
                                "for g in ('0', '1'):\n"
                                "    assert np.array_equal(a[g]['0'][:], b[g]['0'][:]), g\n"
                                "    assert b[g].attrs['multiscales'][0]['version'] == '0.4'\n"
                                "print('OK')\n",
                                db_, out});
        QVERIFY2(v.out.trimmed() == "OK", qPrintable(v.out + v.err));
        // Refuses to overwrite.
        QCOMPARE(testutil::ouro({"export", db_, "--format", "ome-zarr", "--out", out}).exitCode, 1);
    }

    void exportSqliteCopy() {
        // A compacted copy: a sound .ouro in WAL mode with the same images, read the same by
        // zarr-python; never written over an existing file.
        const QString out = tmp_.filePath("copy.ouro");
        auto r = testutil::ouro({"export", db_, "--format", "sqlite", "--out", out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(testutil::ouro({"check", out}).exitCode, 0);
        QCOMPARE(testutil::ouro({"info", out, "--json"}).out, testutil::ouro({"info", db_, "--json"}).out.replace(db_, out));
        auto v = testutil::run(testutil::python(),
                               {"-c",
                                "import sys, sqlite3, zarr, numpy as np\n"
                                "assert sqlite3.connect(sys.argv[2]).execute('pragma journal_mode').fetchone()[0] == 'wal'\n"
                                "a = zarr.open(zarr.storage.SQLiteStore(sys.argv[1]), mode='r')\n"
                                "b = zarr.open(zarr.storage.SQLiteStore(sys.argv[2]), mode='r')\n"
                                "for g in ('0', '1'):\n"
                                "    assert np.array_equal(a[g]['0'][:], b[g]['0'][:]), g\n"
                                "print('OK')\n",
                                db_, out});
        QVERIFY2(v.out.trimmed() == "OK", qPrintable(v.out + v.err));
        const auto before = testutil::sha256(out);
        r = testutil::ouro({"export", db_, "--format", "sqlite", "--out", out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("already exists"), qPrintable(r.err));
        QCOMPARE(testutil::sha256(out), before);
    }

    void exportSqliteSubsets() {
        // ExampleHuman with its nuclei, linked Nuclei rows and an unlinked Experiment table, plus a
        // z-series: subsets by image, by table and by filter are sound .ouro files with what was asked.
        const QString db = tmp_.filePath("subset-src.ouro");
        QVERIFY(testutil::makeExampleHuman(db));
        auto r = testutil::ouro({"import", testutil::data("examplehuman/Nuclei.csv"), "--into", db, "--link-labels", "nuclei"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(testutil::ouro({"import", testutil::data("examplehuman/Experiment.csv"), "--into", db}).exitCode, 0);
        QCOMPARE(testutil::ouro({"import", testutil::data("ome_samples/z-series.ome.tiff"), "--into", db}).exitCode, 0);

        // Image 1 alone: its pixels, no nuclei rows (they are image 0's objects), the unlinked table.
        const QString one = tmp_.filePath("subset-image1.ouro");
        r = testutil::ouro({"export", db, "--format", "sqlite", "--image", "1", "--out", one});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(testutil::ouro({"check", one}).exitCode, 0);
        QCOMPARE(testutil::infoNames(one, "images"), QStringList{"z-series.ome.tiff"});
        QCOMPARE(testutil::infoNames(one, "tables"), QStringList{"Experiment"});
        auto v = testutil::run(testutil::python(),
                               {"-c",
                                "import sys, json, zarr, numpy as np\n"
                                "a = zarr.open(zarr.storage.SQLiteStore(sys.argv[1]), mode='r')\n"
                                "b = zarr.open(zarr.storage.SQLiteStore(sys.argv[2]), mode='r')\n"
                                "assert b['OME'].attrs['series'] == ['1'], b['OME'].attrs['series']\n"
                                "assert '0' not in b, list(b.group_keys())\n"
                                "assert np.array_equal(a['1']['0'][:], b['1']['0'][:])\n"
                                "print('OK')\n",
                                db, one});
        QVERIFY2(v.out.trimmed() == "OK", qPrintable(v.out + v.err));

        // The Nuclei rows that match a filter, renumbered; the column copy agrees with the rows.
        const QString where = "AreaShape_Area > 150 OR Intensity_MeanIntensity_DNA < 0.18";
        const QString sub = tmp_.filePath("subset-filter.ouro");
        r = testutil::ouro({"export", db, "--format", "sqlite", "--table", "Nuclei", "--where", where, "--out", sub});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(testutil::ouro({"check", sub}).exitCode, 0);
        const QString want = tmp_.filePath("want.csv"), got = tmp_.filePath("got.csv");
        QCOMPARE(testutil::ouro({"export", db, "--format", "csv", "--table", "Nuclei", "--where", where, "--out", want}).exitCode, 0);
        QCOMPARE(testutil::ouro({"export", sub, "--format", "csv", "--table", "Nuclei", "--out", got}).exitCode, 0);
        QCOMPARE(testutil::sha256(got), testutil::sha256(want));
        const auto n = testutil::ouro({"query", sub, "SELECT COUNT(*), MIN(row_id), MAX(row_id) FROM Nuclei"}).out.split('\n');
        const auto links = testutil::ouro({"query", sub, "SELECT COUNT(DISTINCT row_id) FROM profile_link"}).out.split('\n');
        const int rows = n[1].split('\t')[0].toInt();
        QVERIFY(rows > 5 && rows < 289);
        QCOMPARE(n[1], QString("%1\t1\t%1").arg(rows));
        QCOMPARE(links[1].toInt(), rows); // each kept row still finds its nucleus
        // The sort and filter path reads the column copy: the same rows match a second filter.
        const auto count = [](const QString& file, const QString& expr) {
            return testutil::ouro({"query", file, "SELECT COUNT(*) FROM Nuclei WHERE " + expr}).out.split('\n')[1];
        };
        const auto filtered = testutil::ouro({"filter", sub, "--table", "Nuclei", "--where", "AreaShape_Area > 200"});
        QVERIFY2(filtered.out.contains(count(sub, "AreaShape_Area > 200") + " of " + QString::number(rows)),
                 qPrintable(filtered.out + filtered.err));
        r = testutil::ouro({"info", sub});
        QVERIFY(!r.out.contains("\"Experiment\""));

        // Refused: a filter without its table, an image that is not there; nothing is written.
        const QString bad = tmp_.filePath("subset-bad.ouro");
        QCOMPARE(testutil::ouro({"export", db, "--format", "sqlite", "--where", "x > 1", "--out", bad}).exitCode, 2);
        r = testutil::ouro({"export", db, "--format", "sqlite", "--image", "7", "--out", bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no image with id 7"), qPrintable(r.err));
        QVERIFY(!QFile::exists(bad));
        QVERIFY(QDir(tmp_.path()).entryList({"*.part-*"}).isEmpty());
    }

    void exportOmeTiffReadsInTifffile() {
        // Two channels with a 3-level pyramid (128-pixel chunks) and a 5-plane z-series, with
        // physical sizes set: tifffile finds OME-TIFFs with the same pixels at every level,
        // the same axes, channel names and physical sizes.
        const QString db = tmp_.filePath("tiff.ouro");
        QStringList args{"import"};
        args << testutil::exampleHumanChannels().mid(0, 2) << "--as-channels" << "--channel-names" << "DNA,PH3"
             << "--chunk" << "128" << "--into" << db;
        QCOMPARE(testutil::ouro(args).exitCode, 0);
        QCOMPARE(testutil::ouro({"import", testutil::data("ome_samples/z-series.ome.tiff"), "--into", db}).exitCode, 0);
        {
            ouro::sql::Db d(db.toStdString(), SQLITE_OPEN_READWRITE);
            d.exec("UPDATE image SET physical_size_x = 0.65, physical_size_x_unit = 'µm', physical_size_y = 0.65, "
                   "physical_size_y_unit = 'µm', physical_size_z = 2.5, physical_size_z_unit = 'µm' WHERE id = 1");
        }
        const QString out = tmp_.filePath("tiffs");
        auto r = testutil::ouro({"export", db, "--format", "ome-tiff", "--out", out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(out + "/0_AS_09125_050116030001_D03f00d0.ome.tif"));
        QVERIFY(QFile::exists(out + "/1_z-series.ome.tif"));
        QVERIFY(!QFile::exists(out + ".partial"));
        auto v = testutil::run(
            testutil::python(),
            {"-c",
             "import sys, tifffile, zarr, numpy as np\n"
             "root = zarr.open(zarr.storage.SQLiteStore(sys.argv[1]), mode='r')\n"
             "for path, image, axes, names, phys in ((sys.argv[2], '0', 'CYX', ['DNA', 'PH3'], None),\n"
             "                                       (sys.argv[3], '1', 'ZYX', [None], (0.65, 0.65, 2.5))):\n"
             "    with tifffile.TiffFile(path) as tf:\n"
             "        assert tf.is_ome, path\n"
             "        s = tf.series[0]\n"
             "        assert s.axes == axes, s.axes\n"
             "        g = root[image]\n"
             "        want = len([k for k in g.array_keys()])\n"
             "        assert len(s.levels) == want, (len(s.levels), want)\n"
             "        for l, level in enumerate(s.levels):\n"
             "            b = g[str(l)][:]\n"
             "            assert np.array_equal(level.asarray().reshape(b.shape), b), (path, l)\n"
             "        px = tifffile.xml2dict(tf.ome_metadata)['OME']['Image']['Pixels']\n"
             "        ch = px['Channel'] if isinstance(px['Channel'], list) else [px['Channel']]\n"
             "        assert [c.get('Name') for c in ch] == names, ch\n"
             "        if phys:\n"
             "            assert (px['PhysicalSizeX'], px['PhysicalSizeY'], px['PhysicalSizeZ']) == phys, px\n"
             "print('OK')\n",
             db, out + "/0_AS_09125_050116030001_D03f00d0.ome.tif", out + "/1_z-series.ome.tif"});
        QVERIFY2(v.out.trimmed() == "OK", qPrintable(v.out + v.err));
        // One image to one file; an existing name is refused.
        const QString one = tmp_.filePath("one.ome.tif");
        QCOMPARE(testutil::ouro({"export", db, "--format", "ome-tiff", "--out", one, "--image", "1"}).exitCode, 0);
        QVERIFY(QFile::exists(one));
        QCOMPARE(testutil::ouro({"export", db, "--format", "ome-tiff", "--out", one, "--image", "1"}).exitCode, 1);
        // BigTIFF on request (as it is past 2 GB): tifffile sees a BigTIFF with every level's pixels.
        const QString big = tmp_.filePath("big.ome.tif");
        r = testutil::ouro({"export", db, "--format", "ome-tiff", "--out", big, "--image", "0", "--bigtiff"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        v = testutil::run(testutil::python(),
                          {"-c",
                           "import sys, tifffile, zarr, numpy as np\n"
                           "g = zarr.open(zarr.storage.SQLiteStore(sys.argv[1]), mode='r')['0']\n"
                           "with tifffile.TiffFile(sys.argv[2]) as tf:\n"
                           "    assert tf.is_bigtiff and tf.is_ome\n"
                           "    s = tf.series[0]\n"
                           "    assert s.axes == 'CYX' and len(s.levels) == 3, (s.axes, len(s.levels))\n"
                           "    for l, level in enumerate(s.levels):\n"
                           "        b = g[str(l)][:]\n"
                           "        assert np.array_equal(level.asarray().reshape(b.shape), b), l\n"
                           "print('OK')\n",
                           db, big});
        QVERIFY2(v.out.trimmed() == "OK", qPrintable(v.out + v.err));
    }

    void importOmeZarr() {
        // A real OME-Zarr (bioformats2raw, blosc-lz4, "/" separator): the pixels zarr-python
        // reads, its physical size and channel.
        const QString db = tmp_.filePath("fromzarr.ouro");
        const QString src = testutil::data("omezarr/xy_8bit__nuclei_PLK1_control.ome.zarr");
        auto r = testutil::ouro({"import", src, "--into", db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("uint8 1x1x1x682x682"), qPrintable(r.out));
        const QString info = testutil::ouro({"info", db}).out;
        QVERIFY2(info.contains("physical size: x=0.166053 µm y=0.166053 µm"), qPrintable(info));
        QVERIFY2(info.contains("channel 0: \"Channel 0\" #808080"), qPrintable(info));
        const QString check = "import sys, zarr, numpy as np\n"
                              "a = zarr.open(zarr.storage.NestedDirectoryStore(sys.argv[1]), mode='r')\n"
                              "b = zarr.open(zarr.storage.SQLiteStore(sys.argv[2]), mode='r')\n"
                              "for src, dst in zip(sys.argv[3::2], sys.argv[4::2]):\n"
                              "    x, y = a[src][:], b[dst][:]\n"
                              "    assert np.array_equal(x.reshape(y.shape), y), src\n"
                              "print('OK')\n";
        auto v = testutil::run(testutil::python(), {"-c", check, src, db, "0", "0/0"});
        QVERIFY2(v.out.trimmed() == "OK", qPrintable(v.out + v.err));

        // Our own export comes back whole: images, channel names, labels and their objects.
        const QString labelled = tmp_.filePath("labelled.ouro");
        QVERIFY(testutil::makeExampleHuman(labelled));
        const QString dir = tmp_.filePath("labelled.ome.zarr");
        QCOMPARE(testutil::ouro({"export", labelled, "--format", "ome-zarr", "--out", dir}).exitCode, 0);
        const QString back = tmp_.filePath("back.ouro");
        r = testutil::ouro({"import", dir, "--into", back});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("labels \"nuclei\" of image 0, 289 objects"), qPrintable(r.out));
        v = testutil::run(testutil::python(), {"-c", check, dir, back, "0/0", "0/0", "0/labels/nuclei/0",
                                               "0/labels/nuclei/0"});
        QVERIFY2(v.out.trimmed() == "OK", qPrintable(v.out + v.err));
        QVERIFY(testutil::ouro({"info", back}).out.contains("channel 1: \"PH3\" #00FF00"));
        QCOMPARE(testutil::ouro({"check", back}).exitCode, 0);
        // Not an OME-Zarr: a clear error.
        r = testutil::ouro({"import", tmp_.path(), "--into", tmp_.filePath("none.ouro")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("is a directory (and not an OME-Zarr image)"), qPrintable(r.err));
    }

    void omeZarrBloscChunksAreCopied() {
        // A zarr-python OME-Zarr, blosc-zstd with bit shuffle, 2 channels of uint16 in 128 x 96
        // chunks (edge chunks included): level 0 keeps that chunking and every chunk's bytes; the
        // pixels read back the same, and a pyramid is still built. With --chunk it is made anew.
        const QString src = tmp_.filePath("zstd.ome.zarr");
        auto v = testutil::run(
            testutil::python(),
            {"-c",
             "import sys, zarr, numpy as np, numcodecs\n"
             "g = zarr.open_group(zarr.storage.NestedDirectoryStore(sys.argv[1]), mode='w')\n"
             "a = (np.arange(2 * 300 * 260, dtype=np.uint32).reshape(1, 2, 1, 300, 260) * 7919 % 65521).astype(np.uint16)\n"
             "g.create_dataset('0', data=a, chunks=(1, 1, 1, 128, 96), dimension_separator='/',\n"
             "                 compressor=numcodecs.Blosc(cname='zstd', clevel=3, shuffle=numcodecs.Blosc.BITSHUFFLE))\n"
             "axes = [{'name': 't', 'type': 'time'}, {'name': 'c', 'type': 'channel'}] + \\\n"
             "       [{'name': n, 'type': 'space', 'unit': 'micrometer'} for n in 'zyx']\n"
             "g.attrs['multiscales'] = [{'version': '0.4', 'axes': axes, 'datasets': [{'path': '0',\n"
             "    'coordinateTransformations': [{'type': 'scale', 'scale': [1, 1, 1, 0.5, 0.5]}]}]}]\n"
             "print('OK')\n",
             src});
        QVERIFY2(v.out.trimmed() == "OK", qPrintable(v.out + v.err));
        const QString db = tmp_.filePath("zstd.ouro");
        auto r = testutil::ouro({"import", src, "--into", db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(testutil::ouro({"check", db}).exitCode, 0);
        ouro::sql::Db d(db.toStdString(), SQLITE_OPEN_READONLY);
        QCOMPARE(d.scalarInt("SELECT chunk_y * 1000 + chunk_x FROM image"), int64_t(128096));
        QVERIFY(d.scalarInt("SELECT levels FROM image") >= 2);
        int same = 0;
        for (int c = 0; c < 2; ++c)
            for (int cy = 0; cy < 3; ++cy)
                for (int cx = 0; cx < 3; ++cx) {
                    QFile f(QString("%1/0/0/%2/0/%3/%4").arg(src).arg(c).arg(cy).arg(cx));
                    QVERIFY(f.open(QIODevice::ReadOnly));
                    const QByteArray want = f.readAll();
                    ouro::sql::Stmt q(d, "SELECT v FROM zarr WHERE k=?");
                    q.bind(1, QString("0/0/0/%1/0/%2/%3").arg(c).arg(cy).arg(cx).toStdString());
                    QVERIFY(q.step());
                    const auto got = q.getBlob(0);
                    same += QByteArray(reinterpret_cast<const char*>(got.data()), qsizetype(got.size())) == want;
                }
        QCOMPARE(same, 18);
        const QString check = "import sys, zarr, numpy as np\n"
                              "a = zarr.open(zarr.storage.NestedDirectoryStore(sys.argv[1]), mode='r')['0'][:]\n"
                              "b = zarr.open(zarr.storage.SQLiteStore(sys.argv[2]), mode='r')\n"
                              "assert np.array_equal(a, b['0/0'][:])\n"
                              "l1 = b['0/1'][:].astype(float)\n"
                              "assert l1.shape == (1, 2, 1, 150, 130), l1.shape\n"
                              "want = a[0, 1, 0, 0:2, 0:2].astype(float).mean()\n"
                              "assert abs(l1[0, 1, 0, 0, 0] - want) <= 0.5, (l1[0, 1, 0, 0, 0], want)\n"
                              "print('OK')\n";
        v = testutil::run(testutil::python(), {"-c", check, src, db});
        QVERIFY2(v.out.trimmed() == "OK", qPrintable(v.out + v.err));

        const QString mine = tmp_.filePath("zstd-256.ouro");
        r = testutil::ouro({"import", src, "--into", mine, "--chunk", "256"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        ouro::sql::Db m(mine.toStdString(), SQLITE_OPEN_READONLY);
        QCOMPARE(m.scalarInt("SELECT chunk_y FROM image"), int64_t(256));
        v = testutil::run(testutil::python(), {"-c", check, src, mine});
        QVERIFY2(v.out.trimmed() == "OK", qPrintable(v.out + v.err));
    }

    void exportOneImage() {
        const QString out = tmp_.filePath("one.ome.zarr");
        auto r = testutil::ouro({"export", db_, "--format", "ome-zarr", "--out", out, "--image", "1"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!QDir(out + "/0").exists());
        QVERIFY(QDir(out + "/1").exists());
        QFile xml(out + "/OME/METADATA.ome.xml");
        QVERIFY(xml.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(xml.readAll());
        QCOMPARE(text.count("<Image "), 1);
        QVERIFY(text.contains("z-series"));
    }

    void checkFindsProblems() {
        QCOMPARE(testutil::ouro({"check", db_}).out, QString("ok\n"));
        const QString bad = tmp_.filePath("broken.ouro");
        QVERIFY(QFile::copy(db_, bad));
        auto r = testutil::run(testutil::python(),
                               {"-c",
                                "import sqlite3, sys; d=sqlite3.connect(sys.argv[1]); "
                                "d.execute(\"delete from zarr where k='0/0/0/1/0/0/0'\"); "
                                "d.execute(\"insert into zarr values('7/.zgroup', x'7b7d')\"); d.commit()",
                                bad});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto c = testutil::ouro({"check", bad});
        QCOMPARE(c.exitCode, 1);
        QVERIFY2(c.out.contains("chunks stored"), qPrintable(c.out));
        QVERIFY2(c.out.contains("\"7/\""), qPrintable(c.out));
    }

    void benchReadTiles() {
        auto r = testutil::ouro({"bench", "read-tiles", db_, "--image", "0", "--n", "50", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o["chunks"].toInt(), 50);
        QVERIFY(o["p50_ms"].toDouble() > 0);
        QVERIFY(o["p99_ms"].toDouble() >= o["p50_ms"].toDouble());
        QVERIFY(o["mb_per_s"].toDouble() > 0);
    }

    // The Python example in docs/file-format.md must keep working.
    void fileFormatDocExampleRuns() {
        QFile doc(testutil::source("docs/file-format.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        const qsizetype start = text.indexOf("```python\n");
        QVERIFY(start >= 0);
        const qsizetype end = text.indexOf("```", start + 10);
        QString code = text.mid(start + 10, end - start - 10);
        QVERIFY(code.contains("path = \"demo.ouro\""));
        code.replace("path = \"demo.ouro\"", "import sys\npath = sys.argv[1]");
        code += "\nassert tile.shape == (512, 512) and thumb.shape == (3, 512, 512)\nprint('DOC-OK')\n";
        auto r = testutil::run(testutil::python(), {"-c", code, db_});
        QVERIFY2(r.exitCode == 0 && r.out.contains("DOC-OK"), qPrintable(r.out + r.err));
        QVERIFY(r.out.contains("0 ExampleHuman 3 512 512"));
    }

    void pagesAsOption() {
        const QString src = tmp_.filePath("pages.tif");
        auto g = testutil::run(testutil::python(),
                               {"-c",
                                "import sys, numpy as np, tifffile\n"
                                "with tifffile.TiffWriter(sys.argv[1]) as w:\n"
                                "    for i in range(4): w.write(np.full((20, 30), i, np.uint8), metadata=None)\n",
                                src});
        QVERIFY2(g.exitCode == 0, qPrintable(g.err));
        for (auto [opt, axis] : {std::pair{"z", "z"}, {"t", "t"}, {"c", "c"}}) {
            const QString db = tmp_.filePath(QString("pages_%1.ouro").arg(opt));
            auto r = testutil::ouro({"import", src, "--into", db, "--pages-as", opt});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            auto info = QJsonDocument::fromJson(testutil::ouro({"info", db, "--json"}).out.toUtf8()).object();
            QCOMPARE(info["images"].toArray()[0].toObject()["size"].toObject()[axis].toInt(), 4);
        }
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
