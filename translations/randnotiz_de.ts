<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>InstanceChannel</name>
    <message>
        <source>There is no private runtime folder for the single-instance channel; this window stays on its own.</source>
        <translation>Für den Kanal zum laufenden Programm gibt es keinen privaten Laufzeitordner; dieses Fenster bleibt für sich.</translation>
    </message>
    <message>
        <source>The folder of the single-instance channel (%1) is missing or not a folder; this window stays on its own.</source>
        <translation>Der Ordner des Kanals zum laufenden Programm (%1) fehlt oder ist kein Ordner; dieses Fenster bleibt für sich.</translation>
    </message>
    <message>
        <source>The folder of the single-instance channel (%1) belongs to another user; this window stays on its own.</source>
        <translation>Der Ordner des Kanals zum laufenden Programm (%1) gehört einem anderen Benutzer; dieses Fenster bleibt für sich.</translation>
    </message>
    <message>
        <source>The folder of the single-instance channel (%1) is open to other users; this window stays on its own.</source>
        <translation>Der Ordner des Kanals zum laufenden Programm (%1) ist für andere Benutzer zugänglich; dieses Fenster bleibt für sich.</translation>
    </message>
    <message>
        <source>The single-instance socket %1 was not made by this user; this window stays on its own.</source>
        <translation>Der Socket %1 des Kanals zum laufenden Programm stammt nicht von diesem Benutzer; dieses Fenster bleibt für sich.</translation>
    </message>
    <message>
        <source>The single-instance socket %1 is served by another user; this window stays on its own.</source>
        <translation>Am Socket %1 des Kanals zum laufenden Programm lauscht ein anderer Benutzer; dieses Fenster bleibt für sich.</translation>
    </message>
</context>
<context>
    <name>OpenLink</name>
    <message>
        <source>This link points to an article Randnotiz does not know; nothing was opened.</source>
        <translation>Dieser Link zeigt auf einen Artikel, den Randnotiz nicht kennt; es wurde nichts geöffnet.</translation>
    </message>
    <message>
        <source>This link points to something Randnotiz does not know; nothing was opened: %1</source>
        <translation>Dieser Link zeigt auf etwas, das Randnotiz nicht kennt; es wurde nichts geöffnet: %1</translation>
    </message>
