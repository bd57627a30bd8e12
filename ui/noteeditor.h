// NoteEditor: the small dialog for a highlight's note, tags and colour. Ctrl+Enter saves, Esc cancels.
#pragma once

#include "languageswitcher.h"
#include "notes/annotation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Randnotiz {

class NoteEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteEditor)

public:
    // quote: the marked passage, shown for orientation; knownTags: offered for completion.
    NoteEditor(const QString &quote, const QStringList &knownTags, const ColorLabels &labels,
               QWidget *parent = nullptr);
    ~NoteEditor() override;

    void setNote(const QString &note);
    QString note() const;
    void setTags(const QStringList &tags);
    QStringList tags() const; // cleaned: trimmed, no empty ones, no duplicates
    void setColor(Color color);
    Color color() const;
    // In a team store: the switch between private and shared, shown only when available.
    void setSharing(bool available, bool shared);
    bool isShared() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_quote = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLineEdit *m_tags = nullptr;
    QComboBox *m_color = nullptr;
    QCheckBox *m_shared = nullptr;
    Retranslations m_texts;
};

} // namespace Randnotiz
