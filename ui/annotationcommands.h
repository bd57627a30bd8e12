// Undoable changes to annotations. A command is pushed after its change was written to the AnnotationStore
// (there is nothing to save later), so the first redo() that QUndoStack::push() calls does nothing; undo and
// redo write the earlier or later state back with its ids and times, so an undone delete is the same note.
// A change that could not be written is never pushed: the stack holds only what really happened.
// Undo and redo write first and move the stack after (AnnotationController::undo()): a write the store refuses
// leaves the stack where it was, to be tried again. Should QUndoStack::undo() or redo() be called directly and
// the write fail, the command makes itself obsolete, so that the stack drops it and still matches the store.
#pragma once

#include "notes/annotation.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QUndoCommand>

#include <functional>

namespace Randnotiz {

class NotesStore;

// Shared by the commands: the store and where to report a write that failed. unsaved: the notes that are not
// in the store as the user wanted them (their text is kept for the user, e.g. on the clipboard).
struct AnnotationCommandContext
{
    QPointer<NotesStore> store;
    std::function<void(const QString &message, const QList<Annotation> &unsaved)> reportError;
};

// The writes behind the commands; each is all or nothing and returns false (having reported why) when the
// store refused. what: the sentence that says what failed, before the store's reason.
class AnnotationChanges final
{
    Q_DECLARE_TR_FUNCTIONS(Randnotiz::AnnotationChanges)

public:
    static bool add(const AnnotationCommandContext &context, Annotation &annotation,
                    const QString &what); // fills in id and times
    static bool save(const AnnotationCommandContext &context, const QList<Annotation> &annotations,
                     const QString &what);
    static bool remove(const AnnotationCommandContext &context, const QList<Annotation> &annotations,
                       const QString &what);
};

class AnnotationCommand : public QUndoCommand
{
public:
    explicit AnnotationCommand(const AnnotationCommandContext &context, const QString &text);

    // Write the earlier (undo) or later (redo) state to the store, without moving the stack; false when the
    // store refused (reported, and the store is as it was). The stack's undo() or redo() that follows a
    // successful write does not write again.
    bool writeUndo();
    bool writeRedo();

    void undo() final;
    void redo() final;

protected:
    virtual bool applyUndo(const QString &what) = 0;
    virtual bool applyRedo(const QString &what) = 0;
    AnnotationCommandContext m_context;

private:
    bool m_storeIsAfter = true; // pushed after its change was written
};

class AddAnnotationCommand final : public AnnotationCommand
{
public:
    // annotation: as written to the store (with its id and times).
    AddAnnotationCommand(const AnnotationCommandContext &context, const Annotation &annotation, const QString &text);

protected:
    bool applyUndo(const QString &what) override;
    bool applyRedo(const QString &what) override;

private:
    Annotation m_annotation;
};

// Any change of one or more annotations that keeps them (note, tags, colour, place, status).
class EditAnnotationsCommand final : public AnnotationCommand
{
public:
    EditAnnotationsCommand(const AnnotationCommandContext &context, const QList<Annotation> &before,
                           const QList<Annotation> &after, const QString &text);

protected:
    bool applyUndo(const QString &what) override;
    bool applyRedo(const QString &what) override;

private:
    QList<Annotation> m_before;
    QList<Annotation> m_after;
};

class RemoveAnnotationsCommand final : public AnnotationCommand
{
public:
    RemoveAnnotationsCommand(const AnnotationCommandContext &context, const QList<Annotation> &annotations,
                             const QString &text);

protected:
    bool applyUndo(const QString &what) override;
    bool applyRedo(const QString &what) override;

private:
    QList<Annotation> m_annotations;
};

} // namespace Randnotiz
