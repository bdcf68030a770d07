#include "vtkhost.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSettings>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QTimer>
#include <QWheelEvent>

#include <vtkCallbackCommand.h>
#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkInteractorStyleTrackballCamera.h>
#include <vtkOpenGLState.h>
#include <vtkRenderer.h>
#include <vtkVersion.h>

namespace ouro::widgets {

QSurfaceFormat VtkHost::defaultFormat() {
    QSurfaceFormat f;
    f.setRenderableType(QSurfaceFormat::OpenGL);
    f.setVersion(3, 2);
    f.setProfile(QSurfaceFormat::CoreProfile);
    f.setSwapBehavior(QSurfaceFormat::DoubleBuffer);
    f.setRedBufferSize(8);
    f.setGreenBufferSize(8);
    f.setBlueBufferSize(8);
    f.setAlphaBufferSize(8);
    f.setDepthBufferSize(24);
    f.setStencilBufferSize(0);
    f.setSamples(0); // VTK does its own multisampling
    return f;
}

bool VtkHost::available() { return QGuiApplication::platformName() == QLatin1String("xcb"); }

QString VtkHost::vtkVersionString() { return QString::fromLatin1(vtkVersion::GetVTKVersion()); }

VtkHost::VtkHost(QWidget* parent) : QOpenGLWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(160, 120);
    window_ = vtkSmartPointer<vtkGenericOpenGLRenderWindow>::New();
    window_->SetReadyForRendering(false);
    window_->SetFrameBlitModeToNoBlit();
    window_->SetMultiSamples(0);
    renderer_ = vtkSmartPointer<vtkRenderer>::New();
    renderer_->SetBackground(0.08, 0.08, 0.1);
    window_->AddRenderer(renderer_);
    interactor_ = vtkSmartPointer<vtkGenericRenderWindowInteractor>::New();
    interactor_->SetRenderWindow(window_);
    interactor_->EnableRenderOff(); // interaction asks for renders; paintGL does them (update())
    vtkNew<vtkInteractorStyleTrackballCamera> style;
    interactor_->SetInteractorStyle(style);
    interactor_->Initialize();

    vtkNew<vtkCallbackCommand> cb;
    cb->SetClientData(this);
    cb->SetCallback(&VtkHost::vtkEvent);
    window_->AddObserver(vtkCommand::WindowMakeCurrentEvent, cb);
    window_->AddObserver(vtkCommand::WindowIsCurrentEvent, cb);
    window_->AddObserver(vtkCommand::WindowFrameEvent, cb);
    interactor_->AddObserver(vtkCommand::CreateTimerEvent, cb);
    interactor_->AddObserver(vtkCommand::DestroyTimerEvent, cb);
}

VtkHost::~VtkHost() {
    makeCurrent();
    cleanupContext();
    if (context())
        disconnect(context(), nullptr, this, nullptr);
    doneCurrent();
    interactor_->RemoveAllObservers();
    window_->RemoveAllObservers();
    for (auto& [id, t] : timers_)
        delete t;
}

vtkGenericOpenGLRenderWindow* VtkHost::renderWindow() const { return window_; }
vtkGenericRenderWindowInteractor* VtkHost::interactor() const { return interactor_; }
vtkRenderer* VtkHost::renderer() const { return renderer_; }

void VtkHost::render() { update(); }

QImage VtkHost::snapshot() { return grabFramebuffer(); }

QString VtkHost::saveSnapshot(const QString& title, const QString& fileName) {
    QSettings s;
    const QString f = QFileDialog::getSaveFileName(this, title, s.value("snapshot/folder").toString() + "/" + fileName,
                                                   tr("PNG images (*.png)"));
    if (f.isEmpty())
        return {};
    s.setValue("snapshot/folder", QFileInfo(f).absolutePath());
    return snapshot().save(f, "PNG") ? QString() : tr("Could not write %1").arg(f);
}

