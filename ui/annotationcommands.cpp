#include "annotationcommands.h"

#include "notes/annotationstore.h"

namespace Randnotiz {

namespace {

bool report(const AnnotationCommandContext &context)
{
    if (context.reportError) {
        context.reportError(context.store ? context.store->errorString()
                                          : AnnotationChanges::tr("The notes database is not open."));
    }
    return false;
}

} // namespace

bool AnnotationChanges::add(const AnnotationCommandContext &context, Annotation &annotation)
{
    return (context.store && context.store->addAnnotation(annotation)) || report(context);
}

bool AnnotationChanges::save(const AnnotationCommandContext &context, const QList<Annotation> &annotations)
{
    return (context.store && context.store->saveAnnotations(annotations)) || report(context);
}

bool AnnotationChanges::remove(const AnnotationCommandContext &context, const QList<Annotation> &annotations,
                               QList<Annotation> *removed)
{
    bool all = true;
    for (const Annotation &a : annotations) {
        if (context.store && context.store->removeAnnotation(a.id))
            removed->append(a);
        else
            all = false;
    }
    return all || report(context);
}

AddAnnotationCommand::AddAnnotationCommand(const AnnotationCommandContext &context, const Annotation &annotation,
                                           const QString &text)
    : QUndoCommand(text)
    , m_context(context)
    , m_annotation(annotation)
{ }

void AddAnnotationCommand::redo()
{
    // Written already when pushed; a later redo writes exactly that note (id and times) again.
    if (!m_written)
        AnnotationChanges::save(m_context, { m_annotation });
    m_written = false;
}

void AddAnnotationCommand::undo()
{
    QList<Annotation> removed;
    AnnotationChanges::remove(m_context, { m_annotation }, &removed);
}

EditAnnotationsCommand::EditAnnotationsCommand(const AnnotationCommandContext &context, const QList<Annotation> &before,
                                               const QList<Annotation> &after, const QString &text)
    : QUndoCommand(text)
    , m_context(context)
    , m_before(before)
    , m_after(after)
{ }

void EditAnnotationsCommand::redo()
{
    if (!m_written)
        AnnotationChanges::save(m_context, m_after);
    m_written = false;
}

void EditAnnotationsCommand::undo()
{
    AnnotationChanges::save(m_context, m_before);
}

RemoveAnnotationsCommand::RemoveAnnotationsCommand(const AnnotationCommandContext &context,
                                                   const QList<Annotation> &annotations, const QString &text)
    : QUndoCommand(text)
    , m_context(context)
    , m_annotations(annotations)
{ }

void RemoveAnnotationsCommand::redo()
{
    if (!m_written) {
        QList<Annotation> removed;
        AnnotationChanges::remove(m_context, m_annotations, &removed);
    }
    m_written = false;
}

void RemoveAnnotationsCommand::undo()
{
    // Back with the same ids and times.
    AnnotationChanges::save(m_context, m_annotations);
}

} // namespace Randnotiz
