<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Randnotiz</name>
    <message>
        <source>--import-notes NOTES.json needs exactly one article FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot;; use md, html, json or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-notes needs one article FILE (or --all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; choose another name or remove it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the export to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages no longer in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is not an Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation %1 has no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation %1 has neither a TextQuoteSelector nor a TextPositionSelector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection continues at %1, which would have to be downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Randnotiz::AnnotationStore</name>
    <message>
        <source>Cannot create the data folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes database %1 could not be read (%2). It was kept as %3 and a new, empty notes database was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the notes database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes database was written by a newer Randnotiz (schema %1, this one knows %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the notes database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the notes database to schema 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the unreadable notes database %1 aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look up the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the new positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation belongs to no stored article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the colour label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Randnotiz::ArticleModel</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons and terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and photo credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commentary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Randnotiz::ArticleTextView</name>
    <message>
        <source>Show the entry about this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in the biography panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Randnotiz::ArticleView</name>
    <message>
        <source>This file was changed on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commentary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons and terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wikipedia: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and photo credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Randnotiz::BiographyModel</name>
    <message>
        <source>Wikipedia summary not loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the Wikipedia summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wikipedia summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wikipedia has no article of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Wikipedia page lists several meanings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the Wikipedia summary cannot be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Wikipedia summary could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Randnotiz::BiographyPanel</name>
    <message>
        <source>Previous person or term (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous person or term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next person or term (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next person or term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No persons or terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Wikipedia link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is not a Wikipedia article and is not opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Randnotiz::CollapsiblePane</name>
    <message>
        <source>Collapse (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Randnotiz::CommandLine</name>
    <message>
        <source>Print each article in PATH (files or folders) as one JSON line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the W3C annotations in NOTES.json to the article FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the notes of FILE as md, html, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch and cache the Wikipedia summaries linked from the articles in PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export-notes: export the notes of every article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the export to OUT instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use URL instead of https://{lang}.wikipedia.org/api/rest_v1 (for mirrors and tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never touch the network; use cached summaries only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep notes and caches in DIR instead of the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window: de or en (default: system).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open FILE, quit after its first paint and print the milliseconds since start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Randnotiz reads and annotates OZD-News articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article files (or folders).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Randnotiz::ExportStream</name>
    <message>
        <source>Randnotiz notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open in Randnotiz</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Randnotiz::FindBar</name>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Randnotiz::MainWindow</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons and terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ollapse All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom O&amp;ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when Randnotiz is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Person or Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Person or Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous T&amp;ab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Randnotiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Randnotiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Randnotiz %1
Reads and annotates OZD-News articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the changed file cannot be read (%1); the old text stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sample article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OZD-News articles (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Randnotiz::NotesExport</name>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biographies and explanations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; it is not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Randnotiz::SummaryWorker</name>
    <message>
        <source>offline — from just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline — from 1 minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>offline — from %n minutes ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>offline — from 1 hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>offline — from %n hours ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>offline — from %n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not a Wikipedia article link; nothing was fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline — no copy of this summary is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configured Wikipedia address is not usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from Wikipedia is larger than %1 KB and was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wikipedia did not answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wikipedia redirected to another host; the redirect was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many redirects (more than %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wikipedia asked to slow down (HTTP 429) %1 times; giving up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wikipedia had a server error (HTTP %1) %2 times; giving up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wikipedia asked to wait %1 s; not waiting that long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to Wikipedia was closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wikipedia could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wikipedia answered with HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Randnotiz::W3cAnnotations</name>
    <message>
        <source>Randnotiz notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection&apos;s first page is at %1, which would have to be downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither an Annotation, an AnnotationPage nor an AnnotationCollection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Randnotiz::WikiClient</name>
    <message>
        <source>The summary from Wikipedia could not be read: %1 (at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from Wikipedia is not a page summary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
