#include "support/fakewikiserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cerrno>
#include <sys/socket.h>
#include <utility>

namespace Randnotiz::Test {

namespace {

const char *const summaryPrefix = "/api/rest_v1/page/summary/";

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 302:
        return QByteArrayLiteral("Found");
    case 304:
        return QByteArrayLiteral("Not Modified");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    default:
        return QByteArrayLiteral("Whatever");
    }
}

QString pageKey(const QString &lang, const QString &title)
{
    return lang + QLatin1Char('|') + title;
}

QByteArray problemJson(const QByteArray &target)
{
    QJsonObject o { { QStringLiteral("type"),
                      QStringLiteral("https://mediawiki.org/wiki/HyperSwitch/errors/not_found") },
                    { QStringLiteral("title"), QStringLiteral("Not found.") },
                    { QStringLiteral("method"), QStringLiteral("get") },
                    { QStringLiteral("detail"), QStringLiteral("Page or revision not found.") },
                    { QStringLiteral("uri"), QString::fromLatin1(target) } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

FakeWikiServer::FakeWikiServer(QObject *parent)
    : QObject(parent)
    , m_server(this) // a child, so that moveToThread() takes it along
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeWikiServer::onConnection);
}

FakeWikiServer::~FakeWikiServer() = default;

bool FakeWikiServer::listen()
{
    m_clock.start();
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString FakeWikiServer::origin() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

QString FakeWikiServer::baseTemplate() const
{
    return origin() + QStringLiteral("/{lang}/api/rest_v1");
}

void FakeWikiServer::addPage(const QString &lang, const QString &title, const Page &page)
{
    m_pages.insert(pageKey(lang, title), page);
}

int FakeWikiServer::summaryRequests(const QString &lang, const QString &title) const
{
    int n = 0;
    for (const Request &r : m_requests) {
        const QByteArray prefix = '/' + lang.toUtf8() + summaryPrefix;
        if (!r.target.startsWith(prefix))
            continue;
        QString t = QUrl::fromPercentEncoding(r.target.mid(prefix.size()));
        t.replace(QLatin1Char('_'), QLatin1Char(' '));
        n += t == title;
    }
    return n;
}

int FakeWikiServer::thumbnailRequests() const
{
    int n = 0;
    for (const Request &r : m_requests)
        n += r.target.startsWith("/thumb/");
    return n;
}

void FakeWikiServer::clearRecord()
{
    m_requests.clear();
    m_hits.clear();
    m_maxConcurrent = m_active;
}

QByteArray FakeWikiServer::thumbnailBytes()
{
    return QByteArrayLiteral("\x89PNG\r\n\x1a\n-fake-thumbnail-");
}

QByteArray FakeWikiServer::gzipStored(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    crc ^= 0xffffffffu;
    auto le32 = [](quint32 v) {
        QByteArray bytes;
        for (int shift = 0; shift < 32; shift += 8)
            bytes += char((v >> shift) & 0xff);
        return bytes;
    };
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
    qsizetype at = 0;
    do {
        const qsizetype n = qMin<qsizetype>(65535, data.size() - at);
        const bool last = at + n >= data.size();
        out += char(last ? 1 : 0);
        out += char(n & 0xff);
        out += char((n >> 8) & 0xff);
        out += char(~n & 0xff);
        out += char((~n >> 8) & 0xff);
        out += data.mid(at, n);
        at += n;
    } while (at < data.size());
    return out + le32(crc) + le32(quint32(data.size()));
}

void FakeWikiServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            done(socket);
            socket->deleteLater();
        });
    }
}

void FakeWikiServer::onReadyRead(QTcpSocket *socket)
{
    if (socket->property("seen").toBool()) {
        socket->readAll(); // one request per connection; we always close
        return;
    }
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty("buffer", buffer);
        return;
    }
    socket->setProperty("seen", true);
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    Request request;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.target = first.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    request.atMs = m_clock.elapsed();
    m_requests.append(request);
    // A client that gave up a request has closed its socket before it sends the next one, but this event
    // loop may not have seen that yet; ask the kernel, so that concurrency is counted as the client had it.
    for (QTcpSocket *other : m_server.findChildren<QTcpSocket *>()) {
        if (other == socket || !other->property("active").toBool())
            continue;
        char byte = 0;
        const ssize_t n = ::recv(int(other->socketDescriptor()), &byte, 1, MSG_PEEK | MSG_DONTWAIT);
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK))
            done(other);
    }
    socket->setProperty("active", true);
    m_maxConcurrent = qMax(m_maxConcurrent, ++m_active);
    Q_EMIT requestReceived(request.target);
    handle(socket, request);
}

void FakeWikiServer::done(QTcpSocket *socket)
{
    if (socket->property("active").toBool()) {
        socket->setProperty("active", false);
        --m_active;
    }
}

void FakeWikiServer::setHoldResponses(bool hold)
{
    m_hold = hold;
    if (!hold)
        releaseHeld();
}

