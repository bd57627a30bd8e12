#include "annotationcommands.h"

#include "notes/annotationstore.h"

namespace Randnotiz {

namespace {

bool report(const AnnotationCommandContext &context, const QString &what, const QList<Annotation> &unsaved)
{
    if (context.reportError) {
        const QString reason
            = context.store ? context.store->errorString() : AnnotationChanges::tr("The notes database is not open");
        context.reportError(AnnotationChanges::tr("%1 (%2).").arg(what, reason), unsaved);
    }
    return false;
}

// The notes of target whose text differs from the same note in other: what a failed write would lose.
QList<Annotation> changedNotes(const QList<Annotation> &target, const QList<Annotation> &other)
{
    QList<Annotation> list;
    for (const Annotation &a : target) {
        const auto same
            = std::find_if(other.cbegin(), other.cend(), [&a](const Annotation &o) { return o.id == a.id; });
        if (same == other.cend() || same->note != a.note)
            list.append(a);
    }
    return list;
}

QString undoFailed(const QString &change)
{
    return AnnotationChanges::tr("“%1” could not be undone; nothing was changed").arg(change);
}

QString redoFailed(const QString &change)
{
    return AnnotationChanges::tr("“%1” could not be redone; nothing was changed").arg(change);
}

} // namespace

bool AnnotationChanges::add(const AnnotationCommandContext &context, Annotation &annotation, const QString &what)
{
    return (context.store && context.store->addAnnotation(annotation)) || report(context, what, { annotation });
}

bool AnnotationChanges::save(const AnnotationCommandContext &context, const QList<Annotation> &annotations,
                             const QString &what)
{
    if (context.store && context.store->saveAnnotations(annotations))
        return true;
    QList<Annotation> previous;
    if (context.store) {
        for (const Annotation &a : annotations) {
            if (const std::optional<Annotation> stored = context.store->annotation(a.id))
                previous.append(*stored);
        }
    }
    return report(context, what, changedNotes(annotations, previous));
}

bool AnnotationChanges::remove(const AnnotationCommandContext &context, const QList<Annotation> &annotations,
                               const QString &what)
{
    QList<QUuid> ids;
    ids.reserve(annotations.size());
    for (const Annotation &a : annotations)
        ids.append(a.id);
    // The notes stay in the store when this fails: nothing is lost.
    return (context.store && context.store->removeAnnotations(ids)) || report(context, what, {});
}

AnnotationCommand::AnnotationCommand(const AnnotationCommandContext &context, const QString &text)
    : QUndoCommand(text)
    , m_context(context)
{ }

bool AnnotationCommand::writeUndo()
{
    if (!m_storeIsAfter)
        return true;
    if (!applyUndo(undoFailed(text())))
        return false;
    m_storeIsAfter = false;
    return true;
}

bool AnnotationCommand::writeRedo()
{
    if (m_storeIsAfter)
        return true;
    if (!applyRedo(redoFailed(text())))
        return false;
    m_storeIsAfter = true;
    return true;
}

void AnnotationCommand::undo()
{
    // Reached without writeUndo() first (the stack driven directly): the stack moves whatever happens, so a
    // change that cannot be undone leaves the stack rather than stay on it as if it had been undone.
    if (m_storeIsAfter) {
        if (applyUndo(
                AnnotationChanges::tr("“%1” could not be undone and was taken off the undo list; the change stays")
                    .arg(text())))
            m_storeIsAfter = false;
        else
            setObsolete(true);
    }
}

void AnnotationCommand::redo()
{
    if (!m_storeIsAfter) {
        if (applyRedo(AnnotationChanges::tr("“%1” could not be redone and was taken off the undo list").arg(text())))
            m_storeIsAfter = true;
        else
            setObsolete(true);
    }
}

AddAnnotationCommand::AddAnnotationCommand(const AnnotationCommandContext &context, const Annotation &annotation,
                                           const QString &text)
    : AnnotationCommand(context, text)
    , m_annotation(annotation)
{ }

bool AddAnnotationCommand::applyUndo(const QString &what)
{
    return AnnotationChanges::remove(m_context, { m_annotation }, what);
}

bool AddAnnotationCommand::applyRedo(const QString &what)
{
    // Exactly that note (id and times) again.
    return AnnotationChanges::save(m_context, { m_annotation }, what);
}

EditAnnotationsCommand::EditAnnotationsCommand(const AnnotationCommandContext &context, const QList<Annotation> &before,
                                               const QList<Annotation> &after, const QString &text)
    : AnnotationCommand(context, text)
    , m_before(before)
    , m_after(after)
{ }

bool EditAnnotationsCommand::applyUndo(const QString &what)
{
    return AnnotationChanges::save(m_context, m_before, what);
}

bool EditAnnotationsCommand::applyRedo(const QString &what)
{
    return AnnotationChanges::save(m_context, m_after, what);
}

RemoveAnnotationsCommand::RemoveAnnotationsCommand(const AnnotationCommandContext &context,
                                                   const QList<Annotation> &annotations, const QString &text)
    : AnnotationCommand(context, text)
    , m_annotations(annotations)
{ }

bool RemoveAnnotationsCommand::applyUndo(const QString &what)
{
    // Back with the same ids and times.
    return AnnotationChanges::save(m_context, m_annotations, what);
}

bool RemoveAnnotationsCommand::applyRedo(const QString &what)
{
    return AnnotationChanges::remove(m_context, m_annotations, what);
}

} // namespace Randnotiz
