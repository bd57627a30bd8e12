// FakeWikiServer: a QTcpServer on 127.0.0.1 that answers like the Wikimedia REST summary API, including its
// faults, and records every request it got and how many it handled at once. A test can hold the answers back
// until it releases them, so that "while the request is in flight" lasts exactly as long as the test needs.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTcpServer>

class QTcpSocket;

namespace Randnotiz::Test {

class FakeWikiServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeWikiServer)

public:
    enum class Behaviour {
        Ok, // 200 with the Summary JSON, ETag and Cache-Control; 304 on a matching If-None-Match
        Disambiguation, // 200, type "disambiguation"
        NotFound, // 404 application/problem+json
        Redirect, // 302 with Page::location (relative, percent-encoded)
        RateLimited, // 429 with Retry-After: Page::retryAfter, Page::failures times, then Ok
        ServerError, // 500 Page::failures times, then Ok
        SlowDrip, // 200 headers, then one byte every 200 ms, never done
        Reset, // the connection is reset without an answer
        BrokenJson, // 200 with a body that is not JSON
        Oversized, // 200 with a 2 MB body and no Content-Length
        OversizedDeclared // 200 declaring a 2 MB Content-Length
    };

    struct Page
    {
        Behaviour behaviour = Behaviour::Ok;
        QString description = QStringLiteral("Testseite");
        QString extract; // default: "<title> ist eine Testseite."
        QString extractHtml; // default: extract in <p>, with a <b> around the title
        QByteArray location; // for Redirect
        int failures = -1; // for RateLimited / ServerError: -1 = always
        QByteArray retryAfter = "1"; // for RateLimited
        QString thumbnail; // absolute thumbnail URL, or "local" for one on this server
        QByteArray etag; // default: W/"<pageid>/<tid>"
        QHash<QString, QString> languageLinks; // language code -> title, for /w/rest.php/v1/.../links/language
        bool gzip = false; // answer with Content-Encoding: gzip when the client accepts it
    };

    struct Request
    {
        QByteArray method;
        QByteArray target; // the raw request target, exactly as sent
        QHash<QByteArray, QByteArray> headers; // names in lower case
        qint64 atMs = 0; // since the server started
    };

    explicit FakeWikiServer(QObject *parent = nullptr);
    ~FakeWikiServer() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QString origin() const; // http://127.0.0.1:PORT
    QString baseTemplate() const; // http://127.0.0.1:PORT/{lang}/api/rest_v1

    // Pages are found by language and decoded title (spaces, not underscores).
    void addPage(const QString &lang, const QString &title, const Page &page);
    void addPage(const QString &lang, const QString &title) { addPage(lang, title, Page()); }
    void setLatencyMs(int ms) { m_latencyMs = ms; }
    // While holding, requests are recorded (and requestReceived emitted) but not answered; releaseHeld()
    // answers those held so far, setHoldResponses(false) answers them and stops holding.
    void setHoldResponses(bool hold);
    void releaseHeld();
    // Held requests whose client is still connected.
    int heldResponses() const;

    QList<Request> requests() const { return m_requests; }
    // Requests for the summary of one page (by decoded title).
    int summaryRequests(const QString &lang, const QString &title) const;
    int thumbnailRequests() const;
    int maxConcurrent() const { return m_maxConcurrent; }
    int active() const { return m_active; }
    void clearRecord();

    static QByteArray thumbnailBytes();
    // A valid gzip member holding data in stored (uncompressed) deflate blocks: enough to prove decoding.
    static QByteArray gzipStored(const QByteArray &data);

signals:
    // A request was read and recorded (requests() already lists it); target as sent.
    void requestReceived(const QByteArray &target);

private:
    void onConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const Request &request);
    void respond(QTcpSocket *socket, const Request &request);
    void send(QTcpSocket *socket, int status, const QList<QPair<QByteArray, QByteArray>> &headers,
              const QByteArray &body, bool declareLength = true);
    void done(QTcpSocket *socket);
    QByteArray summaryJson(const QString &lang, const QString &title, const Page &page, bool disambiguation) const;

    QTcpServer m_server;
    QElapsedTimer m_clock;
    QHash<QString, Page> m_pages; // "lang|title"
    QHash<QString, int> m_hits;
    QList<Request> m_requests;
    int m_latencyMs = 0;
    bool m_hold = false;
    QList<std::pair<QPointer<QTcpSocket>, Request>> m_held;
    int m_active = 0;
    int m_maxConcurrent = 0;
};

} // namespace Randnotiz::Test
