<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>ouro::app::AboutDialog</name>
        <message>
            <source>About Ouroboros</source>
            <translation>Acerca de Ouroboros</translation>
        </message>
        <message>
            <source>&lt;p&gt;Microscopy images, segmentation labels and per-object measurements in one SQLite file, with a pyramid viewer linked to a table of millions of objects, plots and a 3D view.&lt;/p&gt;&lt;p&gt;Copyright © 2026, the Ouroboros developers.&lt;br&gt;Licensed under the BSD 3-Clause licence (see the Licence tab).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Imágenes de microscopía, etiquetas de segmentación y medidas por objeto en un solo archivo SQLite, con un visor piramidal enlazado a una tabla de millones de objetos, gráficos y una vista 3D.&lt;/p&gt;&lt;p&gt;Copyright © 2026, los desarrolladores de Ouroboros.&lt;br&gt;Con licencia BSD de 3 cláusulas (véase la pestaña Licencia).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Acerca de</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Componente</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>&amp;Copy versions</source>
            <translation>&amp;Copiar versiones</translation>
        </message>
        <message>
            <source>Copy these versions to the clipboard, for a bug report</source>
            <translation>Copiar estas versiones al portapapeles, para un informe de errores</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>Bibliotecas</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licencia</translation>
        </message>
        <message>
            <source>The demo is made from public sample data, bundled with Ouroboros:

- CellProfiler's ExampleHuman images: CC0.
- The 2018 Data Science Bowl nuclei image and mask, from the StarDist repository: BSD 3-Clause.
- The nuclei labels and the 3D nuclei derived from them: CC0 and BSD 3-Clause, as their sources.

</source>
            <translation>La demo se hace con datos de ejemplo públicos, incluidos con Ouroboros:

- Las imágenes ExampleHuman de CellProfiler: CC0.
- La imagen de núcleos y su máscara del Data Science Bowl 2018, del repositorio de StarDist: BSD de 3 cláusulas.
- Las etiquetas de núcleos y los núcleos 3D derivados de ellas: CC0 y BSD de 3 cláusulas, como sus fuentes.

