#include "resttimer.h"

#include "core/plan/plannedvalues.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QTimer>

namespace ft::ui {

namespace {
constexpr int adjustStepS = 15;
constexpr int flashCount = 6; // three on/off blinks
} // namespace

RestTimer::RestTimer(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_minus(new QPushButton(tr("−15 s"), this))
    , m_plus(new QPushButton(tr("+15 s"), this))
    , m_ticker(new QTimer(this))
    , m_flash(new QTimer(this))
{
    setObjectName(QStringLiteral("restTimer"));
    m_label->setObjectName(QStringLiteral("restTimerLabel"));
    m_label->setAccessibleName(tr("Rest timer"));
    m_label->setMinimumWidth(m_label->fontMetrics().horizontalAdvance(tr("Rest over")) + 16);
    m_label->setAutoFillBackground(true);
    m_minus->setObjectName(QStringLiteral("restMinusButton"));
    m_minus->setAccessibleName(tr("Rest 15 seconds shorter"));
    m_minus->setToolTip(tr("Rest 15 seconds shorter (Ctrl+-)"));
    m_minus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    m_plus->setObjectName(QStringLiteral("restPlusButton"));
    m_plus->setAccessibleName(tr("Rest 15 seconds longer"));
    m_plus->setToolTip(tr("Rest 15 seconds longer (Ctrl++)"));
    m_plus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_minus);
    layout->addWidget(m_plus);
    connect(m_minus, &QPushButton::clicked, this, [this] { adjust(-adjustStepS); });
    connect(m_plus, &QPushButton::clicked, this, [this] { adjust(adjustStepS); });
    // Ticks faster than once a second so that the shown second changes on time.
    m_ticker->setInterval(200);
    connect(m_ticker, &QTimer::timeout, this, &RestTimer::tick);
    m_flash->setInterval(250);
    connect(m_flash, &QTimer::timeout, this, [this] {
        m_label->setBackgroundRole(m_flashesLeft % 2 ? QPalette::Highlight : QPalette::Window);
        m_label->setForegroundRole(m_flashesLeft % 2 ? QPalette::HighlightedText
                                                     : QPalette::WindowText);
        if (--m_flashesLeft <= 0)
            m_flash->stop();
    });
    stop();
}

void RestTimer::start(int seconds)
{
    if (seconds <= 0) {
        stop();
        return;
    }
    m_totalMs = qint64(seconds) * 1000;
    m_clock.start();
    m_running = true;
    m_over = false;
    m_ticker->start();
    m_minus->setEnabled(true);
    m_plus->setEnabled(true);
    tick();
}

void RestTimer::stop()
{
    m_running = false;
    m_over = false;
    m_ticker->stop();
    m_minus->setEnabled(false);
    m_plus->setEnabled(false);
    m_label->setText(tr("Rest: —"));
    emit textChanged(QString());
}

void RestTimer::adjust(int seconds)
{
    if (!m_running)
        return;
    m_totalMs = qMax<qint64>(m_clock.elapsed(), m_totalMs + qint64(seconds) * 1000);
    tick();
}

int RestTimer::remainingSeconds() const
{
    if (!m_running)
        return 0;
    const qint64 left = m_totalMs - m_clock.elapsed();
    return left <= 0 ? 0 : int((left + 999) / 1000);
}

QString RestTimer::text() const
{
    if (!m_running)
        return {};
    if (m_over)
        return tr("Rest over");
    return tr("Rest %1").arg(core::plan::formatRest(remainingSeconds()));
}

void RestTimer::tick()
{
    if (!m_running)
        return;
    if (!m_over && remainingSeconds() == 0) {
        m_over = true;
        m_ticker->stop();
        notifyZero();
    }
    const QString shown = text();
    if (shown != m_label->text()) {
        m_label->setText(shown);
        emit textChanged(shown);
    }
}

void RestTimer::notifyZero()
{
    QApplication::beep();
    m_flashesLeft = flashCount;
    m_flash->start();
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        static QSystemTrayIcon *tray = nullptr;
        if (!tray) {
            tray = new QSystemTrayIcon(QApplication::windowIcon(), qApp);
            tray->show();
        }
        tray->showMessage(tr("FitnessTrack"), tr("Rest over: time for the next set."));
    }
    emit zeroReached();
}

} // namespace ft::ui
