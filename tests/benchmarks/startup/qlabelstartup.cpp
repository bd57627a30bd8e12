// The baseline for `randnotiz --benchmark-startup`: a plain Qt Widgets program that shows the same file in a
// QLabel, quits after its first paint and prints the milliseconds since the process started.
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QScrollArea>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {

double millisecondsSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    timespec now {};
    if (fields.size() <= 19 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const double started = fields.at(19).toDouble() * 1000.0 / double(sysconf(_SC_CLK_TCK));
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6 - started;
}

class FirstPaint final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // Print after this paint has finished, like randnotiz does.
            QTimer::singleShot(0, qApp, [] {
                std::printf("%.1f\n", millisecondsSinceProcessStart());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_qlabelstartup FILE\n");
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot open %s\n", argv[1]);
        return 1;
    }
    QScrollArea scroll;
    auto *label = new QLabel;
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setText(QString::fromUtf8(file.readAll()));
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    scroll.setWidgetResizable(true);
    scroll.setWidget(label);
    FirstPaint probe;
    label->installEventFilter(&probe);
    scroll.resize(1180, 780);
    scroll.show();
    return QApplication::exec();
}
