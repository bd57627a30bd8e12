// NoteHistoryDialog: a note as it is now and every earlier version the team store kept (another member's later
// write, or one's own edits), newest first, so that no text that was replaced is out of sight.
#pragma once

#include "notes/annotation.h"

#include <QDialog>

class QListWidget;

namespace Randnotiz {

class NoteHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteHistoryDialog)

public:
    // versions: the earlier ones, newest first (NotesStore::history()).
    NoteHistoryDialog(const Annotation &current, const QList<Annotation> &versions, QWidget *parent = nullptr);
    ~NoteHistoryDialog() override;

    // One line of the list: when, who, and the note (or that it had none).
    static QString describe(const Annotation &version);

private:
    QListWidget *m_list = nullptr;
};

} // namespace Randnotiz
