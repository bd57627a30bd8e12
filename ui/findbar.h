// FindBar: the find field under the article tabs (Ctrl+F, F3, Shift+F3, Escape).
#pragma once

#include "languageswitcher.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace Randnotiz {

class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(QWidget *parent = nullptr);
    ~FindBar() override;

    QString text() const;
    QLineEdit *edit() const { return m_edit; }
    void setResult(int current, int count); // current is 0-based, -1 for none
    void activate(); // shows the bar and selects its text

signals:
    void textChanged(const QString &text);
    void findNext();
    void findPrevious();
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showResult();

    QLineEdit *m_edit = nullptr;
    QLabel *m_count = nullptr;
    Retranslations m_texts;
    int m_current = -1; // the result shown, for a change of language
    int m_matches = 0;
};

} // namespace Randnotiz
