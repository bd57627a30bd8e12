// WikiLink: a link that was proven to point at a Wikipedia article; the only kind Randnotiz fetches or opens.
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace Randnotiz {

struct WikiLink
{
    QString lang; // "de", "en", "zh-yue", "simple"
    QString title; // decoded, spaces instead of underscores: "Sergei Schoigu"
    QUrl url; // canonical: https://LANG.wikipedia.org/wiki/Title_With_Underscores

    // Parses a link as written in an article. Anything that is not an https link to an article on
    // LANG.wikipedia.org or LANG.m.wikipedia.org gives std::nullopt.
    static std::optional<WikiLink> parse(const QString &text);

    // Builds the canonical link for a language and a title, or std::nullopt when either is unusable.
    static std::optional<WikiLink> fromTitle(const QString &lang, const QString &title);

    friend bool operator==(const WikiLink &, const WikiLink &) = default;
};

} // namespace Randnotiz
