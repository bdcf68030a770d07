<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>ouro::app::AboutDialog</name>
        <message>
            <source>About Ouroboros</source>
            <translation>À propos d’Ouroboros</translation>
        </message>
        <message>
            <source>&lt;p&gt;Microscopy images, segmentation labels and per-object measurements in one SQLite file, with a pyramid viewer linked to a table of millions of objects, plots and a 3D view.&lt;/p&gt;&lt;p&gt;Copyright © 2026, the Ouroboros developers.&lt;br&gt;Licensed under the BSD 3-Clause licence (see the Licence tab).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Images de microscopie, étiquettes de segmentation et mesures par objet dans un seul fichier SQLite, avec une visionneuse pyramidale liée à une table de millions d’objets, des graphiques et une vue 3D.&lt;/p&gt;&lt;p&gt;Copyright © 2026, les développeurs d’Ouroboros.&lt;br&gt;Sous licence BSD à 3 clauses (voir l’onglet Licence).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About</source>
            <translation>À propos</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Composant</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>&amp;Copy versions</source>
            <translation>&amp;Copier les versions</translation>
        </message>
        <message>
            <source>Copy these versions to the clipboard, for a bug report</source>
            <translation>Copier ces versions dans le presse-papiers, pour un rapport de bogue</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>Bibliothèques</translation>
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
            <translation>La démo est faite de données d’exemple publiques, fournies avec Ouroboros :

- Les images ExampleHuman de CellProfiler : CC0.
- L’image de noyaux et son masque du Data Science Bowl 2018, du dépôt StarDist : BSD à 3 clauses.
- Les étiquettes de noyaux et les noyaux 3D qui en sont dérivés : CC0 et BSD à 3 clauses, comme leurs sources.

