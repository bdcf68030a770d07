#pragma once
// A QOpenGLWidget that hosts a VTK render window. Debian 12's VTK 9.1 Qt glue is
// built for Qt 5, so this widget does what QVTKOpenGLNativeWidget does: VTK
// draws into its own framebuffer on this widget's context, and paintGL blits it
// into Qt's. Mouse and wheel events go to VTK's interactor; key events do not
// (VTK's defaults would quit the program on 'q'). The 3D view and the plots are
// built on it. Needs an X display (GLX); QT_QPA_PLATFORM=offscreen cannot host it.

#include <QOpenGLWidget>
#include <QSurfaceFormat>

#include <vtkNew.h>
#include <vtkSmartPointer.h>

#include <algorithm>
#include <map>

class QTimer;
class vtkGenericOpenGLRenderWindow;
class vtkGenericRenderWindowInteractor;
class vtkObject;
class vtkRenderer;

namespace ouro::widgets {

class VtkHost : public QOpenGLWidget {
    Q_OBJECT
public:
    explicit VtkHost(QWidget* parent = nullptr);
    ~VtkHost() override;

    /**
     * The surface format VTK needs (OpenGL 3.2 core, no multisampling): set it
     * with QSurfaceFormat::setDefaultFormat before the QApplication is made.
     */
    static QSurfaceFormat defaultFormat();
    /** True when the platform can host VTK (xcb with GLX); tests skip otherwise. */
    static bool available();
    /** The VTK version linked at run time ("9.1.0"), for Help → About. */
    static QString vtkVersionString();

    vtkGenericOpenGLRenderWindow* renderWindow() const;
    vtkGenericRenderWindowInteractor* interactor() const;
    /** The renderer the widget made (more can be added to the render window). */
    vtkRenderer* renderer() const;
    /** Renders now if the widget is visible, else at its next paint. */
    void render();
    /** The widget's pixels as last drawn (a render if need be). */
    QImage snapshot();
    /**
     * Asks where to save a PNG of the view (starting in the folder last used, with
     * fileName) and writes it. Returns an error message, or "" (also when cancelled).
     */
    QString saveSnapshot(const QString& title, const QString& fileName);
    /**
     * While a mouse button is held (rotating, panning), VTK renders at this
     * fraction of the widget's resolution and the picture is scaled up; 1 (the
     * default) renders in full. Software GL pays per pixel, so 0.5 draws about
     * four times faster; the frame after the drag is drawn in full again.
     */
    void setInteractiveScale(double scale) { interactiveScale_ = std::clamp(scale, 0.1, 1.0); }

protected:
    void initializeGL() override;
    void resizeGL(int w, int h) override;
    void paintGL() override;
    void mousePressEvent(QMouseEvent* e) override;
    void mouseMoveEvent(QMouseEvent* e) override;
    void mouseReleaseEvent(QMouseEvent* e) override;
    void mouseDoubleClickEvent(QMouseEvent* e) override;
    void wheelEvent(QWheelEvent* e) override;
    void enterEvent(QEnterEvent* e) override;
    void leaveEvent(QEvent* e) override;

private:
    static void vtkEvent(vtkObject* caller, unsigned long event, void* self, void* callData);
    void onVtkEvent(unsigned long event, void* callData);
    void cleanupContext();
    bool forwardMouse(QMouseEvent* e, unsigned long event);

    vtkSmartPointer<vtkGenericOpenGLRenderWindow> window_;
    vtkSmartPointer<vtkGenericRenderWindowInteractor> interactor_;
    vtkSmartPointer<vtkRenderer> renderer_;
    std::map<int, QTimer*> timers_; ///< VTK's timers (charts use them), backed by QTimer
    bool painting_ = false;
    double interactiveScale_ = 1.0;
    double scale_ = 1.0; ///< the resolution VTK renders at now (interactiveScale_ while a button is held)
    void setRenderScale(double scale);
};

} // namespace ouro::widgets
