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

    vtkGenericOpenGLRenderWindow* renderWindow() const;
    vtkGenericRenderWindowInteractor* interactor() const;
    /** The renderer the widget made (more can be added to the render window). */
    vtkRenderer* renderer() const;
    /** Renders now if the widget is visible, else at its next paint. */
    void render();
    /** The widget's pixels as last drawn (a render if need be). */
    QImage snapshot();

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
    unsigned long observers_[5] = {};
};

} // namespace ouro::widgets
