#include "annotationcommands.h"

#include "notes/annotationstore.h"

namespace Randnotiz {

namespace {

// Runs a write; on failure reports it and, on the first run, marks the command obsolete so that the undo
// stack drops it instead of offering to undo something that never happened.
bool write(const AnnotationCommandContext &context, QUndoCommand *command, bool first,
           const std::function<bool(AnnotationStore &)> &work)
{
    if (context.store && work(*context.store))
        return true;
    if (context.reportError) {
        const QString detail = context.store ? context.store->errorString()
                                             : QCoreApplication::translate("Randnotiz::AddAnnotationCommand",
                                                                           "The notes database is not open.");
        context.reportError(detail);
    }
    if (first)
        command->setObsolete(true);
    return false;
}

} // namespace

AddAnnotationCommand::AddAnnotationCommand(const AnnotationCommandContext &context, const Annotation &annotation,
                                           const QString &text)
    : QUndoCommand(text)
    , m_context(context)
    , m_annotation(annotation)
{
}

void AddAnnotationCommand::redo()
{
    const bool first = m_first;
    m_first = false;
    // The first run gives the note its id and times; a redo writes exactly those back.
    const bool ok = write(m_context, this, first, [this, first](AnnotationStore &store) {
        return first ? store.addAnnotation(m_annotation) : store.saveAnnotations({ m_annotation });
    });
    if (first)
        m_succeeded = ok;
}

void AddAnnotationCommand::undo()
{
    write(m_context, this, false, [this](AnnotationStore &store) { return store.removeAnnotation(m_annotation.id); });
}

EditAnnotationsCommand::EditAnnotationsCommand(const AnnotationCommandContext &context,
                                               const QList<Annotation> &before, const QList<Annotation> &after,
                                               const QString &text)
    : QUndoCommand(text)
    , m_context(context)
    , m_before(before)
    , m_after(after)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Annotation &a : m_after)
        a.modified = now;
}

void EditAnnotationsCommand::redo()
{
    const bool first = m_first;
    m_first = false;
    const bool ok
        = write(m_context, this, first, [this](AnnotationStore &store) { return store.saveAnnotations(m_after); });
    if (first)
        m_succeeded = ok;
}

void EditAnnotationsCommand::undo()
{
    write(m_context, this, false, [this](AnnotationStore &store) { return store.saveAnnotations(m_before); });
}

RemoveAnnotationsCommand::RemoveAnnotationsCommand(const AnnotationCommandContext &context,
                                                   const QList<Annotation> &annotations, const QString &text)
    : QUndoCommand(text)
    , m_context(context)
    , m_annotations(annotations)
{
}

void RemoveAnnotationsCommand::redo()
{
    const bool first = m_first;
    m_first = false;
    const bool ok = write(m_context, this, first, [this](AnnotationStore &store) {
        bool all = true;
        for (const Annotation &a : std::as_const(m_annotations))
            all = store.removeAnnotation(a.id) && all;
        return all;
    });
    if (first)
        m_succeeded = ok;
}

void RemoveAnnotationsCommand::undo()
{
    // Back with the same ids and times.
    write(m_context, this, false, [this](AnnotationStore &store) { return store.saveAnnotations(m_annotations); });
}

} // namespace Randnotiz
