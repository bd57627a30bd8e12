#include "article/article.h"

namespace Randnotiz {

Article::Article()
    : m_d(std::make_shared<const ArticleData>())
{ }

Article::Article(ArticleData data)
    : m_d(std::make_shared<const ArticleData>(std::move(data)))
{ }

QString subjectKindName(SubjectKind kind)
{
    return kind == SubjectKind::Person ? QStringLiteral("person") : QStringLiteral("term");
}

QString headlineSourceName(HeadlineSource source)
{
    return source == HeadlineSource::Line ? QStringLiteral("line") : QStringLiteral("filename");
}

} // namespace Randnotiz
