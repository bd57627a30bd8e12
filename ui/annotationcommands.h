// Undoable changes to annotations. A command is pushed after its change was written to the AnnotationStore
// (there is nothing to save later), so the first redo() that QUndoStack::push() calls does nothing; undo and
// redo write the earlier or later state back with its ids and times, so an undone delete is the same note.
// A change that could not be written is never pushed: the stack holds only what really happened.
#pragma once

#include "notes/annotation.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QUndoCommand>

#include <functional>

namespace Randnotiz {

class AnnotationStore;

// Shared by the commands: the store and where to report a write that failed on undo or redo.
struct AnnotationCommandContext
{
    QPointer<AnnotationStore> store;
    std::function<void(const QString &message)> reportError;
};

// The writes behind the commands; each returns false (and has reported why) when the store refused.
class AnnotationChanges final
{
    Q_DECLARE_TR_FUNCTIONS(Randnotiz::AnnotationChanges)

public:
    static bool add(const AnnotationCommandContext &context, Annotation &annotation); // fills in id and times
    static bool save(const AnnotationCommandContext &context, const QList<Annotation> &annotations);
    // Removes what it can; removed holds the ones that are gone.
    static bool remove(const AnnotationCommandContext &context, const QList<Annotation> &annotations,
                       QList<Annotation> *removed);
};

class AddAnnotationCommand final : public QUndoCommand
{
public:
    // annotation: as written to the store (with its id and times).
    AddAnnotationCommand(const AnnotationCommandContext &context, const Annotation &annotation, const QString &text);
    void redo() override;
    void undo() override;

private:
    AnnotationCommandContext m_context;
    Annotation m_annotation;
    bool m_written = true;
};

// Any change of one or more annotations that keeps them (note, tags, colour, place, status).
class EditAnnotationsCommand final : public QUndoCommand
{
public:
    EditAnnotationsCommand(const AnnotationCommandContext &context, const QList<Annotation> &before,
                           const QList<Annotation> &after, const QString &text);
    void redo() override;
    void undo() override;

private:
    AnnotationCommandContext m_context;
    QList<Annotation> m_before;
    QList<Annotation> m_after;
    bool m_written = true;
};

class RemoveAnnotationsCommand final : public QUndoCommand
{
public:
    RemoveAnnotationsCommand(const AnnotationCommandContext &context, const QList<Annotation> &annotations,
                             const QString &text);
    void redo() override;
    void undo() override;

private:
    AnnotationCommandContext m_context;
    QList<Annotation> m_annotations;
    bool m_written = true;
};

} // namespace Randnotiz