</translation>
        </message>
        <message>
            <source>Sample data</source>
            <translation>Datos de ejemplo</translation>
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
            <translation>OME-TIFF en teselas y piramidal, un archivo por imagen: un .ome.tif para una imagen; si no, una carpeta.</translation>
        </message>
        <message>
            <source>OME-Zarr 0.4 (napari, zarr-python)</source>
            <translation>OME-Zarr 0.4 (napari, zarr-python)</translation>
        </message>
        <message>
            <source>A .ome.zarr folder with the pyramids and label images.</source>
            <translation>Una carpeta .ome.zarr con las pirámides y las imágenes de etiquetas.</translation>
        </message>
        <message>
            <source>OME-Arrow Parquet (pandas, Polars, DuckDB)</source>
            <translation>Parquet OME-Arrow (pandas, Polars, DuckDB)</translation>
        </message>
        <message>
            <source>One row per image with its planes' pixels; images of one pixel type, up to 1 GiB each.</source>
            <translation>Una fila por imagen con los píxeles de sus planos; imágenes de un solo tipo de píxel, de hasta 1 GiB cada una.</translation>
        </message>
        <message>
            <source>Ouroboros file with these images (.ouro)</source>
            <translation>Archivo de Ouroboros con estas imágenes (.ouro)</translation>
        </message>
        <message>
            <source>A smaller .ouro: these images with their labels, objects and linked table rows.</source>
            <translation>Un .ouro más pequeño: estas imágenes con sus etiquetas, objetos y filas de tabla enlazadas.</translation>
        </message>
        <message>
            <source>Export images</source>
            <translation>Exportar imágenes</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Todas</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguna</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <source>BigTIFF (for readers that need it; chosen anyway past 2 GB)</source>
            <translation>BigTIFF (para lectores que lo necesitan; se elige de todos modos por encima de 2 GB)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Formato:</translation>
        </message>
        <message>
            <source>Images:</source>
            <translation>Imágenes:</translation>
        </message>
        <message>
            <source>Save to:</source>
            <translation>Guardar en:</translation>
        </message>
        <message>
            <source>Export to a new folder</source>
            <translation>Exportar a una carpeta nueva</translation>
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
            <translation>Archivos de Ouroboros (*.ouro)</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Exportar a</translation>
        </message>
        <message>
            <source>%1 already exists. Choose a new name; an export never replaces a file or folder.</source>
            <translation>%1 ya existe. Elija un nombre nuevo; una exportación nunca reemplaza un archivo o una carpeta.</translation>
        </message>
    </context>
    <context>
        <name>ouro::app::ImportController</name>
        <message numerus="yes">
            <source>Reading %n file(s)…</source>
            <translation>
                <numerusform>Leyendo %n archivo…</numerusform>
                <numerusform>Leyendo %n archivos…</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing %1 (%2 of %3)</source>
            <translation>Importando %1 (%2 de %3)</translation>
        </message>
        <message numerus="yes">
            <source>%1: table "%2", %n row(s)</source>
            <translation>
                <numerusform>%1: tabla «%2», %n fila</numerusform>
                <numerusform>%1: tabla «%2», %n filas</numerusform>
            </translation>
        </message>
        <message>
            <source>, %1 linked to "%2"</source>
            <translation>, %1 enlazada a «%2»</translation>
        </message>
        <message>
            <source>%1: not linked: %2</source>
            <translation>%1: sin enlazar: %2</translation>
        </message>
        <message numerus="yes">
            <source>%1: labels "%2" of image %3, %n object(s)</source>
            <translation>
                <numerusform>%1: etiquetas «%2» de la imagen %3, %n objeto</numerusform>
                <numerusform>%1: etiquetas «%2» de la imagen %3, %n objetos</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: image %2 "%3"</source>
            <translation>%1: imagen %2 «%3»</translation>
        </message>
        <message>
            <source>%1: labels "%2" of image %3</source>
            <translation>%1: etiquetas «%2» de la imagen %3</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Microscopy images and their measurements</source>
            <translation>Imágenes de microscopía y sus medidas</translation>
        </message>
        <message>
            <source>A .ouro file to open</source>
            <translation>Un archivo .ouro que abrir</translation>
        </message>
        <message>
            <source>Open FILE, wait until every visible tile (and the 3D view and plots, when shown) is loaded, save a PNG of the window and exit.</source>
            <translation>Abrir FILE, esperar a que se cargue cada tesela visible (y la vista 3D y los gráficos, si se muestran), guardar un PNG de la ventana y salir.</translation>
        </message>
        <message>
            <source>Show image ID first.</source>
            <translation>Mostrar primero la imagen ID.</translation>
        </message>
        <message>
            <source>Apply this filter to the first profile table.</source>
            <translation>Aplicar este filtro a la primera tabla de perfiles.</translation>
        </message>
        <message>
            <source>Colour objects by this column of the first profile table.</source>
            <translation>Colorear los objetos según esta columna de la primera tabla de perfiles.</translation>
        </message>
        <message>
            <source>Also show these panels: 3d, plots (comma-separated).</source>
            <translation>Mostrar también estos paneles: 3d, plots (separados por comas).</translation>
        </message>
        <message>
            <source>Plot these columns of the profile table: X,Y (X alone: a histogram of X). Shows the plots.</source>
            <translation>Representar estas columnas de la tabla de perfiles: X,Y (solo X: un histograma de X). Muestra los gráficos.</translation>
        </message>
        <message>
            <source>The 3D view's camera: top, front, side or oblique (remembered). Shows the 3D view.</source>
            <translation>La cámara de la vista 3D: top, front, side u oblique (se recuerda). Muestra la vista 3D.</translation>
        </message>
        <message>
            <source>The interface language for this run: en, de, fr, es, cs, ja or zh_CN (Preferences sets it for good).</source>
            <translation>El idioma de la interfaz en esta ejecución: en, de, fr, es, cs, ja o zh_CN (Preferencias lo fija de forma permanente).</translation>
        </message>
        <message>
            <source>--show takes 3d and plots, not "%1"</source>
            <translation>--show admite 3d y plots, no «%1»</translation>
        </message>
        <message>
            <source>--view3d takes top, front, side or oblique, not "%1"</source>
            <translation>--view3d admite top, front, side u oblique, no «%1»</translation>
        </message>
        <message>
            <source>table "%1" has no column "%2" to plot</source>
            <translation>la tabla «%1» no tiene la columna «%2» para representar</translation>
        </message>
        <message>
            <source>the file has no profile tables; --filter and --color-by do nothing</source>
            <translation>el archivo no tiene tablas de perfiles; --filter y --color-by no hacen nada</translation>
        </message>
        <message>
            <source>table "%1" has no column "%2" to colour by</source>
            <translation>la tabla «%1» no tiene la columna «%2» para colorear</translation>
        </message>
        <message>
            <source>--screenshot needs a FILE to open</source>
            <translation>--screenshot necesita un archivo (FILE) que abrir</translation>
        </message>
        <message>
            <source>cannot open the file</source>
            <translation>no se puede abrir el archivo</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>no se puede escribir %1</translation>
        </message>
        <message>
            <source>tiles still loading after 60 s; saving anyway</source>
            <translation>aún se cargan teselas tras 60 s; se guarda igualmente</translation>
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
            <translation>Plano Z (, y .)</translation>
        </message>
        <message>
            <source>Time point ([ and ])</source>
            <translation>Instante ([ y ])</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Imágenes</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Canales</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>Perfiles</translation>
        </message>
        <message>
            <source>The 3D view of the image's z-stack appears here.</source>
            <translation>Aquí aparece la vista 3D de la pila Z de la imagen.</translation>
        </message>
        <message>
            <source>3D view</source>
            <translation>Vista 3D</translation>
        </message>
        <message>
            <source>Scatter plots and histograms of the table's columns appear here.</source>
            <translation>Aquí aparecen los diagramas de dispersión e histogramas de las columnas de la tabla.</translation>
        </message>
        <message>
            <source>Plots</source>
            <translation>Gráficos</translation>
        </message>
        <message>
            <source>Object %1 of "%2"</source>
            <translation>Objeto %1 de «%2»</translation>
        </message>
        <message>
            <source>Selected object %1 of labels "%2" (image %3)</source>
            <translation>Objeto seleccionado %1 de las etiquetas «%2» (imagen %3)</translation>
        </message>
        <message>
            <source>label %1</source>
            <translation>etiqueta %1</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Todos los archivos</translation>
        </message>
        <message>
            <source>all %p%</source>
            <translation>total %p%</translation>
        </message>
        <message>
            <source>This file</source>
            <translation>Este archivo</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Stop the import; nothing of an unfinished file is kept</source>
            <translation>Detener la importación; no se conserva nada de un archivo sin terminar</translation>
        </message>
        <message>
            <source>Import as labels?</source>
            <translation>¿Importar como etiquetas?</translation>
        </message>
        <message>
            <source>Combine channels?</source>
            <translation>¿Combinar canales?</translation>
        </message>
        <message numerus="yes">
            <source>The %n dropped files are single-channel images of the same size. Combine them as the channels of one image (as CellProfiler inputs are)?</source>
            <translation>
                <numerusform>El archivo soltado (%n) es una imagen de un solo canal. ¿Usarlo como canal de una imagen (como las entradas de CellProfiler)?</numerusform>
                <numerusform>Los %n archivos soltados son imágenes de un solo canal del mismo tamaño. ¿Combinarlos como los canales de una sola imagen (como las entradas de CellProfiler)?</numerusform>
            </translation>
        </message>
        <message>
            <source>Open a .ouro file (Ctrl+O), or drop TIFF files or CellProfiler tables here to import them</source>
            <translation>Abra un archivo .ouro (Ctrl+O), o suelte aquí archivos TIFF o tablas de CellProfiler para importarlos</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Nuevo…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <source>Open a .ouro file</source>
            <translation>Abrir un archivo .ouro</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <source>&amp;Import images or tables…</source>
            <translation>&amp;Importar imágenes o tablas…</translation>
        </message>
        <message>
            <source>Import TIFF or OME-TIFF images, or CSV / CellProfiler SQLite tables (or drop them on the window)</source>
            <translation>Importar imágenes TIFF u OME-TIFF, o tablas CSV / SQLite de CellProfiler (o soltarlas en la ventana)</translation>
        </message>
        <message>
            <source>&amp;Export table…</source>
            <translation>&amp;Exportar tabla…</translation>
        </message>
        <message>
            <source>The file has no profile table to export.</source>
            <translation>El archivo no tiene ninguna tabla de perfiles que exportar.</translation>
        </message>
        <message>
            <source>Write the profile table shown to CSV or Parquet</source>
            <translation>Escribir la tabla de perfiles mostrada en CSV o Parquet</translation>
        </message>
        <message>
            <source>Export &amp;images…</source>
            <translation>Exportar &amp;imágenes…</translation>
        </message>
        <message>
            <source>Write images as OME-TIFF, OME-Zarr or OME-Arrow Parquet, or a smaller .ouro with them</source>
            <translation>Escribir imágenes como OME-TIFF, OME-Zarr o Parquet OME-Arrow, o un .ouro más pequeño con ellas</translation>
        </message>
        <message>
            <source>Save a &amp;copy…</source>
            <translation>Guardar una &amp;copia…</translation>
        </message>
        <message>
            <source>Write a compacted copy of the whole .ouro file</source>
            <translation>Escribir una copia compactada de todo el archivo .ouro</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>&amp;Acercar</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>A&amp;lejar</translation>
        </message>
        <message>
            <source>&amp;Fit to window</source>
            <translation>A&amp;justar a la ventana</translation>
        </message>
        <message>
            <source>&amp;1:1</source>
            <translation>&amp;1:1</translation>
        </message>
        <message>
            <source>&amp;Next image</source>
            <translation>Imagen &amp;siguiente</translation>
        </message>
        <message>
            <source>&amp;Previous image</source>
            <translation>Imagen &amp;anterior</translation>
        </message>
        <message>
            <source>Next &amp;Z</source>
            <translation>&amp;Z siguiente</translation>
        </message>
        <message>
            <source>Previous Z</source>
            <translation>Z anterior</translation>
        </message>
        <message>
            <source>Next &amp;T</source>
            <translation>&amp;T siguiente</translation>
        </message>
        <message>
            <source>Previous T</source>
            <translation>T anterior</translation>
        </message>
        <message>
            <source>Toggle &amp;channel</source>
            <translation>Mostrar u ocultar &amp;canal</translation>
        </message>
        <message>
            <source>Channel %1</source>
            <translation>Canal %1</translation>
        </message>
        <message>
            <source>&amp;Auto-contrast</source>
            <translation>Contraste a&amp;utomático</translation>
        </message>
        <message>
            <source>Save &amp;snapshot…</source>
            <translation>Guardar &amp;captura…</translation>
        </message>
        <message>
            <source>&amp;3D view</source>
            <translation>Vista &amp;3D</translation>
        </message>
        <message>
            <source>Show the image's z-stack as a volume</source>
            <translation>Mostrar la pila Z de la imagen como un volumen</translation>
        </message>
        <message>
            <source>&amp;Plots</source>
            <translation>&amp;Gráficos</translation>
        </message>
        <message>
            <source>Scatter plot and histogram of the profile table's columns</source>
            <translation>Diagrama de dispersión e histograma de las columnas de la tabla de perfiles</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Configuración</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferencias…</translation>
        </message>
        <message>
            <source>Language and memory for tiles</source>
            <translation>Idioma y memoria para teselas</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;About Ouroboros</source>
            <translation>&amp;Acerca de Ouroboros</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Acerca de &amp;Qt</translation>
        </message>
        <message>
            <source>Open .ouro file</source>
            <translation>Abrir archivo .ouro</translation>
        </message>
        <message>
            <source>Ouroboros files (*.ouro);;All files (*)</source>
            <translation>Archivos de Ouroboros (*.ouro);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>New .ouro file</source>
            <translation>Nuevo archivo .ouro</translation>
        </message>
        <message>
            <source>Ouroboros files (*.ouro)</source>
            <translation>Archivos de Ouroboros (*.ouro)</translation>
        </message>
        <message>
            <source>Cannot create file</source>
            <translation>No se puede crear el archivo</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>Abriendo %1…</translation>
        </message>
        <message>
            <source>Could not open %1</source>
            <translation>No se pudo abrir %1</translation>
        </message>
        <message>
            <source>Cannot open file</source>
            <translation>No se puede abrir el archivo</translation>
        </message>
        <message>
            <source>%1 — Ouroboros</source>
            <translation>%1 — Ouroboros</translation>
        </message>
        <message numerus="yes">
            <source>%n image(s) in %1</source>
            <translation>
                <numerusform>%n imagen en %1</numerusform>
                <numerusform>%n imágenes en %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Selected object %1 in 3D</source>
            <translation>Objeto seleccionado %1 en 3D</translation>
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
            <translation>Guardar captura</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Imágenes PNG (*.png)</translation>
        </message>
        <message>
            <source>Snapshot</source>
            <translation>Captura</translation>
        </message>
        <message>
            <source>Could not write %1</source>
            <translation>No se pudo escribir %1</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 guardado</translation>
        </message>
        <message>
            <source>Import running</source>
            <translation>Importación en curso</translation>
        </message>
        <message>
            <source>An import is still running. Cancel it and quit?</source>
            <translation>Todavía hay una importación en curso. ¿Cancelarla y salir?</translation>
        </message>
        <message>
            <source>Open a .ouro file first.</source>
            <translation>Abra primero un archivo .ouro.</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Guardar una copia</translation>
        </message>
        <message>
            <source>A copy cannot replace the file it is made from.</source>
            <translation>Una copia no puede reemplazar el archivo del que se hace.</translation>
        </message>
        <message>
            <source>An export is already running.</source>
            <translation>Ya hay una exportación en curso.</translation>
        </message>
        <message>
            <source>Open a .ouro file with images first.</source>
            <translation>Abra primero un archivo .ouro con imágenes.</translation>
        </message>
        <message>
            <source>Exporting to %1…</source>
            <translation>Exportando a %1…</translation>
        </message>
        <message>
            <source>Export images</source>
            <translation>Exportar imágenes</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written to %1</source>
            <translation>Exportación cancelada; no se escribió nada en %1</translation>
        </message>
        <message>
            <source>Export cancelled</source>
            <translation>Exportación cancelada</translation>
        </message>
        <message>
            <source>Import images or tables</source>
            <translation>Importar imágenes o tablas</translation>
        </message>
        <message>
            <source>Images and tables (*.tif *.tiff *.btf *.companion.ome *.png *.parquet *.csv *.tsv *.csv.gz *.tsv.gz *.sqlite *.db);;Images (*.tif *.tiff *.btf *.companion.ome *.png *.parquet);;Profile tables (*.csv *.tsv *.txt *.csv.gz *.tsv.gz *.sqlite *.db *.parquet);;All files (*)</source>
            <translation>Imágenes y tablas (*.tif *.tiff *.btf *.companion.ome *.png *.parquet *.csv *.tsv *.csv.gz *.tsv.gz *.sqlite *.db);;Imágenes (*.tif *.tiff *.btf *.companion.ome *.png *.parquet);;Tablas de perfiles (*.csv *.tsv *.txt *.csv.gz *.tsv.gz *.sqlite *.db *.parquet);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>An import is already running; wait for it or cancel it.</source>
            <translation>Ya hay una importación en curso; espérela o cancélela.</translation>
        </message>
        <message>
            <source>No images or tables found in what was dropped.</source>
            <translation>No se encontraron imágenes ni tablas en lo que se soltó.</translation>
        </message>
    <message>
        <source>Searching folders for images…</source>
        <translation>Buscando imágenes en las carpetas…</translation>
    </message>
        <message>
            <source>Import into a new .ouro file</source>
            <translation>Importar a un archivo .ouro nuevo</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n item(s)</source>
            <translation>
                <numerusform>%n elemento importado</numerusform>
                <numerusform>%n elementos importados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n file(s) failed</source>
            <translation>
                <numerusform>, %n archivo falló</numerusform>
                <numerusform>, %n archivos fallaron</numerusform>
            </translation>
        </message>
        <message>
            <source>, cancelled</source>
            <translation>, cancelada</translation>
        </message>
        <message>
            <source>Some files were not imported</source>
            <translation>Algunos archivos no se importaron</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be imported. The .ouro file is unchanged for them.</source>
            <translation>
                <numerusform>%n archivo no se pudo importar. El archivo .ouro no cambia por él.</numerusform>
                <numerusform>%n archivos no se pudieron importar. El archivo .ouro no cambia por ellos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported, with warnings</source>
            <translation>Importado, con advertencias</translation>
        </message>
        <message numerus="yes">
            <source>Everything was imported. %n warning(s) say what to look at.</source>
            <translation>
                <numerusform>Se importó todo. %n advertencia indica qué revisar.</numerusform>
                <numerusform>Se importó todo. %n advertencias indican qué revisar.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) look like segmentation masks of image %1 (same size, integer ids): %2. Import them as its label images rather than as new images?</source>
            <translation>
                <numerusform>%n archivo parece una máscara de segmentación de la imagen %1 (mismo tamaño, identificadores enteros): %2. ¿Importarlo como su imagen de etiquetas en vez de como imagen nueva?</numerusform>
                <numerusform>%n archivos parecen máscaras de segmentación de la imagen %1 (mismo tamaño, identificadores enteros): %2. ¿Importarlos como sus imágenes de etiquetas en vez de como imágenes nuevas?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ouro::app::PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <source>System default (%1)</source>
            <translation>Predeterminado del sistema (%1)</translation>
        </message>
        <message>
            <source>The language of menus, panels and messages</source>
            <translation>El idioma de los menús, paneles y mensajes</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>Memory for decoded image tiles: more keeps more of a large image ready to show</source>
            <translation>Memoria para teselas de imagen decodificadas: con más, se mantiene lista una parte mayor de una imagen grande</translation>
        </message>
        <message>
            <source>The new language applies the next time Ouroboros starts.</source>
            <translation>El nuevo idioma se aplica la próxima vez que se inicie Ouroboros.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>&amp;Tile cache:</source>
            <translation>Caché de &amp;teselas:</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message numerus="yes">
            <source>%n image(s)</source>
            <translation>
                <numerusform>%n imagen</numerusform>
                <numerusform>%n imágenes</numerusform>
            </translation>
        </message>
        <message>
            <source>Exported %1 as OME-TIFF to %2</source>
            <translation>%1 exportada(s) como OME-TIFF a %2</translation>
        </message>
        <message>
            <source> (%1 files)</source>
            <translation> (%1 archivos)</translation>
        </message>
        <message>
            <source>Exported %1 as OME-Zarr to %2</source>
            <translation>%1 exportada(s) como OME-Zarr a %2</translation>
        </message>
        <message>
            <source>Exported %1 as OME-Arrow Parquet to %2</source>
            <translation>%1 exportada(s) como Parquet OME-Arrow a %2</translation>
        </message>
        <message>
            <source>Saved a copy to %1</source>
            <translation>Copia guardada en %1</translation>
        </message>
        <message>
            <source>%1 objects: too many to draw as surfaces (at most %2)</source>
            <translation>%1 objetos: demasiados para dibujarlos como superficies (como máximo %2)</translation>
        </message>
        <message numerus="yes">
            <source>Saved %1 with %n table(s) (%L2 rows) to %3</source>
            <translation>
                <numerusform>%1 guardada(s) con %n tabla (%L2 filas) en %3</numerusform>
                <numerusform>%1 guardada(s) con %n tablas (%L2 filas) en %3</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::ChannelPanel</name>
        <message>
            <source>Composite: every visible channel in its colour. Single: one channel in grey.</source>
            <translation>Compuesto: cada canal visible en su color. Único: un canal en gris.</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modo</translation>
        </message>
        <message>
            <source>Auto-contrast all</source>
            <translation>Contraste automático para todos</translation>
        </message>
        <message>
            <source>Set every channel's range to its 0.1–99.9 percentiles</source>
            <translation>Ajustar el rango de cada canal a sus percentiles 0,1–99,9</translation>
        </message>
        <message>
            <source>Composite</source>
            <translation>Compuesto</translation>
        </message>
        <message>
            <source>Channel %1</source>
            <translation>Canal %1</translation>
        </message>
        <message>
            <source>Single: %1</source>
            <translation>Único: %1</translation>
        </message>
        <message>
            <source>Show or hide this channel (Alt+%1)</source>
            <translation>Mostrar u ocultar este canal (Alt+%1)</translation>
        </message>
        <message>
            <source>Channel colour</source>
            <translation>Color del canal</translation>
        </message>
        <message>
            <source>Value shown as black</source>
            <translation>Valor mostrado como negro</translation>
        </message>
        <message>
            <source>Value shown at full colour</source>
            <translation>Valor mostrado con el color pleno</translation>
        </message>
        <message>
            <source>Gamma: below 1 brightens faint signal</source>
            <translation>Gamma: por debajo de 1 aclara la señal débil</translation>
        </message>
        <message>
            <source>Auto</source>
            <translation>Automático</translation>
        </message>
        <message>
            <source>Range from the 0.1–99.9 percentiles</source>
            <translation>Rango según los percentiles 0,1–99,9</translation>
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
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Images in the open .ouro file</source>
            <translation>Imágenes del archivo .ouro abierto</translation>
        </message>
        <message>
            <source>%1 t</source>
            <translation>%1 t</translation>
        </message>
        <message numerus="yes">
            <source>%n ch</source>
            <translation>
                <numerusform>%n canal</numerusform>
                <numerusform>%n canales</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 z</source>
            <translation>%1 z</translation>
        </message>
        <message>
            <source>Image %1: %2</source>
            <translation>Imagen %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::ImageView</name>
        <message>
            <source>… and %1 more</source>
            <translation>… y %1 más</translation>
        </message>
        <message>
            <source>No image</source>
            <translation>Ninguna imagen</translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::LabelPanel</name>
        <message>
            <source>Label image drawn over the image</source>
            <translation>Imagen de etiquetas dibujada sobre la imagen</translation>
        </message>
        <message>
            <source>Fill and outline</source>
            <translation>Relleno y contorno</translation>
        </message>
        <message>
            <source>Fill</source>
            <translation>Relleno</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>Contorno</translation>
        </message>
        <message>
            <source>Fill opacity</source>
            <translation>Opacidad del relleno</translation>
        </message>
        <message>
            <source> px</source>
            <translation> px</translation>
        </message>
        <message>
            <source>Outline width in screen pixels</source>
            <translation>Grosor del contorno en píxeles de pantalla</translation>
        </message>
        <message>
            <source>Show selected only</source>
            <translation>Mostrar solo la selección</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Draw</source>
            <translation>Dibujar</translation>
        </message>
        <message>
            <source>Opacity</source>
            <translation>Opacidad</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguna</translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::PlotView</name>
        <message>
            <source>Column on the x axis</source>
            <translation>Columna en el eje x</translation>
        </message>
        <message>
            <source>Column on the y axis, or a histogram of x</source>
            <translation>Columna en el eje y, o un histograma de x</translation>
        </message>
        <message>
            <source>log x</source>
            <translation>x log.</translation>
        </message>
        <message>
            <source>log y</source>
            <translation>y log.</translation>
        </message>
        <message>
            <source>Lasso</source>
            <translation>Lazo</translation>
        </message>
        <message>
            <source>Shift+drag draws a free-hand lasso instead of a rectangle (Ctrl+Shift+drag always does)</source>
            <translation>Mayús+arrastrar traza un lazo a mano alzada en vez de un rectángulo (Ctrl+Mayús+arrastrar siempre lo hace)</translation>
        </message>
        <message>
            <source>Filter from selection</source>
            <translation>Filtro desde la selección</translation>
        </message>
        <message>
            <source>Put the brushed ranges into the filter bar (a rectangle; a lasso has no ranges)</source>
            <translation>Poner los rangos seleccionados en la barra de filtro (un rectángulo; un lazo no tiene rangos)</translation>
        </message>
        <message>
            <source>Save PNG…</source>
            <translation>Guardar PNG…</translation>
        </message>
        <message>
            <source>Drag to pan, wheel to zoom, right-drag to zoom to a box, Shift+drag to select (Ctrl+Shift+drag: a lasso)</source>
            <translation>Arrastrar para desplazar, rueda para ampliar, arrastrar con el botón derecho para ampliar un recuadro, Mayús+arrastrar para seleccionar (Ctrl+Mayús+arrastrar: un lazo)</translation>
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
            <translation>(histograma de x)</translation>
        </message>
        <message>
            <source>Loading %1…</source>
            <translation>Cargando %1…</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) in %1 bins</source>
            <translation>
                <numerusform>%n fila en %1 intervalos</numerusform>
                <numerusform>%n filas en %1 intervalos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n punto</numerusform>
                <numerusform>%n puntos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s), drawn as a density</source>
            <translation>
                <numerusform>%n punto, dibujado como densidad</numerusform>
                <numerusform>%n puntos, dibujados como densidad</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %n match(es) in colour</source>
            <translation>
                <numerusform> · %n coincidencia en color</numerusform>
                <numerusform> · %n coincidencias en color</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %n selected</source>
            <translation>
                <numerusform> · %n seleccionado</numerusform>
                <numerusform> · %n seleccionados</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the plot</source>
            <translation>Guardar el gráfico</translation>
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
            <translation>, columna clave</translation>
        </message>
        <message>
            <source>Sorting…</source>
            <translation>Ordenando…</translation>
        </message>
        <message>
            <source>Filtering…</source>
            <translation>Filtrando…</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Actualizando…</translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::ProfilePanel</name>
        <message>
            <source>Profile table</source>
            <translation>Tabla de perfiles</translation>
        </message>
        <message>
            <source>Columns…</source>
            <translation>Columnas…</translation>
        </message>
        <message>
            <source>Choose which columns are shown (search by name)</source>
            <translation>Elegir qué columnas se muestran (buscar por nombre)</translation>
        </message>
        <message>
            <source>Objects in view</source>
            <translation>Objetos a la vista</translation>
        </message>
        <message>
            <source>Show only rows whose object's bounding box is in the visible part of the image</source>
            <translation>Mostrar solo las filas cuyo recuadro del objeto está en la parte visible de la imagen</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>CSV: the rows shown (filtered and sorted) with the visible columns.
