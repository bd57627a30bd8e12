// Small ZIM files for the tests, written with libzim's own writer: pages shaped like Kiwix's copies of Wikipedia.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Randnotiz::Test {

struct ZimSpec
{
    struct Page
    {
        QString path; // "Sergei_Schoigu" (new namespace scheme: no "A/")
        QString title;
        QByteArray content;
        QString mimetype = QStringLiteral("text/html");
    };
    struct Redirect
    {
        QString path;
        QString title;
        QString target;
    };
    QString language = QStringLiteral("deu"); // ISO 639-3, as Kiwix writes it
    QString name; // "wikipedia_de_all_mini_2024-05"; empty: none
    QString date = QStringLiteral("2024-05-01");
    QString title = QStringLiteral("Wikipedia");
    QList<Page> pages;
    QList<Redirect> redirects;
    bool titleIndex = false; // a Xapian title index, as Kiwix's copies have, for SuggestionSearcher
};

// Writes spec to file; false (and *error) when libzim refuses.
bool writeZim(const QString &file, const ZimSpec &spec, QString *error = nullptr);

// A page as Kiwix's mwoffliner stores it: <h1>, then the body with whatever the caller puts in it.
QByteArray wikiPage(const QString &title, const QString &body);
// A German copy with the three pages the seed article links (Kim Jong-un by a redirect, the security council
// under another path, found by its title), each with a lead and a picture.
ZimSpec seedZimSpec();
// A valid 1x1 PNG.
QByteArray tinyPng();

} // namespace Randnotiz::Test