</translation>
        </message>
        <message>
            <source>Sample data</source>
            <translation>Données d’exemple</translation>
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
            <translation>OME-TIFF tuilé et pyramidal, un fichier par image : un .ome.tif pour une image, sinon un dossier.</translation>
        </message>
        <message>
            <source>OME-Zarr 0.4 (napari, zarr-python)</source>
            <translation>OME-Zarr 0.4 (napari, zarr-python)</translation>
        </message>
        <message>
            <source>A .ome.zarr folder with the pyramids and label images.</source>
            <translation>Un dossier .ome.zarr avec les pyramides et les images d’étiquettes.</translation>
        </message>
        <message>
            <source>OME-Arrow Parquet (pandas, Polars, DuckDB)</source>
            <translation>Parquet OME-Arrow (pandas, Polars, DuckDB)</translation>
        </message>
        <message>
            <source>One row per image with its planes' pixels; images of one pixel type, up to 1 GiB each.</source>
            <translation>Une ligne par image avec les pixels de ses plans ; images d’un seul type de pixel, jusqu’à 1 Gio chacune.</translation>
        </message>
        <message>
            <source>Ouroboros file with these images (.ouro)</source>
            <translation>Fichier Ouroboros avec ces images (.ouro)</translation>
        </message>
        <message>
            <source>A smaller .ouro: these images with their labels, objects and linked table rows.</source>
            <translation>Un .ouro plus petit : ces images avec leurs étiquettes, objets et lignes de table liées.</translation>
        </message>
        <message>
            <source>Export images</source>
            <translation>Exporter des images</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Toutes</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>BigTIFF (for readers that need it; chosen anyway past 2 GB)</source>
            <translation>BigTIFF (pour les lecteurs qui en ont besoin ; choisi de toute façon au-delà de 2 Go)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format :</translation>
        </message>
        <message>
            <source>Images:</source>
            <translation>Images :</translation>
        </message>
        <message>
            <source>Save to:</source>
            <translation>Enregistrer dans :</translation>
        </message>
        <message>
            <source>Export to a new folder</source>
            <translation>Exporter vers un nouveau dossier</translation>
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
            <translation>Fichiers Ouroboros (*.ouro)</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Exporter vers</translation>
        </message>
        <message>
            <source>%1 already exists. Choose a new name; an export never replaces a file or folder.</source>
            <translation>%1 existe déjà. Choisissez un nouveau nom ; un export ne remplace jamais un fichier ou un dossier.</translation>
        </message>
    </context>
    <context>
        <name>ouro::app::ImportController</name>
        <message numerus="yes">
            <source>Reading %n file(s)…</source>
            <translation>
                <numerusform>Lecture de %n fichier…</numerusform>
                <numerusform>Lecture de %n fichiers…</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing %1 (%2 of %3)</source>
            <translation>Import de %1 (%2 sur %3)</translation>
        </message>
        <message numerus="yes">
            <source>%1: table "%2", %n row(s)</source>
            <translation>
                <numerusform>%1 : table « %2 », %n ligne</numerusform>
                <numerusform>%1 : table « %2 », %n lignes</numerusform>
            </translation>
        </message>
        <message>
            <source>, %1 linked to "%2"</source>
            <translation>, %1 lié à « %2 »</translation>
        </message>
        <message>
            <source>%1: not linked: %2</source>
            <translation>%1 : non lié : %2</translation>
        </message>
        <message numerus="yes">
            <source>%1: labels "%2" of image %3, %n object(s)</source>
            <translation>
                <numerusform>%1 : étiquettes « %2 » de l’image %3, %n objet</numerusform>
                <numerusform>%1 : étiquettes « %2 » de l’image %3, %n objets</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: image %2 "%3"</source>
            <translation>%1 : image %2 « %3 »</translation>
        </message>
        <message>
            <source>%1: labels "%2" of image %3</source>
            <translation>%1 : étiquettes « %2 » de l’image %3</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Microscopy images and their measurements</source>
            <translation>Des images de microscopie et leurs mesures</translation>
        </message>
        <message>
            <source>A .ouro file to open</source>
            <translation>Un fichier .ouro à ouvrir</translation>
        </message>
        <message>
            <source>Open FILE, wait until every visible tile (and the 3D view and plots, when shown) is loaded, save a PNG of the window and exit.</source>
            <translation>Ouvrir FILE, attendre que chaque tuile visible (et la vue 3D et les graphiques, s’ils sont affichés) soit chargée, enregistrer un PNG de la fenêtre et quitter.</translation>
        </message>
        <message>
            <source>Show image ID first.</source>
            <translation>Afficher d’abord l’image ID.</translation>
        </message>
        <message>
            <source>Apply this filter to the first profile table.</source>
            <translation>Appliquer ce filtre à la première table de profils.</translation>
        </message>
        <message>
            <source>Colour objects by this column of the first profile table.</source>
            <translation>Colorer les objets selon cette colonne de la première table de profils.</translation>
        </message>
        <message>
            <source>Also show these panels: 3d, plots (comma-separated).</source>
            <translation>Afficher aussi ces panneaux : 3d, plots (séparés par des virgules).</translation>
        </message>
        <message>
            <source>Plot these columns of the profile table: X,Y (X alone: a histogram of X). Shows the plots.</source>
            <translation>Tracer ces colonnes de la table de profils : X,Y (X seul : un histogramme de X). Affiche les graphiques.</translation>
        </message>
        <message>
            <source>The 3D view's camera: top, front, side or oblique (remembered). Shows the 3D view.</source>
            <translation>La caméra de la vue 3D : top, front, side ou oblique (mémorisée). Affiche la vue 3D.</translation>
        </message>
        <message>
            <source>The interface language for this run: en, de, fr, es, cs, ja or zh_CN (Preferences sets it for good).</source>
            <translation>La langue de l’interface pour cette exécution : en, de, fr, es, cs, ja ou zh_CN (les Préférences la fixent durablement).</translation>
        </message>
        <message>
            <source>--show takes 3d and plots, not "%1"</source>
            <translation>--show accepte 3d et plots, pas « %1 »</translation>
        </message>
        <message>
            <source>--view3d takes top, front, side or oblique, not "%1"</source>
            <translation>--view3d accepte top, front, side ou oblique, pas « %1 »</translation>
        </message>
        <message>
            <source>table "%1" has no column "%2" to plot</source>
            <translation>la table « %1 » n’a pas de colonne « %2 » à tracer</translation>
        </message>
        <message>
            <source>the file has no profile tables; --filter and --color-by do nothing</source>
            <translation>le fichier n’a pas de table de profils ; --filter et --color-by ne font rien</translation>
        </message>
        <message>
            <source>table "%1" has no column "%2" to colour by</source>
            <translation>la table « %1 » n’a pas de colonne « %2 » pour colorer</translation>
        </message>
        <message>
            <source>--screenshot needs a FILE to open</source>
            <translation>--screenshot a besoin d’un fichier (FILE) à ouvrir</translation>
        </message>
        <message>
            <source>cannot open the file</source>
            <translation>impossible d’ouvrir le fichier</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>impossible d’écrire %1</translation>
        </message>
        <message>
            <source>tiles still loading after 60 s; saving anyway</source>
            <translation>des tuiles se chargent encore après 60 s ; enregistrement quand même</translation>
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
            <translation>Plan Z (, et .)</translation>
        </message>
        <message>
            <source>Time point ([ and ])</source>
            <translation>Instant ([ et ])</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Images</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Canaux</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>Profils</translation>
        </message>
        <message>
            <source>The 3D view of the image's z-stack appears here.</source>
            <translation>La vue 3D de la pile Z de l’image apparaît ici.</translation>
        </message>
        <message>
            <source>3D view</source>
            <translation>Vue 3D</translation>
        </message>
        <message>
            <source>Scatter plots and histograms of the table's columns appear here.</source>
            <translation>Les nuages de points et histogrammes des colonnes de la table apparaissent ici.</translation>
        </message>
        <message>
            <source>Plots</source>
            <translation>Graphiques</translation>
        </message>
        <message>
            <source>Object %1 of "%2"</source>
            <translation>Objet %1 de « %2 »</translation>
        </message>
        <message>
            <source>Selected object %1 of labels "%2" (image %3)</source>
            <translation>Objet sélectionné %1 des étiquettes « %2 » (image %3)</translation>
        </message>
        <message>
            <source>label %1</source>
            <translation>étiquette %1</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Tous les fichiers</translation>
        </message>
        <message>
            <source>all %p%</source>
            <translation>total %p%</translation>
        </message>
        <message>
            <source>This file</source>
            <translation>Ce fichier</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Stop the import; nothing of an unfinished file is kept</source>
            <translation>Arrêter l’import ; rien d’un fichier inachevé n’est conservé</translation>
        </message>
        <message>
            <source>Import as labels?</source>
            <translation>Importer comme étiquettes ?</translation>
        </message>
        <message>
            <source>Combine channels?</source>
            <translation>Combiner les canaux ?</translation>
        </message>
        <message numerus="yes">
            <source>The %n dropped files are single-channel images of the same size. Combine them as the channels of one image (as CellProfiler inputs are)?</source>
            <translation>
                <numerusform>Le fichier déposé (%n) est une image à un seul canal. L’utiliser comme canal d’une image (comme les entrées de CellProfiler) ?</numerusform>
                <numerusform>Les %n fichiers déposés sont des images à un seul canal de même taille. Les combiner comme canaux d’une seule image (comme les entrées de CellProfiler) ?</numerusform>
            </translation>
        </message>
        <message>
            <source>Open a .ouro file (Ctrl+O), or drop TIFF files or CellProfiler tables here to import them</source>
            <translation>Ouvrez un fichier .ouro (Ctrl+O), ou déposez ici des fichiers TIFF ou des tables CellProfiler pour les importer</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Nouveau…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <source>Open a .ouro file</source>
            <translation>Ouvrir un fichier .ouro</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Ouvrir un fichier &amp;récent</translation>
        </message>
        <message>
            <source>&amp;Import images or tables…</source>
            <translation>&amp;Importer des images ou des tables…</translation>
        </message>
        <message>
            <source>Import TIFF or OME-TIFF images, or CSV / CellProfiler SQLite tables (or drop them on the window)</source>
            <translation>Importer des images TIFF ou OME-TIFF, ou des tables CSV / SQLite de CellProfiler (ou les déposer sur la fenêtre)</translation>
        </message>
        <message>
            <source>&amp;Export table…</source>
            <translation>&amp;Exporter la table…</translation>
        </message>
        <message>
            <source>The file has no profile table to export.</source>
            <translation>Le fichier n’a pas de table de profils à exporter.</translation>
        </message>
        <message>
            <source>Write the profile table shown to CSV or Parquet</source>
            <translation>Écrire la table de profils affichée en CSV ou Parquet</translation>
        </message>
        <message>
            <source>Export &amp;images…</source>
            <translation>Exporter les &amp;images…</translation>
        </message>
        <message>
            <source>Write images as OME-TIFF, OME-Zarr or OME-Arrow Parquet, or a smaller .ouro with them</source>
            <translation>Écrire des images en OME-TIFF, OME-Zarr ou Parquet OME-Arrow, ou un .ouro plus petit qui les contient</translation>
        </message>
        <message>
            <source>Save a &amp;copy…</source>
            <translation>Enregistrer une &amp;copie…</translation>
        </message>
        <message>
            <source>Write a compacted copy of the whole .ouro file</source>
            <translation>Écrire une copie compactée de tout le fichier .ouro</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>Zoom &amp;avant</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>Zoom a&amp;rrière</translation>
        </message>
        <message>
            <source>&amp;Fit to window</source>
            <translation>A&amp;juster à la fenêtre</translation>
        </message>
        <message>
            <source>&amp;1:1</source>
            <translation>&amp;1:1</translation>
        </message>
        <message>
            <source>&amp;Next image</source>
            <translation>Image &amp;suivante</translation>
        </message>
        <message>
            <source>&amp;Previous image</source>
            <translation>Image &amp;précédente</translation>
        </message>
        <message>
            <source>Next &amp;Z</source>
            <translation>&amp;Z suivant</translation>
        </message>
        <message>
            <source>Previous Z</source>
            <translation>Z précédent</translation>
        </message>
        <message>
            <source>Next &amp;T</source>
            <translation>&amp;T suivant</translation>
        </message>
        <message>
            <source>Previous T</source>
            <translation>T précédent</translation>
        </message>
        <message>
            <source>Toggle &amp;channel</source>
            <translation>Afficher/masquer le &amp;canal</translation>
        </message>
        <message>
            <source>Channel %1</source>
            <translation>Canal %1</translation>
        </message>
        <message>
            <source>&amp;Auto-contrast</source>
            <translation>Contraste a&amp;utomatique</translation>
        </message>
        <message>
            <source>Save &amp;snapshot…</source>
            <translation>Enregistrer une ca&amp;pture…</translation>
        </message>
        <message>
            <source>&amp;3D view</source>
            <translation>Vue &amp;3D</translation>
        </message>
        <message>
            <source>Show the image's z-stack as a volume</source>
            <translation>Afficher la pile Z de l’image comme un volume</translation>
        </message>
        <message>
            <source>&amp;Plots</source>
            <translation>&amp;Graphiques</translation>
        </message>
        <message>
            <source>Scatter plot and histogram of the profile table's columns</source>
            <translation>Nuage de points et histogramme des colonnes de la table de profils</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Réglages</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Préférences…</translation>
        </message>
        <message>
            <source>Language and memory for tiles</source>
            <translation>Langue et mémoire pour les tuiles</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;About Ouroboros</source>
            <translation>À &amp;propos d’Ouroboros</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>À propos de &amp;Qt</translation>
        </message>
        <message>
            <source>Open .ouro file</source>
            <translation>Ouvrir un fichier .ouro</translation>
        </message>
        <message>
            <source>Ouroboros files (*.ouro);;All files (*)</source>
            <translation>Fichiers Ouroboros (*.ouro);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>New .ouro file</source>
            <translation>Nouveau fichier .ouro</translation>
        </message>
        <message>
            <source>Ouroboros files (*.ouro)</source>
            <translation>Fichiers Ouroboros (*.ouro)</translation>
        </message>
        <message>
            <source>Cannot create file</source>
            <translation>Impossible de créer le fichier</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>Ouverture de %1…</translation>
        </message>
        <message>
            <source>Could not open %1</source>
            <translation>Impossible d’ouvrir %1</translation>
        </message>
        <message>
            <source>Cannot open file</source>
            <translation>Impossible d’ouvrir le fichier</translation>
        </message>
        <message>
            <source>%1 — Ouroboros</source>
            <translation>%1 — Ouroboros</translation>
        </message>
        <message numerus="yes">
            <source>%n image(s) in %1</source>
            <translation>
                <numerusform>%n image dans %1</numerusform>
                <numerusform>%n images dans %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Selected object %1 in 3D</source>
            <translation>Objet sélectionné %1 en 3D</translation>
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
            <translation>Enregistrer une capture</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Images PNG (*.png)</translation>
        </message>
        <message>
            <source>Snapshot</source>
            <translation>Capture</translation>
        </message>
        <message>
            <source>Could not write %1</source>
            <translation>Impossible d’écrire %1</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 enregistré</translation>
        </message>
        <message>
            <source>Import running</source>
            <translation>Import en cours</translation>
        </message>
        <message>
            <source>An import is still running. Cancel it and quit?</source>
            <translation>Un import est encore en cours. L’annuler et quitter ?</translation>
        </message>
        <message>
            <source>Open a .ouro file first.</source>
            <translation>Ouvrez d’abord un fichier .ouro.</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Enregistrer une copie</translation>
        </message>
        <message>
            <source>A copy cannot replace the file it is made from.</source>
            <translation>Une copie ne peut pas remplacer le fichier dont elle est faite.</translation>
        </message>
        <message>
            <source>An export is already running.</source>
            <translation>Un export est déjà en cours.</translation>
        </message>
        <message>
            <source>Open a .ouro file with images first.</source>
            <translation>Ouvrez d’abord un fichier .ouro qui contient des images.</translation>
        </message>
        <message>
            <source>Exporting to %1…</source>
            <translation>Export vers %1…</translation>
        </message>
        <message>
            <source>Export images</source>
            <translation>Exporter des images</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written to %1</source>
            <translation>Export annulé ; rien n’a été écrit dans %1</translation>
        </message>
        <message>
            <source>Export cancelled</source>
            <translation>Export annulé</translation>
        </message>
        <message>
            <source>Import images or tables</source>
            <translation>Importer des images ou des tables</translation>
        </message>
        <message>
            <source>Images and tables (*.tif *.tiff *.btf *.companion.ome *.png *.parquet *.csv *.tsv *.csv.gz *.tsv.gz *.sqlite *.db);;Images (*.tif *.tiff *.btf *.companion.ome *.png *.parquet);;Profile tables (*.csv *.tsv *.txt *.csv.gz *.tsv.gz *.sqlite *.db *.parquet);;All files (*)</source>
            <translation>Images et tables (*.tif *.tiff *.btf *.companion.ome *.png *.parquet *.csv *.tsv *.csv.gz *.tsv.gz *.sqlite *.db);;Images (*.tif *.tiff *.btf *.companion.ome *.png *.parquet);;Tables de profils (*.csv *.tsv *.txt *.csv.gz *.tsv.gz *.sqlite *.db *.parquet);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>An import is already running; wait for it or cancel it.</source>
            <translation>Un import est déjà en cours ; attendez-le ou annulez-le.</translation>
        </message>
        <message>
            <source>No images or tables found in what was dropped.</source>
            <translation>Aucune image ni table trouvée dans ce qui a été déposé.</translation>
        </message>
    <message>
        <source>Searching folders for images…</source>
        <translation>Recherche d’images dans les dossiers…</translation>
    </message>
        <message>
            <source>Import into a new .ouro file</source>
            <translation>Importer dans un nouveau fichier .ouro</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n item(s)</source>
            <translation>
                <numerusform>%n élément importé</numerusform>
                <numerusform>%n éléments importés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n file(s) failed</source>
            <translation>
                <numerusform>, %n fichier en échec</numerusform>
                <numerusform>, %n fichiers en échec</numerusform>
            </translation>
        </message>
        <message>
            <source>, cancelled</source>
            <translation>, annulé</translation>
        </message>
        <message>
            <source>Some files were not imported</source>
            <translation>Certains fichiers n’ont pas été importés</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be imported. The .ouro file is unchanged for them.</source>
            <translation>
                <numerusform>%n fichier n’a pas pu être importé. Le fichier .ouro est inchangé pour lui.</numerusform>
                <numerusform>%n fichiers n’ont pas pu être importés. Le fichier .ouro est inchangé pour eux.</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported, with warnings</source>
            <translation>Importé, avec des avertissements</translation>
        </message>
        <message numerus="yes">
            <source>Everything was imported. %n warning(s) say what to look at.</source>
            <translation>
                <numerusform>Tout a été importé. %n avertissement indique ce qu’il faut vérifier.</numerusform>
                <numerusform>Tout a été importé. %n avertissements indiquent ce qu’il faut vérifier.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) look like segmentation masks of image %1 (same size, integer ids): %2. Import them as its label images rather than as new images?</source>
            <translation>
                <numerusform>%n fichier ressemble à un masque de segmentation de l’image %1 (même taille, identifiants entiers) : %2. L’importer comme image d’étiquettes plutôt que comme nouvelle image ?</numerusform>
                <numerusform>%n fichiers ressemblent à des masques de segmentation de l’image %1 (même taille, identifiants entiers) : %2. Les importer comme ses images d’étiquettes plutôt que comme nouvelles images ?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ouro::app::PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <source>System default (%1)</source>
            <translation>Par défaut du système (%1)</translation>
        </message>
        <message>
            <source>The language of menus, panels and messages</source>
            <translation>La langue des menus, des panneaux et des messages</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> Mo</translation>
        </message>
        <message>
            <source>Memory for decoded image tiles: more keeps more of a large image ready to show</source>
            <translation>Mémoire pour les tuiles d’image décodées : davantage garde une plus grande part d’une grande image prête à afficher</translation>
        </message>
        <message>
            <source>The new language applies the next time Ouroboros starts.</source>
            <translation>La nouvelle langue s’applique au prochain démarrage d’Ouroboros.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>&amp;Tile cache:</source>
            <translation>Cache de &amp;tuiles :</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message numerus="yes">
            <source>%n image(s)</source>
            <translation>
                <numerusform>%n image</numerusform>
                <numerusform>%n images</numerusform>
            </translation>
        </message>
        <message>
            <source>Exported %1 as OME-TIFF to %2</source>
            <translation>%1 exporté(s) en OME-TIFF vers %2</translation>
        </message>
        <message>
            <source> (%1 files)</source>
            <translation> (%1 fichiers)</translation>
        </message>
        <message>
            <source>Exported %1 as OME-Zarr to %2</source>
            <translation>%1 exporté(s) en OME-Zarr vers %2</translation>
        </message>
        <message>
            <source>Exported %1 as OME-Arrow Parquet to %2</source>
            <translation>%1 exporté(s) en Parquet OME-Arrow vers %2</translation>
        </message>
        <message>
            <source>Saved a copy to %1</source>
            <translation>Copie enregistrée dans %1</translation>
        </message>
        <message>
            <source>%1 objects: too many to draw as surfaces (at most %2)</source>
            <translation>%1 objets : trop nombreux pour être dessinés en surfaces (au plus %2)</translation>
        </message>
        <message numerus="yes">
            <source>Saved %1 with %n table(s) (%L2 rows) to %3</source>
            <translation>
                <numerusform>%1 enregistré(s) avec %n table (%L2 lignes) dans %3</numerusform>
                <numerusform>%1 enregistré(s) avec %n tables (%L2 lignes) dans %3</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::ChannelPanel</name>
        <message>
            <source>Composite: every visible channel in its colour. Single: one channel in grey.</source>
            <translation>Composite : chaque canal visible dans sa couleur. Unique : un canal en gris.</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mode d’affichage</translation>
        </message>
        <message>
            <source>Auto-contrast all</source>
            <translation>Contraste automatique pour tous</translation>
        </message>
        <message>
            <source>Set every channel's range to its 0.1–99.9 percentiles</source>
            <translation>Régler la plage de chaque canal sur ses percentiles 0,1–99,9</translation>
        </message>
        <message>
            <source>Composite</source>
            <translation>Composite</translation>
        </message>
        <message>
            <source>Channel %1</source>
            <translation>Canal %1</translation>
        </message>
        <message>
            <source>Single: %1</source>
            <translation>Unique : %1</translation>
        </message>
        <message>
            <source>Show or hide this channel (Alt+%1)</source>
            <translation>Afficher ou masquer ce canal (Alt+%1)</translation>
        </message>
        <message>
            <source>Channel colour</source>
            <translation>Couleur du canal</translation>
        </message>
        <message>
            <source>Value shown as black</source>
            <translation>Valeur affichée en noir</translation>
        </message>
        <message>
            <source>Value shown at full colour</source>
            <translation>Valeur affichée en pleine couleur</translation>
        </message>
        <message>
            <source>Gamma: below 1 brightens faint signal</source>
            <translation>Gamma : en dessous de 1, éclaircit le signal faible</translation>
        </message>
        <message>
            <source>Auto</source>
            <translation>Auto</translation>
        </message>
        <message>
            <source>Range from the 0.1–99.9 percentiles</source>
            <translation>Plage d’après les percentiles 0,1–99,9</translation>
        </message>
        <message>
            <source>gamma</source>
            <translation>gamma</translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::ImageListWidget</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Images in the open .ouro file</source>
            <translation>Images du fichier .ouro ouvert</translation>
        </message>
        <message>
            <source>%1 t</source>
            <translation>%1 t</translation>
        </message>
        <message numerus="yes">
            <source>%n ch</source>
            <translation>
                <numerusform>%n canal</numerusform>
                <numerusform>%n canaux</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 z</source>
            <translation>%1 z</translation>
        </message>
        <message>
            <source>Image %1: %2</source>
            <translation>Image %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::ImageView</name>
        <message>
            <source>… and %1 more</source>
            <translation>… et %1 de plus</translation>
        </message>
        <message>
            <source>No image</source>
            <translation>Aucune image</translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::LabelPanel</name>
        <message>
            <source>Label image drawn over the image</source>
            <translation>Image d’étiquettes dessinée sur l’image</translation>
        </message>
        <message>
            <source>Fill and outline</source>
            <translation>Remplissage et contour</translation>
        </message>
        <message>
            <source>Fill</source>
            <translation>Remplissage</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>Contour</translation>
        </message>
        <message>
            <source>Fill opacity</source>
            <translation>Opacité du remplissage</translation>
        </message>
        <message>
            <source> px</source>
            <translation> px</translation>
        </message>
        <message>
            <source>Outline width in screen pixels</source>
            <translation>Largeur du contour en pixels d’écran</translation>
        </message>
        <message>
            <source>Show selected only</source>
            <translation>Afficher la sélection seulement</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Draw</source>
            <translation>Dessin</translation>
        </message>
        <message>
            <source>Opacity</source>
            <translation>Opacité</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucune</translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::PlotView</name>
        <message>
            <source>Column on the x axis</source>
            <translation>Colonne sur l’axe x</translation>
        </message>
        <message>
            <source>Column on the y axis, or a histogram of x</source>
            <translation>Colonne sur l’axe y, ou un histogramme de x</translation>
        </message>
        <message>
            <source>log x</source>
            <translation>x log</translation>
        </message>
        <message>
            <source>log y</source>
            <translation>y log</translation>
        </message>
        <message>
            <source>Lasso</source>
            <translation>Lasso</translation>
        </message>
        <message>
            <source>Shift+drag draws a free-hand lasso instead of a rectangle (Ctrl+Shift+drag always does)</source>
            <translation>Maj+glisser trace un lasso à main levée au lieu d’un rectangle (Ctrl+Maj+glisser le fait toujours)</translation>
        </message>
        <message>
            <source>Filter from selection</source>
            <translation>Filtre depuis la sélection</translation>
        </message>
        <message>
            <source>Put the brushed ranges into the filter bar (a rectangle; a lasso has no ranges)</source>
            <translation>Mettre les plages sélectionnées dans la barre de filtre (un rectangle ; un lasso n’a pas de plages)</translation>
        </message>
        <message>
            <source>Save PNG…</source>
            <translation>Enregistrer en PNG…</translation>
        </message>
        <message>
            <source>Drag to pan, wheel to zoom, right-drag to zoom to a box, Shift+drag to select (Ctrl+Shift+drag: a lasso)</source>
            <translation>Glisser pour déplacer, molette pour zoomer, clic droit glissé pour zoomer sur un cadre, Maj+glisser pour sélectionner (Ctrl+Maj+glisser : un lasso)</translation>
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
            <translation>(histogramme de x)</translation>
        </message>
        <message>
            <source>Loading %1…</source>
            <translation>Chargement de %1…</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) in %1 bins</source>
            <translation>
                <numerusform>%n ligne en %1 classes</numerusform>
                <numerusform>%n lignes en %1 classes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n point</numerusform>
                <numerusform>%n points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s), drawn as a density</source>
            <translation>
                <numerusform>%n point, dessiné en densité</numerusform>
                <numerusform>%n points, dessinés en densité</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %n match(es) in colour</source>
            <translation>
                <numerusform> · %n correspondance en couleur</numerusform>
                <numerusform> · %n correspondances en couleur</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %n selected</source>
            <translation>
                <numerusform> · %n sélectionné</numerusform>
                <numerusform> · %n sélectionnés</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the plot</source>
            <translation>Enregistrer le graphique</translation>
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
            <translation>, colonne clé</translation>
        </message>
        <message>
            <source>Sorting…</source>
            <translation>Tri…</translation>
        </message>
        <message>
            <source>Filtering…</source>
            <translation>Filtrage…</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Mise à jour…</translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::ProfilePanel</name>
        <message>
            <source>Profile table</source>
            <translation>Table de profils</translation>
        </message>
        <message>
            <source>Columns…</source>
            <translation>Colonnes…</translation>
        </message>
        <message>
            <source>Choose which columns are shown (search by name)</source>
            <translation>Choisir les colonnes affichées (recherche par nom)</translation>
        </message>
        <message>
            <source>Objects in view</source>
            <translation>Objets visibles</translation>
        </message>
        <message>
            <source>Show only rows whose object's bounding box is in the visible part of the image</source>
            <translation>N’afficher que les lignes dont la boîte englobante de l’objet est dans la partie visible de l’image</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>CSV: the rows shown (filtered and sorted) with the visible columns.
