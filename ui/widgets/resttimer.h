#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace ft::ui {

// The rest between two sets: a countdown started when a set is confirmed, shown as "Rest 1:30",
// with −15 s / +15 s buttons (Ctrl+- and Ctrl++ while the page has the focus). At zero it beeps,
// flashes and raises a desktop notification where the system has one (zeroReached). The time
// is read from a monotonic clock, so a suspended event loop or a changed wall clock cannot
// shift it.
class RestTimer : public QWidget
{
    Q_OBJECT

public:
    explicit RestTimer(QWidget *parent = nullptr);

    // Starts counting down `seconds` (0 or less: stops).
    void start(int seconds);
    void stop();
    void adjust(int seconds);
    bool isRunning() const { return m_running; }
    // Seconds left, rounded up (0 when stopped or through).
    int remainingSeconds() const;
    // "Rest 1:30", "Rest over", or empty when stopped: what the status bar shows.
    QString text() const;

signals:
    // The text changed (every second while running); empty when stopped.
    void textChanged(const QString &text);
    void zeroReached();

private:
    void tick();
    void notifyZero();

    QLabel *m_label;
    QPushButton *m_minus;
    QPushButton *m_plus;
    QTimer *m_ticker;
    QTimer *m_flash;
    QElapsedTimer m_clock;
    qint64 m_totalMs = 0;
    bool m_running = false;
    bool m_over = false;
    int m_flashesLeft = 0;
};

} // namespace ft::ui
