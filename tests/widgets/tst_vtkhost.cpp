// The VTK host widget: it draws what VTK renders (not a blank or black widget),
// follows resizes, passes mouse drags to VTK's interactor, and survives being
// closed, reopened and made again. Needs X (xcb): skips cleanly elsewhere.
#include "vtkhost.h"

#include <QApplication>
#include <QTest>

#include <vtkActor.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkCamera.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkSphereSource.h>

using ouro::widgets::VtkHost;

namespace {

/** A red sphere in the middle of the host's scene. */
void addSphere(VtkHost& host) {
    vtkNew<vtkSphereSource> sphere;
    sphere->SetThetaResolution(32);
    sphere->SetPhiResolution(32);
    vtkNew<vtkPolyDataMapper> mapper;
    mapper->SetInputConnection(sphere->GetOutputPort());
    vtkNew<vtkActor> actor;
    actor->SetMapper(mapper);
    actor->GetProperty()->SetColor(1, 0, 0);
    actor->GetProperty()->SetAmbient(0.6);
    host.renderer()->AddActor(actor);
    host.renderer()->ResetCamera();
}

/** Share of pixels that are clearly red (the sphere). */
double redShare(const QImage& img) {
    int red = 0;
    for (int y = 0; y < img.height(); y += 2)
        for (int x = 0; x < img.width(); x += 2) {
            const QColor c = img.pixelColor(x, y);
            red += c.red() > 100 && c.green() < 60 && c.blue() < 60;
        }
    return double(red) / double((img.height() / 2) * (img.width() / 2));
}

} // namespace

class TstVtkHost : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        if (!VtkHost::available())
            QSKIP("needs an X display with GLX (run under xvfb-run)");
    }

    void drawsTheScene() {
        VtkHost host;
        host.resize(320, 240);
        addSphere(host);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        const QImage img = host.snapshot();
        if (const QString dir = qEnvironmentVariable("OURO_TEST_SCREENSHOTS"); !dir.isEmpty())
            img.save(dir + "/vtkhost-sphere.png");
        QCOMPARE(img.size(), QSize(320, 240) * host.devicePixelRatio());
        const QColor centre = img.pixelColor(img.width() / 2, img.height() / 2);
        QVERIFY2(centre.red() > 100 && centre.green() < 60, qPrintable(centre.name()));
        const QColor corner = img.pixelColor(2, 2); // the background
        QVERIFY2(corner.red() < 60 && corner.blue() < 60, qPrintable(corner.name()));
        const double share = redShare(img);
        QVERIFY2(share > 0.1 && share < 0.9, qPrintable(QString::number(share)));
        QCOMPARE(img.pixelColor(5, 5).alpha(), 255); // opaque, whatever VTK leaves in alpha
    }

    void followsResizes() {
        VtkHost host;
        host.resize(200, 200);
        addSphere(host);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        const double before = redShare(host.snapshot());
        host.resize(400, 200); // wider: the sphere keeps its height, so it covers less of the width
        QTRY_COMPARE(host.snapshot().width(), int(400 * host.devicePixelRatio()));
        const QImage wide = host.snapshot();
        QVERIFY(wide.pixelColor(wide.width() / 2, wide.height() / 2).red() > 100);
        const double after = redShare(wide);
        QVERIFY2(after < before * 0.8 && after > 0.05, qPrintable(QString("%1 -> %2").arg(before).arg(after)));
    }

    void mouseDragRotatesTheCamera() {
        VtkHost host;
        host.resize(300, 300);
        addSphere(host);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        double before[3], after[3];
        host.renderer()->GetActiveCamera()->GetPosition(before);
        QTest::mousePress(&host, Qt::LeftButton, {}, QPoint(150, 150));
        for (int x = 150; x <= 250; x += 10) {
            QMouseEvent move(QEvent::MouseMove, QPointF(x, 150), host.mapToGlobal(QPointF(x, 150)), Qt::NoButton,
                             Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&host, &move);
        }
        QTest::mouseRelease(&host, Qt::LeftButton, {}, QPoint(250, 150));
        host.renderer()->GetActiveCamera()->GetPosition(after);
        const double moved = std::abs(after[0] - before[0]) + std::abs(after[2] - before[2]);
        QVERIFY2(moved > 0.1, qPrintable(QString::number(moved)));
        // The wheel zooms: the camera comes closer.
        const double d0 = host.renderer()->GetActiveCamera()->GetDistance();
        QWheelEvent wheel(QPointF(150, 150), host.mapToGlobal(QPointF(150, 150)), {}, QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&host, &wheel);
        QVERIFY(host.renderer()->GetActiveCamera()->GetDistance() < d0);
        QVERIFY(redShare(host.snapshot()) > 0.1);
    }

    void dragsRenderCoarselyWhenAsked() {
        // With an interactive scale of 0.5, VTK renders half the pixels while a button is held
        // (still showing the scene over the whole widget), and all of them after the release.
        VtkHost host;
        host.resize(300, 200);
        host.setInteractiveScale(0.5);
        addSphere(host);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        const qreal dpr = host.devicePixelRatio();
        QCOMPARE(host.renderWindow()->GetSize()[0], int(300 * dpr));
        QTest::mousePress(&host, Qt::LeftButton, {}, QPoint(150, 100));
        QCOMPARE(host.renderWindow()->GetSize()[0], int(150 * dpr));
        QCOMPARE(host.renderWindow()->GetSize()[1], int(100 * dpr));
        const QImage coarse = host.snapshot();
        QCOMPARE(coarse.width(), int(300 * dpr));
        const double share = redShare(coarse);
        QVERIFY2(share > 0.1 && share < 0.9, qPrintable(QString::number(share)));
        QTest::mouseRelease(&host, Qt::LeftButton, {}, QPoint(150, 100));
        QCOMPARE(host.renderWindow()->GetSize()[0], int(300 * dpr));
        QVERIFY(std::abs(redShare(host.snapshot()) - share) < 0.05); // the same picture, finer
    }

    void survivesCloseReopenAndRecreate() {
        for (int round = 0; round < 3; ++round) {
            auto host = std::make_unique<VtkHost>();
            host->resize(160, 160);
            addSphere(*host);
            host->show();
            QVERIFY(QTest::qWaitForWindowExposed(host.get()));
            QVERIFY(redShare(host->snapshot()) > 0.1);
            host->close();
            host->show(); // reopened: a new native window and context
            QVERIFY(QTest::qWaitForWindowExposed(host.get()));
            QVERIFY2(redShare(host->snapshot()) > 0.1, qPrintable(QString("round %1").arg(round)));
        }
    }
};

int main(int argc, char** argv) {
    QSurfaceFormat::setDefaultFormat(VtkHost::defaultFormat()); // before the QApplication, as VTK needs
    QApplication app(argc, argv);
    TstVtkHost t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_vtkhost.moc"