</context>
<context>
    <name>Randnotiz</name>
    <message>
        <source>--import-notes NOTES.json needs exactly one article FILE</source>
        <translation>--import-notes NOTES.json erfordert genau eine Artikeldatei FILE</translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot;; use md, html, json or csv</source>
        <translation>unbekanntes Exportformat &quot;%1&quot;; verwenden Sie md, html, json oder csv</translation>
    </message>
    <message>
        <source>--export-notes needs one article FILE (or --all)</source>
        <translation>--export-notes erfordert eine Artikeldatei FILE (oder --all)</translation>
    </message>
    <message>
        <source>cannot write the export to standard output</source>
        <translation>der Export kann nicht auf die Standardausgabe geschrieben werden</translation>
    </message>
    <message>
        <source>--share needs a team store (--store postgresql://...)</source>
        <translation>--share braucht einen Teamspeicher (--store postgresql://...)</translation>
    </message>
</context>
<context>
    <name>Randnotiz::AnnotationChanges</name>
    <message>
        <source>The notes database is not open</source>
        <translation>Die Notizdatenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>“%1” could not be undone; nothing was changed</source>
        <translation>„%1“ konnte nicht rückgängig gemacht werden; nichts wurde geändert</translation>
    </message>
    <message>
        <source>“%1” could not be redone; nothing was changed</source>
        <translation>„%1“ konnte nicht wiederhergestellt werden; nichts wurde geändert</translation>
    </message>
    <message>
        <source>“%1” could not be undone and was taken off the undo list; the change stays</source>
        <translation>„%1“ konnte nicht rückgängig gemacht werden und wurde aus der Rückgängig-Liste entfernt; die Änderung bleibt</translation>
    </message>
    <message>
        <source>“%1” could not be redone and was taken off the undo list</source>
        <translation>„%1“ konnte nicht wiederhergestellt werden und wurde aus der Rückgängig-Liste entfernt</translation>
    </message>
</context>
<context>
    <name>Randnotiz::AnnotationController</name>
    <message>
        <source>The notes cannot be opened (%1). Highlights and notes are switched off until this is fixed; nothing was deleted.</source>
        <translation>Die Notizen können nicht geöffnet werden (%1). Markierungen und Notizen sind abgeschaltet, bis das behoben ist; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>Schlagwörter bearbeiten</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Export Notes…</source>
        <translation>Notizen &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Highlight %1</source>
        <translation>Markieren: %1</translation>
    </message>
    <message>
        <source>Highlight the selection: %1 (key %2)</source>
        <translation>Die Auswahl markieren: %1 (Taste %2)</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>&amp;Notiz hinzufügen …</translation>
    </message>
    <message>
        <source>Add a note to the selection (Ctrl+Alt+M)</source>
        <translation>Der Auswahl eine Notiz hinzufügen (Strg+Alt+M)</translation>
    </message>
    <message>
        <source>The notes of this article cannot be loaded: %1</source>
        <translation>Die Notizen zu diesem Artikel können nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Change Colour</source>
        <translation>Farbe ändern</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Note(s)</source>
        <translation>
            <numerusform>%n Notiz löschen</numerusform>
            <numerusform>%n Notizen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm Position</source>
        <translation>Position bestätigen</translation>
    </message>
    <message>
        <source>Select the passage the note belongs to first.</source>
        <translation>Wählen Sie zuerst die Textstelle aus, zu der die Notiz gehört.</translation>
    </message>
    <message>
        <source>Re-attach Note</source>
        <translation>Notiz neu zuordnen</translation>
    </message>
    <message>
        <source>The article &quot;%1&quot; is no longer at %2.</source>
        <translation>Der Artikel „%1“ liegt nicht mehr unter %2.</translation>
    </message>
    <message>
        <source>This is not a Randnotiz link: %1</source>
        <translation>Das ist kein Randnotiz-Link: %1</translation>
    </message>
    <message>
        <source>The article of this link cannot be found: %1</source>
        <translation>Der Artikel zu diesem Link ist nicht zu finden: %1</translation>
    </message>
    <message>
        <source>Add Summary as Note</source>
        <translation>Zusammenfassung als Notiz hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;Markieren</translation>
    </message>
    <message>
        <source>Add Note to Highlight…</source>
        <translation>Notiz zur Markierung hinzufügen …</translation>
    </message>
    <message>
        <source>Edit Note…</source>
        <translation>Notiz bearbeiten …</translation>
    </message>
    <message>
        <source>Show in Notes Panel</source>
        <translation>In der Notizenliste zeigen</translation>
    </message>
    <message>
        <source>&amp;Delete Highlight</source>
        <translation>Markierung &amp;löschen</translation>
    </message>
    <message>
        <source>The colour label cannot be saved: %1</source>
        <translation>Die Bezeichnung der Farbe kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Copy Selected Notes as &amp;Markdown</source>
        <translation>Ausgewählte Notizen als &amp;Markdown kopieren</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>Its text is on the clipboard.</source>
        <translation>Ihr Text liegt in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Their text is on the clipboard.</source>
        <translation>Ihre Texte liegen in der Zwischenablage.</translation>
    </message>
    <message>
        <source>The highlight could not be saved</source>
        <translation>Die Markierung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The note could not be saved</source>
        <translation>Die Notiz konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation>Die Änderung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The note could not be deleted; it is still there</source>
        <translation>Die Notiz konnte nicht gelöscht werden; sie ist noch da</translation>
    </message>
    <message>
        <source>The notes could not be deleted; they are all still there</source>
        <translation>Die Notizen konnten nicht gelöscht werden; sie sind alle noch da</translation>
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
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>colour — its label</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>An Ort und Stelle</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Textstelle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>Artikel: %1</translation>
    </message>
    <message>
        <source>Position uncertain — confirm</source>
        <translation>Position unsicher — bitte bestätigen</translation>
    </message>
    <message>
        <source>The passage is no longer in the text</source>
        <translation>Die Textstelle steht nicht mehr im Text</translation>
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
        <translation>Der Auswahl zuordnen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>Dieser Artikel</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>Show the notes of the current article or of every article</source>
        <translation>Die Notizen des aktuellen Artikels oder aller Artikel zeigen</translation>
    </message>
    <message>
        <source>Filter notes</source>
        <translation>Notizen filtern</translation>
    </message>
    <message>
        <source>Show only notes with this tag</source>
        <translation>Nur Notizen mit diesem Schlagwort zeigen</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Show only highlights of this colour</source>
        <translation>Nur Markierungen in dieser Farbe zeigen</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Alle Farben</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <source>Anchor the selected orphaned note to the text selected in the article</source>
        <translation>Die gewählte verwaiste Notiz an den im Artikel ausgewählten Text binden</translation>
    </message>
    <message>
        <source>Delete the selected orphaned notes</source>
        <translation>Die gewählten verwaisten Notizen löschen</translation>
    </message>
    <message>
        <source>Their passage is no longer in the text. Select new text and re-attach, or delete them.</source>
        <translation>Ihre Textstelle steht nicht mehr im Text. Wählen Sie neuen Text aus und ordnen Sie sie zu, oder löschen Sie sie.</translation>
    </message>
    <message>
        <source>Search all notes</source>
        <translation>Alle Notizen durchsuchen</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n note(s)</source>
        <translation>
            <numerusform>%1 von %n Notiz</numerusform>
            <numerusform>%1 von %n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>Orphaned notes (%1)</source>
        <translation>Verwaiste Notizen (%1)</translation>
    </message>
    <message>
        <source>Go to Passage</source>
        <translation>Zur Textstelle</translation>
    </message>
    <message>
        <source>Edit Note and Tags…</source>
        <translation>Notiz und Schlagwörter bearbeiten …</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Confirm Position</source>
        <translation>Position bestätigen</translation>
    </message>
    <message>
        <source>Re-attach to Selection</source>
        <translation>Der Auswahl zuordnen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Notes</source>
        <translation>
            <numerusform>%n Notiz löschen</numerusform>
            <numerusform>%n Notizen löschen</numerusform>
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
        <translation>Der Datenordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The notes database %1 could not be read (%2). It was kept as %3 and a new, empty notes database was started.</source>
        <translation>Die Notizdatenbank %1 konnte nicht gelesen werden (%2). Sie wurde als %3 aufbewahrt und eine neue, leere Notizdatenbank wurde angelegt.</translation>
    </message>
    <message>
        <source>Cannot open the notes database %1</source>
        <translation>Die Notizdatenbank %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot read the schema version</source>
        <translation>Die Schemaversion kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The notes database was written by a newer Randnotiz (schema %1, this one knows %2)</source>
        <translation>Die Notizdatenbank wurde von einer neueren Version von Randnotiz geschrieben (Schema %1, diese Version kennt nur bis Schema %2)</translation>
    </message>
    <message>
        <source>Cannot create the notes database</source>
        <translation>Die Notizdatenbank kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot update the notes database to schema 2</source>
        <translation>Die Notizdatenbank kann nicht auf Schema 2 aktualisiert werden</translation>
    </message>
    <message>
        <source>Cannot move the unreadable notes database %1 aside</source>
        <translation>Die unlesbare Notizdatenbank %1 kann nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <source>The notes database is not open</source>
        <translation>Die Notizdatenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>Cannot look up the article</source>
        <translation>Der Artikel kann nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <source>Cannot update the article</source>
        <translation>Der Artikel kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Cannot add the article</source>
        <translation>Der Artikel kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot save the new positions</source>
        <translation>Die neuen Positionen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot save the annotation</source>
        <translation>Die Notiz kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The annotation belongs to no stored article</source>
        <translation>Die Notiz gehört zu keinem gespeicherten Artikel</translation>
    </message>
    <message>
        <source>The annotation no longer exists</source>
        <translation>Die Notiz existiert nicht mehr</translation>
    </message>
    <message>
        <source>Cannot remove the annotation</source>
        <translation>Die Notiz kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot save the colour label</source>
        <translation>Die Bezeichnung der Farbe kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>the disk or the notes database is full</source>
        <translation>die Festplatte oder die Notizdatenbank ist voll</translation>
    </message>
    <message>
        <source>the notes database is read-only</source>
        <translation>die Notizdatenbank ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the disk could not be read or written (is it full?)</source>
        <translation>der Datenträger konnte nicht gelesen oder beschrieben werden (ist er voll?)</translation>
    </message>
    <message>
        <source>The notes database %1 cannot be written (%2). The notes are shown, but no note can be added, changed or deleted until it can be written again.</source>
        <translation>Die Notizdatenbank %1 kann nicht beschrieben werden (%2). Die Notizen werden angezeigt, aber keine Notiz kann hinzugefügt, geändert oder gelöscht werden, bis sie wieder beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cannot update the notes database to schema 3</source>
        <translation>Die Notizdatenbank kann nicht auf Schema 3 gebracht werden</translation>
    </message>
    <message>
        <source>Cannot update the notes database to schema 4</source>
        <translation>Die Notizdatenbank kann nicht auf Schema 4 aktualisiert werden</translation>
    </message>
    <message>
        <source>The notes database is read-only; nothing can be saved</source>
        <translation>Die Notizdatenbank ist schreibgeschützt; nichts kann gespeichert werden</translation>
    </message>
    <message>
        <source>The notes database is read-only; notes for this article cannot be saved</source>
        <translation>Die Notizdatenbank ist schreibgeschützt; Notizen zu diesem Artikel können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot remove the annotations</source>
        <translation>Die Anmerkungen können nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot save the verdict</source>
        <translation>Das Urteil kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot save the chosen Wikipedia page</source>
        <translation>Die gewählte Wikipedia-Seite kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot remove the articles without notes</source>
        <translation>Die Artikel ohne Notizen können nicht entfernt werden</translation>
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
        <translation>Foto: %1</translation>
    </message>
    <message>
        <source>Show the entry about this</source>
        <translation>Den Eintrag dazu zeigen</translation>
    </message>
    <message>
        <source>Show in the biography panel</source>
        <translation>In der Biographie-Leiste zeigen</translation>
    </message>
</context>
<context>
    <name>Randnotiz::ArticleFile</name>
    <message>
        <source>not a regular file (a folder)</source>
        <translation>keine reguläre Datei (ein Ordner)</translation>
    </message>
    <message>
        <source>not a regular file (a named pipe)</source>
        <translation>keine reguläre Datei (eine benannte Pipe)</translation>
    </message>
    <message>
        <source>not a regular file (a socket)</source>
        <translation>keine reguläre Datei (ein Socket)</translation>
    </message>
    <message>
        <source>not a regular file (a device)</source>
        <translation>keine reguläre Datei (ein Gerät)</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>die Datei ist größer als %1 MB</translation>
    </message>
</context>
<context>
    <name>Randnotiz::ArticleFiles</name>
    <message>
        <source>cannot read the folder: %1</source>
        <translation>der Ordner kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Randnotiz::ArticleModel</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Persons and terms</source>
        <translation>Personen und Begriffe</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Notes and photo credit</source>
        <translation>Hinweise und Bildnachweis</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Absatz</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Commentary: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>Foto: %1</translation>
    </message>
</context>
<context>
    <name>Randnotiz::ArticlePrint</name>
    <message>
        <source>Commentary</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Persons and terms</source>
        <translation>Personen und Begriffe</translation>
    </message>
    <message>
        <source>Notes and photo credit</source>
        <translation>Hinweise und Fotonachweis</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <comment>file name, page number, number of pages</comment>
        <translation>%1 · Seite %2 von %3</translation>
    </message>
    <message>
        <source>Photo: </source>
        <translation>Foto: </translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Ihre Notizen</translation>
    </message>
    <message>
        <source>%1. “%2”</source>
        <comment>note number, quoted passage</comment>
        <translation>%1. „%2“</translation>
    </message>
    <message>
        <source>(this passage is no longer in the article)</source>
        <translation>(diese Stelle steht nicht mehr im Artikel)</translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <translation>Farbe: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation>das PDF konnte nicht gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>Randnotiz::ArticleTextView</name>
    <message>
        <source>The text here has changed since this was marked; confirm the place from the context menu.</source>
        <translation>Der Text hat sich hier geändert, seit er markiert wurde; bestätigen Sie die Stelle über das Kontextmenü.</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
</context>
<context>
    <name>Randnotiz::ArticleView</name>
    <message>
        <source>This file was changed on disk.</source>
        <translation>Diese Datei wurde auf dem Datenträger geändert.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation>Diese Fassung behalten</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Randnotiz::BiographyModel</name>
    <message>
        <source>Wikipedia summary not loaded yet</source>
        <translation>Wikipedia-Zusammenfassung noch nicht geladen</translation>
    </message>
    <message>
        <source>Loading the Wikipedia summary…</source>
        <translation>Wikipedia-Zusammenfassung wird geladen …</translation>
    </message>
    <message>
        <source>Wikipedia summary</source>
        <translation>Wikipedia-Zusammenfassung</translation>
    </message>
    <message>
        <source>Wikipedia has no article of that name</source>
        <translation>Wikipedia hat keinen Artikel dieses Namens</translation>
    </message>
    <message>
        <source>The Wikipedia page lists several meanings</source>
        <translation>Die Wikipedia-Seite führt mehrere Bedeutungen auf</translation>
    </message>
    <message>
        <source>Offline: the Wikipedia summary cannot be loaded</source>
        <translation>Offline: Die Wikipedia-Zusammenfassung kann nicht geladen werden</translation>
    </message>
    <message>
        <source>The Wikipedia summary could not be loaded</source>
        <translation>Die Wikipedia-Zusammenfassung konnte nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>Randnotiz::BiographyPanel</name>
    <message>
        <source>Previous person or term (Alt+Up)</source>
        <translation>Vorherige Person oder vorheriger Begriff (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Previous person or term</source>
        <translation>Vorherige Person oder vorheriger Begriff</translation>
    </message>
    <message>
        <source>Next person or term (Alt+Down)</source>
        <translation>Nächste Person oder nächster Begriff (Alt+Runter)</translation>
    </message>
    <message>
        <source>Next person or term</source>
        <translation>Nächste Person oder nächster Begriff</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>No persons or terms</source>
        <translation>Keine Personen oder Begriffe</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No Wikipedia link</source>
        <translation>Kein Wikipedia-Link</translation>
    </message>
    <message>
        <source>The link is not a Wikipedia article and is not opened: %1</source>
        <translation>Der Link führt nicht zu einem Wikipedia-Artikel und wird nicht geöffnet: %1</translation>
    </message>
    <message>
        <source>Loading the Wikipedia summary</source>
        <translation>Die Wikipedia-Zusammenfassung wird geladen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Fetch this summary again</source>
        <translation>Diese Zusammenfassung erneut abrufen</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>Zusammenfassung &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the title, the summary and its attribution as plain text</source>
        <translation>Titel, Zusammenfassung und Quellenangabe als reinen Text kopieren</translation>
    </message>
    <message>
        <source>Offline: showing the saved copy</source>
        <translation>Offline: Die gespeicherte Kopie wird angezeigt</translation>
    </message>
    <message>
        <source>Offline, and this summary was never saved: it can be shown once the network is back.</source>
        <translation>Offline, und diese Zusammenfassung wurde nie gespeichert: Sie kann angezeigt werden, sobald das Netzwerk wieder verfügbar ist.</translation>
    </message>
    <message>
        <source>Showing the saved copy.</source>
        <translation>Die gespeicherte Kopie wird angezeigt.</translation>
    </message>
    <message>
        <source>See the meanings on Wikipedia</source>
        <translation>Die Bedeutungen auf Wikipedia ansehen</translation>
    </message>
    <message>
        <source>Wikipedia, %1, CC BY-SA 4.0</source>
        <translation>Wikipedia, %1, CC BY-SA 4.0</translation>
    </message>
    <message>
        <source>Add as &amp;note</source>
        <translation>Als &amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Keep the summary as a note on this entry of the article</source>
        <translation>Die Zusammenfassung als Notiz zu diesem Eintrag des Artikels behalten</translation>
    </message>
    <message>
        <source>What the article says about it</source>
        <translation>Was der Artikel dazu sagt</translation>
    </message>
    <message>
        <source>Where the article mentions it</source>
        <translation>Wo der Artikel es erwähnt</translation>
    </message>
    <message>
        <source>Wikipedia page</source>
        <translation>Wikipedia-Seite</translation>
    </message>
    <message>
        <source>Use this Wikipedia page for this entry of this article; the file is not changed</source>
        <translation>Diese Wikipedia-Seite für diesen Eintrag dieses Artikels verwenden; die Datei wird nicht geändert</translation>
    </message>
    <message>
        <source>Forget this choice</source>
        <translation>Diese Wahl vergessen</translation>
    </message>
    <message>
        <source>Forget the Wikipedia page chosen for this entry</source>
        <translation>Die für diesen Eintrag gewählte Wikipedia-Seite vergessen</translation>
    </message>
    <message>
        <source>Perhaps: %1</source>
        <translation>Vielleicht: %1</translation>
    </message>
    <message numerus="yes">
        <source>Mentioned %n time(s) in this article</source>
        <translation>
            <numerusform>%n-mal in diesem Artikel erwähnt</numerusform>
            <numerusform>%n-mal in diesem Artikel erwähnt</numerusform>
        </translation>
    </message>
    <message>
        <source>Show mention %1 in the article</source>
        <translation>Erwähnung %1 im Artikel zeigen</translation>
    </message>
    <message>
        <source>Wikipedia (offline copy of %1), CC BY-SA 4.0</source>
        <translation>Wikipedia (Offline-Kopie vom %1), CC BY-SA 4.0</translation>
    </message>
</context>
<context>
    <name>Randnotiz::CommandLine</name>
    <message>
        <source>Print each article in PATH (files or folders) as one JSON line.</source>
        <translation>Jeden Artikel in PATH (Dateien oder Ordner) als eine JSON-Zeile ausgeben.</translation>
    </message>
    <message>
        <source>Attach the W3C annotations in NOTES.json to the article FILE.</source>
        <translation>Die W3C-Annotationen aus NOTES.json an den Artikel FILE anhängen.</translation>
    </message>
    <message>
        <source>Export the notes of FILE as md, html, json or csv.</source>
        <translation>Die Notizen zu FILE als md, html, json oder csv exportieren.</translation>
    </message>
    <message>
        <source>Fetch and cache the Wikipedia summaries linked from the articles in PATH.</source>
        <translation>Die in den Artikeln in PATH verlinkten Wikipedia-Zusammenfassungen abrufen und zwischenspeichern.</translation>
    </message>
    <message>
        <source>With --export-notes: export the notes of every article.</source>
        <translation>Mit --export-notes: die Notizen aller Artikel exportieren.</translation>
    </message>
    <message>
        <source>Write the export to OUT instead of stdout.</source>
        <translation>Den Export nach OUT statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Use URL instead of https://{lang}.wikipedia.org/api/rest_v1 (for mirrors and tests).</source>
        <translation>URL statt https://{lang}.wikipedia.org/api/rest_v1 verwenden (für Spiegelserver und Tests).</translation>
    </message>
    <message>
        <source>Never touch the network; use cached summaries only.</source>
        <translation>Nie auf das Netzwerk zugreifen; nur zwischengespeicherte Zusammenfassungen verwenden.</translation>
    </message>
    <message>
        <source>Keep notes and caches in DIR instead of the default.</source>
        <translation>Notizen und Zwischenspeicher in DIR statt am Standardort ablegen.</translation>
    </message>
    <message>
        <source>Language of the window: de or en (default: system).</source>
        <translation>Sprache des Fensters: de oder en (Standard: Systemsprache).</translation>
    </message>
    <message>
        <source>Open FILE, quit after its first paint and print the milliseconds since start.</source>
        <translation>FILE öffnen, nach der ersten Darstellung beenden und die Millisekunden seit dem Start ausgeben.</translation>
    </message>
    <message>
        <source>Randnotiz reads and annotates OZD-News articles.</source>
        <translation>Randnotiz liest und kommentiert Artikel von OZD-News.</translation>
    </message>
    <message>
        <source>Article files (or folders).</source>
        <translation>Artikeldateien (oder Ordner).</translation>
    </message>
    <message>
        <source>Add the folders or files PATH to the library and index them.</source>
        <translation>Die Ordner oder Dateien PATH zur Bibliothek hinzufügen und indizieren.</translation>
    </message>
    <message>
        <source>Search the library for QUERY.</source>
        <translation>Die Bibliothek nach QUERY durchsuchen.</translation>
    </message>
    <message>
        <source>List the persons and terms of the library.</source>
        <translation>Die Personen und Begriffe der Bibliothek auflisten.</translation>
    </message>
    <message>
        <source>List the forecasts of the library with their verdicts.</source>
        <translation>Die Prognosen der Bibliothek mit ihren Urteilen auflisten.</translation>
    </message>
    <message>
        <source>Write the article FILE as it reads, with its highlights and notes, to the PDF given with -o.</source>
        <translation>Den Artikel FILE so, wie er sich liest, mit Markierungen und Notizen als PDF nach -o schreiben.</translation>
    </message>
    <message>
        <source>Create or update the team store&apos;s tables, role and access rules in the PostgreSQL database URL.</source>
        <translation>Tabellen, Rolle und Zugriffsregeln des Teamspeichers in der PostgreSQL-Datenbank URL anlegen oder aktualisieren.</translation>
    </message>
    <message>
        <source>With --search: at most N hits (default 20).</source>
        <translation>Mit --search: höchstens N Treffer (Vorgabe 20).</translation>
    </message>
    <message>
        <source>Read summaries from FILE, an offline copy of Wikipedia (Kiwix ZIM); repeatable.</source>
        <translation>Zusammenfassungen aus FILE lesen, einer Offline-Kopie der Wikipedia (Kiwix-ZIM); mehrfach möglich.</translation>
    </message>
    <message>
        <source>Start without reopening the tabs of the last session.</source>
        <translation>Startet, ohne die Tabs der letzten Sitzung wieder zu öffnen.</translation>
    </message>
    <message>
        <source>Keep the notes in the team store at the PostgreSQL address URL (postgresql://USER@HOST:PORT/DB, sslmode=... allowed; the password comes from ~/.pgpass, PGPASSWORD or PGSERVICE), for the window, --import-notes, --export-notes and --export-pdf. Default: the local notes store.</source>
        <translation>Die Notizen im Teamspeicher unter der PostgreSQL-Adresse URL führen (postgresql://BENUTZER@HOST:PORT/DB, sslmode=... erlaubt; das Passwort kommt aus ~/.pgpass, PGPASSWORD oder PGSERVICE), für das Fenster, --import-notes, --export-notes und --export-pdf. Standard: der lokale Notizspeicher.</translation>
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
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>Notizen exportieren</translation>
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
        <translation>Dieser Artikel: %1</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>randnotiz-notes</source>
        <comment>file name of an export of all notes</comment>
        <translation>randnotiz-notizen</translation>
    </message>
    <message>
        <source>%1-notes</source>
        <comment>file name of an export; %1 = the article&apos;s file name</comment>
        <translation>%1-notizen</translation>
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
        <translation>Wählen Sie die Datei, in die exportiert werden soll.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 ist ein Ordner; wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists.
Replace it with the exported notes?</source>
        <translation>%1 gibt es schon.
Soll sie durch die exportierten Notizen ersetzt werden?</translation>
    </message>
    <message>
        <source>Nothing exported; %1 was left as it was.</source>
        <translation>Nichts exportiert; %1 blieb unverändert.</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Exportiere …</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Breche ab …</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) to %1</source>
        <translation>
            <numerusform>%n Notiz nach %1 exportiert</numerusform>
            <numerusform>%n Notizen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Randnotiz::FindBar</name>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Randnotiz::ForecastExport</name>
    <message>
        <source>Forecasts</source>
        <translation>Prognosen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1, %n forecast(s).</source>
        <translation>
            <numerusform>Exportiert am %1, %n Prognose.</numerusform>
            <numerusform>Exportiert am %1, %n Prognosen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Urteil: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
</context>
<context>
    <name>Randnotiz::ForecastModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Schlagzeile</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>Randnotiz::InstanceServer</name>
    <message>
        <source>Another Randnotiz is already running for this data folder.</source>
        <translation>Für diesen Datenordner läuft bereits ein anderes Randnotiz.</translation>
    </message>
</context>
<context>
    <name>Randnotiz::LibraryCommands</name>
    <message>
        <source>--index needs at least one folder or file</source>
        <translation>--index braucht mindestens einen Ordner oder eine Datei</translation>
    </message>
</context>
<context>
    <name>Randnotiz::LibraryController</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Add Folder to &amp;Library…</source>
        <translation>Ordner zur &amp;Bibliothek hinzufügen…</translation>
    </message>
    <message>
        <source>Search the &amp;Library…</source>
        <translation>&amp;Bibliothek durchsuchen…</translation>
    </message>
    <message>
        <source>The library cannot be opened: %1</source>
        <translation>Die Bibliothek kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The verdict could not be saved: %1</source>
        <translation>Das Urteil konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>the notes database is not open</source>
        <translation>die Notizdatenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>Add Folder to Library</source>
        <translation>Ordner zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>Some articles could not be added to the library: %1</source>
        <translation>Einige Artikel konnten nicht in die Bibliothek aufgenommen werden: %1</translation>
    </message>
</context>
<context>
    <name>Randnotiz::LibraryIndex</name>
    <message>
        <source>library index %1</source>
        <translation>Bibliotheksindex %1</translation>
    </message>
    <message>
        <source>cannot create the data folder %1</source>
        <translation>der Datenordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>permission denied or no space</source>
        <translation>keine Berechtigung oder kein Platz</translation>
    </message>
    <message>
        <source>cannot open the library index %1</source>
        <translation>der Bibliotheksindex %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>made by a newer Randnotiz (version %1)</source>
        <translation>von einem neueren Randnotiz angelegt (Version %1)</translation>
    </message>
    <message>
        <source>not an article</source>
        <translation>kein Artikel</translation>
    </message>
    <message>
        <source>the library index could not be written</source>
        <translation>der Bibliotheksindex konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the library index could not be written: %1</source>
        <translation>der Bibliotheksindex konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Randnotiz::LibraryModel</name>
    <message>
        <source>Headline</source>
        <translation>Schlagzeile</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agenturen</translation>
    </message>
    <message>
        <source>Persons and terms</source>
        <translation>Personen und Begriffe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
</context>
<context>
    <name>Randnotiz::LibraryPanel</name>
    <message>
        <source>Headline</source>
        <translation>Schlagzeile</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Persons and terms</source>
        <translation>Personen und Begriffe</translation>
    </message>
    <message>
        <source>Notes and photo credit</source>
        <translation>Hinweise und Fotonachweis</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Search the library (Ctrl+Shift+F)</source>
        <translation>Bibliothek durchsuchen (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Fortschritt der Indizierung</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Indexing %1 of %2</source>
        <translation>Indiziere %1 von %2</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agentur</translation>
    </message>
    <message>
        <source>Person or term</source>
        <translation>Person oder Begriff</translation>
    </message>
    <message>
        <source>All persons and terms</source>
        <translation>Alle Personen und Begriffe</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>With notes</source>
        <translation>Mit Notizen</translation>
    </message>
    <message>
        <source>Articles of the library</source>
        <translation>Artikel der Bibliothek</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Persons and terms of the library</source>
        <translation>Personen und Begriffe der Bibliothek</translation>
    </message>
    <message>
        <source>Articles about it, newest first</source>
        <translation>Artikel dazu, die neuesten zuerst</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What the article says</source>
        <translation>Was der Artikel sagt</translation>
    </message>
    <message>
        <source>Only open ones older than</source>
        <translation>Nur offene, älter als</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Als Markdown exportieren…</translation>
    </message>
    <message>
        <source>Forecasts of the library</source>
        <translation>Prognosen der Bibliothek</translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation>Prognosen</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Alle Agenturen</translation>
    </message>
    <message>
        <source>All folders</source>
        <translation>Alle Ordner</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <source>(mentioned only)</source>
        <translation>(nur erwähnt)</translation>
    </message>
    <message>
        <source>Export Forecasts as CSV</source>
        <translation>Prognosen als CSV exportieren</translation>
    </message>
    <message>
        <source>Export Forecasts as Markdown</source>
        <translation>Prognosen als Markdown exportieren</translation>
    </message>
    <message>
        <source>forecasts</source>
        <translation>prognosen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>Export Forecasts</source>
        <translation>Prognosen exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
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
            <numerusform>%Ln Artikel</numerusform>
            <numerusform>%Ln Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln article(s)</source>
        <translation>
            <numerusform>%1 von %Ln Artikel</numerusform>
            <numerusform>%1 von %Ln Artikeln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Randnotiz::MainWindow</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation>Fehlermeldung ausblenden</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Persons and terms</source>
        <translation>Personen und Begriffe</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>Alle &amp;aufklappen</translation>
    </message>
    <message>
        <source>C&amp;ollapse All</source>
        <translation>Alle &amp;zuklappen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom O&amp;ut</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>&amp;Normale Größe</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Previous Person or Term</source>
        <translation>&amp;Vorherige Person oder vorheriger Begriff</translation>
    </message>
    <message>
        <source>&amp;Next Person or Term</source>
        <translation>&amp;Nächste Person oder nächster Begriff</translation>
    </message>
    <message>
        <source>Next &amp;Tab</source>
        <translation>Nächster &amp;Tab</translation>
    </message>
    <message>
        <source>Previous T&amp;ab</source>
        <translation>Vorheriger T&amp;ab</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Randnotiz</source>
        <translation>&amp;Über Randnotiz</translation>
    </message>
    <message>
        <source>About Randnotiz</source>
        <translation>Über Randnotiz</translation>
    </message>
    <message>
        <source>Randnotiz %1
Reads and annotates OZD-News articles.</source>
        <translation>Randnotiz %1
Liest und kommentiert Artikel von OZD-News.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>the changed file cannot be read (%1); the old text stays</source>
        <translation>die geänderte Datei kann nicht gelesen werden (%1); der bisherige Text bleibt</translation>
    </message>
    <message>
        <source>the sample article</source>
        <translation>den Beispielartikel</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>OZD-News articles (*.txt);;All files (*)</source>
        <translation>OZD-News-Artikel (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Highlighting</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <source>The chosen Wikipedia page is used until the article is closed, but cannot be kept: %1</source>
        <translation>Die gewählte Wikipedia-Seite wird verwendet, bis der Artikel geschlossen wird, kann aber nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Not reopened from the last session; the file is gone: %1</source>
        <translation>Aus der letzten Sitzung nicht wieder geöffnet, die Datei fehlt: %1</translation>
    </message>
    <message>
        <source>No article is open.

Double-click one in the library, or open a file with File › Open… (%1).</source>
        <translation>Kein Artikel ist geöffnet.

Doppelklicken Sie einen in der Bibliothek, oder öffnen Sie eine Datei mit Datei › Öffnen … (%1).</translation>
    </message>
</context>
<context>
    <name>Randnotiz::NoteEditor</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Your note (Ctrl+Enter saves, Esc cancels)</source>
        <translation>Ihre Notiz (Strg+Eingabe speichert, Esc bricht ab)</translation>
    </message>
    <message>
        <source>e.g. klima, quelle</source>
        <translation>z. B. klima, quelle</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Shared with the team</source>
        <translation>Mit dem Team &amp;geteilt</translation>
    </message>
    <message>
        <source>A private note is seen by you alone; a shared one by every member of the team store.</source>
        <translation>Eine private Notiz sehen nur Sie; eine geteilte jedes Mitglied des Teamspeichers.</translation>
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
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Biographies and explanations</source>
        <translation>Biographien und Erklärungen</translation>
    </message>
    <message>
        <source>Notes and credits</source>
        <translation>Hinweise und Quellenangaben</translation>
    </message>
    <message>
        <source>Further sections</source>
        <translation>Weitere Abschnitte</translation>
    </message>
    <message>
        <source>%1 exists already; it is not replaced</source>
        <translation>%1 existiert bereits und wird nicht ersetzt</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Passages no longer in the text</source>
        <translation>Textstellen, die nicht mehr im Text stehen</translation>
    </message>
    <message>
        <source>Randnotiz notes</source>
        <translation>Randnotiz-Notizen</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportiert: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>open in Randnotiz</source>
        <translation>in Randnotiz öffnen</translation>
    </message>
</context>
<context>
    <name>Randnotiz::NotesExporter</name>
    <message>
        <source>%1 exists already; choose another name or remove it first</source>
        <translation>%1 gibt es schon; wählen Sie einen anderen Namen oder entfernen Sie die Datei zuerst</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no article to export</source>
        <translation>kein Artikel zum Exportieren</translation>
    </message>
    <message>
        <source>no place to write the export to</source>
        <translation>kein Ziel für den Export</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>cannot write the export to standard output</source>
        <translation>der Export kann nicht auf die Standardausgabe geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Randnotiz::OzdParser</name>
    <message>
        <source>second commentary heading; its text joins the first commentary</source>
        <translation>zweite Kommentar-Überschrift; ihr Text wird an den ersten Kommentar angehängt</translation>
    </message>
    <message>
        <source>second forecast heading; its text joins the first forecast</source>
        <translation>zweite Prognose-Überschrift; ihr Text wird an die erste Prognose angehängt</translation>
    </message>
    <message>
        <source>second explanations heading; its entries join the first list</source>
        <translation>zweite Überschrift für Erklärungen; ihre Einträge werden an die erste Liste angehängt</translation>
    </message>
    <message>
        <source>second notes heading; its text joins the first notes</source>
        <translation>zweite Hinweis-Überschrift; ihr Text wird an die ersten Hinweise angehängt</translation>
    </message>
    <message>
        <source>second source credit; kept as text</source>
        <translation>zweite Quellenangabe; als Text behalten</translation>
    </message>
    <message>
        <source>second photo credit; kept as text</source>
        <translation>zweite Fotoangabe; als Text behalten</translation>
    </message>
    <message>
        <source>photo credit is empty</source>
        <translation>die Fotoangabe ist leer</translation>
    </message>
    <message>
        <source>Wikipedia link outside an explanation entry; kept as text</source>
        <translation>Wikipedia-Link außerhalb eines Erklärungseintrags; als Text behalten</translation>
    </message>
    <message>
        <source>second Wikipedia link for &quot;%1&quot;; kept as text</source>
        <translation>zweiter Wikipedia-Link für „%1“; als Text behalten</translation>
    </message>
    <message>
        <source>commentary has no title</source>
        <translation>der Kommentar hat keinen Titel</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; has no text</source>
        <translation>der Eintrag „%1“ hat keinen Text</translation>
    </message>
    <message>
        <source>explanations heading without entries</source>
        <translation>Überschrift für Erklärungen ohne Einträge</translation>
    </message>
    <message>
        <source>empty Wikipedia link</source>
        <translation>leerer Wikipedia-Link</translation>
    </message>
    <message>
        <source>not a Wikipedia article link, it will not be fetched or opened: %1</source>
        <translation>kein Link auf einen Wikipedia-Artikel, er wird weder abgerufen noch geöffnet: %1</translation>
    </message>
    <message>
        <source>unusual question form; the whole question is taken as the subject</source>
        <translation>ungewöhnliche Frageform; die ganze Frage wird als Gegenstand genommen</translation>
    </message>
    <message>
        <source>text after the Wikipedia link of &quot;%1&quot;</source>
        <translation>Text nach dem Wikipedia-Link von „%1“</translation>
    </message>
    <message>
        <source>text before the first explanation entry; kept as a section</source>
        <translation>Text vor dem ersten Erklärungseintrag; als eigener Abschnitt behalten</translation>
    </message>
    <message>
        <source>the file is larger than 20 MB</source>
        <translation>die Datei ist größer als 20 MB</translation>
    </message>
</context>
<context>
    <name>Randnotiz::PdfExportCommand</name>
    <message>
        <source>--export-pdf needs one article FILE and -o OUT.pdf</source>
        <translation>--export-pdf braucht eine Artikeldatei FILE und -o OUT.pdf</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name or remove it first</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen oder entfernen Sie die Datei zuerst</translation>
    </message>
</context>
<context>
    <name>Randnotiz::PostgresStore</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: apt install libqt6sql6-psql).</source>
        <translation>Qts PostgreSQL-Treiber ist nicht installiert (Debian: apt install libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the team store</source>
        <translation>Keine Verbindung zum Teamspeicher</translation>
    </message>
    <message>
        <source>the database has team store version %1, this Randnotiz needs %2 (an administrator runs randnotiz --init-store)</source>
        <translation>die Datenbank hat Teamspeicher-Version %1, dieses Randnotiz braucht %2 (eine Administratorin führt randnotiz --init-store aus)</translation>
    </message>
    <message>
        <source>Cannot use the team store</source>
        <translation>Der Teamspeicher kann nicht benutzt werden</translation>
    </message>
    <message>
        <source>Cannot follow the team store&apos;s changes</source>
        <translation>Den Änderungen im Teamspeicher kann nicht gefolgt werden</translation>
    </message>
    <message>
        <source>Cannot record the article</source>
        <translation>Der Artikel kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>The team store does not know this article</source>
        <translation>Der Teamspeicher kennt diesen Artikel nicht</translation>
    </message>
    <message>
        <source>Cannot read the notes</source>
        <translation>Die Notizen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>The note belongs to no article of the team store</source>
        <translation>Die Notiz gehört zu keinem Artikel des Teamspeichers</translation>
    </message>
    <message>
        <source>Cannot change the note</source>
        <translation>Die Notiz kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Cannot save the note</source>
        <translation>Die Notiz kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The note no longer exists, or it is another member&apos;s and cannot be changed</source>
        <translation>Die Notiz gibt es nicht mehr, oder sie gehört jemand anderem und kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Cannot save the notes</source>
        <translation>Die Notizen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The note no longer exists</source>
        <translation>Die Notiz gibt es nicht mehr</translation>
    </message>
    <message>
        <source>Cannot remove the notes</source>
        <translation>Die Notizen können nicht entfernt werden</translation>
    </message>
    <message>
        <source>Another member&apos;s notes cannot be removed</source>
        <translation>Notizen anderer Mitglieder können nicht entfernt werden</translation>
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
            <numerusform>Teamspeicher offline · %n Änderung wartet</numerusform>
            <numerusform>Teamspeicher offline · %n Änderungen warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team store: %n changes were refused by the server; they are kept in %1</source>
        <translation>
            <numerusform>Teamspeicher: %n Änderung wurde vom Server abgelehnt; sie bleibt in %1 aufbewahrt</numerusform>
            <numerusform>Teamspeicher: %n Änderungen wurden vom Server abgelehnt; sie bleiben in %1 aufbewahrt</numerusform>
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
        <translation>Drucken</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>Der Drucker konnte nicht benutzt werden.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Randnotiz::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>the link&apos;s own language</source>
        <translation>die Sprache des Links</translation>
    </message>
    <message>
        <source>A Wikipedia language code such as de or en. Summaries are fetched in this language when the page exists there; empty keeps each link&apos;s own language.</source>
        <translation>Ein Wikipedia-Sprachcode wie de oder en. Zusammenfassungen werden in dieser Sprache abgerufen, wenn die Seite dort existiert; leer behält die Sprache jedes Links bei.</translation>
    </message>
    <message>
        <source>Preferred &amp;language:</source>
        <translation>Bevorzugte &amp;Sprache:</translation>
    </message>
    <message>
        <source>An e-mail address or web page sent to Wikipedia with every request, so that its operators can reach you.</source>
        <translation>Eine E-Mail-Adresse oder Webseite, die mit jeder Anfrage an Wikipedia gesendet wird, damit die Betreiber Sie erreichen können.</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>&amp;Offline: never use the network, show cached summaries only</source>
        <translation>&amp;Offline: Nie das Netzwerk verwenden, nur gespeicherte Zusammenfassungen anzeigen</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Cache &amp;size:</source>
        <translation>Cache-&amp;Größe:</translation>
    </message>
    <message>
        <source>The REST API root of a Wikipedia mirror; {lang} stands for the language code. Empty: Wikipedia itself.</source>
        <translation>Die REST-API-Adresse eines Wikipedia-Spiegels; {lang} steht für den Sprachcode. Leer: Wikipedia selbst.</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>The base URL must start with https:// or http:// and name a host.</source>
        <translation>Die Basis-URL muss mit https:// oder http:// beginnen und einen Host nennen.</translation>
    </message>
    <message>
        <source>Wikipedia summaries</source>
        <translation>Wikipedia-Zusammenfassungen</translation>
    </message>
    <message>
        <source>Highlight colours</source>
        <translation>Markierungsfarben</translation>
    </message>
    <message>
        <source>what this colour means, e.g. important</source>
        <translation>was diese Farbe bedeutet, z. B. wichtig</translation>
    </message>
    <message>
        <source>Offline copies</source>
        <translation>Offline-Kopien</translation>
    </message>
    <message>
        <source>Kiwix ZIM files of Wikipedia: summaries of the pages they hold need no network.</source>
        <translation>Kiwix-ZIM-Dateien der Wikipedia: Zusammenfassungen der enthaltenen Seiten brauchen kein Netz.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Prefer offline copies: do not ask the network for pages they have</source>
        <translation>Offline-Kopien &amp;bevorzugen: enthaltene Seiten nicht aus dem Netz holen</translation>
    </message>
    <message>
        <source>Add offline copies of Wikipedia</source>
        <translation>Offline-Kopien der Wikipedia hinzufügen</translation>
    </message>
    <message>
        <source>Kiwix ZIM files (*.zim);;All files (*)</source>
        <translation>Kiwix-ZIM-Dateien (*.zim);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Notes database</source>
        <translation>Notizdatenbank</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>Lee&amp;ren</translation>
    </message>
    <message>
        <source>Removes the stored text of articles that have no notes. Articles with notes keep theirs: their notes find their place with it.</source>
        <translation>Entfernt den gespeicherten Text von Artikeln ohne Notizen. Artikel mit Notizen behalten ihn: Ihre Notizen finden damit ihre Stelle.</translation>
    </message>
    <message>
        <source>%1 — reading…</source>
        <translation>%1 — wird gelesen…</translation>
    </message>
    <message>
        <source>%1 — %2, %3 articles, of %4</source>
        <translation>%1 — %2, %3 Artikel, vom %4</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>unbekanntes Datum</translation>
    </message>
    <message>
        <source>The notes database is not open.</source>
        <translation>Die Notizdatenbank ist nicht geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) without notes, %1 KB</source>
        <translation>
            <numerusform>%n Artikel ohne Notizen, %1 KB</numerusform>
            <numerusform>%n Artikel ohne Notizen, %1 KB</numerusform>
        </translation>
    </message>
    <message>
        <source>The articles without notes could not be removed: %1</source>
        <translation>Die Artikel ohne Notizen konnten nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Team store</source>
        <translation>Teamspeicher</translation>
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
        <translation>Verbunden: der Teamspeicher kann benutzt werden.</translation>
    </message>
</context>
<context>
    <name>Randnotiz::StoreCommands</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: apt install libqt6sql6-psql).</source>
        <translation>Qts PostgreSQL-Treiber ist nicht installiert (Debian: apt install libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the team store %1: %2</source>
        <translation>Keine Verbindung zum Teamspeicher %1: %2</translation>
    </message>
    <message>
        <source>The team store is up to date (version %1).</source>
        <translation>Der Teamspeicher ist aktuell (Version %1).</translation>
    </message>
    <message>
        <source>The team store is at version %1 (was %2). Add people with: GRANT %3 TO their_role;</source>
        <translation>Der Teamspeicher hat jetzt Version %1 (vorher %2). Personen aufnehmen mit: GRANT %3 TO ihre_rolle;</translation>
    </message>
</context>
<context>
    <name>Randnotiz::SummaryWorker</name>
    <message>
        <source>offline — from just now</source>
        <translation>offline – Stand: gerade eben</translation>
    </message>
    <message>
        <source>offline — from 1 minute ago</source>
        <translation>offline – Stand: vor 1 Minute</translation>
    </message>
    <message numerus="yes">
        <source>offline — from %n minutes ago</source>
        <translation>
            <numerusform>offline – Stand: vor %n Minute</numerusform>
            <numerusform>offline – Stand: vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>offline — from 1 hour ago</source>
        <translation>offline – Stand: vor 1 Stunde</translation>
    </message>
    <message numerus="yes">
        <source>offline — from %n hours ago</source>
        <translation>
            <numerusform>offline – Stand: vor %n Stunde</numerusform>
            <numerusform>offline – Stand: vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>offline — from %n days ago</source>
        <translation>
            <numerusform>offline – Stand: vor %n Tag</numerusform>
            <numerusform>offline – Stand: vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a Wikipedia article link; nothing was fetched.</source>
        <translation>Kein Link auf einen Wikipedia-Artikel; es wurde nichts abgerufen.</translation>
    </message>
    <message>
        <source>offline — no copy of this summary is stored.</source>
        <translation>offline – von dieser Zusammenfassung ist keine Kopie gespeichert.</translation>
    </message>
    <message>
        <source>The configured Wikipedia address is not usable.</source>
        <translation>Die eingestellte Wikipedia-Adresse ist nicht verwendbar.</translation>
    </message>
    <message>
        <source>The answer from Wikipedia is larger than %1 KB and was refused.</source>
        <translation>Die Antwort von Wikipedia ist größer als %1 KB und wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Wikipedia did not answer within %1 s.</source>
        <translation>Wikipedia hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>Wikipedia redirected to another host; the redirect was refused.</source>
        <translation>Wikipedia hat auf einen anderen Host umgeleitet; die Umleitung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Too many redirects (more than %1).</source>
        <translation>Zu viele Umleitungen (mehr als %1).</translation>
    </message>
    <message>
        <source>Wikipedia asked to slow down (HTTP 429) %1 times; giving up.</source>
        <translation>Wikipedia hat %1-mal um langsamere Anfragen gebeten (HTTP 429); abgebrochen.</translation>
    </message>
    <message>
        <source>Wikipedia had a server error (HTTP %1) %2 times; giving up.</source>
        <translation>Wikipedia meldete %2-mal einen Serverfehler (HTTP %1); abgebrochen.</translation>
    </message>
    <message>
        <source>Wikipedia asked to wait %1 s; not waiting that long.</source>
        <translation>Wikipedia bat, %1 s zu warten; so lange wird nicht gewartet.</translation>
    </message>
    <message>
        <source>The connection to Wikipedia was closed: %1</source>
        <translation>Die Verbindung zu Wikipedia wurde geschlossen: %1</translation>
    </message>
    <message>
        <source>Wikipedia could not be reached: %1</source>
        <translation>Wikipedia konnte nicht erreicht werden: %1</translation>
    </message>
    <message>
        <source>Wikipedia answered with HTTP %1.</source>
        <translation>Wikipedia hat mit HTTP %1 geantwortet.</translation>
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
        <translation>Der Teamspeicher konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no team store address; it looks like postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>„%1“ ist keine Adresse eines Teamspeichers; sie sieht so aus: postgresql://BENUTZER@HOST:PORT/DATENBANK</translation>
    </message>
    <message>
        <source>The address of the team store must not contain a password; put it in ~/.pgpass or PGPASSWORD instead.</source>
        <translation>Die Adresse des Teamspeichers darf kein Passwort enthalten; legen Sie es stattdessen in ~/.pgpass oder PGPASSWORD ab.</translation>
    </message>
    <message>
        <source>The address of the team store names no database: postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>Die Adresse des Teamspeichers nennt keine Datenbank: postgresql://BENUTZER@HOST:PORT/DATENBANK</translation>
    </message>
    <message>
        <source>The address of the team store has an unknown setting &quot;%1&quot;; only sslmode is allowed.</source>
        <translation>Die Adresse des Teamspeichers hat eine unbekannte Einstellung „%1“; erlaubt ist nur sslmode.</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;; use one of: %2</source>
        <translation>Unbekannter sslmode „%1“; möglich sind: %2</translation>
    </message>
    <message>
        <source>The team store cannot be read: %1</source>
        <translation>Der Teamspeicher kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The team store has version %1, newer than this Randnotiz knows (%2); update Randnotiz.</source>
        <translation>Der Teamspeicher hat Version %1, neuer als dieses Randnotiz kennt (%2); aktualisieren Sie Randnotiz.</translation>
    </message>
</context>
<context>
    <name>Randnotiz::TextDecoder</name>
    <message>
        <source>the file claims to be UTF-8 but contains invalid byte sequences</source>
        <translation>die Datei gibt sich als UTF-8 aus, enthält aber ungültige Bytefolgen</translation>
    </message>
    <message>
        <source>the file is binary data, not a text article</source>
        <translation>die Datei enthält Binärdaten, keinen Artikeltext</translation>
    </message>
    <message>
        <source>the file is not UTF-8 and this build cannot decode Windows-1252</source>
        <translation>die Datei ist nicht in UTF-8 und dieses Programm kann Windows-1252 nicht lesen</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
</context>
<context>
    <name>Randnotiz::Verdict</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Came true</source>
        <translation>Eingetreten</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Did not</source>
        <translation>Nicht eingetreten</translation>
    </message>
</context>
<context>
    <name>Randnotiz::W3cAnnotations</name>
    <message>
        <source>Randnotiz notes</source>
        <translation>Randnotiz-Notizen</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB</source>
        <translation>Die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>Kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>The collection&apos;s first page is at %1, which would have to be downloaded</source>
        <translation>Die erste Seite der Sammlung liegt unter %1; diese Seite müsste erst heruntergeladen werden</translation>
    </message>
    <message>
        <source>Neither an Annotation, an AnnotationPage nor an AnnotationCollection</source>
        <translation>Weder eine Annotation noch eine AnnotationPage oder AnnotationCollection</translation>
    </message>
    <message>
        <source>Item %1 is not an Annotation</source>
        <translation>Eintrag %1 ist keine Annotation</translation>
    </message>
    <message>
        <source>Annotation %1 has no target</source>
        <translation>Annotation %1 hat kein Ziel</translation>
    </message>
    <message>
        <source>Annotation %1 has neither a TextQuoteSelector nor a TextPositionSelector</source>
        <translation>Annotation %1 hat weder einen TextQuoteSelector noch einen TextPositionSelector</translation>
    </message>
    <message>
        <source>Item %1 is not a JSON object</source>
        <translation>Eintrag %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The collection continues at %1, which would have to be downloaded</source>
        <translation>Die Sammlung wird unter %1 fortgesetzt, das müsste heruntergeladen werden</translation>
    </message>
</context>
<context>
    <name>Randnotiz::WikiClient</name>
    <message>
        <source>The summary from Wikipedia could not be read: %1 (at byte %2).</source>
        <translation>Die Zusammenfassung von Wikipedia konnte nicht gelesen werden: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <source>The answer from Wikipedia is not a page summary.</source>
        <translation>Die Antwort von Wikipedia ist keine Seitenzusammenfassung.</translation>
    </message>
</context>
<context>
    <name>Randnotiz::ZimLibrary</name>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1: Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: not a usable ZIM file (it may be truncated or damaged).</source>
        <translation>%1: keine brauchbare ZIM-Datei (vielleicht abgeschnitten oder beschädigt).</translation>
    </message>
    <message>
        <source>%1: the ZIM file does not say its language.</source>
        <translation>%1: Die ZIM-Datei nennt ihre Sprache nicht.</translation>
    </message>
    <message>
        <source>The offline copy redirects more than %1 times.</source>
        <translation>Die Offline-Kopie leitet mehr als %1-mal weiter.</translation>
    </message>
    <message>
        <source>The offline copy has a redirect loop for this page.</source>
        <translation>Die Offline-Kopie hat für diese Seite eine Weiterleitungsschleife.</translation>
    </message>
    <message>
        <source>The page in the offline copy is larger than %1 MB.</source>
        <translation>Die Seite in der Offline-Kopie ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>The offline copy could not be read at this page (the file may be damaged).</source>
        <translation>Die Offline-Kopie konnte an dieser Seite nicht gelesen werden (die Datei ist vielleicht beschädigt).</translation>
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
