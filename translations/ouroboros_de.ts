<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ouro::app::AboutDialog</name>
    <message>
        <source>About Ouroboros</source>
        <translation>Über Ouroboros</translation>
    </message>
    <message>
        <source>&lt;p&gt;Microscopy images, segmentation labels and per-object measurements in one SQLite file, with a pyramid viewer linked to a table of millions of objects, plots and a 3D view.&lt;/p&gt;&lt;p&gt;Copyright © 2026, the Ouroboros developers.&lt;br&gt;Licensed under the BSD 3-Clause licence (see the Licence tab).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mikroskopiebilder, Segmentierungslabels und Messwerte je Objekt in einer SQLite-Datei, mit einem Pyramidenbetrachter, der mit einer Tabelle von Millionen Objekten verknüpft ist, mit Diagrammen und einer 3D-Ansicht.&lt;/p&gt;&lt;p&gt;Copyright © 2026, die Ouroboros-Entwickler.&lt;br&gt;Lizenziert unter der BSD-3-Clause-Lizenz (siehe Reiter „Lizenz“).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy these versions to the clipboard, for a bug report</source>
        <translation>Diese Versionen für einen Fehlerbericht in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>The demo is made from public sample data, bundled with Ouroboros:

- CellProfiler&apos;s ExampleHuman images: CC0.
- The 2018 Data Science Bowl nuclei image and mask, from the StarDist repository: BSD 3-Clause.
- The nuclei labels and the 3D nuclei derived from them: CC0 and BSD 3-Clause, as their sources.

</source>
        <translation>Die Demo besteht aus öffentlichen Beispieldaten, die mit Ouroboros ausgeliefert werden:

- Die ExampleHuman-Bilder von CellProfiler: CC0.
- Das Zellkernbild mit Maske der Data Science Bowl 2018 aus dem StarDist-Repository: BSD 3-Clause.
- Die daraus abgeleiteten Zellkern-Labels und 3D-Zellkerne: CC0 und BSD 3-Clause, wie ihre Quellen.

</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Beispieldaten</translation>
    </message>
</context>
<context>
    <name>ouro::app::ImageExportDialog</name>
    <message>
        <source>OME-TIFF (Fiji, QuPath, tifffile)</source>
        <translation>OME-TIFF (Fiji, QuPath, tifffile)</translation>
    </message>
    <message>
        <source>Tiled, pyramidal OME-TIFF, one file per image: a .ome.tif for one image, else a folder.</source>
        <translation>Gekacheltes, pyramidales OME-TIFF, eine Datei je Bild: eine .ome.tif für ein Bild, sonst ein Ordner.</translation>
    </message>
    <message>
        <source>OME-Zarr 0.4 (napari, zarr-python)</source>
        <translation>OME-Zarr 0.4 (napari, zarr-python)</translation>
    </message>
    <message>
        <source>A .ome.zarr folder with the pyramids and label images.</source>
        <translation>Ein .ome.zarr-Ordner mit den Pyramiden und Labelbildern.</translation>
    </message>
    <message>
        <source>OME-Arrow Parquet (pandas, Polars, DuckDB)</source>
        <translation>OME-Arrow-Parquet (pandas, Polars, DuckDB)</translation>
    </message>
    <message>
        <source>One row per image with its planes&apos; pixels; images of one pixel type, up to 1 GiB each.</source>
        <translation>Eine Zeile je Bild mit den Pixeln seiner Ebenen; Bilder eines Pixeltyps, je bis zu 1 GiB.</translation>
    </message>
    <message>
        <source>Ouroboros file with these images (.ouro)</source>
        <translation>Ouroboros-Datei mit diesen Bildern (.ouro)</translation>
    </message>
    <message>
        <source>A smaller .ouro: these images with their labels, objects and linked table rows.</source>
        <translation>Eine kleinere .ouro: diese Bilder mit ihren Labels, Objekten und verknüpften Tabellenzeilen.</translation>
    </message>
    <message>
        <source>Export images</source>
        <translation>Bilder exportieren</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>BigTIFF (for readers that need it; chosen anyway past 2 GB)</source>
        <translation>BigTIFF (für Programme, die es brauchen; über 2 GB ohnehin gewählt)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>Export to a new folder</source>
        <translation>In einen neuen Ordner exportieren</translation>
    </message>
    <message>
        <source>OME-TIFF (*.ome.tif *.ome.tiff)</source>
        <translation>OME-TIFF (*.ome.tif *.ome.tiff)</translation>
    </message>
    <message>
        <source>Parquet (*.parquet)</source>
        <translation>Parquet (*.parquet)</translation>
    </message>
    <message>
        <source>Ouroboros files (*.ouro)</source>
        <translation>Ouroboros-Dateien (*.ouro)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name; an export never replaces a file or folder.</source>
        <translation>%1 existiert bereits. Wählen Sie einen neuen Namen; ein Export ersetzt nie eine Datei oder einen Ordner.</translation>
    </message>
