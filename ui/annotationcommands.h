// Undoable changes to annotations. Each command writes to the AnnotationStore at once (nothing waits to be
// saved); undo writes the earlier state back with its ids and times, so an undone delete is the same note.
#pragma once

#include "notes/annotation.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QUndoCommand>

#include <functional>

namespace Randnotiz {

class AnnotationStore;

// Shared by the commands: the store and where to report a write that failed.
struct AnnotationCommandContext
{
    QPointer<AnnotationStore> store;
    std::function<void(const QString &message)> reportError;
};

class AddAnnotationCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Randnotiz::AddAnnotationCommand)

public:
    AddAnnotationCommand(const AnnotationCommandContext &context, const Annotation &annotation, const QString &text);
    void redo() override;
    void undo() override;
    // False when the first write failed (the command is then obsolete and the caller keeps the note).
    bool succeeded() const { return m_succeeded; }
    const Annotation &annotation() const { return m_annotation; }

private:
    AnnotationCommandContext m_context;
    Annotation m_annotation;
    bool m_succeeded = false;
    bool m_first = true;
};

// Any change of one or more annotations that keeps them (note, tags, colour, place, status).
class EditAnnotationsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Randnotiz::EditAnnotationsCommand)

public:
    EditAnnotationsCommand(const AnnotationCommandContext &context, const QList<Annotation> &before,
                           const QList<Annotation> &after, const QString &text);
    void redo() override;
    void undo() override;
    bool succeeded() const { return m_succeeded; }

private:
    AnnotationCommandContext m_context;
    QList<Annotation> m_before;
    QList<Annotation> m_after;
    bool m_succeeded = false;
    bool m_first = true;
};

class RemoveAnnotationsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Randnotiz::RemoveAnnotationsCommand)

public:
    RemoveAnnotationsCommand(const AnnotationCommandContext &context, const QList<Annotation> &annotations,
                             const QString &text);
    void redo() override;
    void undo() override;
    bool succeeded() const { return m_succeeded; }

private:
    AnnotationCommandContext m_context;
    QList<Annotation> m_annotations;
    bool m_succeeded = false;
    bool m_first = true;
};

} // namespace Randnotiz
