<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
    <context>
        <name>ouro::app::AboutDialog</name>
        <message>
            <source>About Ouroboros</source>
            <translation>O aplikaci Ouroboros</translation>
        </message>
        <message>
            <source>&lt;p&gt;Microscopy images, segmentation labels and per-object measurements in one SQLite file, with a pyramid viewer linked to a table of millions of objects, plots and a 3D view.&lt;/p&gt;&lt;p&gt;Copyright © 2026, the Ouroboros developers.&lt;br&gt;Licensed under the BSD 3-Clause licence (see the Licence tab).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Mikroskopické snímky, segmentační popisky a měření jednotlivých objektů v jednom souboru SQLite, s pyramidovým prohlížečem propojeným s tabulkou milionů objektů, s grafy a 3D pohledem.&lt;/p&gt;&lt;p&gt;Copyright © 2026, vývojáři Ouroboros.&lt;br&gt;Licencováno pod licencí BSD se 3 klauzulemi (viz karta Licence).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About</source>
            <translation>O aplikaci</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Součást</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Verze</translation>
        </message>
        <message>
            <source>&amp;Copy versions</source>
            <translation>&amp;Kopírovat verze</translation>
        </message>
        <message>
            <source>Copy these versions to the clipboard, for a bug report</source>
            <translation>Zkopírovat tyto verze do schránky, pro hlášení chyby</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>Knihovny</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>The demo is made from public sample data, bundled with Ouroboros:

- CellProfiler's ExampleHuman images: CC0.
- The 2018 Data Science Bowl nuclei image and mask, from the StarDist repository: BSD 3-Clause.
- The nuclei labels and the 3D nuclei derived from them: CC0 and BSD 3-Clause, as their sources.

</source>
            <translation>Ukázka je vytvořena z veřejných vzorových dat, která jsou součástí Ouroboros:

- Snímky ExampleHuman z CellProfileru: CC0.
- Snímek jader a jeho maska z Data Science Bowl 2018, z repozitáře StarDist: BSD se 3 klauzulemi.
- Popisky jader a 3D jádra z nich odvozená: CC0 a BSD se 3 klauzulemi, jako jejich zdroje.