</context>
<context>
    <name>ouro::app::ImportController</name>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Lese %n Datei…</numerusform>
            <numerusform>Lese %n Dateien…</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)</source>
        <translation>Importiere %1 (%2 von %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: table &quot;%2&quot;, %n row(s)</source>
        <translation>
            <numerusform>%1: Tabelle „%2“, %n Zeile</numerusform>
            <numerusform>%1: Tabelle „%2“, %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 linked to &quot;%2&quot;</source>
        <translation>, %1 verknüpft mit „%2“</translation>
    </message>
    <message>
        <source>%1: not linked: %2</source>
        <translation>%1: nicht verknüpft: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: labels &quot;%2&quot; of image %3, %n object(s)</source>
        <translation>
            <numerusform>%1: Labels „%2“ von Bild %3, %n Objekt</numerusform>
            <numerusform>%1: Labels „%2“ von Bild %3, %n Objekte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: image %2 &quot;%3&quot;</source>
        <translation>%1: Bild %2 „%3“</translation>
    </message>
    <message>
        <source>%1: labels &quot;%2&quot; of image %3</source>
        <translation>%1: Labels „%2“ von Bild %3</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Microscopy images and their measurements</source>
        <translation>Mikroskopiebilder und ihre Messwerte</translation>
    </message>
    <message>
        <source>A .ouro file to open</source>
        <translation>Eine zu öffnende .ouro-Datei</translation>
    </message>
    <message>
        <source>Open FILE, wait until every visible tile (and the 3D view and plots, when shown) is loaded, save a PNG of the window and exit.</source>
        <translation>FILE öffnen, warten, bis jede sichtbare Kachel (und die 3D-Ansicht und Diagramme, falls gezeigt) geladen ist, ein PNG des Fensters speichern und beenden.</translation>
    </message>
    <message>
        <source>Show image ID first.</source>
        <translation>Bild ID zuerst zeigen.</translation>
    </message>
    <message>
        <source>Apply this filter to the first profile table.</source>
        <translation>Diesen Filter auf die erste Profiltabelle anwenden.</translation>
    </message>
    <message>
        <source>Colour objects by this column of the first profile table.</source>
        <translation>Objekte nach dieser Spalte der ersten Profiltabelle einfärben.</translation>
    </message>
    <message>
        <source>Also show these panels: 3d, plots (comma-separated).</source>
        <translation>Auch diese Bereiche zeigen: 3d, plots (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Plot these columns of the profile table: X,Y (X alone: a histogram of X). Shows the plots.</source>
        <translation>Diese Spalten der Profiltabelle darstellen: X,Y (nur X: ein Histogramm von X). Zeigt die Diagramme.</translation>
    </message>
    <message>
        <source>The 3D view&apos;s camera: top, front, side or oblique (remembered). Shows the 3D view.</source>
        <translation>Die Kamera der 3D-Ansicht: top, front, side oder oblique (wird gespeichert). Zeigt die 3D-Ansicht.</translation>
    </message>
    <message>
        <source>The interface language for this run: en, de, fr, es, cs, ja or zh_CN (Preferences sets it for good).</source>
        <translation>Die Sprache der Oberfläche für diesen Lauf: en, de, fr, es, cs, ja oder zh_CN (dauerhaft in den Einstellungen).</translation>
    </message>
    <message>
        <source>--show takes 3d and plots, not &quot;%1&quot;</source>
        <translation>--show nimmt 3d und plots, nicht „%1“</translation>
    </message>
    <message>
        <source>--view3d takes top, front, side or oblique, not &quot;%1&quot;</source>
        <translation>--view3d nimmt top, front, side oder oblique, nicht „%1“</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; has no column &quot;%2&quot; to plot</source>
        <translation>Tabelle „%1“ hat keine Spalte „%2“ zum Darstellen</translation>
    </message>
    <message>
        <source>the file has no profile tables; --filter and --color-by do nothing</source>
        <translation>die Datei hat keine Profiltabellen; --filter und --color-by bewirken nichts</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; has no column &quot;%2&quot; to colour by</source>
        <translation>Tabelle „%1“ hat keine Spalte „%2“ zum Einfärben</translation>
    </message>
    <message>
        <source>--screenshot needs a FILE to open</source>
        <translation>--screenshot braucht eine Datei (FILE) zum Öffnen</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation>die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>tiles still loading after 60 s; saving anyway</source>
        <translation>Kacheln laden nach 60 s noch; trotzdem speichern</translation>
    </message>
</context>
<context>
    <name>ouro::app::MainWindow</name>
    <message>
        <source>Ouroboros</source>
        <translation>Ouroboros</translation>
    </message>
    <message>
        <source>Z plane (, and .)</source>
        <translation>Z-Ebene (, und .)</translation>
    </message>
    <message>
        <source>Time point ([ and ])</source>
        <translation>Zeitpunkt ([ und ])</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>The 3D view of the image&apos;s z-stack appears here.</source>
        <translation>Hier erscheint die 3D-Ansicht des Z-Stapels des Bildes.</translation>
    </message>
    <message>
        <source>3D view</source>
        <translation>3D-Ansicht</translation>
    </message>
    <message>
        <source>Scatter plots and histograms of the table&apos;s columns appear here.</source>
        <translation>Hier erscheinen Streudiagramme und Histogramme der Tabellenspalten.</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Object %1 of &quot;%2&quot;</source>
        <translation>Objekt %1 von „%2“</translation>
    </message>
    <message>
        <source>Selected object %1 of labels &quot;%2&quot; (image %3)</source>
        <translation>Ausgewähltes Objekt %1 der Labels „%2“ (Bild %3)</translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>Label %1</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>all %p%</source>
        <translation>gesamt %p%</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>Diese Datei</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the import; nothing of an unfinished file is kept</source>
        <translation>Import anhalten; von einer unfertigen Datei wird nichts behalten</translation>
    </message>
    <message>
        <source>Import as labels?</source>
        <translation>Als Labels importieren?</translation>
    </message>
    <message>
        <source>Combine channels?</source>
        <translation>Kanäle zusammenfassen?</translation>
    </message>
    <message numerus="yes">
        <source>The %n dropped files are single-channel images of the same size. Combine them as the channels of one image (as CellProfiler inputs are)?</source>
        <translation>
            <numerusform>Die %n abgelegte Datei ist ein einkanaliges Bild. Als Kanal eines Bildes übernehmen (wie CellProfiler-Eingaben)?</numerusform>
            <numerusform>Die %n abgelegten Dateien sind einkanalige Bilder gleicher Größe. Als Kanäle eines Bildes zusammenfassen (wie CellProfiler-Eingaben)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a .ouro file (Ctrl+O), or drop TIFF files or CellProfiler tables here to import them</source>
        <translation>Öffnen Sie eine .ouro-Datei (Strg+O) oder legen Sie TIFF-Dateien oder CellProfiler-Tabellen hier ab, um sie zu importieren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a .ouro file</source>
        <translation>Eine .ouro-Datei öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import images or tables…</source>
        <translation>Bilder oder Tabellen &amp;importieren…</translation>
    </message>
    <message>
        <source>Import TIFF or OME-TIFF images, or CSV / CellProfiler SQLite tables (or drop them on the window)</source>
        <translation>TIFF- oder OME-TIFF-Bilder oder CSV- / CellProfiler-SQLite-Tabellen importieren (oder auf dem Fenster ablegen)</translation>
    </message>
    <message>
        <source>&amp;Export table…</source>
        <translation>Tabelle &amp;exportieren…</translation>
    </message>
    <message>
        <source>The file has no profile table to export.</source>
        <translation>Die Datei hat keine Profiltabelle zum Exportieren.</translation>
    </message>
    <message>
        <source>Write the profile table shown to CSV or Parquet</source>
        <translation>Die gezeigte Profiltabelle als CSV oder Parquet schreiben</translation>
    </message>
    <message>
        <source>Export &amp;images…</source>
        <translation>&amp;Bilder exportieren…</translation>
    </message>
    <message>
        <source>Write images as OME-TIFF, OME-Zarr or OME-Arrow Parquet, or a smaller .ouro with them</source>
        <translation>Bilder als OME-TIFF, OME-Zarr oder OME-Arrow-Parquet schreiben, oder eine kleinere .ouro mit ihnen</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>Write a compacted copy of the whole .ouro file</source>
        <translation>Eine verdichtete Kopie der ganzen .ouro-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>&amp;1:1</source>
        <translation>&amp;1:1</translation>
    </message>
    <message>
        <source>&amp;Next image</source>
        <translation>&amp;Nächstes Bild</translation>
    </message>
    <message>
        <source>&amp;Previous image</source>
        <translation>&amp;Vorheriges Bild</translation>
    </message>
    <message>
        <source>Next &amp;Z</source>
        <translation>Nächste &amp;Z-Ebene</translation>
    </message>
    <message>
        <source>Previous Z</source>
        <translation>Vorherige Z-Ebene</translation>
    </message>
    <message>
        <source>Next &amp;T</source>
        <translation>Nächster &amp;Zeitpunkt</translation>
    </message>
    <message>
        <source>Previous T</source>
        <translation>Vorheriger Zeitpunkt</translation>
    </message>
    <message>
        <source>Toggle &amp;channel</source>
        <translation>&amp;Kanal ein/aus</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>&amp;Auto-contrast</source>
        <translation>&amp;Auto-Kontrast</translation>
    </message>
    <message>
        <source>Save &amp;snapshot…</source>
        <translation>&amp;Schnappschuss speichern…</translation>
    </message>
    <message>
        <source>&amp;3D view</source>
        <translation>&amp;3D-Ansicht</translation>
    </message>
    <message>
        <source>Show the image&apos;s z-stack as a volume</source>
        <translation>Den Z-Stapel des Bildes als Volumen zeigen</translation>
    </message>
    <message>
        <source>&amp;Plots</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>Scatter plot and histogram of the profile table&apos;s columns</source>
        <translation>Streudiagramm und Histogramm der Spalten der Profiltabelle</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Language and memory for tiles</source>
        <translation>Sprache und Speicher für Kacheln</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Ouroboros</source>
        <translation>&amp;Über Ouroboros</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Open .ouro file</source>
        <translation>.ouro-Datei öffnen</translation>
    </message>
    <message>
        <source>Ouroboros files (*.ouro);;All files (*)</source>
        <translation>Ouroboros-Dateien (*.ouro);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New .ouro file</source>
        <translation>Neue .ouro-Datei</translation>
    </message>
    <message>
        <source>Ouroboros files (*.ouro)</source>
        <translation>Ouroboros-Dateien (*.ouro)</translation>
    </message>
    <message>
        <source>Cannot create file</source>
        <translation>Datei kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 — Ouroboros</source>
        <translation>%1 — Ouroboros</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) in %1</source>
        <translation>
            <numerusform>%n Bild in %1</numerusform>
            <numerusform>%n Bilder in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected object %1 in 3D</source>
        <translation>Ausgewähltes Objekt %1 in 3D</translation>
    </message>
    <message>
        <source>z %1/%2</source>
        <translation>z %1/%2</translation>
    </message>
    <message>
        <source>t %1/%2</source>
        <translation>t %1/%2</translation>
    </message>
    <message>
        <source>Save snapshot</source>
        <translation>Schnappschuss speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Schnappschuss</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>An import is still running. Cancel it and quit?</source>
        <translation>Ein Import läuft noch. Abbrechen und beenden?</translation>
    </message>
    <message>
        <source>Open a .ouro file first.</source>
        <translation>Öffnen Sie zuerst eine .ouro-Datei.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>A copy cannot replace the file it is made from.</source>
        <translation>Eine Kopie kann nicht die Datei ersetzen, aus der sie entsteht.</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Ein Export läuft bereits.</translation>
    </message>
    <message>
        <source>Open a .ouro file with images first.</source>
        <translation>Öffnen Sie zuerst eine .ouro-Datei mit Bildern.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportiere nach %1…</translation>
    </message>
    <message>
        <source>Export images</source>
        <translation>Bilder exportieren</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written to %1</source>
        <translation>Export abgebrochen; nach %1 wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>Import images or tables</source>
        <translation>Bilder oder Tabellen importieren</translation>
    </message>
    <message>
        <source>Images and tables (*.tif *.tiff *.btf *.companion.ome *.png *.parquet *.csv *.tsv *.csv.gz *.tsv.gz *.sqlite *.db);;Images (*.tif *.tiff *.btf *.companion.ome *.png *.parquet);;Profile tables (*.csv *.tsv *.txt *.csv.gz *.tsv.gz *.sqlite *.db *.parquet);;All files (*)</source>
        <translation>Bilder und Tabellen (*.tif *.tiff *.btf *.companion.ome *.png *.parquet *.csv *.tsv *.csv.gz *.tsv.gz *.sqlite *.db);;Bilder (*.tif *.tiff *.btf *.companion.ome *.png *.parquet);;Profiltabellen (*.csv *.tsv *.txt *.csv.gz *.tsv.gz *.sqlite *.db *.parquet);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>An import is already running; wait for it or cancel it.</source>
        <translation>Ein Import läuft bereits; warten Sie darauf oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>No images or tables found in what was dropped.</source>
        <translation>Im Abgelegten wurden keine Bilder oder Tabellen gefunden.</translation>
    </message>
    <message>
        <source>Searching folders for images…</source>
        <translation>Ordner werden nach Bildern durchsucht…</translation>
    </message>
    <message>
        <source>Import into a new .ouro file</source>
        <translation>In eine neue .ouro-Datei importieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s)</source>
        <translation>
            <numerusform>%n Element importiert</numerusform>
            <numerusform>%n Elemente importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n file(s) failed</source>
        <translation>
            <numerusform>, %n Datei fehlgeschlagen</numerusform>
            <numerusform>, %n Dateien fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>, cancelled</source>
        <translation>, abgebrochen</translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>Einige Dateien wurden nicht importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported. The .ouro file is unchanged for them.</source>
        <translation>
            <numerusform>%n Datei konnte nicht importiert werden. Die .ouro-Datei ist für sie unverändert.</numerusform>
            <numerusform>%n Dateien konnten nicht importiert werden. Die .ouro-Datei ist für sie unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported, with warnings</source>
        <translation>Importiert, mit Warnungen</translation>
    </message>
    <message numerus="yes">
        <source>Everything was imported. %n warning(s) say what to look at.</source>
        <translation>
            <numerusform>Alles wurde importiert. %n Warnung sagt, worauf zu achten ist.</numerusform>
            <numerusform>Alles wurde importiert. %n Warnungen sagen, worauf zu achten ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) look like segmentation masks of image %1 (same size, integer ids): %2. Import them as its label images rather than as new images?</source>
        <translation>
            <numerusform>%n Datei sieht wie eine Segmentierungsmaske von Bild %1 aus (gleiche Größe, ganzzahlige IDs): %2. Als sein Labelbild statt als neues Bild importieren?</numerusform>
            <numerusform>%n Dateien sehen wie Segmentierungsmasken von Bild %1 aus (gleiche Größe, ganzzahlige IDs): %2. Als seine Labelbilder statt als neue Bilder importieren?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ouro::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>The language of menus, panels and messages</source>
        <translation>Die Sprache von Menüs, Bereichen und Meldungen</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Memory for decoded image tiles: more keeps more of a large image ready to show</source>
        <translation>Speicher für dekodierte Bildkacheln: mehr hält mehr eines großen Bildes bereit</translation>
    </message>
    <message>
        <source>The new language applies the next time Ouroboros starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Ouroboros.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Tile cache:</source>
        <translation>&amp;Kachelspeicher:</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 as OME-TIFF to %2</source>
        <translation>%1 als OME-TIFF nach %2 exportiert</translation>
    </message>
    <message>
        <source> (%1 files)</source>
        <translation> (%1 Dateien)</translation>
    </message>
    <message>
        <source>Exported %1 as OME-Zarr to %2</source>
        <translation>%1 als OME-Zarr nach %2 exportiert</translation>
    </message>
    <message>
        <source>Exported %1 as OME-Arrow Parquet to %2</source>
        <translation>%1 als OME-Arrow-Parquet nach %2 exportiert</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Kopie nach %1 gespeichert</translation>
    </message>
    <message>
        <source>%1 objects: too many to draw as surfaces (at most %2)</source>
        <translation>%1 Objekte: zu viele, um sie als Oberflächen zu zeichnen (höchstens %2)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 with %n table(s) (%L2 rows) to %3</source>
        <translation>
            <numerusform>%1 mit %n Tabelle (%L2 Zeilen) nach %3 gespeichert</numerusform>
            <numerusform>%1 mit %n Tabellen (%L2 Zeilen) nach %3 gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ouro::widgets::ChannelPanel</name>
    <message>
        <source>Composite: every visible channel in its colour. Single: one channel in grey.</source>
        <translation>Komposit: jeder sichtbare Kanal in seiner Farbe. Einzeln: ein Kanal in Grau.</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Auto-contrast all</source>
        <translation>Auto-Kontrast für alle</translation>
    </message>
    <message>
        <source>Set every channel&apos;s range to its 0.1–99.9 percentiles</source>
        <translation>Den Bereich jedes Kanals auf seine 0,1–99,9-Perzentile setzen</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>Komposit</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>Single: %1</source>
        <translation>Einzeln: %1</translation>
    </message>
    <message>
        <source>Show or hide this channel (Alt+%1)</source>
        <translation>Diesen Kanal zeigen oder ausblenden (Alt+%1)</translation>
    </message>
    <message>
        <source>Channel colour</source>
        <translation>Kanalfarbe</translation>
    </message>
    <message>
        <source>Value shown as black</source>
        <translation>Wert, der schwarz gezeigt wird</translation>
    </message>
    <message>
        <source>Value shown at full colour</source>
        <translation>Wert, der in voller Farbe gezeigt wird</translation>
    </message>
    <message>
        <source>Gamma: below 1 brightens faint signal</source>
        <translation>Gamma: unter 1 hellt schwaches Signal auf</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Range from the 0.1–99.9 percentiles</source>
        <translation>Bereich aus den 0,1–99,9-Perzentilen</translation>
    </message>
    <message>
        <source>gamma</source>
        <translation>Gamma</translation>
    </message>
