#include "cli/articlejson.h"

#include <QJsonArray>

namespace Randnotiz {

namespace {

QJsonValue paragraphsObject(const std::optional<QStringList> &paragraphs)
{
    if (!paragraphs)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("paragraphs"), QJsonArray::fromStringList(*paragraphs)}};
}

QJsonValue nullable(const std::optional<QString> &text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

QJsonObject explanationToJson(const Explanation &e)
{
    QJsonValue wiki = QJsonValue::Null;
    if (e.wikipedia) {
        wiki = QJsonObject{{QStringLiteral("lang"), e.wikipedia->lang},
                           {QStringLiteral("title"), e.wikipedia->title},
                           {QStringLiteral("url"), e.wikipedia->url.toString()}};
    }
    return QJsonObject{{QStringLiteral("question"), e.question},
                       {QStringLiteral("subject"), e.subject},
                       {QStringLiteral("kind"), subjectKindName(e.kind)},
                       {QStringLiteral("paragraphs"), QJsonArray::fromStringList(e.paragraphs)},
                       {QStringLiteral("wikipedia"), wiki},
                       {QStringLiteral("link_text"), nullable(e.linkText)}};
}

} // namespace

QJsonObject articleToJson(const Article &article)
{
    QJsonValue source = QJsonValue::Null;
    if (article.source()) {
        source = QJsonObject{{QStringLiteral("line"), article.source()->line},
                             {QStringLiteral("agencies"), QJsonArray::fromStringList(article.source()->agencies)}};
    }
    QJsonValue commentary = QJsonValue::Null;
    if (article.commentary()) {
        commentary = QJsonObject{{QStringLiteral("title"), article.commentary()->title},
                                 {QStringLiteral("paragraphs"),
                                  QJsonArray::fromStringList(article.commentary()->paragraphs)}};
    }
    QJsonArray explanations;
    for (const Explanation &e : article.explanations())
        explanations.append(explanationToJson(e));
    QJsonArray extra;
    for (const Section &s : article.extraSections()) {
        extra.append(QJsonObject{{QStringLiteral("heading"), s.heading},
                                 {QStringLiteral("paragraphs"), QJsonArray::fromStringList(s.paragraphs)}});
    }
    QJsonArray warnings;
    for (const ParseWarning &w : article.warnings())
        warnings.append(QJsonObject{{QStringLiteral("line"), w.line}, {QStringLiteral("message"), w.message}});

    return QJsonObject{{QStringLiteral("file"), article.file()},
                       {QStringLiteral("encoding"), article.encoding()},
                       {QStringLiteral("headline"), article.headline()},
                       {QStringLiteral("headline_source"), headlineSourceName(article.headlineSource())},
                       {QStringLiteral("body"), QJsonArray::fromStringList(article.body())},
                       {QStringLiteral("source"), source},
                       {QStringLiteral("commentary"), commentary},
                       {QStringLiteral("forecast"), paragraphsObject(article.forecast())},
                       {QStringLiteral("explanations"), explanations},
                       {QStringLiteral("notes"), paragraphsObject(article.notes())},
                       {QStringLiteral("photo"), nullable(article.photo())},
                       {QStringLiteral("extra_sections"), extra},
                       {QStringLiteral("warnings"), warnings}};
}

QJsonObject fileErrorToJson(const QString &file, const QString &error)
{
    return QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("error"), error}};
}

} // namespace Randnotiz