void FakeWikiServer::releaseHeld()
{
    const QList<std::pair<QPointer<QTcpSocket>, Request>> held = std::exchange(m_held, {});
    for (const auto &[socket, request] : held) {
        if (socket && socket->property("active").toBool())
            respond(socket, request);
    }
}

int FakeWikiServer::heldResponses() const
{
    return int(std::count_if(m_held.cbegin(), m_held.cend(),
                             [](const auto &held) { return held.first && held.first->property("active").toBool(); }));
}

void FakeWikiServer::handle(QTcpSocket *socket, const Request &request)
{
    if (m_hold) {
        m_held.append({ socket, request });
        return;
    }
    if (m_latencyMs <= 0)
        return respond(socket, request);
    QTimer::singleShot(m_latencyMs, socket, [this, socket, request] { respond(socket, request); });
}

void FakeWikiServer::send(QTcpSocket *socket, int status, const QList<QPair<QByteArray, QByteArray>> &headers,
                          const QByteArray &body, bool declareLength)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    if (declareLength)
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    socket->write(body);
    done(socket);
    socket->disconnectFromHost();
}

void FakeWikiServer::respond(QTcpSocket *socket, const Request &request)
{
    const QByteArray path
        = request.target.left(request.target.indexOf('?') < 0 ? request.target.size() : request.target.indexOf('?'));
    if (path.startsWith("/thumb/"))
        return send(socket, 200, { { "Content-Type", "image/png" } }, thumbnailBytes());

    // /LANG/w/rest.php/v1/page/SEGMENT/links/language: the page's other languages.
    const QByteArray linksMarker = "/w/rest.php/v1/page/";
    if (const qsizetype at = path.indexOf(linksMarker); at > 1 && path.endsWith("/links/language")) {
        const QString lang = QString::fromLatin1(path.mid(1, at - 1));
        const QByteArray segment
            = path.mid(at + linksMarker.size(), path.size() - at - linksMarker.size() - qstrlen("/links/language"));
        QString title = QUrl::fromPercentEncoding(segment);
        title.replace(QLatin1Char('_'), QLatin1Char(' '));
        const auto page = m_pages.constFind(pageKey(lang, title));
        if (segment.contains('/') || page == m_pages.cend())
            return send(socket, 404, { { "Content-Type", "application/json" } },
                        QByteArrayLiteral("{\"httpCode\":404}"));
        QJsonArray links;
        for (auto it = page->languageLinks.cbegin(); it != page->languageLinks.cend(); ++it) {
            QString key = it.value();
            key.replace(QLatin1Char(' '), QLatin1Char('_'));
            links.append(QJsonObject { { QStringLiteral("code"), it.key() },
                                       { QStringLiteral("name"), it.key() },
                                       { QStringLiteral("key"), key },
                                       { QStringLiteral("title"), it.value() } });
        }
        return send(socket, 200, { { "Content-Type", "application/json" } },
                    QJsonDocument(links).toJson(QJsonDocument::Compact));
    }

    // /LANG/api/rest_v1/page/summary/SEGMENT; a raw slash in the segment finds nothing, like the real API.
    const qsizetype prefixAt = path.indexOf(summaryPrefix);
    const QByteArray segment = prefixAt > 1 ? path.mid(prefixAt + qstrlen(summaryPrefix)) : QByteArray();
    const QString lang = QString::fromLatin1(path.mid(1, prefixAt - 1));
    QString title = QUrl::fromPercentEncoding(segment);
    title.replace(QLatin1Char('_'), QLatin1Char(' '));
    const auto found = m_pages.constFind(pageKey(lang, title));
    if (segment.isEmpty() || segment.contains('/') || found == m_pages.cend())
        return send(socket, 404, { { "Content-Type", "application/problem+json" } }, problemJson(request.target));

    const Page &page = *found;
    const int hit = ++m_hits[pageKey(lang, title)];
    const QByteArray json = "application/json; charset=utf-8; "
                            "profile=\"https://www.mediawiki.org/wiki/Specs/Summary/1.5.0\"";
    const QByteArray etag
        = page.etag.isEmpty() ? "W/\"" + QByteArray::number(qHash(title) % 100000) + "/abc\"" : page.etag;
    switch (page.behaviour) {
    case Behaviour::NotFound:
        return send(socket, 404, { { "Content-Type", "application/problem+json" } }, problemJson(request.target));
    case Behaviour::Redirect:
        return send(socket, 302, { { "Location", page.location }, { "Content-Type", json } }, QByteArray());
    case Behaviour::RateLimited:
        if (page.failures < 0 || hit <= page.failures)
            return send(socket, 429,
                        { { "Retry-After", page.retryAfter }, { "Content-Type", "application/problem+json" } },
                        QByteArrayLiteral("{\"type\":\"rate-limit\"}"));
        break;
    case Behaviour::ServerError:
        if (page.failures < 0 || hit <= page.failures)
            return send(socket, 500, { { "Content-Type", "text/plain" } }, QByteArrayLiteral("upstream trouble"));
        break;
    case Behaviour::SlowDrip: {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + json + "\r\nContent-Length: 100000\r\n\r\n{");
        auto *drip = new QTimer(socket);
        connect(drip, &QTimer::timeout, socket, [socket] { socket->write(" "); });
        drip->start(200);
        return;
    }
    case Behaviour::Reset: {
        const struct linger hard
        {
            1, 0
        };
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        done(socket);
        socket->abort();
        return;
    }
    case Behaviour::BrokenJson:
        return send(socket, 200, { { "Content-Type", json } }, QByteArrayLiteral("{\"type\":\"standard\",\"title\":"));
    case Behaviour::Oversized:
        return send(socket, 200, { { "Content-Type", json } }, QByteArray(2 * 1024 * 1024, ' '), false);
    case Behaviour::OversizedDeclared:
        return send(socket, 200, { { "Content-Type", json } }, QByteArray(2 * 1024 * 1024, ' '));
    case Behaviour::Ok:
    case Behaviour::Disambiguation:
        break;
    }
    if (request.headers.value("if-none-match") == etag)
        return send(socket, 304, { { "ETag", etag }, { "Cache-Control", "s-maxage=1209600, max-age=300" } },
                    QByteArray());
    QList<QPair<QByteArray, QByteArray>> headers { { "Content-Type", json },
                                                   { "ETag", etag },
                                                   { "Cache-Control", "s-maxage=1209600, max-age=300" },
                                                   { "Content-Language", lang.toLatin1() } };
    QByteArray body = summaryJson(lang, title, page, page.behaviour == Behaviour::Disambiguation);
    if (page.gzip && request.headers.value("accept-encoding").contains("gzip")) {
        headers.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip")));
        body = gzipStored(body);
    }
    send(socket, 200, headers, body);
}