</context>
<context>
    <name>ouro::widgets::ImageListWidget</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Images in the open .ouro file</source>
        <translation>Bilder in der geöffneten .ouro-Datei</translation>
    </message>
    <message>
        <source>%1 t</source>
        <translation>%1 t</translation>
    </message>
    <message numerus="yes">
        <source>%n ch</source>
        <translation>
            <numerusform>%n Kanal</numerusform>
            <numerusform>%n Kanäle</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 z</source>
        <translation>%1 z</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>Bild %1: %2</translation>
    </message>
</context>
<context>
    <name>ouro::widgets::ImageView</name>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
</context>
<context>
    <name>ouro::widgets::LabelPanel</name>
    <message>
        <source>Label image drawn over the image</source>
        <translation>Labelbild, das über das Bild gezeichnet wird</translation>
    </message>
    <message>
        <source>Fill and outline</source>
        <translation>Füllung und Umriss</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Füllung</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Umriss</translation>
    </message>
    <message>
        <source>Fill opacity</source>
        <translation>Deckkraft der Füllung</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Outline width in screen pixels</source>
        <translation>Umrissbreite in Bildschirmpixeln</translation>
    </message>
    <message>
        <source>Show selected only</source>
        <translation>Nur Ausgewählte zeigen</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Zeichnen</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>ouro::widgets::PlotView</name>
    <message>
        <source>Column on the x axis</source>
        <translation>Spalte auf der x-Achse</translation>
    </message>
    <message>
        <source>Column on the y axis, or a histogram of x</source>
        <translation>Spalte auf der y-Achse, oder ein Histogramm von x</translation>
    </message>
    <message>
        <source>log x</source>
        <translation>log. x</translation>
    </message>
    <message>
        <source>log y</source>
        <translation>log. y</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>Lasso</translation>
    </message>
    <message>
        <source>Shift+drag draws a free-hand lasso instead of a rectangle (Ctrl+Shift+drag always does)</source>
        <translation>Umschalt+Ziehen zeichnet ein freihändiges Lasso statt eines Rechtecks (Strg+Umschalt+Ziehen immer)</translation>
    </message>
    <message>
        <source>Filter from selection</source>
        <translation>Filter aus Auswahl</translation>
    </message>
    <message>
        <source>Put the brushed ranges into the filter bar (a rectangle; a lasso has no ranges)</source>
        <translation>Die ausgewählten Bereiche in die Filterleiste übernehmen (ein Rechteck; ein Lasso hat keine Bereiche)</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>PNG speichern…</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom, right-drag to zoom to a box, Shift+drag to select (Ctrl+Shift+drag: a lasso)</source>
        <translation>Ziehen verschiebt, Mausrad zoomt, Rechts-Ziehen zoomt auf ein Rechteck, Umschalt+Ziehen wählt aus (Strg+Umschalt+Ziehen: ein Lasso)</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>(histogram of x)</source>
        <translation>(Histogramm von x)</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Lade %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 bins</source>
        <translation>
            <numerusform>%n Zeile in %1 Klassen</numerusform>
            <numerusform>%n Zeilen in %1 Klassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s), drawn as a density</source>
        <translation>
            <numerusform>%n Punkt, als Dichte gezeichnet</numerusform>
            <numerusform>%n Punkte, als Dichte gezeichnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n match(es) in colour</source>
        <translation>
            <numerusform> · %n Treffer in Farbe</numerusform>
            <numerusform> · %n Treffer in Farbe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n selected</source>
        <translation>
            <numerusform> · %n ausgewählt</numerusform>
            <numerusform> · %n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the plot</source>
        <translation>Diagramm speichern</translation>
    </message>