Parquet: the filter's rows with every column, keys named as in CytoTable.</source>
            <translation>CSV: las filas mostradas (filtradas y ordenadas) con las columnas visibles.
Parquet: las filas del filtro con todas las columnas, claves nombradas como en CytoTable.</translation>
        </message>
        <message>
            <source>Export %p%</source>
            <translation>Exportación %p%</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Stop the export; nothing is left under its file name</source>
            <translation>Detener la exportación; no queda nada con su nombre de archivo</translation>
        </message>
        <message>
            <source>Filter, e.g. Nuclei_AreaShape_Area &gt; 300 AND Intensity_MeanIntensity_PH3 &gt; 0.2</source>
            <translation>Filtro, p. ej. Nuclei_AreaShape_Area &gt; 300 AND Intensity_MeanIntensity_PH3 &gt; 0.2</translation>
        </message>
        <message>
            <source>A SQL boolean expression over the table's columns. Enter applies it; an empty filter shows all rows. Tab completes column names.</source>
            <translation>Una expresión booleana SQL sobre las columnas de la tabla. Intro la aplica; un filtro vacío muestra todas las filas. Tab completa nombres de columnas.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Filters used before</source>
            <translation>Filtros usados antes</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Guardados</translation>
        </message>
        <message>
            <source>Named filters stored in the file</source>
            <translation>Filtros con nombre guardados en el archivo</translation>
        </message>
        <message>
            <source>Rows that match the filter, of all rows</source>
            <translation>Filas que cumplen el filtro, del total de filas</translation>
        </message>
        <message>
            <source>Colour the objects by a column</source>
            <translation>Colorear los objetos según una columna</translation>
        </message>
        <message>
            <source>Colormap for numeric columns (range: 1st to 99th percentile)</source>
            <translation>Mapa de color para columnas numéricas (rango: del percentil 1 al 99)</translation>
        </message>
        <message>
            <source>Dim others</source>
            <translation>Atenuar los demás</translation>
        </message>
        <message>
            <source>Hide others</source>
            <translation>Ocultar los demás</translation>
        </message>
        <message>
            <source>Grey others</source>
            <translation>Los demás en gris</translation>
        </message>
        <message>
            <source>How objects that do not match the filter are drawn</source>
            <translation>Cómo se dibujan los objetos que no cumplen el filtro</translation>
        </message>
        <message>
            <source>Value at the low end of the colormap; empty: the 1st percentile</source>
            <translation>Valor en el extremo inferior del mapa de color; vacío: el percentil 1</translation>
        </message>
        <message>
            <source>Value at the high end of the colormap; empty: the 99th percentile</source>
            <translation>Valor en el extremo superior del mapa de color; vacío: el percentil 99</translation>
        </message>
        <message>
            <source>Colour by</source>
            <translation>Colorear según</translation>
        </message>
        <message>
            <source>(no filters yet)</source>
            <translation>(aún no hay filtros)</translation>
        </message>
        <message>
            <source>%L1 of %L2 objects match</source>
            <translation>%L1 de %L2 objetos cumplen</translation>
        </message>
        <message>
            <source>Filter: %L1 of %L2 rows match (%3 ms)</source>
            <translation>Filtro: %L1 de %L2 filas cumplen (%3 ms)</translation>
        </message>
        <message>
            <source>(label colours)</source>
            <translation>(colores de las etiquetas)</translation>
        </message>
        <message>
            <source>invalid filter</source>
            <translation>filtro no válido</translation>
        </message>
        <message>
            <source>Save current filter…</source>
            <translation>Guardar el filtro actual…</translation>
        </message>
        <message>
            <source>Save filter</source>
            <translation>Guardar filtro</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <source>Saved filter "%1" in %2</source>
            <translation>Filtro «%1» guardado en %2</translation>
        </message>
        <message>
            <source>(no saved filters)</source>
            <translation>(no hay filtros guardados)</translation>
        </message>
        <message>
            <source>Apply: %1</source>
            <translation>Aplicar: %1</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Columns of %1</source>
            <translation>Columnas de %1</translation>
        </message>
        <message>
            <source>Search columns…</source>
            <translation>Buscar columnas…</translation>
        </message>
        <message>
            <source>Show matching</source>
            <translation>Mostrar coincidencias</translation>
        </message>
        <message>
            <source>Hide matching</source>
            <translation>Ocultar coincidencias</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) selected</source>
            <translation>
                <numerusform>%n fila seleccionada</numerusform>
                <numerusform>%n filas seleccionadas</numerusform>
            </translation>
        </message>
        <message>
            <source>The selected rows link to no object</source>
            <translation>Las filas seleccionadas no enlazan con ningún objeto</translation>
        </message>
        <message>
            <source>Object %1 has no row in this table</source>
            <translation>El objeto %1 no tiene fila en esta tabla</translation>
        </message>
        <message>
            <source>Object %1's row is hidden by the filter</source>
            <translation>La fila del objeto %1 está oculta por el filtro</translation>
        </message>
        <message>
            <source>%L1 of %L2 rows match</source>
            <translation>%L1 de %L2 filas cumplen</translation>
        </message>
        <message>
            <source>CSV: rows shown, visible columns (*.csv)</source>
            <translation>CSV: filas mostradas, columnas visibles (*.csv)</translation>
        </message>
        <message>
            <source>Parquet: filtered rows, all columns (*.parquet)</source>
            <translation>Parquet: filas filtradas, todas las columnas (*.parquet)</translation>
        </message>
        <message>
            <source>Export rows</source>
            <translation>Exportar filas</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written to %1</source>
            <translation>Exportación cancelada; no se escribió nada en %1</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Exportado a %1</translation>
        </message>
        <message>
            <source>%1: cannot write</source>
            <translation>%1: no se puede escribir</translation>
        </message>
        <message>
            <source>%1: write failed (disk full?)</source>
            <translation>%1: falló la escritura (¿disco lleno?)</translation>
        </message>
        <message>
            <source>%1: cannot create</source>
            <translation>%1: no se puede crear</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln fila</numerusform>
                <numerusform>%Ln filas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied %Ln row(s)</source>
            <translation>
                <numerusform>%Ln fila copiada</numerusform>
                <numerusform>%Ln filas copiadas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::VolumeView</name>
        <message>
            <source>Reset view</source>
            <translation>Restablecer vista</translation>
        </message>
        <message>
            <source>Look at the stack from above, as the 2D view shows it (R); the arrow offers other directions</source>
            <translation>Mirar la pila desde arriba, como la muestra la vista 2D (R); la flecha ofrece otras direcciones</translation>
        </message>
        <message>
            <source>&amp;Top (as in 2D)</source>
            <translation>&amp;Arriba (como en 2D)</translation>
        </message>
        <message>
            <source>&amp;Front (x and z)</source>
            <translation>&amp;Frente (x y z)</translation>
        </message>
        <message>
            <source>&amp;Side (y and z)</source>
            <translation>&amp;Lado (y y z)</translation>
        </message>
        <message>
            <source>&amp;Oblique</source>
            <translation>&amp;Oblicua</translation>
        </message>
        <message>
            <source>Snapshot…</source>
            <translation>Captura…</translation>
        </message>
        <message>
            <source>Save the 3D view as a PNG image</source>
            <translation>Guardar la vista 3D como imagen PNG</translation>
        </message>
        <message>
            <source>Surfaces</source>
            <translation>Superficies</translation>
        </message>
        <message>
            <source>Show the label image's objects as surfaces, coloured as in 2D; click one to select it</source>
            <translation>Mostrar los objetos de la imagen de etiquetas como superficies, coloreadas como en 2D; al hacer clic en una se selecciona</translation>
        </message>
        <message>
            <source>Opacity of the surfaces</source>
            <translation>Opacidad de las superficies</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volumen</translation>
        </message>
        <message>
            <source>Show the volume rendering</source>
            <translation>Mostrar el renderizado de volumen</translation>
        </message>
        <message>
            <source>Slices</source>
            <translation>Cortes</translation>
        </message>
        <message>
            <source>Show three orthogonal planes through the stack; move them with the sliders</source>
            <translation>Mostrar tres planos ortogonales a través de la pila; moverlos con los deslizadores</translation>
        </message>
        <message>
            <source>Position of the %1 plane</source>
            <translation>Posición del plano %1</translation>
        </message>
        <message>
            <source>Open an image with a z-stack to see it in 3D.</source>
            <translation>Abra una imagen con pila Z para verla en 3D.</translation>
        </message>
        <message>
            <source>“%1” is a 2D image (one z plane): there is no volume to show. Choose an image with a z-stack.</source>
            <translation>«%1» es una imagen 2D (un solo plano Z): no hay volumen que mostrar. Elija una imagen con pila Z.</translation>
        </message>
        <message>
            <source>Loading level %1 (%2 × %3 × %4)…</source>
            <translation>Cargando el nivel %1 (%2 × %3 × %4)…</translation>
        </message>
        <message numerus="yes">
            <source>Level %1 of %2: %3 × %4 × %5, %n channel(s)</source>
            <translation>
                <numerusform>Nivel %1 de %2: %3 × %4 × %5, %n canal</numerusform>
                <numerusform>Nivel %1 de %2: %3 × %4 × %5, %n canales</numerusform>
            </translation>
        </message>
        <message>
            <source>building surfaces…</source>
            <translation>construyendo superficies…</translation>
        </message>
        <message numerus="yes">
            <source>%n surface(s)</source>
            <translation>
                <numerusform>%n superficie</numerusform>
                <numerusform>%n superficies</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the 3D view</source>
            <translation>Guardar la vista 3D</translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::VtkHost</name>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Imágenes PNG (*.png)</translation>
        </message>
        <message>
            <source>Could not write %1</source>
            <translation>No se pudo escribir %1</translation>
        </message>
    </context>
</TS>
