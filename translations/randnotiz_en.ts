<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>InstanceChannel</name>
    <message>
        <source>There is no private runtime folder for the single-instance channel; this window stays on its own.</source>
        <translation>There is no private runtime folder for the single-instance channel; this window stays on its own.</translation>
    </message>
    <message>
        <source>The folder of the single-instance channel (%1) is missing or not a folder; this window stays on its own.</source>
        <translation>The folder of the single-instance channel (%1) is missing or not a folder; this window stays on its own.</translation>
    </message>
    <message>
        <source>The folder of the single-instance channel (%1) belongs to another user; this window stays on its own.</source>
        <translation>The folder of the single-instance channel (%1) belongs to another user; this window stays on its own.</translation>
    </message>
    <message>
        <source>The folder of the single-instance channel (%1) is open to other users; this window stays on its own.</source>
        <translation>The folder of the single-instance channel (%1) is open to other users; this window stays on its own.</translation>
    </message>
    <message>
        <source>The single-instance socket %1 was not made by this user; this window stays on its own.</source>
        <translation>The single-instance socket %1 was not made by this user; this window stays on its own.</translation>
    </message>
    <message>
        <source>The single-instance socket %1 is served by another user; this window stays on its own.</source>
        <translation>The single-instance socket %1 is served by another user; this window stays on its own.</translation>
    </message>
</context>
<context>
    <name>OpenLink</name>
    <message>
        <source>This link points to an article Randnotiz does not know; nothing was opened.</source>
        <translation>This link points to an article Randnotiz does not know; nothing was opened.</translation>
    </message>
    <message>
        <source>This link points to something Randnotiz does not know; nothing was opened: %1</source>
        <translation>This link points to something Randnotiz does not know; nothing was opened: %1</translation>
    </message>