QByteArray FakeWikiServer::summaryJson(const QString &lang, const QString &title, const Page &page,
                                       bool disambiguation) const
{
    QString underscored = title;
    underscored.replace(QLatin1Char(' '), QLatin1Char('_'));
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(underscored));
    const QString wiki = QStringLiteral("https://") + lang + QStringLiteral(".wikipedia.org/wiki/") + encoded;
    const QString mobile = QStringLiteral("https://") + lang + QStringLiteral(".m.wikipedia.org/wiki/") + encoded;
    const QString extract = page.extract.isNull() ? title + QStringLiteral(" ist eine Testseite.") : page.extract;
    const QString extractHtml = page.extractHtml.isNull()
        ? QStringLiteral("<p><b>") + title.toHtmlEscaped() + QStringLiteral("</b> ist eine Testseite.</p>")
        : page.extractHtml;
    const QString display
        = QStringLiteral("<span class=\"mw-page-title-main\">") + title.toHtmlEscaped() + QStringLiteral("</span>");
    QJsonObject o {
        { QStringLiteral("type"), disambiguation ? QStringLiteral("disambiguation") : QStringLiteral("standard") },
        { QStringLiteral("title"), underscored },
        { QStringLiteral("displaytitle"), display },
        { QStringLiteral("namespace"),
          QJsonObject { { QStringLiteral("id"), 0 }, { QStringLiteral("text"), QString() } } },
        { QStringLiteral("wikibase_item"), QStringLiteral("Q4242") },
        { QStringLiteral("titles"),
          QJsonObject { { QStringLiteral("canonical"), underscored },
                        { QStringLiteral("normalized"), title },
                        { QStringLiteral("display"), display } } },
        { QStringLiteral("pageid"), 4242 },
        { QStringLiteral("lang"), lang },
        { QStringLiteral("dir"), QStringLiteral("ltr") },
        { QStringLiteral("revision"), QStringLiteral("1234567") },
        { QStringLiteral("tid"), QStringLiteral("0f6c5e3a-0000-11ef-8000-000000000000") },
        { QStringLiteral("timestamp"), QStringLiteral("2026-11-01T12:00:00Z") },
        { QStringLiteral("description"), page.description },
        { QStringLiteral("description_source"), QStringLiteral("local") },
        { QStringLiteral("content_urls"),
          QJsonObject {
              { QStringLiteral("desktop"),
                QJsonObject { { QStringLiteral("page"), wiki },
                              { QStringLiteral("revisions"), QString(wiki + QStringLiteral("?action=history")) } } },
              { QStringLiteral("mobile"), QJsonObject { { QStringLiteral("page"), mobile } } } } },
        { QStringLiteral("extract"), extract },
        { QStringLiteral("extract_html"), extractHtml },
    };
    if (!page.thumbnail.isEmpty()) {
        const QString source = page.thumbnail == QLatin1String("local")
            ? origin() + QStringLiteral("/thumb/") + encoded + QStringLiteral(".png")
            : page.thumbnail;
        o.insert(QStringLiteral("thumbnail"),
                 QJsonObject { { QStringLiteral("source"), source },
                               { QStringLiteral("width"), 320 },
                               { QStringLiteral("height"), 240 } });
        o.insert(QStringLiteral("originalimage"),
                 QJsonObject { { QStringLiteral("source"), source },
                               { QStringLiteral("width"), 1024 },
                               { QStringLiteral("height"), 768 } });
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace Randnotiz::Test
