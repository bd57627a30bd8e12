// CollapsiblePane: a header (arrow, title, count) that shows or hides the widget below it.
#pragma once

#include <QToolButton>
#include <QWidget>

namespace Randnotiz {

// The header: a flat button that toggles on click, Space, Enter and Return.
class PaneHeader final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaneHeader)

public:
    explicit PaneHeader(QWidget *parent = nullptr);
    ~PaneHeader() override = default;

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

class CollapsiblePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollapsiblePane)

public:
    // kind names the pane for the remembered state ("commentary", "section", ...).
    CollapsiblePane(const QString &kind, const QString &title, QWidget *parent = nullptr);
    ~CollapsiblePane() override;

    void setContent(QWidget *content);
    QWidget *content() const { return m_content; }
    PaneHeader *header() const { return m_header; }

    QString kind() const { return m_kind; }
    QString title() const { return m_title; }
    void setCount(const QString &count); // "3 entries", shown after the title

    bool isExpanded() const;

public slots:
    void setExpanded(bool expanded);
    void toggle();

signals:
    void expandedChanged(bool expanded);

private:
    void updateHeader();

    QString m_kind;
    QString m_title;
    QString m_count;
    bool m_expanded = true;
    PaneHeader *m_header = nullptr;
    QWidget *m_content = nullptr;
};

} // namespace Randnotiz