</context>
<context>
    <name>ouro::widgets::ProfileModel</name>
    <message>
        <source>%1 (%2)%3</source>
        <translation>%1 (%2)%3</translation>
    </message>
    <message>
        <source>, key column</source>
        <translation>, Schlüsselspalte</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Sortiere…</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Filtere…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Aktualisiere…</translation>
    </message>
</context>
<context>
    <name>ouro::widgets::ProfilePanel</name>
    <message>
        <source>Profile table</source>
        <translation>Profiltabelle</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>Spalten…</translation>
    </message>
    <message>
        <source>Choose which columns are shown (search by name)</source>
        <translation>Wählen, welche Spalten gezeigt werden (Suche nach Name)</translation>
    </message>
    <message>
        <source>Objects in view</source>
        <translation>Objekte im Blick</translation>
    </message>
    <message>
        <source>Show only rows whose object&apos;s bounding box is in the visible part of the image</source>
        <translation>Nur Zeilen zeigen, deren Objekt-Begrenzungsrahmen im sichtbaren Teil des Bildes liegt</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>CSV: the rows shown (filtered and sorted) with the visible columns.
Parquet: the filter&apos;s rows with every column, keys named as in CytoTable.</source>
        <translation>CSV: die gezeigten Zeilen (gefiltert und sortiert) mit den sichtbaren Spalten.