void VtkHost::vtkEvent(vtkObject*, unsigned long event, void* self, void* callData) {
    static_cast<VtkHost*>(self)->onVtkEvent(event, callData);
}

void VtkHost::onVtkEvent(unsigned long event, void* callData) {
    switch (event) {
    case vtkCommand::WindowMakeCurrentEvent:
        // Not QOpenGLWidget::makeCurrent(): that binds Qt's framebuffer behind VTK's cached
        // state, and the widget comes out black.
        if (QOpenGLContext* ctx = context())
            ctx->makeCurrent(ctx->surface());
        break;
    case vtkCommand::WindowIsCurrentEvent: {
        QOpenGLContext* ctx = context();
        *static_cast<bool*>(callData) =
            ctx && QOpenGLContext::currentContext() == ctx && ctx->surface() == QOpenGLContext::currentContext()->surface();
        break;
    }
    case vtkCommand::WindowFrameEvent:
        if (!painting_)
            update();
        break;
    case vtkCommand::CreateTimerEvent: {
        // VTK asks for a timer (charts animate with them): back it with a QTimer.
        const int id = interactor_->GetTimerEventId();
        const int kind = interactor_->GetTimerEventType();
        const int ms = int(interactor_->GetTimerEventDuration());
        auto* t = new QTimer(this);
        t->setSingleShot(kind == vtkRenderWindowInteractor::OneShotTimer);
        connect(t, &QTimer::timeout, this, [this, id] {
            interactor_->SetTimerEventId(id);
            interactor_->InvokeEvent(vtkCommand::TimerEvent, &const_cast<int&>(id));
        });
        timers_[id] = t;
        t->start(std::max(1, ms));
        *static_cast<int*>(callData) = 1;
        break;
    }
    case vtkCommand::DestroyTimerEvent: {
        const int id = interactor_->GetTimerEventId();
        if (auto it = timers_.find(id); it != timers_.end()) {
            it->second->deleteLater();
            timers_.erase(it);
        }
        *static_cast<int*>(callData) = 1;
        break;
    }
    default: break;
    }
}

void VtkHost::initializeGL() {
    window_->SetReadyForRendering(true);
    window_->SetOwnContext(false);
    window_->OpenGLInitContext(); // GLEW on Qt's current context
    if (auto* state = window_->GetState())
        state->Reset();
    connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, &VtkHost::cleanupContext, Qt::UniqueConnection);
    const qreal dpr = devicePixelRatioF();
    interactor_->UpdateSize(int(width() * dpr), int(height() * dpr));
}

void VtkHost::cleanupContext() {
    if (window_ && window_->GetReadyForRendering()) {
        renderer_->ReleaseGraphicsResources(window_);
        window_->Finalize();
        window_->SetReadyForRendering(false);
    }
}

void VtkHost::resizeGL(int w, int h) {
    const qreal dpr = devicePixelRatioF();
    interactor_->UpdateSize(std::max(1, int(w * dpr * scale_)), std::max(1, int(h * dpr * scale_)));
}

void VtkHost::setRenderScale(double scale) {
    if (scale == scale_)
        return;
    scale_ = scale;
    const qreal dpr = devicePixelRatioF();
    interactor_->UpdateSize(std::max(1, int(width() * dpr * scale_)), std::max(1, int(height() * dpr * scale_)));
}