</context>
<context>
    <name>Randnotiz</name>
    <message>
        <source>--import-notes NOTES.json needs exactly one article FILE</source>
        <translation>--import-notes NOTES.json needs exactly one article FILE</translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot;; use md, html, json or csv</source>
        <translation>unknown export format &quot;%1&quot;; use md, html, json or csv</translation>
    </message>
    <message>
        <source>--export-notes needs one article FILE (or --all)</source>
        <translation>--export-notes needs one article FILE (or --all)</translation>
    </message>
    <message>
        <source>cannot write the export to standard output</source>
        <translation>cannot write the export to standard output</translation>
    </message>
    <message>
        <source>--share needs a team store (--store postgresql://...)</source>
        <translation>--share braucht einen Team-Speicher (--store postgresql://...)</translation>
    </message>
</context>
<context>
    <name>Randnotiz::AnnotationChanges</name>
    <message>
        <source>The notes database is not open</source>
        <translation>The notes database is not open</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>“%1” could not be undone; nothing was changed</source>
        <translation>“%1” could not be undone; nothing was changed</translation>
    </message>
    <message>
        <source>“%1” could not be redone; nothing was changed</source>
        <translation>“%1” could not be redone; nothing was changed</translation>
    </message>
    <message>
        <source>“%1” could not be undone and was taken off the undo list; the change stays</source>
        <translation>“%1” could not be undone and was taken off the undo list; the change stays</translation>
    </message>
    <message>
        <source>“%1” could not be redone and was taken off the undo list</source>
        <translation>“%1” could not be redone and was taken off the undo list</translation>
    </message>
</context>
<context>
    <name>Randnotiz::AnnotationController</name>
    <message>
        <source>The notes cannot be opened (%1). Highlights and notes are switched off until this is fixed; nothing was deleted.</source>
        <translation>The notes cannot be opened (%1). Highlights and notes are switched off until this is fixed; nothing was deleted.</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>Edit Tags</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Edit Note</translation>
    </message>
    <message>
        <source>&amp;Export Notes…</source>
        <translation>&amp;Export Notes…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Highlight %1</source>
        <translation>Highlight %1</translation>
    </message>
    <message>
        <source>Highlight the selection: %1 (key %2)</source>
        <translation>Highlight the selection: %1 (key %2)</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>Add &amp;Note…</translation>
    </message>
    <message>
        <source>Add a note to the selection (Ctrl+Alt+M)</source>
        <translation>Add a note to the selection (Ctrl+Alt+M)</translation>
    </message>
    <message>
        <source>The notes of this article cannot be loaded: %1</source>
        <translation>The notes of this article cannot be loaded: %1</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Add Note</translation>
    </message>
    <message>
        <source>Change Colour</source>
        <translation>Change Colour</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Note(s)</source>
        <translation>
            <numerusform>Delete %n Note</numerusform>
            <numerusform>Delete %n Notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm Position</source>
        <translation>Confirm Position</translation>
    </message>
    <message>
        <source>Select the passage the note belongs to first.</source>
        <translation>Select the passage the note belongs to first.</translation>
    </message>
    <message>
        <source>Re-attach Note</source>
        <translation>Re-attach Note</translation>
    </message>
    <message>
        <source>The article &quot;%1&quot; is no longer at %2.</source>
        <translation>The article &quot;%1&quot; is no longer at %2.</translation>
    </message>
    <message>
        <source>This is not a Randnotiz link: %1</source>
        <translation>This is not a Randnotiz link: %1</translation>
    </message>
    <message>
        <source>The article of this link cannot be found: %1</source>
        <translation>The article of this link cannot be found: %1</translation>
    </message>
    <message>
        <source>Add Summary as Note</source>
        <translation>Add Summary as Note</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;Highlight</translation>
    </message>
    <message>
        <source>Add Note to Highlight…</source>
        <translation>Add Note to Highlight…</translation>
    </message>
    <message>
        <source>Edit Note…</source>
        <translation>Edit Note…</translation>
    </message>
    <message>
        <source>Show in Notes Panel</source>
        <translation>Show in Notes Panel</translation>
    </message>
    <message>
        <source>&amp;Delete Highlight</source>
        <translation>&amp;Delete Highlight</translation>
    </message>
    <message>
        <source>The colour label cannot be saved: %1</source>
        <translation>The colour label cannot be saved: %1</translation>
    </message>
    <message>
        <source>Copy Selected Notes as &amp;Markdown</source>
        <translation>Copy Selected Notes as &amp;Markdown</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>Its text is on the clipboard.</source>
        <translation>Its text is on the clipboard.</translation>
    </message>
    <message>
        <source>Their text is on the clipboard.</source>
        <translation>Their text is on the clipboard.</translation>
    </message>
    <message>
        <source>The highlight could not be saved</source>
        <translation>The highlight could not be saved</translation>
    </message>
    <message>
        <source>The note could not be saved</source>
        <translation>The note could not be saved</translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation>The change could not be saved</translation>
    </message>
    <message>
        <source>The note could not be deleted; it is still there</source>
        <translation>The note could not be deleted; it is still there</translation>
    </message>
    <message>
        <source>The notes could not be deleted; they are all still there</source>
        <translation>The notes could not be deleted; they are all still there</translation>
    </message>
    <message>
        <source>Share Note</source>
        <translation>Notiz teilen</translation>
    </message>
    <message>
        <source>Make Note Private</source>
        <translation>Notiz privat machen</translation>
    </message>
    <message>
        <source>Make Private</source>
        <translation>Privat machen</translation>
    </message>
    <message>
        <source>Share with Team</source>
        <translation>Mit dem Team teilen</translation>
    </message>
</context>
<context>
    <name>Randnotiz::AnnotationModel</name>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Purple</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>colour — its label</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>In place</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Uncertain</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Orphaned</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modified</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>Article: %1</translation>
    </message>
    <message>
        <source>Position uncertain — confirm</source>
        <translation>Position uncertain — confirm</translation>
    </message>
    <message>
        <source>The passage is no longer in the text</source>
        <translation>The passage is no longer in the text</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>%1 (private)</source>
        <translation>%1 (privat)</translation>
    </message>
    <message>
        <source>By %1, shared with the team</source>
        <translation>Von %1, mit dem Team geteilt</translation>
    </message>
    <message>
        <source>By %1, private</source>
        <translation>Von %1, privat</translation>
    </message>
</context>
<context>
    <name>Randnotiz::AnnotationPanel</name>
    <message>
        <source>Re-attach to selection</source>
        <translation>Re-attach to selection</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>This article</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>All articles</translation>
    </message>
    <message>
        <source>Show the notes of the current article or of every article</source>
        <translation>Show the notes of the current article or of every article</translation>
    </message>
    <message>
        <source>Filter notes</source>
        <translation>Filter notes</translation>
    </message>
    <message>
        <source>Show only notes with this tag</source>
        <translation>Show only notes with this tag</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>Show only highlights of this colour</source>
        <translation>Show only highlights of this colour</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>All colours</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Copy as Markdown</translation>
    </message>
    <message>
        <source>Anchor the selected orphaned note to the text selected in the article</source>
        <translation>Anchor the selected orphaned note to the text selected in the article</translation>
    </message>
    <message>
        <source>Delete the selected orphaned notes</source>
        <translation>Delete the selected orphaned notes</translation>
    </message>
    <message>
        <source>Their passage is no longer in the text. Select new text and re-attach, or delete them.</source>
        <translation>Their passage is no longer in the text. Select new text and re-attach, or delete them.</translation>
    </message>
    <message>
        <source>Search all notes</source>
        <translation>Search all notes</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n note(s)</source>
        <translation>
            <numerusform>%1 of %n note</numerusform>
            <numerusform>%1 of %n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Orphaned notes (%1)</source>
        <translation>Orphaned notes (%1)</translation>
    </message>
    <message>
        <source>Go to Passage</source>
        <translation>Go to Passage</translation>
    </message>
    <message>
        <source>Edit Note and Tags…</source>
        <translation>Edit Note and Tags…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Confirm Position</source>
        <translation>Confirm Position</translation>
    </message>
    <message>
        <source>Re-attach to Selection</source>
        <translation>Re-attach to Selection</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Notes</source>
        <translation>
            <numerusform>Delete %n Note</numerusform>
            <numerusform>Delete %n Notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Share with Team</source>
        <translation>Mit dem Team teilen</translation>
    </message>
    <message>
        <source>Make Private</source>
        <translation>Privat machen</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
</context>
<context>
    <name>Randnotiz::AnnotationStore</name>
    <message>
        <source>Cannot create the data folder %1</source>
        <translation>Cannot create the data folder %1</translation>
    </message>
    <message>
        <source>The notes database %1 could not be read (%2). It was kept as %3 and a new, empty notes database was started.</source>
        <translation>The notes database %1 could not be read (%2). It was kept as %3 and a new, empty notes database was started.</translation>
    </message>
    <message>
        <source>Cannot open the notes database %1</source>
        <translation>Cannot open the notes database %1</translation>
    </message>
    <message>
        <source>Cannot read the schema version</source>
        <translation>Cannot read the schema version</translation>
    </message>
    <message>
        <source>The notes database was written by a newer Randnotiz (schema %1, this one knows %2)</source>
        <translation>The notes database was written by a newer Randnotiz (schema %1, this one knows %2)</translation>
    </message>
    <message>
        <source>Cannot create the notes database</source>
        <translation>Cannot create the notes database</translation>
    </message>
    <message>
        <source>Cannot update the notes database to schema 2</source>
        <translation>Cannot update the notes database to schema 2</translation>
    </message>
    <message>
        <source>Cannot move the unreadable notes database %1 aside</source>
        <translation>Cannot move the unreadable notes database %1 aside</translation>
    </message>
    <message>
        <source>The notes database is not open</source>
        <translation>The notes database is not open</translation>
    </message>
    <message>
        <source>Cannot look up the article</source>
        <translation>Cannot look up the article</translation>
    </message>
    <message>
        <source>Cannot update the article</source>
        <translation>Cannot update the article</translation>
    </message>
    <message>
        <source>Cannot add the article</source>
        <translation>Cannot add the article</translation>
    </message>
    <message>
        <source>Cannot save the new positions</source>
        <translation>Cannot save the new positions</translation>
    </message>
    <message>
        <source>Cannot save the annotation</source>
        <translation>Cannot save the annotation</translation>
    </message>
    <message>
        <source>The annotation belongs to no stored article</source>
        <translation>The annotation belongs to no stored article</translation>
    </message>
    <message>
        <source>The annotation no longer exists</source>
        <translation>The annotation no longer exists</translation>
    </message>
    <message>
        <source>Cannot remove the annotation</source>
        <translation>Cannot remove the annotation</translation>
    </message>
    <message>
        <source>Cannot save the colour label</source>
        <translation>Cannot save the colour label</translation>
    </message>
    <message>
        <source>the disk or the notes database is full</source>
        <translation>the disk or the notes database is full</translation>
    </message>
    <message>
        <source>the notes database is read-only</source>
        <translation>the notes database is read-only</translation>
    </message>
    <message>
        <source>the disk could not be read or written (is it full?)</source>
        <translation>the disk could not be read or written (is it full?)</translation>
    </message>
    <message>
        <source>The notes database %1 cannot be written (%2). The notes are shown, but no note can be added, changed or deleted until it can be written again.</source>
        <translation>The notes database %1 cannot be written (%2). The notes are shown, but no note can be added, changed or deleted until it can be written again.</translation>
    </message>
    <message>
        <source>Cannot update the notes database to schema 3</source>
        <translation>Cannot update the notes database to schema 3</translation>
    </message>
    <message>
        <source>Cannot update the notes database to schema 4</source>
        <translation>Cannot update the notes database to schema 4</translation>
    </message>
    <message>
        <source>The notes database is read-only; nothing can be saved</source>
        <translation>The notes database is read-only; nothing can be saved</translation>
    </message>
    <message>
        <source>The notes database is read-only; notes for this article cannot be saved</source>
        <translation>The notes database is read-only; notes for this article cannot be saved</translation>
    </message>
    <message>
        <source>Cannot remove the annotations</source>
        <translation>Cannot remove the annotations</translation>
    </message>
    <message>
        <source>Cannot save the verdict</source>
        <translation>Cannot save the verdict</translation>
    </message>
    <message>
        <source>Cannot save the chosen Wikipedia page</source>
        <translation>Cannot save the chosen Wikipedia page</translation>
    </message>
    <message>
        <source>Cannot remove the articles without notes</source>
        <translation>Cannot remove the articles without notes</translation>
    </message>
    <message>
        <source>The notes database %1 is in use by another program and did not become free within %2 s</source>
        <translation>Die Notizdatenbank %1 wird von einem anderen Programm benutzt und wurde nicht binnen %2 s frei</translation>
    </message>
</context>
<context>
    <name>Randnotiz::ArticleDocument</name>
    <message>
        <source>Wikipedia: %1</source>
        <translation>Wikipedia: %1</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>Photo: %1</translation>
    </message>
    <message>
        <source>Show the entry about this</source>
        <translation>Show the entry about this</translation>
    </message>
    <message>
        <source>Show in the biography panel</source>
        <translation>Show in the biography panel</translation>
    </message>
</context>
<context>
    <name>Randnotiz::ArticleFile</name>
    <message>
        <source>not a regular file (a folder)</source>
        <translation>not a regular file (a folder)</translation>
    </message>
    <message>
        <source>not a regular file (a named pipe)</source>
        <translation>not a regular file (a named pipe)</translation>
    </message>
    <message>
        <source>not a regular file (a socket)</source>
        <translation>not a regular file (a socket)</translation>
    </message>
    <message>
        <source>not a regular file (a device)</source>
        <translation>not a regular file (a device)</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>the file is larger than %1 MB</translation>
    </message>
</context>
<context>
    <name>Randnotiz::ArticleFiles</name>
    <message>
        <source>cannot read the folder: %1</source>
        <translation>cannot read the folder: %1</translation>
    </message>
</context>
<context>
    <name>Randnotiz::ArticleModel</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation>Commentary</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Persons and terms</source>
        <translation>Persons and terms</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Notes and photo credit</source>
        <translation>Notes and photo credit</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Commentary: %1</source>
        <translation>Commentary: %1</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>Photo: %1</translation>
    </message>
</context>
<context>
    <name>Randnotiz::ArticlePrint</name>
    <message>
        <source>Commentary</source>
        <translation>Commentary</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Persons and terms</source>
        <translation>Persons and terms</translation>
    </message>
    <message>
        <source>Notes and photo credit</source>
        <translation>Notes and photo credit</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <comment>file name, page number, number of pages</comment>
        <translation>%1 · page %2 of %3</translation>
    </message>
    <message>
        <source>Photo: </source>
        <translation>Photo: </translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Your notes</translation>
    </message>
    <message>
        <source>%1. “%2”</source>
        <comment>note number, quoted passage</comment>
        <translation>%1. “%2”</translation>
    </message>
    <message>
        <source>(this passage is no longer in the article)</source>
        <translation>(this passage is no longer in the article)</translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <translation>Colour: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation>the PDF could not be drawn</translation>
    </message>
</context>
<context>
    <name>Randnotiz::ArticleTextView</name>
    <message>
        <source>The text here has changed since this was marked; confirm the place from the context menu.</source>
        <translation>The text here has changed since this was marked; confirm the place from the context menu.</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Article text</translation>
    </message>
</context>
<context>
    <name>Randnotiz::ArticleView</name>
    <message>
        <source>This file was changed on disk.</source>
        <translation>This file was changed on disk.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation>Keep this version</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Randnotiz::BiographyModel</name>
    <message>
        <source>Wikipedia summary not loaded yet</source>
        <translation>Wikipedia summary not loaded yet</translation>
    </message>
    <message>
        <source>Loading the Wikipedia summary…</source>
        <translation>Loading the Wikipedia summary…</translation>
    </message>
    <message>
        <source>Wikipedia summary</source>
        <translation>Wikipedia summary</translation>
    </message>
    <message>
        <source>Wikipedia has no article of that name</source>
        <translation>Wikipedia has no article of that name</translation>
    </message>
    <message>
        <source>The Wikipedia page lists several meanings</source>
        <translation>The Wikipedia page lists several meanings</translation>
    </message>
    <message>
        <source>Offline: the Wikipedia summary cannot be loaded</source>
        <translation>Offline: the Wikipedia summary cannot be loaded</translation>
    </message>
    <message>
        <source>The Wikipedia summary could not be loaded</source>
        <translation>The Wikipedia summary could not be loaded</translation>
    </message>
</context>
<context>
    <name>Randnotiz::BiographyPanel</name>
    <message>
        <source>Previous person or term (Alt+Up)</source>
        <translation>Previous person or term (Alt+Up)</translation>
    </message>
    <message>
        <source>Previous person or term</source>
        <translation>Previous person or term</translation>
    </message>
    <message>
        <source>Next person or term (Alt+Down)</source>
        <translation>Next person or term (Alt+Down)</translation>
    </message>
    <message>
        <source>Next person or term</source>
        <translation>Next person or term</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Open in &amp;browser</translation>
    </message>
    <message>
        <source>No persons or terms</source>
        <translation>No persons or terms</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>No Wikipedia link</source>
        <translation>No Wikipedia link</translation>
    </message>
    <message>
        <source>The link is not a Wikipedia article and is not opened: %1</source>
        <translation>The link is not a Wikipedia article and is not opened: %1</translation>
    </message>
    <message>
        <source>Loading the Wikipedia summary</source>
        <translation>Loading the Wikipedia summary</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Fetch this summary again</source>
        <translation>Fetch this summary again</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>&amp;Copy summary</translation>
    </message>
    <message>
        <source>Copy the title, the summary and its attribution as plain text</source>
        <translation>Copy the title, the summary and its attribution as plain text</translation>
    </message>
    <message>
        <source>Offline: showing the saved copy</source>
        <translation>Offline: showing the saved copy</translation>
    </message>
    <message>
        <source>Offline, and this summary was never saved: it can be shown once the network is back.</source>
        <translation>Offline, and this summary was never saved: it can be shown once the network is back.</translation>
    </message>
    <message>
        <source>Showing the saved copy.</source>
        <translation>Showing the saved copy.</translation>
    </message>
    <message>
        <source>See the meanings on Wikipedia</source>
        <translation>See the meanings on Wikipedia</translation>
    </message>
    <message>
        <source>Wikipedia, %1, CC BY-SA 4.0</source>
        <translation>Wikipedia, %1, CC BY-SA 4.0</translation>
    </message>
    <message>
        <source>Add as &amp;note</source>
        <translation>Add as &amp;note</translation>
    </message>
    <message>
        <source>Keep the summary as a note on this entry of the article</source>
        <translation>Keep the summary as a note on this entry of the article</translation>
    </message>
    <message>
        <source>What the article says about it</source>
        <translation>What the article says about it</translation>
    </message>
    <message>
        <source>Where the article mentions it</source>
        <translation>Where the article mentions it</translation>
    </message>
    <message>
        <source>Wikipedia page</source>
        <translation>Wikipedia page</translation>
    </message>
    <message>
        <source>Use this Wikipedia page for this entry of this article; the file is not changed</source>
        <translation>Use this Wikipedia page for this entry of this article; the file is not changed</translation>
    </message>
    <message>
        <source>Forget this choice</source>
        <translation>Forget this choice</translation>
    </message>
    <message>
        <source>Forget the Wikipedia page chosen for this entry</source>
        <translation>Forget the Wikipedia page chosen for this entry</translation>
    </message>
    <message>
        <source>Perhaps: %1</source>
        <translation>Perhaps: %1</translation>
    </message>
    <message numerus="yes">
        <source>Mentioned %n time(s) in this article</source>
        <translation>
            <numerusform>Mentioned %n time in this article</numerusform>
            <numerusform>Mentioned %n times in this article</numerusform>
        </translation>
    </message>
    <message>
        <source>Show mention %1 in the article</source>
        <translation>Show mention %1 in the article</translation>
    </message>
    <message>
        <source>Wikipedia (offline copy of %1), CC BY-SA 4.0</source>
        <translation>Wikipedia (offline copy of %1), CC BY-SA 4.0</translation>
    </message>
</context>
<context>
    <name>Randnotiz::CommandLine</name>
    <message>
        <source>Print each article in PATH (files or folders) as one JSON line.</source>
        <translation>Print each article in PATH (files or folders) as one JSON line.</translation>
    </message>
    <message>
        <source>Attach the W3C annotations in NOTES.json to the article FILE.</source>
        <translation>Attach the W3C annotations in NOTES.json to the article FILE.</translation>
    </message>
    <message>
        <source>Export the notes of FILE as md, html, json or csv.</source>
        <translation>Export the notes of FILE as md, html, json or csv.</translation>
    </message>
    <message>
        <source>Fetch and cache the Wikipedia summaries linked from the articles in PATH.</source>
        <translation>Fetch and cache the Wikipedia summaries linked from the articles in PATH.</translation>
    </message>
    <message>
        <source>With --export-notes: export the notes of every article.</source>
        <translation>With --export-notes: export the notes of every article.</translation>
    </message>
    <message>
        <source>Write the export to OUT instead of stdout.</source>
        <translation>Write the export to OUT instead of stdout.</translation>
    </message>
    <message>
        <source>Use URL instead of https://{lang}.wikipedia.org/api/rest_v1 (for mirrors and tests).</source>
        <translation>Use URL instead of https://{lang}.wikipedia.org/api/rest_v1 (for mirrors and tests).</translation>
    </message>
    <message>
        <source>Never touch the network; use cached summaries only.</source>
        <translation>Never touch the network; use cached summaries only.</translation>
    </message>
    <message>
        <source>Keep notes and caches in DIR instead of the default.</source>
        <translation>Keep notes and caches in DIR instead of the default.</translation>
    </message>
    <message>
        <source>Language of the window: de or en (default: system).</source>
        <translation>Language of the window: de or en (default: system).</translation>
    </message>
    <message>
        <source>Open FILE, quit after its first paint and print the milliseconds since start.</source>
        <translation>Open FILE, quit after its first paint and print the milliseconds since start.</translation>
    </message>
    <message>
        <source>Randnotiz reads and annotates OZD-News articles.</source>
        <translation>Randnotiz reads and annotates OZD-News articles.</translation>
    </message>
    <message>
        <source>Article files (or folders).</source>
        <translation>Article files (or folders).</translation>
    </message>
    <message>
        <source>Add the folders or files PATH to the library and index them.</source>
        <translation>Add the folders or files PATH to the library and index them.</translation>
    </message>
    <message>
        <source>Search the library for QUERY.</source>
        <translation>Search the library for QUERY.</translation>
    </message>
    <message>
        <source>List the persons and terms of the library.</source>
        <translation>List the persons and terms of the library.</translation>
    </message>
    <message>
        <source>List the forecasts of the library with their verdicts.</source>
        <translation>List the forecasts of the library with their verdicts.</translation>
    </message>
    <message>
        <source>Write the article FILE as it reads, with its highlights and notes, to the PDF given with -o.</source>
        <translation>Write the article FILE as it reads, with its highlights and notes, to the PDF given with -o.</translation>
    </message>
    <message>
        <source>Create or update the team store&apos;s tables, role and access rules in the PostgreSQL database URL.</source>
        <translation>Create or update the team store&apos;s tables, role and access rules in the PostgreSQL database URL.</translation>
    </message>
    <message>
        <source>With --search: at most N hits (default 20).</source>
        <translation>With --search: at most N hits (default 20).</translation>
    </message>
    <message>
        <source>Read summaries from FILE, an offline copy of Wikipedia (Kiwix ZIM); repeatable.</source>
        <translation>Read summaries from FILE, an offline copy of Wikipedia (Kiwix ZIM); repeatable.</translation>
    </message>
    <message>
        <source>Start without reopening the tabs of the last session.</source>
        <translation>Start without reopening the tabs of the last session.</translation>
    </message>
    <message>
        <source>Keep the notes in the team store at the PostgreSQL address URL (postgresql://USER@HOST:PORT/DB, sslmode=... allowed; the password comes from ~/.pgpass, PGPASSWORD or PGSERVICE), for the window, --import-notes, --export-notes and --export-pdf. Default: the local notes store.</source>
        <translation>Die Notizen im Team-Speicher unter der PostgreSQL-Adresse URL führen (postgresql://BENUTZER@HOST:PORT/DB, sslmode=... erlaubt; das Passwort kommt aus ~/.pgpass, PGPASSWORD oder PGSERVICE), für das Fenster, --import-notes, --export-notes und --export-pdf. Standard: der lokale Notizspeicher.</translation>
    </message>
    <message>
        <source>With --import-notes and --store: the imported notes are shared with the team.</source>
        <translation>Mit --import-notes und --store: die importierten Notizen werden mit dem Team geteilt.</translation>
    </message>
</context>
<context>
    <name>Randnotiz::ExportDialog</name>
    <message>
        <source>Choose...</source>
        <translation>Choose...</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Open Folder</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>Export Notes</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON)</source>
        <translation>W3C Web Annotation (JSON)</translation>
    </message>
    <message>
        <source>This article: %1</source>
        <translation>This article: %1</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>All articles</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>randnotiz-notes</source>
        <comment>file name of an export of all notes</comment>
        <translation>randnotiz-notes</translation>
    </message>
    <message>
        <source>%1-notes</source>
        <comment>file name of an export; %1 = the article&apos;s file name</comment>
        <translation>%1-notes</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>W3C Web Annotation (*.json)</source>
        <translation>W3C Web Annotation (*.json)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choose a file to export to.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 is a folder; choose a file name.</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Replace File?</translation>
    </message>
    <message>
        <source>%1 already exists.
Replace it with the exported notes?</source>
        <translation>%1 already exists.
Replace it with the exported notes?</translation>
    </message>
    <message>
        <source>Nothing exported; %1 was left as it was.</source>
        <translation>Nothing exported; %1 was left as it was.</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Exporting...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Cancelling...</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) to %1</source>
        <translation>
            <numerusform>Exported %n note to %1</numerusform>
            <numerusform>Exported %n notes to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
</context>
<context>
    <name>Randnotiz::FindBar</name>
    <message>
        <source>Find:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Find in article</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Next match (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Close (Escape)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Close the find bar</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>Randnotiz::ForecastExport</name>
    <message>
        <source>Forecasts</source>
        <translation>Forecasts</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1, %n forecast(s).</source>
        <translation>
            <numerusform>Exported %1, %n forecast.</numerusform>
            <numerusform>Exported %1, %n forecasts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Verdict: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>Randnotiz::ForecastModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Randnotiz::InstanceServer</name>
    <message>
        <source>Another Randnotiz is already running for this data folder.</source>
        <translation>Another Randnotiz is already running for this data folder.</translation>
    </message>
</context>
<context>
    <name>Randnotiz::LibraryCommands</name>
    <message>
        <source>--index needs at least one folder or file</source>
        <translation>--index needs at least one folder or file</translation>
    </message>
</context>
<context>
    <name>Randnotiz::LibraryController</name>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Add Folder to &amp;Library…</source>
        <translation>Add Folder to &amp;Library…</translation>
    </message>
    <message>
        <source>Search the &amp;Library…</source>
        <translation>Search the &amp;Library…</translation>
    </message>
    <message>
        <source>The library cannot be opened: %1</source>
        <translation>The library cannot be opened: %1</translation>
    </message>
    <message>
        <source>The verdict could not be saved: %1</source>
        <translation>The verdict could not be saved: %1</translation>
    </message>
    <message>
        <source>the notes database is not open</source>
        <translation>the notes database is not open</translation>
    </message>
    <message>
        <source>Add Folder to Library</source>
        <translation>Add Folder to Library</translation>
    </message>
    <message>
        <source>Some articles could not be added to the library: %1</source>
        <translation>Some articles could not be added to the library: %1</translation>
    </message>
</context>
<context>
    <name>Randnotiz::LibraryIndex</name>
    <message>
        <source>library index %1</source>
        <translation>library index %1</translation>
    </message>
    <message>
        <source>cannot create the data folder %1</source>
        <translation>cannot create the data folder %1</translation>
    </message>
    <message>
        <source>permission denied or no space</source>
        <translation>permission denied or no space</translation>
    </message>
    <message>
        <source>cannot open the library index %1</source>
        <translation>cannot open the library index %1</translation>
    </message>
    <message>
        <source>made by a newer Randnotiz (version %1)</source>
        <translation>made by a newer Randnotiz (version %1)</translation>
    </message>
    <message>
        <source>not an article</source>
        <translation>not an article</translation>
    </message>
    <message>
        <source>the library index could not be written</source>
        <translation>the library index could not be written</translation>
    </message>
    <message>
        <source>the library index could not be written: %1</source>
        <translation>the library index could not be written: %1</translation>
    </message>
</context>
<context>
    <name>Randnotiz::LibraryModel</name>
    <message>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <source>Persons and terms</source>
        <translation>Persons and terms</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Words</translation>
    </message>
</context>
<context>
    <name>Randnotiz::LibraryPanel</name>
    <message>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation>Commentary</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Persons and terms</source>
        <translation>Persons and terms</translation>
    </message>
    <message>
        <source>Notes and photo credit</source>
        <translation>Notes and photo credit</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Search the library (Ctrl+Shift+F)</source>
        <translation>Search the library (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Search the library</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Indexing progress</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Add Folder…</translation>
    </message>
    <message>
        <source>Indexing %1 of %2</source>
        <translation>Indexing %1 of %2</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Person or term</source>
        <translation>Person or term</translation>
    </message>
    <message>
        <source>All persons and terms</source>
        <translation>All persons and terms</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>With notes</source>
        <translation>With notes</translation>
    </message>
    <message>
        <source>Articles of the library</source>
        <translation>Articles of the library</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Persons and terms of the library</source>
        <translation>Persons and terms of the library</translation>
    </message>
    <message>
        <source>Articles about it, newest first</source>
        <translation>Articles about it, newest first</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What the article says</source>
        <translation>What the article says</translation>
    </message>
    <message>
        <source>Only open ones older than</source>
        <translation>Only open ones older than</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Export Markdown…</translation>
    </message>
    <message>
        <source>Forecasts of the library</source>
        <translation>Forecasts of the library</translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation>Forecasts</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <source>All folders</source>
        <translation>All folders</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <source>(mentioned only)</source>
        <translation>(mentioned only)</translation>
    </message>
    <message>
        <source>Export Forecasts as CSV</source>
        <translation>Export Forecasts as CSV</translation>
    </message>
    <message>
        <source>Export Forecasts as Markdown</source>
        <translation>Export Forecasts as Markdown</translation>
    </message>
    <message>
        <source>forecasts</source>
        <translation>forecasts</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown files (*.md)</translation>
    </message>
    <message>
        <source>Export Forecasts</source>
        <translation>Export Forecasts</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Remove from Library…</source>
        <translation>Aus der Bibliothek entfernen…</translation>
    </message>
    <message>
        <source>Wikipedia summary</source>
        <translation>Wikipedia-Zusammenfassung</translation>
    </message>
    <message>
        <source>No Wikipedia page is linked to it.</source>
        <translation>Damit ist keine Wikipedia-Seite verknüpft.</translation>
    </message>
    <message>
        <source>Its Wikipedia summary is not cached yet.</source>
        <translation>Seine Wikipedia-Zusammenfassung ist noch nicht zwischengespeichert.</translation>
    </message>
    <message>
        <source>Wikipedia, %1, CC BY-SA 4.0</source>
        <translation>Wikipedia, %1, CC BY-SA 4.0</translation>
    </message>
    <message>
        <source>Remove from Library</source>
        <translation>Aus der Bibliothek entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the library?</source>
        <translation>%1 aus der Bibliothek entfernen?</translation>
    </message>
    <message>
        <source>Its articles leave the library. The files stay where they are, and your notes on them stay in the notes database.</source>
        <translation>Seine Artikel verlassen die Bibliothek. Die Dateien bleiben, wo sie sind, und Ihre Notizen dazu bleiben in der Notizdatenbank.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln article(s)</source>
        <translation>
            <numerusform>%1 of %Ln article</numerusform>
            <numerusform>%1 of %Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Randnotiz::MainWindow</name>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation>Dismiss the error</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>Persons and terms</source>
        <translation>Persons and terms</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Find &amp;Previous</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>&amp;Expand All</translation>
    </message>
    <message>
        <source>C&amp;ollapse All</source>
        <translation>C&amp;ollapse All</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom O&amp;ut</source>
        <translation>Zoom O&amp;ut</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>&amp;Normal Size</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>System Language</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Previous Person or Term</source>
        <translation>&amp;Previous Person or Term</translation>
    </message>
    <message>
        <source>&amp;Next Person or Term</source>
        <translation>&amp;Next Person or Term</translation>
    </message>
    <message>
        <source>Next &amp;Tab</source>
        <translation>Next &amp;Tab</translation>
    </message>
    <message>
        <source>Previous T&amp;ab</source>
        <translation>Previous T&amp;ab</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Randnotiz</source>
        <translation>&amp;About Randnotiz</translation>
    </message>
    <message>
        <source>About Randnotiz</source>
        <translation>About Randnotiz</translation>
    </message>
    <message>
        <source>Randnotiz %1
Reads and annotates OZD-News articles.</source>
        <translation>Randnotiz %1
Reads and annotates OZD-News articles.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>the changed file cannot be read (%1); the old text stays</source>
        <translation>the changed file cannot be read (%1); the old text stays</translation>
    </message>
    <message>
        <source>the sample article</source>
        <translation>the sample article</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Clear List</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>Open Articles</translation>
    </message>
    <message>
        <source>OZD-News articles (*.txt);;All files (*)</source>
        <translation>OZD-News articles (*.txt);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Highlighting</source>
        <translation>Highlighting</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Export as P&amp;DF…</translation>
    </message>
    <message>
        <source>The chosen Wikipedia page is used until the article is closed, but cannot be kept: %1</source>
        <translation>The chosen Wikipedia page is used until the article is closed, but cannot be kept: %1</translation>
    </message>
    <message>
        <source>Not reopened from the last session; the file is gone: %1</source>
        <translation>Not reopened from the last session; the file is gone: %1</translation>
    </message>
    <message>
        <source>No article is open.

Double-click one in the library, or open a file with File › Open… (%1).</source>
        <translation>No article is open.

Double-click one in the library, or open a file with File › Open… (%1).</translation>
    </message>
</context>
<context>
    <name>Randnotiz::NoteEditor</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Your note (Ctrl+Enter saves, Esc cancels)</source>
        <translation>Your note (Ctrl+Enter saves, Esc cancels)</translation>
    </message>
    <message>
        <source>e.g. klima, quelle</source>
        <translation>e.g. klima, quelle</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Colour:</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Shared with the team</source>
        <translation>Mit dem Team &amp;geteilt</translation>
    </message>
    <message>
        <source>A private note is seen by you alone; a shared one by every member of the team store.</source>
        <translation>Eine private Notiz sehen nur Sie; eine geteilte jedes Mitglied des Team-Speichers.</translation>
    </message>
</context>
<context>
    <name>Randnotiz::NoteHistoryDialog</name>
    <message>
        <source>History of the Note</source>
        <translation>Verlauf der Notiz</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>No earlier versions.</source>
        <translation>Keine früheren Fassungen.</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(keine Notiz)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>Randnotiz::NotesExport</name>
    <message>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation>Commentary</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Biographies and explanations</source>
        <translation>Biographies and explanations</translation>
    </message>
    <message>
        <source>Notes and credits</source>
        <translation>Notes and credits</translation>
    </message>
    <message>
        <source>Further sections</source>
        <translation>Further sections</translation>
    </message>
    <message>
        <source>%1 exists already; it is not replaced</source>
        <translation>%1 exists already; it is not replaced</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Passages no longer in the text</source>
        <translation>Passages no longer in the text</translation>
    </message>
    <message>
        <source>Randnotiz notes</source>
        <translation>Randnotiz notes</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>open in Randnotiz</source>
        <translation>open in Randnotiz</translation>
    </message>
</context>
<context>
    <name>Randnotiz::NotesExporter</name>
    <message>
        <source>%1 exists already; choose another name or remove it first</source>
        <translation>%1 exists already; choose another name or remove it first</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>no article to export</source>
        <translation>no article to export</translation>
    </message>
    <message>
        <source>no place to write the export to</source>
        <translation>no place to write the export to</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>export cancelled</translation>
    </message>
    <message>
        <source>cannot write the export to standard output</source>
        <translation>cannot write the export to standard output</translation>
    </message>
</context>
<context>
    <name>Randnotiz::OzdParser</name>
    <message>
        <source>second commentary heading; its text joins the first commentary</source>
        <translation>second commentary heading; its text joins the first commentary</translation>
    </message>
    <message>
        <source>second forecast heading; its text joins the first forecast</source>
        <translation>second forecast heading; its text joins the first forecast</translation>
    </message>
    <message>
        <source>second explanations heading; its entries join the first list</source>
        <translation>second explanations heading; its entries join the first list</translation>
    </message>
    <message>
        <source>second notes heading; its text joins the first notes</source>
        <translation>second notes heading; its text joins the first notes</translation>
    </message>
    <message>
        <source>second source credit; kept as text</source>
        <translation>second source credit; kept as text</translation>
    </message>
    <message>
        <source>second photo credit; kept as text</source>
        <translation>second photo credit; kept as text</translation>
    </message>
    <message>
        <source>photo credit is empty</source>
        <translation>photo credit is empty</translation>
    </message>
    <message>
        <source>Wikipedia link outside an explanation entry; kept as text</source>
        <translation>Wikipedia link outside an explanation entry; kept as text</translation>
    </message>
    <message>
        <source>second Wikipedia link for &quot;%1&quot;; kept as text</source>
        <translation>second Wikipedia link for &quot;%1&quot;; kept as text</translation>
    </message>
    <message>
        <source>commentary has no title</source>
        <translation>commentary has no title</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; has no text</source>
        <translation>entry &quot;%1&quot; has no text</translation>
    </message>
    <message>
        <source>explanations heading without entries</source>
        <translation>explanations heading without entries</translation>
    </message>
    <message>
        <source>empty Wikipedia link</source>
        <translation>empty Wikipedia link</translation>
    </message>
    <message>
        <source>not a Wikipedia article link, it will not be fetched or opened: %1</source>
        <translation>not a Wikipedia article link, it will not be fetched or opened: %1</translation>
    </message>
    <message>
        <source>unusual question form; the whole question is taken as the subject</source>
        <translation>unusual question form; the whole question is taken as the subject</translation>
    </message>
    <message>
        <source>text after the Wikipedia link of &quot;%1&quot;</source>
        <translation>text after the Wikipedia link of &quot;%1&quot;</translation>
    </message>
    <message>
        <source>text before the first explanation entry; kept as a section</source>
        <translation>text before the first explanation entry; kept as a section</translation>
    </message>
    <message>
        <source>the file is larger than 20 MB</source>
        <translation>the file is larger than 20 MB</translation>
    </message>
</context>
<context>
    <name>Randnotiz::PdfExportCommand</name>
    <message>
        <source>--export-pdf needs one article FILE and -o OUT.pdf</source>
        <translation>--export-pdf needs one article FILE and -o OUT.pdf</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name or remove it first</source>
        <translation>%1 exists already; choose another name or remove it first</translation>
    </message>
</context>
<context>
    <name>Randnotiz::PostgresStore</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: apt install libqt6sql6-psql).</source>
        <translation>Qt&apos;s PostgreSQL driver is not installed (Debian: apt install libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the team store</source>
        <translation>Cannot connect to the team store</translation>
    </message>
    <message>
        <source>the database has team store version %1, this Randnotiz needs %2 (an administrator runs randnotiz --init-store)</source>
        <translation>the database has team store version %1, this Randnotiz needs %2 (an administrator runs randnotiz --init-store)</translation>
    </message>
    <message>
        <source>Cannot use the team store</source>
        <translation>Cannot use the team store</translation>
    </message>
    <message>
        <source>Cannot follow the team store&apos;s changes</source>
        <translation>Cannot follow the team store&apos;s changes</translation>
    </message>
    <message>
        <source>Cannot record the article</source>
        <translation>Cannot record the article</translation>
    </message>
    <message>
        <source>The team store does not know this article</source>
        <translation>The team store does not know this article</translation>
    </message>
    <message>
        <source>Cannot read the notes</source>
        <translation>Cannot read the notes</translation>
    </message>
    <message>
        <source>The note belongs to no article of the team store</source>
        <translation>The note belongs to no article of the team store</translation>
    </message>
    <message>
        <source>Cannot change the note</source>
        <translation>Cannot change the note</translation>
    </message>
    <message>
        <source>Cannot save the note</source>
        <translation>Cannot save the note</translation>
    </message>
    <message>
        <source>The note no longer exists, or it is another member&apos;s and cannot be changed</source>
        <translation>The note no longer exists, or it is another member&apos;s and cannot be changed</translation>
    </message>
    <message>
        <source>Cannot save the notes</source>
        <translation>Cannot save the notes</translation>
    </message>
    <message>
        <source>The note no longer exists</source>
        <translation>The note no longer exists</translation>
    </message>
    <message>
        <source>Cannot remove the notes</source>
        <translation>Cannot remove the notes</translation>
    </message>
    <message>
        <source>Another member&apos;s notes cannot be removed</source>
        <translation>Another member&apos;s notes cannot be removed</translation>
    </message>
    <message>
        <source>The local notes store cannot be opened (%1): chosen Wikipedia pages, verdicts and colour labels are not saved.</source>
        <translation>Der lokale Notizspeicher kann nicht geöffnet werden (%1): gewählte Wikipedia-Seiten, Bewertungen und Farbbezeichnungen werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Cannot save the new positions</source>
        <translation>Die neuen Positionen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The local notes store is not open</source>
        <translation>Der lokale Notizspeicher ist nicht geöffnet</translation>
    </message>
    <message>
        <source>The team store&apos;s outbox cannot be opened (%1): changes made while the server cannot be reached are not kept.</source>
        <translation>Der Ausgang des Teamspeichers kann nicht geöffnet werden (%1): Änderungen, während der Server nicht erreichbar ist, werden nicht aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <source>Team store offline · %n changes waiting</source>
        <translation>
            <numerusform>Team store offline · %n change waiting</numerusform>
            <numerusform>Team store offline · %n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team store: %n changes were refused by the server; they are kept in %1</source>
        <translation>
            <numerusform>Team store: %n change was refused by the server; it is kept in %1</numerusform>
            <numerusform>Team store: %n changes were refused by the server; they are kept in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The team store cannot be reached, and there is no outbox to keep the change in</source>
        <translation>Der Teamspeicher ist nicht erreichbar, und es gibt keinen Ausgang, der die Änderung aufbewahren könnte</translation>
    </message>
    <message>
        <source>The team store cannot be reached. Notes you make now wait on this computer and are sent when it answers; the team&apos;s notes show once it does.</source>
        <translation>Der Teamspeicher ist nicht erreichbar. Notizen, die Sie jetzt machen, warten auf diesem Computer und werden gesendet, sobald er antwortet; die Notizen des Teams erscheinen, sobald er das tut.</translation>
    </message>
</context>
<context>
    <name>Randnotiz::PrintDialogs</name>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>The printer could not be used.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Randnotiz::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>the link&apos;s own language</source>
        <translation>the link&apos;s own language</translation>
    </message>
    <message>
        <source>A Wikipedia language code such as de or en. Summaries are fetched in this language when the page exists there; empty keeps each link&apos;s own language.</source>
        <translation>A Wikipedia language code such as de or en. Summaries are fetched in this language when the page exists there; empty keeps each link&apos;s own language.</translation>
    </message>
    <message>
        <source>Preferred &amp;language:</source>
        <translation>Preferred &amp;language:</translation>
    </message>
    <message>
        <source>An e-mail address or web page sent to Wikipedia with every request, so that its operators can reach you.</source>
        <translation>An e-mail address or web page sent to Wikipedia with every request, so that its operators can reach you.</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>&amp;Offline: never use the network, show cached summaries only</source>
        <translation>&amp;Offline: never use the network, show cached summaries only</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Cache &amp;size:</source>
        <translation>Cache &amp;size:</translation>
    </message>
    <message>
        <source>The REST API root of a Wikipedia mirror; {lang} stands for the language code. Empty: Wikipedia itself.</source>
        <translation>The REST API root of a Wikipedia mirror; {lang} stands for the language code. Empty: Wikipedia itself.</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Base URL:</translation>
    </message>
    <message>
        <source>The base URL must start with https:// or http:// and name a host.</source>
        <translation>The base URL must start with https:// or http:// and name a host.</translation>
    </message>
    <message>
        <source>Wikipedia summaries</source>
        <translation>Wikipedia summaries</translation>
    </message>
    <message>
        <source>Highlight colours</source>
        <translation>Highlight colours</translation>
    </message>
    <message>
        <source>what this colour means, e.g. important</source>
        <translation>what this colour means, e.g. important</translation>
    </message>
    <message>
        <source>Offline copies</source>
        <translation>Offline copies</translation>
    </message>
    <message>
        <source>Kiwix ZIM files of Wikipedia: summaries of the pages they hold need no network.</source>
        <translation>Kiwix ZIM files of Wikipedia: summaries of the pages they hold need no network.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Prefer offline copies: do not ask the network for pages they have</source>
        <translation>&amp;Prefer offline copies: do not ask the network for pages they have</translation>
    </message>
    <message>
        <source>Add offline copies of Wikipedia</source>
        <translation>Add offline copies of Wikipedia</translation>
    </message>
    <message>
        <source>Kiwix ZIM files (*.zim);;All files (*)</source>
        <translation>Kiwix ZIM files (*.zim);;All files (*)</translation>
    </message>
    <message>
        <source>Notes database</source>
        <translation>Notes database</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>Cl&amp;ear</translation>
    </message>
    <message>
        <source>Removes the stored text of articles that have no notes. Articles with notes keep theirs: their notes find their place with it.</source>
        <translation>Removes the stored text of articles that have no notes. Articles with notes keep theirs: their notes find their place with it.</translation>
    </message>
    <message>
        <source>%1 — reading…</source>
        <translation>%1 — reading…</translation>
    </message>
    <message>
        <source>%1 — %2, %3 articles, of %4</source>
        <translation>%1 — %2, %3 articles, of %4</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>unknown date</translation>
    </message>
    <message>
        <source>The notes database is not open.</source>
        <translation>The notes database is not open.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) without notes, %1 KB</source>
        <translation>
            <numerusform>%n article without notes, %1 KB</numerusform>
            <numerusform>%n articles without notes, %1 KB</numerusform>
        </translation>
    </message>
    <message>
        <source>The articles without notes could not be removed: %1</source>
        <translation>The articles without notes could not be removed: %1</translation>
    </message>
    <message>
        <source>Team store</source>
        <translation>Team-Speicher</translation>
    </message>
    <message>
        <source>The PostgreSQL database the team shares its notes in; empty keeps the notes on this computer. No password here: it comes from ~/.pgpass, PGPASSWORD or PGSERVICE.</source>
        <translation>Die PostgreSQL-Datenbank, in der das Team seine Notizen teilt; leer lässt die Notizen auf diesem Computer. Kein Passwort hier: es kommt aus ~/.pgpass, PGPASSWORD oder PGSERVICE.</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>A new address is used from the next start of Randnotiz.</source>
        <translation>Eine neue Adresse gilt ab dem nächsten Start von Randnotiz.</translation>
    </message>
    <message>
        <source>New notes are &amp;shared with the team (otherwise private)</source>
        <translation>Neue Notizen werden mit dem Team &amp;geteilt (sonst privat)</translation>
    </message>
    <message>
        <source>No address: the notes stay on this computer.</source>
        <translation>Keine Adresse: die Notizen bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Connected: the team store can be used.</source>
        <translation>Verbunden: der Team-Speicher kann benutzt werden.</translation>
    </message>
</context>
<context>
    <name>Randnotiz::StoreCommands</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: apt install libqt6sql6-psql).</source>
        <translation>Qt&apos;s PostgreSQL driver is not installed (Debian: apt install libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the team store %1: %2</source>
        <translation>Cannot connect to the team store %1: %2</translation>
    </message>
    <message>
        <source>The team store is up to date (version %1).</source>
        <translation>The team store is up to date (version %1).</translation>
    </message>
    <message>
        <source>The team store is at version %1 (was %2). Add people with: GRANT %3 TO their_role;</source>
        <translation>The team store is at version %1 (was %2). Add people with: GRANT %3 TO their_role;</translation>
    </message>
</context>
<context>
    <name>Randnotiz::SummaryWorker</name>
    <message>
        <source>offline — from just now</source>
        <translation>offline — from just now</translation>
    </message>
    <message>
        <source>offline — from 1 minute ago</source>
        <translation>offline — from 1 minute ago</translation>
    </message>
    <message numerus="yes">
        <source>offline — from %n minutes ago</source>
        <translation>
            <numerusform>offline — from %n minute ago</numerusform>
            <numerusform>offline — from %n minutes ago</numerusform>
        </translation>
    </message>
    <message>
        <source>offline — from 1 hour ago</source>
        <translation>offline — from 1 hour ago</translation>
    </message>
    <message numerus="yes">
        <source>offline — from %n hours ago</source>
        <translation>
            <numerusform>offline — from %n hour ago</numerusform>
            <numerusform>offline — from %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>offline — from %n days ago</source>
        <translation>
            <numerusform>offline — from %n day ago</numerusform>
            <numerusform>offline — from %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a Wikipedia article link; nothing was fetched.</source>
        <translation>Not a Wikipedia article link; nothing was fetched.</translation>
    </message>
    <message>
        <source>offline — no copy of this summary is stored.</source>
        <translation>offline — no copy of this summary is stored.</translation>
    </message>
    <message>
        <source>The configured Wikipedia address is not usable.</source>
        <translation>The configured Wikipedia address is not usable.</translation>
    </message>
    <message>
        <source>The answer from Wikipedia is larger than %1 KB and was refused.</source>
        <translation>The answer from Wikipedia is larger than %1 KB and was refused.</translation>
    </message>
    <message>
        <source>Wikipedia did not answer within %1 s.</source>
        <translation>Wikipedia did not answer within %1 s.</translation>
    </message>
    <message>
        <source>Wikipedia redirected to another host; the redirect was refused.</source>
        <translation>Wikipedia redirected to another host; the redirect was refused.</translation>
    </message>
    <message>
        <source>Too many redirects (more than %1).</source>
        <translation>Too many redirects (more than %1).</translation>
    </message>
    <message>
        <source>Wikipedia asked to slow down (HTTP 429) %1 times; giving up.</source>
        <translation>Wikipedia asked to slow down (HTTP 429) %1 times; giving up.</translation>
    </message>
    <message>
        <source>Wikipedia had a server error (HTTP %1) %2 times; giving up.</source>
        <translation>Wikipedia had a server error (HTTP %1) %2 times; giving up.</translation>
    </message>
    <message>
        <source>Wikipedia asked to wait %1 s; not waiting that long.</source>
        <translation>Wikipedia asked to wait %1 s; not waiting that long.</translation>
    </message>
    <message>
        <source>The connection to Wikipedia was closed: %1</source>
        <translation>The connection to Wikipedia was closed: %1</translation>
    </message>
    <message>
        <source>Wikipedia could not be reached: %1</source>
        <translation>Wikipedia could not be reached: %1</translation>
    </message>
    <message>
        <source>Wikipedia answered with HTTP %1.</source>
        <translation>Wikipedia answered with HTTP %1.</translation>
    </message>
</context>
<context>
    <name>Randnotiz::TeamOutbox</name>
    <message>
        <source>Cannot create the data folder</source>
        <translation>Der Datenordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot open the team store&apos;s outbox</source>
        <translation>Der Ausgang des Teamspeichers kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot read the team store&apos;s outbox</source>
        <translation>Der Ausgang des Teamspeichers kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot keep the change in the team store&apos;s outbox</source>
        <translation>Die Änderung kann nicht im Ausgang des Teamspeichers aufbewahrt werden</translation>
    </message>
    <message>
        <source>Cannot update the team store&apos;s outbox</source>
        <translation>Der Ausgang des Teamspeichers kann nicht aktualisiert werden</translation>
    </message>
</context>
<context>
    <name>Randnotiz::TeamSchema</name>
    <message>
        <source>The team store could not be set up: %1</source>
        <translation>The team store could not be set up: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no team store address; it looks like postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>&quot;%1&quot; is no team store address; it looks like postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <source>The address of the team store must not contain a password; put it in ~/.pgpass or PGPASSWORD instead.</source>
        <translation>The address of the team store must not contain a password; put it in ~/.pgpass or PGPASSWORD instead.</translation>
    </message>
    <message>
        <source>The address of the team store names no database: postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>The address of the team store names no database: postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <source>The address of the team store has an unknown setting &quot;%1&quot;; only sslmode is allowed.</source>
        <translation>The address of the team store has an unknown setting &quot;%1&quot;; only sslmode is allowed.</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;; use one of: %2</source>
        <translation>Unknown sslmode &quot;%1&quot;; use one of: %2</translation>
    </message>
    <message>
        <source>The team store cannot be read: %1</source>
        <translation>The team store cannot be read: %1</translation>
    </message>
    <message>
        <source>The team store has version %1, newer than this Randnotiz knows (%2); update Randnotiz.</source>
        <translation>The team store has version %1, newer than this Randnotiz knows (%2); update Randnotiz.</translation>
    </message>
</context>
<context>
    <name>Randnotiz::TextDecoder</name>
    <message>
        <source>the file claims to be UTF-8 but contains invalid byte sequences</source>
        <translation>the file claims to be UTF-8 but contains invalid byte sequences</translation>
    </message>
    <message>
        <source>the file is binary data, not a text article</source>
        <translation>the file is binary data, not a text article</translation>
    </message>
    <message>
        <source>the file is not UTF-8 and this build cannot decode Windows-1252</source>
        <translation>the file is not UTF-8 and this build cannot decode Windows-1252</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
</context>
<context>
    <name>Randnotiz::Verdict</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Came true</source>
        <translation>Came true</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Partly</translation>
    </message>
    <message>
        <source>Did not</source>
        <translation>Did not</translation>
    </message>
</context>
<context>
    <name>Randnotiz::W3cAnnotations</name>
    <message>
        <source>Randnotiz notes</source>
        <translation>Randnotiz notes</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB</source>
        <translation>The file is larger than %1 MiB</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>Not valid JSON at byte %1: %2</translation>
    </message>
    <message>
        <source>The collection&apos;s first page is at %1, which would have to be downloaded</source>
        <translation>The collection&apos;s first page is at %1, which would have to be downloaded</translation>
    </message>
    <message>
        <source>Neither an Annotation, an AnnotationPage nor an AnnotationCollection</source>
        <translation>Neither an Annotation, an AnnotationPage nor an AnnotationCollection</translation>
    </message>
    <message>
        <source>Item %1 is not an Annotation</source>
        <translation>Item %1 is not an Annotation</translation>
    </message>
    <message>
        <source>Annotation %1 has no target</source>
        <translation>Annotation %1 has no target</translation>
    </message>
    <message>
        <source>Annotation %1 has neither a TextQuoteSelector nor a TextPositionSelector</source>
        <translation>Annotation %1 has neither a TextQuoteSelector nor a TextPositionSelector</translation>
    </message>
    <message>
        <source>Item %1 is not a JSON object</source>
        <translation>Item %1 is not a JSON object</translation>
    </message>
    <message>
        <source>The collection continues at %1, which would have to be downloaded</source>
        <translation>The collection continues at %1, which would have to be downloaded</translation>
    </message>
</context>
<context>
    <name>Randnotiz::WikiClient</name>
    <message>
        <source>The summary from Wikipedia could not be read: %1 (at byte %2).</source>
        <translation>The summary from Wikipedia could not be read: %1 (at byte %2).</translation>
    </message>
    <message>
        <source>The answer from Wikipedia is not a page summary.</source>
        <translation>The answer from Wikipedia is not a page summary.</translation>
    </message>
</context>
<context>
    <name>Randnotiz::ZimLibrary</name>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1: the file does not exist.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1: the file cannot be read.</translation>
    </message>
    <message>
        <source>%1: not a usable ZIM file (it may be truncated or damaged).</source>
        <translation>%1: not a usable ZIM file (it may be truncated or damaged).</translation>
    </message>
    <message>
        <source>%1: the ZIM file does not say its language.</source>
        <translation>%1: the ZIM file does not say its language.</translation>
    </message>
    <message>
        <source>The offline copy redirects more than %1 times.</source>
        <translation>The offline copy redirects more than %1 times.</translation>
    </message>
    <message>
        <source>The offline copy has a redirect loop for this page.</source>
        <translation>The offline copy has a redirect loop for this page.</translation>
    </message>
    <message>
        <source>The page in the offline copy is larger than %1 MB.</source>
        <translation>The page in the offline copy is larger than %1 MB.</translation>
    </message>
    <message>
        <source>The offline copy could not be read at this page (the file may be damaged).</source>
        <translation>The offline copy could not be read at this page (the file may be damaged).</translation>
    </message>
    <message>
        <source>offline copies cannot be read: the module %1 is missing or damaged (%2)</source>
        <translation>Offline-Kopien können nicht gelesen werden: das Modul %1 fehlt oder ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>offline copies cannot be read: the module %1 is of version %2, not %3</source>
        <translation>Offline-Kopien können nicht gelesen werden: das Modul %1 hat die Version %2, nicht %3</translation>
    </message>
</context>
</TS>