</translation>
        </message>
        <message>
            <source>Sample data</source>
            <translation>Vzorová data</translation>
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
            <translation>Dlaždicový pyramidový OME-TIFF, jeden soubor na snímek: .ome.tif pro jeden snímek, jinak složka.</translation>
        </message>
        <message>
            <source>OME-Zarr 0.4 (napari, zarr-python)</source>
            <translation>OME-Zarr 0.4 (napari, zarr-python)</translation>
        </message>
        <message>
            <source>A .ome.zarr folder with the pyramids and label images.</source>
            <translation>Složka .ome.zarr s pyramidami a snímky popisků.</translation>
        </message>
        <message>
            <source>OME-Arrow Parquet (pandas, Polars, DuckDB)</source>
            <translation>OME-Arrow Parquet (pandas, Polars, DuckDB)</translation>
        </message>
        <message>
            <source>One row per image with its planes' pixels; images of one pixel type, up to 1 GiB each.</source>
            <translation>Jeden řádek na snímek s pixely jeho rovin; snímky jednoho typu pixelu, každý nejvýše 1 GiB.</translation>
        </message>
        <message>
            <source>Ouroboros file with these images (.ouro)</source>
            <translation>Soubor Ouroboros s těmito snímky (.ouro)</translation>
        </message>
        <message>
            <source>A smaller .ouro: these images with their labels, objects and linked table rows.</source>
            <translation>Menší .ouro: tyto snímky s jejich popisky, objekty a propojenými řádky tabulek.</translation>
        </message>
        <message>
            <source>Export images</source>
            <translation>Exportovat snímky</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Vše</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Nic</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Procházet…</translation>
        </message>
        <message>
            <source>BigTIFF (for readers that need it; chosen anyway past 2 GB)</source>
            <translation>BigTIFF (pro čtečky, které ho potřebují; nad 2 GB se zvolí vždy)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportovat</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Formát:</translation>
        </message>
        <message>
            <source>Images:</source>
            <translation>Snímky:</translation>
        </message>
        <message>
            <source>Save to:</source>
            <translation>Uložit do:</translation>
        </message>
        <message>
            <source>Export to a new folder</source>
            <translation>Exportovat do nové složky</translation>
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
            <translation>Soubory Ouroboros (*.ouro)</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Exportovat do</translation>
        </message>
        <message>
            <source>%1 already exists. Choose a new name; an export never replaces a file or folder.</source>
            <translation>%1 již existuje. Zvolte nový název; export nikdy nenahradí soubor ani složku.</translation>
        </message>
    </context>
    <context>
        <name>ouro::app::ImportController</name>
        <message numerus="yes">
            <source>Reading %n file(s)…</source>
            <translation>
                <numerusform>Čte se %n soubor…</numerusform>
                <numerusform>Čtou se %n soubory…</numerusform>
                <numerusform>Čte se %n souborů…</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing %1 (%2 of %3)</source>
            <translation>Importuje se %1 (%2 z %3)</translation>
        </message>
        <message numerus="yes">
            <source>%1: table "%2", %n row(s)</source>
            <translation>
                <numerusform>%1: tabulka „%2“, %n řádek</numerusform>
                <numerusform>%1: tabulka „%2“, %n řádky</numerusform>
                <numerusform>%1: tabulka „%2“, %n řádků</numerusform>
            </translation>
        </message>
        <message>
            <source>, %1 linked to "%2"</source>
            <translation>, %1 propojeno s „%2“</translation>
        </message>
        <message>
            <source>%1: not linked: %2</source>
            <translation>%1: nepropojeno: %2</translation>
        </message>
        <message numerus="yes">
            <source>%1: labels "%2" of image %3, %n object(s)</source>
            <translation>
                <numerusform>%1: popisky „%2“ snímku %3, %n objekt</numerusform>
                <numerusform>%1: popisky „%2“ snímku %3, %n objekty</numerusform>
                <numerusform>%1: popisky „%2“ snímku %3, %n objektů</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: image %2 "%3"</source>
            <translation>%1: snímek %2 „%3“</translation>
        </message>
        <message>
            <source>%1: labels "%2" of image %3</source>
            <translation>%1: popisky „%2“ snímku %3</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Microscopy images and their measurements</source>
            <translation>Mikroskopické snímky a jejich měření</translation>
        </message>
        <message>
            <source>A .ouro file to open</source>
            <translation>Soubor .ouro k otevření</translation>
        </message>
        <message>
            <source>Open FILE, wait until every visible tile (and the 3D view and plots, when shown) is loaded, save a PNG of the window and exit.</source>
            <translation>Otevřít FILE, počkat, až se načte každá viditelná dlaždice (a 3D pohled a grafy, jsou-li zobrazeny), uložit PNG okna a skončit.</translation>
        </message>
        <message>
            <source>Show image ID first.</source>
            <translation>Nejprve zobrazit snímek ID.</translation>
        </message>
        <message>
            <source>Apply this filter to the first profile table.</source>
            <translation>Použít tento filtr na první tabulku profilů.</translation>
        </message>
        <message>
            <source>Colour objects by this column of the first profile table.</source>
            <translation>Obarvit objekty podle tohoto sloupce první tabulky profilů.</translation>
        </message>
        <message>
            <source>Also show these panels: 3d, plots (comma-separated).</source>
            <translation>Zobrazit také tyto panely: 3d, plots (oddělené čárkami).</translation>
        </message>
        <message>
            <source>Plot these columns of the profile table: X,Y (X alone: a histogram of X). Shows the plots.</source>
            <translation>Vykreslit tyto sloupce tabulky profilů: X,Y (jen X: histogram X). Zobrazí grafy.</translation>
        </message>
        <message>
            <source>The 3D view's camera: top, front, side or oblique (remembered). Shows the 3D view.</source>
            <translation>Kamera 3D pohledu: top, front, side nebo oblique (zapamatuje se). Zobrazí 3D pohled.</translation>
        </message>
        <message>
            <source>The interface language for this run: en, de, fr, es, cs, ja or zh_CN (Preferences sets it for good).</source>
            <translation>Jazyk rozhraní pro toto spuštění: en, de, fr, es, cs, ja nebo zh_CN (natrvalo jej nastavují Předvolby).</translation>
        </message>
        <message>
            <source>--show takes 3d and plots, not "%1"</source>
            <translation>--show přijímá 3d a plots, ne „%1“</translation>
        </message>
        <message>
            <source>--view3d takes top, front, side or oblique, not "%1"</source>
            <translation>--view3d přijímá top, front, side nebo oblique, ne „%1“</translation>
        </message>
        <message>
            <source>table "%1" has no column "%2" to plot</source>
            <translation>tabulka „%1“ nemá sloupec „%2“ k vykreslení</translation>
        </message>
        <message>
            <source>the file has no profile tables; --filter and --color-by do nothing</source>
            <translation>soubor nemá žádné tabulky profilů; --filter a --color-by nic nedělají</translation>
        </message>
        <message>
            <source>table "%1" has no column "%2" to colour by</source>
            <translation>tabulka „%1“ nemá sloupec „%2“ k obarvení</translation>
        </message>
        <message>
            <source>--screenshot needs a FILE to open</source>
            <translation>--screenshot potřebuje soubor (FILE) k otevření</translation>
        </message>
        <message>
            <source>cannot open the file</source>
            <translation>soubor nelze otevřít</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>%1 nelze zapsat</translation>
        </message>
        <message>
            <source>tiles still loading after 60 s; saving anyway</source>
            <translation>dlaždice se po 60 s stále načítají; přesto se ukládá</translation>
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
            <translation>Rovina Z (, a .)</translation>
        </message>
        <message>
            <source>Time point ([ and ])</source>
            <translation>Časový bod ([ a ])</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Snímky</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanály</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Popisky</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>Profily</translation>
        </message>
        <message>
            <source>The 3D view of the image's z-stack appears here.</source>
            <translation>Zde se zobrazí 3D pohled na Z-stack snímku.</translation>
        </message>
        <message>
            <source>3D view</source>
            <translation>3D pohled</translation>
        </message>
        <message>
            <source>Scatter plots and histograms of the table's columns appear here.</source>
            <translation>Zde se zobrazí bodové grafy a histogramy sloupců tabulky.</translation>
        </message>
        <message>
            <source>Plots</source>
            <translation>Grafy</translation>
        </message>
        <message>
            <source>Object %1 of "%2"</source>
            <translation>Objekt %1 z „%2“</translation>
        </message>
        <message>
            <source>Selected object %1 of labels "%2" (image %3)</source>
            <translation>Vybraný objekt %1 popisků „%2“ (snímek %3)</translation>
        </message>
        <message>
            <source>label %1</source>
            <translation>popisek %1</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Všechny soubory</translation>
        </message>
        <message>
            <source>all %p%</source>
            <translation>celkem %p%</translation>
        </message>
        <message>
            <source>This file</source>
            <translation>Tento soubor</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Zrušit</translation>
        </message>
        <message>
            <source>Stop the import; nothing of an unfinished file is kept</source>
            <translation>Zastavit import; z nedokončeného souboru se nic neponechá</translation>
        </message>
        <message>
            <source>Import as labels?</source>
            <translation>Importovat jako popisky?</translation>
        </message>
        <message>
            <source>Combine channels?</source>
            <translation>Sloučit kanály?</translation>
        </message>
        <message numerus="yes">
            <source>The %n dropped files are single-channel images of the same size. Combine them as the channels of one image (as CellProfiler inputs are)?</source>
            <translation>
                <numerusform>Přetažený soubor (%n) je jednokanálový snímek. Použít ho jako kanál jednoho snímku (jako vstupy CellProfileru)?</numerusform>
                <numerusform>%n přetažené soubory jsou jednokanálové snímky stejné velikosti. Sloučit je jako kanály jednoho snímku (jako vstupy CellProfileru)?</numerusform>
                <numerusform>%n přetažených souborů jsou jednokanálové snímky stejné velikosti. Sloučit je jako kanály jednoho snímku (jako vstupy CellProfileru)?</numerusform>
            </translation>
        </message>
        <message>
            <source>Open a .ouro file (Ctrl+O), or drop TIFF files or CellProfiler tables here to import them</source>
            <translation>Otevřete soubor .ouro (Ctrl+O) nebo sem přetáhněte soubory TIFF či tabulky CellProfileru a importujte je</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Soubor</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Nový…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Otevřít…</translation>
        </message>
        <message>
            <source>Open a .ouro file</source>
            <translation>Otevřít soubor .ouro</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Otevřít &amp;nedávný</translation>
        </message>
        <message>
            <source>&amp;Import images or tables…</source>
            <translation>&amp;Importovat snímky nebo tabulky…</translation>
        </message>
        <message>
            <source>Import TIFF or OME-TIFF images, or CSV / CellProfiler SQLite tables (or drop them on the window)</source>
            <translation>Importovat snímky TIFF nebo OME-TIFF, nebo tabulky CSV / SQLite z CellProfileru (nebo je přetáhnout do okna)</translation>
        </message>
        <message>
            <source>&amp;Export table…</source>
            <translation>&amp;Exportovat tabulku…</translation>
        </message>
        <message>
            <source>The file has no profile table to export.</source>
            <translation>Soubor nemá žádnou tabulku profilů k exportu.</translation>
        </message>
        <message>
            <source>Write the profile table shown to CSV or Parquet</source>
            <translation>Zapsat zobrazenou tabulku profilů jako CSV nebo Parquet</translation>
        </message>
        <message>
            <source>Export &amp;images…</source>
            <translation>Exportovat &amp;snímky…</translation>
        </message>
        <message>
            <source>Write images as OME-TIFF, OME-Zarr or OME-Arrow Parquet, or a smaller .ouro with them</source>
            <translation>Zapsat snímky jako OME-TIFF, OME-Zarr nebo OME-Arrow Parquet, nebo menší .ouro s nimi</translation>
        </message>
        <message>
            <source>Save a &amp;copy…</source>
            <translation>Uložit &amp;kopii…</translation>
        </message>
        <message>
            <source>Write a compacted copy of the whole .ouro file</source>
            <translation>Zapsat zhuštěnou kopii celého souboru .ouro</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Ukončit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Zobrazení</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>&amp;Přiblížit</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>&amp;Oddálit</translation>
        </message>
        <message>
            <source>&amp;Fit to window</source>
            <translation>Přizpůsobit &amp;oknu</translation>
        </message>
        <message>
            <source>&amp;1:1</source>
            <translation>&amp;1:1</translation>
        </message>
        <message>
            <source>&amp;Next image</source>
            <translation>&amp;Další snímek</translation>
        </message>
        <message>
            <source>&amp;Previous image</source>
            <translation>&amp;Předchozí snímek</translation>
        </message>
        <message>
            <source>Next &amp;Z</source>
            <translation>Další &amp;Z</translation>
        </message>
        <message>
            <source>Previous Z</source>
            <translation>Předchozí Z</translation>
        </message>
        <message>
            <source>Next &amp;T</source>
            <translation>Další &amp;T</translation>
        </message>
        <message>
            <source>Previous T</source>
            <translation>Předchozí T</translation>
        </message>
        <message>
            <source>Toggle &amp;channel</source>
            <translation>Přepnout &amp;kanál</translation>
        </message>
        <message>
            <source>Channel %1</source>
            <translation>Kanál %1</translation>
        </message>
        <message>
            <source>&amp;Auto-contrast</source>
            <translation>&amp;Automatický kontrast</translation>
        </message>
        <message>
            <source>Save &amp;snapshot…</source>
            <translation>Uložit &amp;snímek obrazovky…</translation>
        </message>
        <message>
            <source>&amp;3D view</source>
            <translation>&amp;3D pohled</translation>
        </message>
        <message>
            <source>Show the image's z-stack as a volume</source>
            <translation>Zobrazit Z-stack snímku jako objem</translation>
        </message>
        <message>
            <source>&amp;Plots</source>
            <translation>&amp;Grafy</translation>
        </message>
        <message>
            <source>Scatter plot and histogram of the profile table's columns</source>
            <translation>Bodový graf a histogram sloupců tabulky profilů</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Nastavení</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Předvolby…</translation>
        </message>
        <message>
            <source>Language and memory for tiles</source>
            <translation>Jazyk a paměť pro dlaždice</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Nápověda</translation>
        </message>
        <message>
            <source>&amp;About Ouroboros</source>
            <translation>&amp;O aplikaci Ouroboros</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>O &amp;Qt</translation>
        </message>
        <message>
            <source>Open .ouro file</source>
            <translation>Otevřít soubor .ouro</translation>
        </message>
        <message>
            <source>Ouroboros files (*.ouro);;All files (*)</source>
            <translation>Soubory Ouroboros (*.ouro);;Všechny soubory (*)</translation>
        </message>
        <message>
            <source>New .ouro file</source>
            <translation>Nový soubor .ouro</translation>
        </message>
        <message>
            <source>Ouroboros files (*.ouro)</source>
            <translation>Soubory Ouroboros (*.ouro)</translation>
        </message>
        <message>
            <source>Cannot create file</source>
            <translation>Soubor nelze vytvořit</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>Otevírá se %1…</translation>
        </message>
        <message>
            <source>Could not open %1</source>
            <translation>%1 nelze otevřít</translation>
        </message>
        <message>
            <source>Cannot open file</source>
            <translation>Soubor nelze otevřít</translation>
        </message>
        <message>
            <source>%1 — Ouroboros</source>
            <translation>%1 — Ouroboros</translation>
        </message>
        <message numerus="yes">
            <source>%n image(s) in %1</source>
            <translation>
                <numerusform>%n snímek v %1</numerusform>
                <numerusform>%n snímky v %1</numerusform>
                <numerusform>%n snímků v %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Selected object %1 in 3D</source>
            <translation>Vybraný objekt %1 ve 3D</translation>
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
            <translation>Uložit snímek obrazovky</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Obrázky PNG (*.png)</translation>
        </message>
        <message>
            <source>Snapshot</source>
            <translation>Snímek obrazovky</translation>
        </message>
        <message>
            <source>Could not write %1</source>
            <translation>%1 nelze zapsat</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Uloženo %1</translation>
        </message>
        <message>
            <source>Import running</source>
            <translation>Import běží</translation>
        </message>
        <message>
            <source>An import is still running. Cancel it and quit?</source>
            <translation>Import stále běží. Zrušit ho a skončit?</translation>
        </message>
        <message>
            <source>Open a .ouro file first.</source>
            <translation>Nejprve otevřete soubor .ouro.</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Uložit kopii</translation>
        </message>
        <message>
            <source>A copy cannot replace the file it is made from.</source>
            <translation>Kopie nemůže nahradit soubor, ze kterého vzniká.</translation>
        </message>
        <message>
            <source>An export is already running.</source>
            <translation>Export již běží.</translation>
        </message>
        <message>
            <source>Open a .ouro file with images first.</source>
            <translation>Nejprve otevřete soubor .ouro se snímky.</translation>
        </message>
        <message>
            <source>Exporting to %1…</source>
            <translation>Exportuje se do %1…</translation>
        </message>
        <message>
            <source>Export images</source>
            <translation>Exportovat snímky</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written to %1</source>
            <translation>Export zrušen; do %1 se nic nezapsalo</translation>
        </message>
        <message>
            <source>Export cancelled</source>
            <translation>Export zrušen</translation>
        </message>
        <message>
            <source>Import images or tables</source>
            <translation>Importovat snímky nebo tabulky</translation>
        </message>
        <message>
            <source>Images and tables (*.tif *.tiff *.btf *.companion.ome *.png *.parquet *.csv *.tsv *.csv.gz *.tsv.gz *.sqlite *.db);;Images (*.tif *.tiff *.btf *.companion.ome *.png *.parquet);;Profile tables (*.csv *.tsv *.txt *.csv.gz *.tsv.gz *.sqlite *.db *.parquet);;All files (*)</source>
            <translation>Snímky a tabulky (*.tif *.tiff *.btf *.companion.ome *.png *.parquet *.csv *.tsv *.csv.gz *.tsv.gz *.sqlite *.db);;Snímky (*.tif *.tiff *.btf *.companion.ome *.png *.parquet);;Tabulky profilů (*.csv *.tsv *.txt *.csv.gz *.tsv.gz *.sqlite *.db *.parquet);;Všechny soubory (*)</translation>
        </message>
        <message>
            <source>An import is already running; wait for it or cancel it.</source>
            <translation>Import již běží; počkejte na něj, nebo ho zrušte.</translation>
        </message>
        <message>
            <source>No images or tables found in what was dropped.</source>
            <translation>V přetažených položkách nebyly nalezeny žádné snímky ani tabulky.</translation>
        </message>
    <message>
        <source>Searching folders for images…</source>
        <translation>Hledání obrázků ve složkách…</translation>
    </message>
        <message>
            <source>Import into a new .ouro file</source>
            <translation>Importovat do nového souboru .ouro</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n item(s)</source>
            <translation>
                <numerusform>Importována %n položka</numerusform>
                <numerusform>Importovány %n položky</numerusform>
                <numerusform>Importováno %n položek</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n file(s) failed</source>
            <translation>
                <numerusform>, %n soubor selhal</numerusform>
                <numerusform>, %n soubory selhaly</numerusform>
                <numerusform>, %n souborů selhalo</numerusform>
            </translation>
        </message>
        <message>
            <source>, cancelled</source>
            <translation>, zrušeno</translation>
        </message>
        <message>
            <source>Some files were not imported</source>
            <translation>Některé soubory nebyly importovány</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be imported. The .ouro file is unchanged for them.</source>
            <translation>
                <numerusform>%n soubor nešlo importovat. Soubor .ouro je pro něj beze změny.</numerusform>
                <numerusform>%n soubory nešlo importovat. Soubor .ouro je pro ně beze změny.</numerusform>
                <numerusform>%n souborů nešlo importovat. Soubor .ouro je pro ně beze změny.</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported, with warnings</source>
            <translation>Importováno, s varováními</translation>
        </message>
        <message numerus="yes">
            <source>Everything was imported. %n warning(s) say what to look at.</source>
            <translation>
                <numerusform>Vše bylo importováno. %n varování říká, na co se podívat.</numerusform>
                <numerusform>Vše bylo importováno. %n varování říkají, na co se podívat.</numerusform>
                <numerusform>Vše bylo importováno. %n varování říká, na co se podívat.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) look like segmentation masks of image %1 (same size, integer ids): %2. Import them as its label images rather than as new images?</source>
            <translation>
                <numerusform>%n soubor vypadá jako segmentační maska snímku %1 (stejná velikost, celočíselná ID): %2. Importovat ho jako jeho snímek popisků místo jako nový snímek?</numerusform>
                <numerusform>%n soubory vypadají jako segmentační masky snímku %1 (stejná velikost, celočíselná ID): %2. Importovat je jako jeho snímky popisků místo jako nové snímky?</numerusform>
                <numerusform>%n souborů vypadá jako segmentační masky snímku %1 (stejná velikost, celočíselná ID): %2. Importovat je jako jeho snímky popisků místo jako nové snímky?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ouro::app::PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Předvolby</translation>
        </message>
        <message>
            <source>System default (%1)</source>
            <translation>Výchozí nastavení systému (%1)</translation>
        </message>
        <message>
            <source>The language of menus, panels and messages</source>
            <translation>Jazyk nabídek, panelů a zpráv</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>Memory for decoded image tiles: more keeps more of a large image ready to show</source>
            <translation>Paměť pro dekódované dlaždice snímku: více paměti drží připravenou větší část velkého snímku</translation>
        </message>
        <message>
            <source>The new language applies the next time Ouroboros starts.</source>
            <translation>Nový jazyk se použije při příštím spuštění Ouroboros.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Jazyk:</translation>
        </message>
        <message>
            <source>&amp;Tile cache:</source>
            <translation>Mezipaměť &amp;dlaždic:</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message numerus="yes">
            <source>%n image(s)</source>
            <translation>
                <numerusform>%n snímek</numerusform>
                <numerusform>%n snímky</numerusform>
                <numerusform>%n snímků</numerusform>
            </translation>
        </message>
        <message>
            <source>Exported %1 as OME-TIFF to %2</source>
            <translation>%1 exportováno jako OME-TIFF do %2</translation>
        </message>
        <message>
            <source> (%1 files)</source>
            <translation> (%1 souborů)</translation>
        </message>
        <message>
            <source>Exported %1 as OME-Zarr to %2</source>
            <translation>%1 exportováno jako OME-Zarr do %2</translation>
        </message>
        <message>
            <source>Exported %1 as OME-Arrow Parquet to %2</source>
            <translation>%1 exportováno jako OME-Arrow Parquet do %2</translation>
        </message>
        <message>
            <source>Saved a copy to %1</source>
            <translation>Kopie uložena do %1</translation>
        </message>
        <message>
            <source>%1 objects: too many to draw as surfaces (at most %2)</source>
            <translation>%1 objektů: příliš mnoho na vykreslení jako povrchy (nejvýše %2)</translation>
        </message>
        <message numerus="yes">
            <source>Saved %1 with %n table(s) (%L2 rows) to %3</source>
            <translation>
                <numerusform>%1 uloženo s %n tabulkou (%L2 řádků) do %3</numerusform>
                <numerusform>%1 uloženo s %n tabulkami (%L2 řádků) do %3</numerusform>
                <numerusform>%1 uloženo s %n tabulkami (%L2 řádků) do %3</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::ChannelPanel</name>
        <message>
            <source>Composite: every visible channel in its colour. Single: one channel in grey.</source>
            <translation>Složený: každý viditelný kanál ve své barvě. Jeden: jeden kanál v šedi.</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Režim</translation>
        </message>
        <message>
            <source>Auto-contrast all</source>
            <translation>Automatický kontrast všech</translation>
        </message>
        <message>
            <source>Set every channel's range to its 0.1–99.9 percentiles</source>
            <translation>Nastavit rozsah každého kanálu na jeho 0,1–99,9 percentily</translation>
        </message>
        <message>
            <source>Composite</source>
            <translation>Složený</translation>
        </message>
        <message>
            <source>Channel %1</source>
            <translation>Kanál %1</translation>
        </message>
        <message>
            <source>Single: %1</source>
            <translation>Jeden: %1</translation>
        </message>
        <message>
            <source>Show or hide this channel (Alt+%1)</source>
            <translation>Zobrazit nebo skrýt tento kanál (Alt+%1)</translation>
        </message>
        <message>
            <source>Channel colour</source>
            <translation>Barva kanálu</translation>
        </message>
        <message>
            <source>Value shown as black</source>
            <translation>Hodnota zobrazená jako černá</translation>
        </message>
        <message>
            <source>Value shown at full colour</source>
            <translation>Hodnota zobrazená v plné barvě</translation>
        </message>
        <message>
            <source>Gamma: below 1 brightens faint signal</source>
            <translation>Gama: pod 1 zesvětlí slabý signál</translation>
        </message>
        <message>
            <source>Auto</source>
            <translation>Automaticky</translation>
        </message>
        <message>
            <source>Range from the 0.1–99.9 percentiles</source>
            <translation>Rozsah z 0,1–99,9 percentilů</translation>
        </message>
        <message>
            <source>gamma</source>
            <translation>gama</translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::ImageListWidget</name>
        <message>
            <source>Name</source>
            <translation>Název</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Velikost</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Images in the open .ouro file</source>
            <translation>Snímky v otevřeném souboru .ouro</translation>
        </message>
        <message>
            <source>%1 t</source>
            <translation>%1 t</translation>
        </message>
        <message numerus="yes">
            <source>%n ch</source>
            <translation>
                <numerusform>%n kanál</numerusform>
                <numerusform>%n kanály</numerusform>
                <numerusform>%n kanálů</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 z</source>
            <translation>%1 z</translation>
        </message>
        <message>
            <source>Image %1: %2</source>
            <translation>Snímek %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::ImageView</name>
        <message>
            <source>… and %1 more</source>
            <translation>… a %1 dalších</translation>
        </message>
        <message>
            <source>No image</source>
            <translation>Žádný snímek</translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::LabelPanel</name>
        <message>
            <source>Label image drawn over the image</source>
            <translation>Snímek popisků vykreslený přes snímek</translation>
        </message>
        <message>
            <source>Fill and outline</source>
            <translation>Výplň a obrys</translation>
        </message>
        <message>
            <source>Fill</source>
            <translation>Výplň</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>Obrys</translation>
        </message>
        <message>
            <source>Fill opacity</source>
            <translation>Krytí výplně</translation>
        </message>
        <message>
            <source> px</source>
            <translation> px</translation>
        </message>
        <message>
            <source>Outline width in screen pixels</source>
            <translation>Šířka obrysu v pixelech obrazovky</translation>
        </message>
        <message>
            <source>Show selected only</source>
            <translation>Zobrazit jen vybrané</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Popisky</translation>
        </message>
        <message>
            <source>Draw</source>
            <translation>Kreslit</translation>
        </message>
        <message>
            <source>Opacity</source>
            <translation>Krytí</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Nic</translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::PlotView</name>
        <message>
            <source>Column on the x axis</source>
            <translation>Sloupec na ose x</translation>
        </message>
        <message>
            <source>Column on the y axis, or a histogram of x</source>
            <translation>Sloupec na ose y, nebo histogram x</translation>
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
            <translation>Laso</translation>
        </message>
        <message>
            <source>Shift+drag draws a free-hand lasso instead of a rectangle (Ctrl+Shift+drag always does)</source>
            <translation>Shift+tažení kreslí volné laso místo obdélníku (Ctrl+Shift+tažení vždy)</translation>
        </message>
        <message>
            <source>Filter from selection</source>
            <translation>Filtr z výběru</translation>
        </message>
        <message>
            <source>Put the brushed ranges into the filter bar (a rectangle; a lasso has no ranges)</source>
            <translation>Vložit vybrané rozsahy do řádku filtru (obdélník; laso nemá rozsahy)</translation>
        </message>
        <message>
            <source>Save PNG…</source>
            <translation>Uložit PNG…</translation>
        </message>
        <message>
            <source>Drag to pan, wheel to zoom, right-drag to zoom to a box, Shift+drag to select (Ctrl+Shift+drag: a lasso)</source>
            <translation>Tažením posunete, kolečkem přiblížíte, tažením pravým tlačítkem přiblížíte výřez, Shift+tažením vyberete (Ctrl+Shift+tažení: laso)</translation>
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
            <translation>(histogram x)</translation>
        </message>
        <message>
            <source>Loading %1…</source>
            <translation>Načítá se %1…</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) in %1 bins</source>
            <translation>
                <numerusform>%n řádek v %1 třídách</numerusform>
                <numerusform>%n řádky v %1 třídách</numerusform>
                <numerusform>%n řádků v %1 třídách</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n bod</numerusform>
                <numerusform>%n body</numerusform>
                <numerusform>%n bodů</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s), drawn as a density</source>
            <translation>
                <numerusform>%n bod, vykreslený jako hustota</numerusform>
                <numerusform>%n body, vykreslené jako hustota</numerusform>
                <numerusform>%n bodů, vykreslených jako hustota</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %n match(es) in colour</source>
            <translation>
                <numerusform> · %n shoda barevně</numerusform>
                <numerusform> · %n shody barevně</numerusform>
                <numerusform> · %n shod barevně</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %n selected</source>
            <translation>
                <numerusform> · %n vybrán</numerusform>
                <numerusform> · %n vybrány</numerusform>
                <numerusform> · %n vybráno</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the plot</source>
            <translation>Uložit graf</translation>
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
            <translation>, klíčový sloupec</translation>
        </message>
        <message>
            <source>Sorting…</source>
            <translation>Řadí se…</translation>
        </message>
        <message>
            <source>Filtering…</source>
            <translation>Filtruje se…</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Aktualizuje se…</translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::ProfilePanel</name>
        <message>
            <source>Profile table</source>
            <translation>Tabulka profilů</translation>
        </message>
        <message>
            <source>Columns…</source>
            <translation>Sloupce…</translation>
        </message>
        <message>
            <source>Choose which columns are shown (search by name)</source>
            <translation>Zvolit, které sloupce se zobrazí (hledání podle názvu)</translation>
        </message>
        <message>
            <source>Objects in view</source>
            <translation>Objekty v zobrazení</translation>
        </message>
        <message>
            <source>Show only rows whose object's bounding box is in the visible part of the image</source>
            <translation>Zobrazit jen řádky, jejichž ohraničující rámeček objektu leží ve viditelné části snímku</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportovat…</translation>
        </message>
        <message>
            <source>CSV: the rows shown (filtered and sorted) with the visible columns.