void VtkHost::paintGL() {
    if (!window_->GetReadyForRendering())
        return;
    painting_ = true;
    vtkOpenGLState* state = window_->GetState();
    state->Reset();
    state->Push();
    window_->Render(); // VTK draws into its own framebuffer
    // ... and its picture goes into Qt's.
    const qreal dpr = devicePixelRatioF();
    const int w = int(width() * dpr), h = int(height() * dpr);
    const int* size = window_->GetSize(); // smaller than the widget while a drag renders coarsely
    state->vtkglBindFramebuffer(GL_DRAW_FRAMEBUFFER, defaultFramebufferObject());
    window_->BlitDisplayFramebuffer(0, 0, 0, size[0], size[1], 0, 0, w, h, GL_COLOR_BUFFER_BIT, GL_LINEAR);
    // Opaque, whatever VTK left in alpha (Qt composes the widget with it).
    state->vtkglColorMask(false, false, false, true);
    state->vtkglClearColor(0, 0, 0, 1);
    state->vtkglClear(GL_COLOR_BUFFER_BIT);
    state->Pop();
    painting_ = false;
}

bool VtkHost::forwardMouse(QMouseEvent* e, unsigned long event) {
    if (e->type() == QEvent::MouseButtonPress && interactiveScale_ < 1)
        setRenderScale(interactiveScale_); // coarse while the button is held
    const qreal dpr = devicePixelRatioF() * scale_;
    const QPointF p = e->position();
    interactor_->SetEventInformationFlipY(int(p.x() * dpr), int(p.y() * dpr),
                                          (e->modifiers() & Qt::ControlModifier) ? 1 : 0,
                                          (e->modifiers() & Qt::ShiftModifier) ? 1 : 0, 0,
                                          event == vtkCommand::LeftButtonPressEvent && e->type() == QEvent::MouseButtonDblClick);
    interactor_->SetAltKey((e->modifiers() & Qt::AltModifier) ? 1 : 0);
    interactor_->InvokeEvent(event, e);
    if (e->type() == QEvent::MouseButtonRelease && e->buttons() == Qt::NoButton)
        setRenderScale(1.0); // the still frame in full
    update();
    return true;
}

void VtkHost::mousePressEvent(QMouseEvent* e) {
    forwardMouse(e, e->button() == Qt::LeftButton    ? vtkCommand::LeftButtonPressEvent
                    : e->button() == Qt::RightButton ? vtkCommand::RightButtonPressEvent
                                                     : vtkCommand::MiddleButtonPressEvent);
}

void VtkHost::mouseReleaseEvent(QMouseEvent* e) {
    forwardMouse(e, e->button() == Qt::LeftButton    ? vtkCommand::LeftButtonReleaseEvent
                    : e->button() == Qt::RightButton ? vtkCommand::RightButtonReleaseEvent
                                                     : vtkCommand::MiddleButtonReleaseEvent);
}

void VtkHost::mouseDoubleClickEvent(QMouseEvent* e) {
    if (e->button() == Qt::LeftButton)
        forwardMouse(e, vtkCommand::LeftButtonPressEvent);
}

void VtkHost::mouseMoveEvent(QMouseEvent* e) { forwardMouse(e, vtkCommand::MouseMoveEvent); }

void VtkHost::wheelEvent(QWheelEvent* e) {
    const qreal dpr = devicePixelRatioF() * scale_;
    const QPointF p = e->position();
    interactor_->SetEventInformationFlipY(int(p.x() * dpr), int(p.y() * dpr),
                                          (e->modifiers() & Qt::ControlModifier) ? 1 : 0,
                                          (e->modifiers() & Qt::ShiftModifier) ? 1 : 0);
    const int delta = e->angleDelta().y();
    if (delta > 0)
        interactor_->InvokeEvent(vtkCommand::MouseWheelForwardEvent, e);
    else if (delta < 0)
        interactor_->InvokeEvent(vtkCommand::MouseWheelBackwardEvent, e);
    e->accept();
    update();
}

void VtkHost::enterEvent(QEnterEvent* e) {
    interactor_->InvokeEvent(vtkCommand::EnterEvent, e);
    QOpenGLWidget::enterEvent(e);
}

void VtkHost::leaveEvent(QEvent* e) {
    interactor_->InvokeEvent(vtkCommand::LeaveEvent, e);
    QOpenGLWidget::leaveEvent(e);
}

} // namespace ouro::widgets
