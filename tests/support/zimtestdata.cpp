#include "support/zimtestdata.h"

#include <exception>
#include <zim/writer/creator.h>
#include <zim/writer/item.h>

namespace Randnotiz::Test {

bool writeZim(const QString &file, const ZimSpec &spec, QString *error)
{
    try {
        zim::writer::Creator creator;
        creator.configIndexing(spec.titleIndex, spec.language.toStdString());
        creator.configNbWorkers(1);
        creator.startZimCreation(file.toStdString());
        for (const ZimSpec::Page &page : spec.pages) {
            zim::writer::Hints hints;
            if (page.mimetype.startsWith(QLatin1String("text/html")))
                hints[zim::writer::FRONT_ARTICLE] = 1;
            creator.addItem(zim::writer::StringItem::create(page.path.toStdString(), page.mimetype.toStdString(),
                                                            page.title.toStdString(), hints,
                                                            page.content.toStdString()));
        }
        for (const ZimSpec::Redirect &r : spec.redirects)
            creator.addRedirection(r.path.toStdString(), r.title.toStdString(), r.target.toStdString());
        creator.addMetadata("Language", spec.language.toStdString());
        if (!spec.name.isEmpty())
            creator.addMetadata("Name", spec.name.toStdString());
        creator.addMetadata("Date", spec.date.toStdString());
        creator.addMetadata("Title", spec.title.toStdString());
        creator.addIllustration(48, tinyPng().toStdString());
        creator.finishZimCreation();
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return false;
    }
}

QByteArray wikiPage(const QString &title, const QString &body)
{
    return (QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>") + title
            + QStringLiteral("</title><style>p { margin: 0 }</style><script>var x = 'script text';</script></head>"
                             "<body class=\"mw-body mw-body-content mediawiki\"><div id=\"mw-content-text\">"
                             "<h1 class=\"article-header\">")
            + title + QStringLiteral("</h1>") + body + QStringLiteral("</div></body></html>"))
        .toUtf8();
}

ZimSpec seedZimSpec()
{
    ZimSpec spec;
    spec.name = QStringLiteral("wikipedia_de_all_mini_2024-05");
    const auto page = [](const QString &title, const QString &picture, const QString &lead) {
        return wikiPage(title,
                        QStringLiteral("<table class=\"infobox\"><tr><td><img src=\"./I/") + picture
                            + QStringLiteral("\" width=\"220\" height=\"220\"></td></tr></table><p>") + lead
                            + QStringLiteral("<sup class=\"reference\">[1]</sup></p><h2>Leben</h2><p>Ein Abschnitt "
                                             "nach der Einleitung, der nicht in die Zusammenfassung gehört.</p>"));
    };
    spec.pages << ZimSpec::Page { QStringLiteral("Kim_Jong-un"), QStringLiteral("Kim Jong-un"),
                                  page(QStringLiteral("Kim Jong-un"), QStringLiteral("Kim.png"),
                                       QStringLiteral("Kim Jong-un ist ein nordkoreanischer Politiker und seit 2011 "
                                                      "der Oberste Führer Nordkoreas.")) };
    spec.pages << ZimSpec::Page { QStringLiteral("Sergei_Schoigu"), QStringLiteral("Sergei Schoigu"),
                                  page(QStringLiteral("Sergei Schoigu"), QStringLiteral("Schoigu.png"),
                                       QStringLiteral("Sergei Kuschugetowitsch Schoigu ist ein russischer Politiker "
                                                      "und war von 2012 bis 2024 Verteidigungsminister.")) };
    spec.pages << ZimSpec::Page { QStringLiteral("Q/2411"), QStringLiteral("Sicherheitsrat der Russischen Föderation"),
                                  page(QStringLiteral("Sicherheitsrat der Russischen Föderation"),
                                       QStringLiteral("Sicherheitsrat.png"),
                                       QStringLiteral("Der Sicherheitsrat der Russischen Föderation ist ein "
                                                      "beratendes Verfassungsorgan des russischen Präsidenten.")) };
    for (const QString &picture :
         { QStringLiteral("Kim.png"), QStringLiteral("Schoigu.png"), QStringLiteral("Sicherheitsrat.png") })
        spec.pages << ZimSpec::Page { QStringLiteral("I/") + picture, QString(), tinyPng(),
                                      QStringLiteral("image/png") };
    spec.redirects << ZimSpec::Redirect { QStringLiteral("Kim_Jong_un"), QStringLiteral("Kim Jong un"),
                                          QStringLiteral("Kim_Jong-un") };
    return spec;
}

QByteArray tinyPng()
{
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
}

} // namespace Randnotiz::Test