Parquet: die Zeilen des Filters mit allen Spalten, Schlüssel wie in CytoTable benannt.</translation>
    </message>
    <message>
        <source>Export %p%</source>
        <translation>Export %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the export; nothing is left under its file name</source>
        <translation>Export anhalten; unter seinem Dateinamen bleibt nichts zurück</translation>
    </message>
    <message>
        <source>Filter, e.g. Nuclei_AreaShape_Area &gt; 300 AND Intensity_MeanIntensity_PH3 &gt; 0.2</source>
        <translation>Filter, z. B. Nuclei_AreaShape_Area &gt; 300 AND Intensity_MeanIntensity_PH3 &gt; 0.2</translation>
    </message>
    <message>
        <source>A SQL boolean expression over the table&apos;s columns. Enter applies it; an empty filter shows all rows. Tab completes column names.</source>
        <translation>Ein boolescher SQL-Ausdruck über die Spalten der Tabelle. Eingabe wendet ihn an; ein leerer Filter zeigt alle Zeilen. Tab ergänzt Spaltennamen.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Filters used before</source>
        <translation>Zuvor benutzte Filter</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Named filters stored in the file</source>
        <translation>Benannte Filter, in der Datei gespeichert</translation>
    </message>
    <message>
        <source>Rows that match the filter, of all rows</source>
        <translation>Zeilen, die zum Filter passen, von allen Zeilen</translation>
    </message>
    <message>
        <source>Colour the objects by a column</source>
        <translation>Die Objekte nach einer Spalte einfärben</translation>
    </message>
    <message>
        <source>Colormap for numeric columns (range: 1st to 99th percentile)</source>
        <translation>Farbskala für numerische Spalten (Bereich: 1. bis 99. Perzentil)</translation>
    </message>
    <message>
        <source>Dim others</source>
        <translation>Andere abdunkeln</translation>
    </message>
    <message>
        <source>Hide others</source>
        <translation>Andere ausblenden</translation>
    </message>
    <message>
        <source>Grey others</source>
        <translation>Andere grau</translation>
    </message>
    <message>
        <source>How objects that do not match the filter are drawn</source>
        <translation>Wie Objekte gezeichnet werden, die nicht zum Filter passen</translation>
    </message>
    <message>
        <source>Value at the low end of the colormap; empty: the 1st percentile</source>
        <translation>Wert am unteren Ende der Farbskala; leer: das 1. Perzentil</translation>
    </message>
    <message>
        <source>Value at the high end of the colormap; empty: the 99th percentile</source>
        <translation>Wert am oberen Ende der Farbskala; leer: das 99. Perzentil</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Einfärben nach</translation>
    </message>
    <message>
        <source>(no filters yet)</source>
        <translation>(noch keine Filter)</translation>
    </message>
    <message>
        <source>%L1 of %L2 objects match</source>
        <translation>%L1 von %L2 Objekten passen</translation>
    </message>
    <message>
        <source>Filter: %L1 of %L2 rows match (%3 ms)</source>
        <translation>Filter: %L1 von %L2 Zeilen passen (%3 ms)</translation>
    </message>
    <message>
        <source>(label colours)</source>
        <translation>(Labelfarben)</translation>
    </message>
    <message>
        <source>invalid filter</source>
        <translation>ungültiger Filter</translation>
    </message>
    <message>
        <source>Save current filter…</source>
        <translation>Aktuellen Filter speichern…</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Saved filter &quot;%1&quot; in %2</source>
        <translation>Filter „%1“ in %2 gespeichert</translation>
    </message>
    <message>
        <source>(no saved filters)</source>
        <translation>(keine gespeicherten Filter)</translation>
    </message>
    <message>
        <source>Apply: %1</source>
        <translation>Anwenden: %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Columns of %1</source>
        <translation>Spalten von %1</translation>
    </message>
    <message>
        <source>Search columns…</source>
        <translation>Spalten suchen…</translation>
    </message>
    <message>
        <source>Show matching</source>
        <translation>Treffer zeigen</translation>
    </message>
    <message>
        <source>Hide matching</source>
        <translation>Treffer ausblenden</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) selected</source>
        <translation>
            <numerusform>%n Zeile ausgewählt</numerusform>
            <numerusform>%n Zeilen ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected rows link to no object</source>
        <translation>Die ausgewählten Zeilen verweisen auf kein Objekt</translation>
    </message>
    <message>
        <source>Object %1 has no row in this table</source>
        <translation>Objekt %1 hat keine Zeile in dieser Tabelle</translation>
    </message>
    <message>
        <source>Object %1&apos;s row is hidden by the filter</source>
        <translation>Die Zeile von Objekt %1 ist durch den Filter ausgeblendet</translation>
    </message>
    <message>
        <source>%L1 of %L2 rows match</source>
        <translation>%L1 von %L2 Zeilen passen</translation>
    </message>
    <message>
        <source>CSV: rows shown, visible columns (*.csv)</source>
        <translation>CSV: gezeigte Zeilen, sichtbare Spalten (*.csv)</translation>
    </message>
    <message>
        <source>Parquet: filtered rows, all columns (*.parquet)</source>
        <translation>Parquet: gefilterte Zeilen, alle Spalten (*.parquet)</translation>
    </message>
    <message>
        <source>Export rows</source>
        <translation>Zeilen exportieren</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written to %1</source>
        <translation>Export abgebrochen; nach %1 wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation>%1: kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: write failed (disk full?)</source>
        <translation>%1: Schreiben fehlgeschlagen (Datenträger voll?)</translation>
    </message>
    <message>
        <source>%1: cannot create</source>
        <translation>%1: kann nicht angelegt werden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile kopiert</numerusform>
            <numerusform>%Ln Zeilen kopiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ouro::widgets::VolumeView</name>
    <message>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <source>Look at the stack from above, as the 2D view shows it (R); the arrow offers other directions</source>
        <translation>Den Stapel von oben betrachten, wie die 2D-Ansicht ihn zeigt (R); der Pfeil bietet andere Richtungen</translation>
    </message>
    <message>
        <source>&amp;Top (as in 2D)</source>
        <translation>&amp;Oben (wie in 2D)</translation>
    </message>
    <message>
        <source>&amp;Front (x and z)</source>
        <translation>&amp;Vorne (x und z)</translation>
    </message>
    <message>
        <source>&amp;Side (y and z)</source>
        <translation>&amp;Seite (y und z)</translation>
    </message>
    <message>
        <source>&amp;Oblique</source>
        <translation>S&amp;chräg</translation>
    </message>
    <message>
        <source>Snapshot…</source>
        <translation>Schnappschuss…</translation>
    </message>
    <message>
        <source>Save the 3D view as a PNG image</source>
        <translation>Die 3D-Ansicht als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Surfaces</source>
        <translation>Oberflächen</translation>
    </message>
    <message>
        <source>Show the label image&apos;s objects as surfaces, coloured as in 2D; click one to select it</source>
        <translation>Die Objekte des Labelbildes als Oberflächen zeigen, gefärbt wie in 2D; eines anklicken wählt es aus</translation>
    </message>
    <message>
        <source>Opacity of the surfaces</source>
        <translation>Deckkraft der Oberflächen</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Show the volume rendering</source>
        <translation>Das Volumenrendering zeigen</translation>
    </message>
    <message>
        <source>Slices</source>
        <translation>Schnitte</translation>
    </message>
    <message>
        <source>Show three orthogonal planes through the stack; move them with the sliders</source>
        <translation>Drei orthogonale Ebenen durch den Stapel zeigen; mit den Schiebereglern verschieben</translation>
    </message>
    <message>
        <source>Position of the %1 plane</source>
        <translation>Lage der %1-Ebene</translation>
    </message>
    <message>
        <source>Open an image with a z-stack to see it in 3D.</source>
        <translation>Öffnen Sie ein Bild mit Z-Stapel, um es in 3D zu sehen.</translation>
    </message>
    <message>
        <source>“%1” is a 2D image (one z plane): there is no volume to show. Choose an image with a z-stack.</source>
        <translation>„%1“ ist ein 2D-Bild (eine Z-Ebene): es gibt kein Volumen zu zeigen. Wählen Sie ein Bild mit Z-Stapel.</translation>
    </message>
    <message>
        <source>Loading level %1 (%2 × %3 × %4)…</source>
        <translation>Lade Stufe %1 (%2 × %3 × %4)…</translation>
    </message>
    <message numerus="yes">
        <source>Level %1 of %2: %3 × %4 × %5, %n channel(s)</source>
        <translation>
            <numerusform>Stufe %1 von %2: %3 × %4 × %5, %n Kanal</numerusform>
            <numerusform>Stufe %1 von %2: %3 × %4 × %5, %n Kanäle</numerusform>
        </translation>
    </message>
    <message>
        <source>building surfaces…</source>
        <translation>erzeuge Oberflächen…</translation>
    </message>
    <message numerus="yes">
        <source>%n surface(s)</source>
        <translation>
            <numerusform>%n Oberfläche</numerusform>
            <numerusform>%n Oberflächen</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the 3D view</source>
        <translation>3D-Ansicht speichern</translation>
    </message>
</context>
<context>
    <name>ouro::widgets::VtkHost</name>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
</context>
</TS>