Parquet: the filter's rows with every column, keys named as in CytoTable.</source>
            <translation>CSV: zobrazené řádky (filtrované a seřazené) s viditelnými sloupci.
Parquet: řádky filtru se všemi sloupci, klíče pojmenované jako v CytoTable.</translation>
        </message>
        <message>
            <source>Export %p%</source>
            <translation>Export %p%</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Zrušit</translation>
        </message>
        <message>
            <source>Stop the export; nothing is left under its file name</source>
            <translation>Zastavit export; pod jeho názvem souboru nic nezůstane</translation>
        </message>
        <message>
            <source>Filter, e.g. Nuclei_AreaShape_Area &gt; 300 AND Intensity_MeanIntensity_PH3 &gt; 0.2</source>
            <translation>Filtr, např. Nuclei_AreaShape_Area &gt; 300 AND Intensity_MeanIntensity_PH3 &gt; 0.2</translation>
        </message>
        <message>
            <source>A SQL boolean expression over the table's columns. Enter applies it; an empty filter shows all rows. Tab completes column names.</source>
            <translation>Logický výraz SQL nad sloupci tabulky. Enter ho použije; prázdný filtr zobrazí všechny řádky. Tab doplní názvy sloupců.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historie</translation>
        </message>
        <message>
            <source>Filters used before</source>
            <translation>Dříve použité filtry</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Uložené</translation>
        </message>
        <message>
            <source>Named filters stored in the file</source>
            <translation>Pojmenované filtry uložené v souboru</translation>
        </message>
        <message>
            <source>Rows that match the filter, of all rows</source>
            <translation>Řádky vyhovující filtru, ze všech řádků</translation>
        </message>
        <message>
            <source>Colour the objects by a column</source>
            <translation>Obarvit objekty podle sloupce</translation>
        </message>
        <message>
            <source>Colormap for numeric columns (range: 1st to 99th percentile)</source>
            <translation>Barevná mapa pro číselné sloupce (rozsah: 1. až 99. percentil)</translation>
        </message>
        <message>
            <source>Dim others</source>
            <translation>Ztlumit ostatní</translation>
        </message>
        <message>
            <source>Hide others</source>
            <translation>Skrýt ostatní</translation>
        </message>
        <message>
            <source>Grey others</source>
            <translation>Ostatní šedě</translation>
        </message>
        <message>
            <source>How objects that do not match the filter are drawn</source>
            <translation>Jak se kreslí objekty, které filtru nevyhovují</translation>
        </message>
        <message>
            <source>Value at the low end of the colormap; empty: the 1st percentile</source>
            <translation>Hodnota na dolním konci barevné mapy; prázdné: 1. percentil</translation>
        </message>
        <message>
            <source>Value at the high end of the colormap; empty: the 99th percentile</source>
            <translation>Hodnota na horním konci barevné mapy; prázdné: 99. percentil</translation>
        </message>
        <message>
            <source>Colour by</source>
            <translation>Obarvit podle</translation>
        </message>
        <message>
            <source>(no filters yet)</source>
            <translation>(zatím žádné filtry)</translation>
        </message>
        <message>
            <source>%L1 of %L2 objects match</source>
            <translation>Vyhovuje %L1 z %L2 objektů</translation>
        </message>
        <message>
            <source>Filter: %L1 of %L2 rows match (%3 ms)</source>
            <translation>Filtr: vyhovuje %L1 z %L2 řádků (%3 ms)</translation>
        </message>
        <message>
            <source>(label colours)</source>
            <translation>(barvy popisků)</translation>
        </message>
        <message>
            <source>invalid filter</source>
            <translation>neplatný filtr</translation>
        </message>
        <message>
            <source>Save current filter…</source>
            <translation>Uložit aktuální filtr…</translation>
        </message>
        <message>
            <source>Save filter</source>
            <translation>Uložit filtr</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Název:</translation>
        </message>
        <message>
            <source>Saved filter "%1" in %2</source>
            <translation>Filtr „%1“ uložen v %2</translation>
        </message>
        <message>
            <source>(no saved filters)</source>
            <translation>(žádné uložené filtry)</translation>
        </message>
        <message>
            <source>Apply: %1</source>
            <translation>Použít: %1</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Smazat</translation>
        </message>
        <message>
            <source>Columns of %1</source>
            <translation>Sloupce %1</translation>
        </message>
        <message>
            <source>Search columns…</source>
            <translation>Hledat sloupce…</translation>
        </message>
        <message>
            <source>Show matching</source>
            <translation>Zobrazit nalezené</translation>
        </message>
        <message>
            <source>Hide matching</source>
            <translation>Skrýt nalezené</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) selected</source>
            <translation>
                <numerusform>Vybrán %n řádek</numerusform>
                <numerusform>Vybrány %n řádky</numerusform>
                <numerusform>Vybráno %n řádků</numerusform>
            </translation>
        </message>
        <message>
            <source>The selected rows link to no object</source>
            <translation>Vybrané řádky neodkazují na žádný objekt</translation>
        </message>
        <message>
            <source>Object %1 has no row in this table</source>
            <translation>Objekt %1 nemá v této tabulce řádek</translation>
        </message>
        <message>
            <source>Object %1's row is hidden by the filter</source>
            <translation>Řádek objektu %1 je skrytý filtrem</translation>
        </message>
        <message>
            <source>%L1 of %L2 rows match</source>
            <translation>Vyhovuje %L1 z %L2 řádků</translation>
        </message>
        <message>
            <source>CSV: rows shown, visible columns (*.csv)</source>
            <translation>CSV: zobrazené řádky, viditelné sloupce (*.csv)</translation>
        </message>
        <message>
            <source>Parquet: filtered rows, all columns (*.parquet)</source>
            <translation>Parquet: filtrované řádky, všechny sloupce (*.parquet)</translation>
        </message>
        <message>
            <source>Export rows</source>
            <translation>Exportovat řádky</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written to %1</source>
            <translation>Export zrušen; do %1 se nic nezapsalo</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Exportováno do %1</translation>
        </message>
        <message>
            <source>%1: cannot write</source>
            <translation>%1: nelze zapsat</translation>
        </message>
        <message>
            <source>%1: write failed (disk full?)</source>
            <translation>%1: zápis selhal (plný disk?)</translation>
        </message>
        <message>
            <source>%1: cannot create</source>
            <translation>%1: nelze vytvořit</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln řádek</numerusform>
                <numerusform>%Ln řádky</numerusform>
                <numerusform>%Ln řádků</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied %Ln row(s)</source>
            <translation>
                <numerusform>Zkopírován %Ln řádek</numerusform>
                <numerusform>Zkopírovány %Ln řádky</numerusform>
                <numerusform>Zkopírováno %Ln řádků</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::VolumeView</name>
        <message>
            <source>Reset view</source>
            <translation>Obnovit pohled</translation>
        </message>
        <message>
            <source>Look at the stack from above, as the 2D view shows it (R); the arrow offers other directions</source>
            <translation>Dívat se na stack shora, jak ho ukazuje 2D pohled (R); šipka nabízí jiné směry</translation>
        </message>
        <message>
            <source>&amp;Top (as in 2D)</source>
            <translation>&amp;Shora (jako ve 2D)</translation>
        </message>
        <message>
            <source>&amp;Front (x and z)</source>
            <translation>&amp;Zepředu (x a z)</translation>
        </message>
        <message>
            <source>&amp;Side (y and z)</source>
            <translation>Z &amp;boku (y a z)</translation>
        </message>
        <message>
            <source>&amp;Oblique</source>
            <translation>Š&amp;ikmo</translation>
        </message>
        <message>
            <source>Snapshot…</source>
            <translation>Snímek obrazovky…</translation>
        </message>
        <message>
            <source>Save the 3D view as a PNG image</source>
            <translation>Uložit 3D pohled jako obrázek PNG</translation>
        </message>
        <message>
            <source>Surfaces</source>
            <translation>Povrchy</translation>
        </message>
        <message>
            <source>Show the label image's objects as surfaces, coloured as in 2D; click one to select it</source>
            <translation>Zobrazit objekty snímku popisků jako povrchy, obarvené jako ve 2D; kliknutím se objekt vybere</translation>
        </message>
        <message>
            <source>Opacity of the surfaces</source>
            <translation>Krytí povrchů</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Objem</translation>
        </message>
        <message>
            <source>Show the volume rendering</source>
            <translation>Zobrazit objemové vykreslení</translation>
        </message>
        <message>
            <source>Slices</source>
            <translation>Řezy</translation>
        </message>
        <message>
            <source>Show three orthogonal planes through the stack; move them with the sliders</source>
            <translation>Zobrazit tři kolmé roviny skrz stack; posouvají se posuvníky</translation>
        </message>
        <message>
            <source>Position of the %1 plane</source>
            <translation>Poloha roviny %1</translation>
        </message>
        <message>
            <source>Open an image with a z-stack to see it in 3D.</source>
            <translation>Otevřete snímek se Z-stackem a uvidíte ho ve 3D.</translation>
        </message>
        <message>
            <source>“%1” is a 2D image (one z plane): there is no volume to show. Choose an image with a z-stack.</source>
            <translation>„%1“ je 2D snímek (jedna rovina Z): není co zobrazit jako objem. Zvolte snímek se Z-stackem.</translation>
        </message>
        <message>
            <source>Loading level %1 (%2 × %3 × %4)…</source>
            <translation>Načítá se úroveň %1 (%2 × %3 × %4)…</translation>
        </message>
        <message numerus="yes">
            <source>Level %1 of %2: %3 × %4 × %5, %n channel(s)</source>
            <translation>
                <numerusform>Úroveň %1 z %2: %3 × %4 × %5, %n kanál</numerusform>
                <numerusform>Úroveň %1 z %2: %3 × %4 × %5, %n kanály</numerusform>
                <numerusform>Úroveň %1 z %2: %3 × %4 × %5, %n kanálů</numerusform>
            </translation>
        </message>
        <message>
            <source>building surfaces…</source>
            <translation>vytvářejí se povrchy…</translation>
        </message>
        <message numerus="yes">
            <source>%n surface(s)</source>
            <translation>
                <numerusform>%n povrch</numerusform>
                <numerusform>%n povrchy</numerusform>
                <numerusform>%n povrchů</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the 3D view</source>
            <translation>Uložit 3D pohled</translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::VtkHost</name>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Obrázky PNG (*.png)</translation>
        </message>
        <message>
            <source>Could not write %1</source>
            <translation>%1 nelze zapsat</translation>
        </message>
    </context>
</TS>