Parquet: the filter's rows with every column, keys named as in CytoTable.</source>
            <translation>CSV : les lignes affichées (filtrées et triées) avec les colonnes visibles.
Parquet : les lignes du filtre avec toutes les colonnes, clés nommées comme dans CytoTable.</translation>
        </message>
        <message>
            <source>Export %p%</source>
            <translation>Export %p%</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Stop the export; nothing is left under its file name</source>
            <translation>Arrêter l’export ; rien ne reste sous son nom de fichier</translation>
        </message>
        <message>
            <source>Filter, e.g. Nuclei_AreaShape_Area &gt; 300 AND Intensity_MeanIntensity_PH3 &gt; 0.2</source>
            <translation>Filtre, p. ex. Nuclei_AreaShape_Area &gt; 300 AND Intensity_MeanIntensity_PH3 &gt; 0.2</translation>
        </message>
        <message>
            <source>A SQL boolean expression over the table's columns. Enter applies it; an empty filter shows all rows. Tab completes column names.</source>
            <translation>Une expression booléenne SQL sur les colonnes de la table. Entrée l’applique ; un filtre vide affiche toutes les lignes. Tab complète les noms de colonnes.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Filters used before</source>
            <translation>Filtres déjà utilisés</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Enregistrés</translation>
        </message>
        <message>
            <source>Named filters stored in the file</source>
            <translation>Filtres nommés stockés dans le fichier</translation>
        </message>
        <message>
            <source>Rows that match the filter, of all rows</source>
            <translation>Lignes qui correspondent au filtre, sur toutes les lignes</translation>
        </message>
        <message>
            <source>Colour the objects by a column</source>
            <translation>Colorer les objets selon une colonne</translation>
        </message>
        <message>
            <source>Colormap for numeric columns (range: 1st to 99th percentile)</source>
            <translation>Palette pour les colonnes numériques (plage : du 1er au 99e percentile)</translation>
        </message>
        <message>
            <source>Dim others</source>
            <translation>Atténuer les autres</translation>
        </message>
        <message>
            <source>Hide others</source>
            <translation>Masquer les autres</translation>
        </message>
        <message>
            <source>Grey others</source>
            <translation>Autres en gris</translation>
        </message>
        <message>
            <source>How objects that do not match the filter are drawn</source>
            <translation>Comment sont dessinés les objets qui ne correspondent pas au filtre</translation>
        </message>
        <message>
            <source>Value at the low end of the colormap; empty: the 1st percentile</source>
            <translation>Valeur au bas de la palette ; vide : le 1er percentile</translation>
        </message>
        <message>
            <source>Value at the high end of the colormap; empty: the 99th percentile</source>
            <translation>Valeur en haut de la palette ; vide : le 99e percentile</translation>
        </message>
        <message>
            <source>Colour by</source>
            <translation>Colorer selon</translation>
        </message>
        <message>
            <source>(no filters yet)</source>
            <translation>(pas encore de filtres)</translation>
        </message>
        <message>
            <source>%L1 of %L2 objects match</source>
            <translation>%L1 objets sur %L2 correspondent</translation>
        </message>
        <message>
            <source>Filter: %L1 of %L2 rows match (%3 ms)</source>
            <translation>Filtre : %L1 lignes sur %L2 correspondent (%3 ms)</translation>
        </message>
        <message>
            <source>(label colours)</source>
            <translation>(couleurs des étiquettes)</translation>
        </message>
        <message>
            <source>invalid filter</source>
            <translation>filtre invalide</translation>
        </message>
        <message>
            <source>Save current filter…</source>
            <translation>Enregistrer le filtre actuel…</translation>
        </message>
        <message>
            <source>Save filter</source>
            <translation>Enregistrer le filtre</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <source>Saved filter "%1" in %2</source>
            <translation>Filtre « %1 » enregistré dans %2</translation>
        </message>
        <message>
            <source>(no saved filters)</source>
            <translation>(aucun filtre enregistré)</translation>
        </message>
        <message>
            <source>Apply: %1</source>
            <translation>Appliquer : %1</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Columns of %1</source>
            <translation>Colonnes de %1</translation>
        </message>
        <message>
            <source>Search columns…</source>
            <translation>Chercher des colonnes…</translation>
        </message>
        <message>
            <source>Show matching</source>
            <translation>Afficher les correspondances</translation>
        </message>
        <message>
            <source>Hide matching</source>
            <translation>Masquer les correspondances</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) selected</source>
            <translation>
                <numerusform>%n ligne sélectionnée</numerusform>
                <numerusform>%n lignes sélectionnées</numerusform>
            </translation>
        </message>
        <message>
            <source>The selected rows link to no object</source>
            <translation>Les lignes sélectionnées ne renvoient à aucun objet</translation>
        </message>
        <message>
            <source>Object %1 has no row in this table</source>
            <translation>L’objet %1 n’a pas de ligne dans cette table</translation>
        </message>
        <message>
            <source>Object %1's row is hidden by the filter</source>
            <translation>La ligne de l’objet %1 est masquée par le filtre</translation>
        </message>
        <message>
            <source>%L1 of %L2 rows match</source>
            <translation>%L1 lignes sur %L2 correspondent</translation>
        </message>
        <message>
            <source>CSV: rows shown, visible columns (*.csv)</source>
            <translation>CSV : lignes affichées, colonnes visibles (*.csv)</translation>
        </message>
        <message>
            <source>Parquet: filtered rows, all columns (*.parquet)</source>
            <translation>Parquet : lignes filtrées, toutes les colonnes (*.parquet)</translation>
        </message>
        <message>
            <source>Export rows</source>
            <translation>Exporter les lignes</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written to %1</source>
            <translation>Export annulé ; rien n’a été écrit dans %1</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Exporté vers %1</translation>
        </message>
        <message>
            <source>%1: cannot write</source>
            <translation>%1 : écriture impossible</translation>
        </message>
        <message>
            <source>%1: write failed (disk full?)</source>
            <translation>%1 : échec de l’écriture (disque plein ?)</translation>
        </message>
        <message>
            <source>%1: cannot create</source>
            <translation>%1 : création impossible</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln ligne</numerusform>
                <numerusform>%Ln lignes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied %Ln row(s)</source>
            <translation>
                <numerusform>%Ln ligne copiée</numerusform>
                <numerusform>%Ln lignes copiées</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::VolumeView</name>
        <message>
            <source>Reset view</source>
            <translation>Réinitialiser la vue</translation>
        </message>
        <message>
            <source>Look at the stack from above, as the 2D view shows it (R); the arrow offers other directions</source>
            <translation>Regarder la pile d’en haut, comme la vue 2D la montre (R) ; la flèche propose d’autres directions</translation>
        </message>
        <message>
            <source>&amp;Top (as in 2D)</source>
            <translation>&amp;Dessus (comme en 2D)</translation>
        </message>
        <message>
            <source>&amp;Front (x and z)</source>
            <translation>&amp;Face (x et z)</translation>
        </message>
        <message>
            <source>&amp;Side (y and z)</source>
            <translation>&amp;Côté (y et z)</translation>
        </message>
        <message>
            <source>&amp;Oblique</source>
            <translation>&amp;Oblique</translation>
        </message>
        <message>
            <source>Snapshot…</source>
            <translation>Capture…</translation>
        </message>
        <message>
            <source>Save the 3D view as a PNG image</source>
            <translation>Enregistrer la vue 3D en image PNG</translation>
        </message>
        <message>
            <source>Surfaces</source>
            <translation>Surfaces</translation>
        </message>
        <message>
            <source>Show the label image's objects as surfaces, coloured as in 2D; click one to select it</source>
            <translation>Afficher les objets de l’image d’étiquettes en surfaces, colorées comme en 2D ; cliquer sur l’une la sélectionne</translation>
        </message>
        <message>
            <source>Opacity of the surfaces</source>
            <translation>Opacité des surfaces</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Rendu volumique</translation>
        </message>
        <message>
            <source>Show the volume rendering</source>
            <translation>Afficher le rendu volumique</translation>
        </message>
        <message>
            <source>Slices</source>
            <translation>Coupes</translation>
        </message>
        <message>
            <source>Show three orthogonal planes through the stack; move them with the sliders</source>
            <translation>Afficher trois plans orthogonaux à travers la pile ; les déplacer avec les curseurs</translation>
        </message>
        <message>
            <source>Position of the %1 plane</source>
            <translation>Position du plan %1</translation>
        </message>
        <message>
            <source>Open an image with a z-stack to see it in 3D.</source>
            <translation>Ouvrez une image avec une pile Z pour la voir en 3D.</translation>
        </message>
        <message>
            <source>“%1” is a 2D image (one z plane): there is no volume to show. Choose an image with a z-stack.</source>
            <translation>« %1 » est une image 2D (un seul plan Z) : il n’y a pas de volume à afficher. Choisissez une image avec une pile Z.</translation>
        </message>
        <message>
            <source>Loading level %1 (%2 × %3 × %4)…</source>
            <translation>Chargement du niveau %1 (%2 × %3 × %4)…</translation>
        </message>
        <message numerus="yes">
            <source>Level %1 of %2: %3 × %4 × %5, %n channel(s)</source>
            <translation>
                <numerusform>Niveau %1 sur %2 : %3 × %4 × %5, %n canal</numerusform>
                <numerusform>Niveau %1 sur %2 : %3 × %4 × %5, %n canaux</numerusform>
            </translation>
        </message>
        <message>
            <source>building surfaces…</source>
            <translation>construction des surfaces…</translation>
        </message>
        <message numerus="yes">
            <source>%n surface(s)</source>
            <translation>
                <numerusform>%n surface</numerusform>
                <numerusform>%n surfaces</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the 3D view</source>
            <translation>Enregistrer la vue 3D</translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::VtkHost</name>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Images PNG (*.png)</translation>
        </message>
        <message>
            <source>Could not write %1</source>
            <translation>Impossible d’écrire %1</translation>
        </message>
    </context>
</TS>
