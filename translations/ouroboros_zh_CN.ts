<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ouro::app::AboutDialog</name>
        <message>
            <source>About Ouroboros</source>
            <translation>关于 Ouroboros</translation>
        </message>
        <message>
            <source>&lt;p&gt;Microscopy images, segmentation labels and per-object measurements in one SQLite file, with a pyramid viewer linked to a table of millions of objects, plots and a 3D view.&lt;/p&gt;&lt;p&gt;Copyright © 2026, the Ouroboros developers.&lt;br&gt;Licensed under the BSD 3-Clause licence (see the Licence tab).&lt;/p&gt;</source>
            <translation>&lt;p&gt;将显微图像、分割标签和逐对象测量值保存在一个 SQLite 文件中，配有与数百万对象表格联动的金字塔查看器、图表和 3D 视图。&lt;/p&gt;&lt;p&gt;Copyright © 2026，Ouroboros 开发者。&lt;br&gt;以 BSD 三条款许可证授权（见“许可证”选项卡）。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About</source>
            <translation>关于</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>组件</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>&amp;Copy versions</source>
            <translation>复制版本信息(&amp;C)</translation>
        </message>
        <message>
            <source>Copy these versions to the clipboard, for a bug report</source>
            <translation>将这些版本信息复制到剪贴板，用于错误报告</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>库</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>许可证</translation>
        </message>
        <message>
            <source>The demo is made from public sample data, bundled with Ouroboros:

- CellProfiler's ExampleHuman images: CC0.
- The 2018 Data Science Bowl nuclei image and mask, from the StarDist repository: BSD 3-Clause.
- The nuclei labels and the 3D nuclei derived from them: CC0 and BSD 3-Clause, as their sources.

</source>
            <translation>演示数据来自随 Ouroboros 附带的公开示例数据：

- CellProfiler 的 ExampleHuman 图像：CC0。
- StarDist 仓库中 2018 Data Science Bowl 的细胞核图像及掩膜：BSD 三条款。
- 由它们派生的细胞核标签和 3D 细胞核：与来源相同，CC0 和 BSD 三条款。

</translation>
        </message>
        <message>
            <source>Sample data</source>
            <translation>示例数据</translation>
        </message>
    </context>
    <context>
        <name>ouro::app::ImageExportDialog</name>
        <message>
            <source>OME-TIFF (Fiji, QuPath, tifffile)</source>
            <translation>OME-TIFF（Fiji、QuPath、tifffile）</translation>
        </message>
        <message>
            <source>Tiled, pyramidal OME-TIFF, one file per image: a .ome.tif for one image, else a folder.</source>
            <translation>分块、金字塔式 OME-TIFF，每幅图像一个文件：单幅图像为 .ome.tif，否则为文件夹。</translation>
        </message>
        <message>
            <source>OME-Zarr 0.4 (napari, zarr-python)</source>
            <translation>OME-Zarr 0.4（napari、zarr-python）</translation>
        </message>
        <message>
            <source>A .ome.zarr folder with the pyramids and label images.</source>
            <translation>包含金字塔和标签图像的 .ome.zarr 文件夹。</translation>
        </message>
        <message>
            <source>OME-Arrow Parquet (pandas, Polars, DuckDB)</source>
            <translation>OME-Arrow Parquet（pandas、Polars、DuckDB）</translation>
        </message>
        <message>
            <source>One row per image with its planes' pixels; images of one pixel type, up to 1 GiB each.</source>
            <translation>每幅图像一行，包含其各平面的像素；图像须为同一像素类型，每幅最多 1 GiB。</translation>
        </message>
        <message>
            <source>Ouroboros file with these images (.ouro)</source>
            <translation>包含这些图像的 Ouroboros 文件（.ouro）</translation>
        </message>
        <message>
            <source>A smaller .ouro: these images with their labels, objects and linked table rows.</source>
            <translation>更小的 .ouro：这些图像及其标签、对象和关联的表格行。</translation>
        </message>
        <message>
            <source>Export images</source>
            <translation>导出图像</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>BigTIFF (for readers that need it; chosen anyway past 2 GB)</source>
            <translation>BigTIFF（供需要它的读取程序使用；超过 2 GB 时自动选用）</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>格式：</translation>
        </message>
        <message>
            <source>Images:</source>
            <translation>图像：</translation>
        </message>
        <message>
            <source>Save to:</source>
            <translation>保存到：</translation>
        </message>
        <message>
            <source>Export to a new folder</source>
            <translation>导出到新文件夹</translation>
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
            <translation>Ouroboros 文件 (*.ouro)</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>导出到</translation>
        </message>
        <message>
            <source>%1 already exists. Choose a new name; an export never replaces a file or folder.</source>
            <translation>%1 已存在。请选择新名称；导出绝不会替换文件或文件夹。</translation>
        </message>
    </context>
    <context>
        <name>ouro::app::ImportController</name>
        <message numerus="yes">
            <source>Reading %n file(s)…</source>
            <translation>
                <numerusform>正在读取 %n 个文件…</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing %1 (%2 of %3)</source>
            <translation>正在导入 %1（第 %2 个，共 %3 个）</translation>
        </message>
        <message numerus="yes">
            <source>%1: table "%2", %n row(s)</source>
            <translation>
                <numerusform>%1：表格“%2”，%n 行</numerusform>
            </translation>
        </message>
        <message>
            <source>, %1 linked to "%2"</source>
            <translation>，%1 已关联到“%2”</translation>
        </message>
        <message>
            <source>%1: not linked: %2</source>
            <translation>%1：未关联：%2</translation>
        </message>
        <message numerus="yes">
            <source>%1: labels "%2" of image %3, %n object(s)</source>
            <translation>
                <numerusform>%1：图像 %3 的标签“%2”，%n 个对象</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: image %2 "%3"</source>
            <translation>%1：图像 %2“%3”</translation>
        </message>
        <message>
            <source>%1: labels "%2" of image %3</source>
            <translation>%1：图像 %3 的标签“%2”</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Microscopy images and their measurements</source>
            <translation>显微图像及其测量值</translation>
        </message>
        <message>
            <source>A .ouro file to open</source>
            <translation>要打开的 .ouro 文件</translation>
        </message>
        <message>
            <source>Open FILE, wait until every visible tile (and the 3D view and plots, when shown) is loaded, save a PNG of the window and exit.</source>
            <translation>打开 FILE，等待所有可见图块（以及显示时的 3D 视图和图表）加载完毕，保存窗口的 PNG 截图后退出。</translation>
        </message>
        <message>
            <source>Show image ID first.</source>
            <translation>首先显示图像 ID。</translation>
        </message>
        <message>
            <source>Apply this filter to the first profile table.</source>
            <translation>对第一个特征表应用此筛选条件。</translation>
        </message>
        <message>
            <source>Colour objects by this column of the first profile table.</source>
            <translation>按第一个特征表的此列为对象着色。</translation>
        </message>
        <message>
            <source>Also show these panels: 3d, plots (comma-separated).</source>
            <translation>同时显示这些面板：3d、plots（以逗号分隔）。</translation>
        </message>
        <message>
            <source>Plot these columns of the profile table: X,Y (X alone: a histogram of X). Shows the plots.</source>
            <translation>绘制特征表的这些列：X,Y（仅 X：X 的直方图）。会显示图表。</translation>
        </message>
        <message>
            <source>The 3D view's camera: top, front, side or oblique (remembered). Shows the 3D view.</source>
            <translation>3D 视图的相机：top、front、side 或 oblique（会被记住）。会显示 3D 视图。</translation>
        </message>
        <message>
            <source>The interface language for this run: en, de, fr, es, cs, ja or zh_CN (Preferences sets it for good).</source>
            <translation>本次运行的界面语言：en、de、fr、es、cs、ja 或 zh_CN（在首选项中可永久设置）。</translation>
        </message>
        <message>
            <source>--show takes 3d and plots, not "%1"</source>
            <translation>--show 只接受 3d 和 plots，不接受“%1”</translation>
        </message>
        <message>
            <source>--view3d takes top, front, side or oblique, not "%1"</source>
            <translation>--view3d 只接受 top、front、side 或 oblique，不接受“%1”</translation>
        </message>
        <message>
            <source>table "%1" has no column "%2" to plot</source>
            <translation>表格“%1”没有可绘制的列“%2”</translation>
        </message>
        <message>
            <source>the file has no profile tables; --filter and --color-by do nothing</source>
            <translation>该文件没有特征表；--filter 和 --color-by 不起作用</translation>
        </message>
        <message>
            <source>table "%1" has no column "%2" to colour by</source>
            <translation>表格“%1”没有可用于着色的列“%2”</translation>
        </message>
        <message>
            <source>--screenshot needs a FILE to open</source>
            <translation>--screenshot 需要一个要打开的文件（FILE）</translation>
        </message>
        <message>
            <source>cannot open the file</source>
            <translation>无法打开该文件</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>无法写入 %1</translation>
        </message>
        <message>
            <source>tiles still loading after 60 s; saving anyway</source>
            <translation>60 秒后图块仍在加载；仍然保存</translation>
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
            <translation>Z 平面（, 和 .）</translation>
        </message>
        <message>
            <source>Time point ([ and ])</source>
            <translation>时间点（[ 和 ]）</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>图像</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>通道</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>特征表</translation>
        </message>
        <message>
            <source>The 3D view of the image's z-stack appears here.</source>
            <translation>图像 Z 堆栈的 3D 视图显示在这里。</translation>
        </message>
        <message>
            <source>3D view</source>
            <translation>3D 视图</translation>
        </message>
        <message>
            <source>Scatter plots and histograms of the table's columns appear here.</source>
            <translation>表格各列的散点图和直方图显示在这里。</translation>
        </message>
        <message>
            <source>Plots</source>
            <translation>图表</translation>
        </message>
        <message>
            <source>Object %1 of "%2"</source>
            <translation>“%2”的对象 %1</translation>
        </message>
        <message>
            <source>Selected object %1 of labels "%2" (image %3)</source>
            <translation>标签“%2”中选中的对象 %1（图像 %3）</translation>
        </message>
        <message>
            <source>label %1</source>
            <translation>标签 %1</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>所有文件</translation>
        </message>
        <message>
            <source>all %p%</source>
            <translation>总计 %p%</translation>
        </message>
        <message>
            <source>This file</source>
            <translation>此文件</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Stop the import; nothing of an unfinished file is kept</source>
            <translation>停止导入；未完成的文件不会保留任何内容</translation>
        </message>
        <message>
            <source>Import as labels?</source>
            <translation>作为标签导入？</translation>
        </message>
        <message>
            <source>Combine channels?</source>
            <translation>合并通道？</translation>
        </message>
        <message numerus="yes">
            <source>The %n dropped files are single-channel images of the same size. Combine them as the channels of one image (as CellProfiler inputs are)?</source>
            <translation>
                <numerusform>拖入的 %n 个文件是尺寸相同的单通道图像。是否将它们合并为一幅图像的各个通道（如同 CellProfiler 的输入）？</numerusform>
            </translation>
        </message>
        <message>
            <source>Open a .ouro file (Ctrl+O), or drop TIFF files or CellProfiler tables here to import them</source>
            <translation>打开一个 .ouro 文件（Ctrl+O），或将 TIFF 文件或 CellProfiler 表格拖到这里以导入</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>新建(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <source>Open a .ouro file</source>
            <translation>打开一个 .ouro 文件</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Import images or tables…</source>
            <translation>导入图像或表格(&amp;I)…</translation>
        </message>
        <message>
            <source>Import TIFF or OME-TIFF images, or CSV / CellProfiler SQLite tables (or drop them on the window)</source>
            <translation>导入 TIFF 或 OME-TIFF 图像，或 CSV / CellProfiler SQLite 表格（也可拖到窗口上）</translation>
        </message>
        <message>
            <source>&amp;Export table…</source>
            <translation>导出表格(&amp;E)…</translation>
        </message>
        <message>
            <source>The file has no profile table to export.</source>
            <translation>该文件没有可导出的特征表。</translation>
        </message>
        <message>
            <source>Write the profile table shown to CSV or Parquet</source>
            <translation>将显示的特征表写为 CSV 或 Parquet</translation>
        </message>
        <message>
            <source>Export &amp;images…</source>
            <translation>导出图像(&amp;I)…</translation>
        </message>
        <message>
            <source>Write images as OME-TIFF, OME-Zarr or OME-Arrow Parquet, or a smaller .ouro with them</source>
            <translation>将图像写为 OME-TIFF、OME-Zarr 或 OME-Arrow Parquet，或包含它们的较小 .ouro</translation>
        </message>
        <message>
            <source>Save a &amp;copy…</source>
            <translation>保存副本(&amp;C)…</translation>
        </message>
        <message>
            <source>Write a compacted copy of the whole .ouro file</source>
            <translation>写出整个 .ouro 文件的压缩副本</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>缩小(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Fit to window</source>
            <translation>适应窗口(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;1:1</source>
            <translation>&amp;1:1</translation>
        </message>
        <message>
            <source>&amp;Next image</source>
            <translation>下一幅图像(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Previous image</source>
            <translation>上一幅图像(&amp;P)</translation>
        </message>
        <message>
            <source>Next &amp;Z</source>
            <translation>下一个 Z(&amp;Z)</translation>
        </message>
        <message>
            <source>Previous Z</source>
            <translation>上一个 Z</translation>
        </message>
        <message>
            <source>Next &amp;T</source>
            <translation>下一个 T(&amp;T)</translation>
        </message>
        <message>
            <source>Previous T</source>
            <translation>上一个 T</translation>
        </message>
        <message>
            <source>Toggle &amp;channel</source>
            <translation>切换通道(&amp;C)</translation>
        </message>
        <message>
            <source>Channel %1</source>
            <translation>通道 %1</translation>
        </message>
        <message>
            <source>&amp;Auto-contrast</source>
            <translation>自动对比度(&amp;A)</translation>
        </message>
        <message>
            <source>Save &amp;snapshot…</source>
            <translation>保存快照(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;3D view</source>
            <translation>3D 视图(&amp;3)</translation>
        </message>
        <message>
            <source>Show the image's z-stack as a volume</source>
            <translation>将图像的 Z 堆栈显示为体数据</translation>
        </message>
        <message>
            <source>&amp;Plots</source>
            <translation>图表(&amp;P)</translation>
        </message>
        <message>
            <source>Scatter plot and histogram of the profile table's columns</source>
            <translation>特征表各列的散点图和直方图</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>设置(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>首选项(&amp;P)…</translation>
        </message>
        <message>
            <source>Language and memory for tiles</source>
            <translation>语言和图块内存</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About Ouroboros</source>
            <translation>关于 Ouroboros(&amp;A)</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>关于 Qt(&amp;Q)</translation>
        </message>
        <message>
            <source>Open .ouro file</source>
            <translation>打开 .ouro 文件</translation>
        </message>
        <message>
            <source>Ouroboros files (*.ouro);;All files (*)</source>
            <translation>Ouroboros 文件 (*.ouro);;所有文件 (*)</translation>
        </message>
        <message>
            <source>New .ouro file</source>
            <translation>新建 .ouro 文件</translation>
        </message>
        <message>
            <source>Ouroboros files (*.ouro)</source>
            <translation>Ouroboros 文件 (*.ouro)</translation>
        </message>
        <message>
            <source>Cannot create file</source>
            <translation>无法创建文件</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>正在打开 %1…</translation>
        </message>
        <message>
            <source>Could not open %1</source>
            <translation>无法打开 %1</translation>
        </message>
        <message>
            <source>Cannot open file</source>
            <translation>无法打开文件</translation>
        </message>
        <message>
            <source>%1 — Ouroboros</source>
            <translation>%1 — Ouroboros</translation>
        </message>
        <message numerus="yes">
            <source>%n image(s) in %1</source>
            <translation>
                <numerusform>%1 中有 %n 幅图像</numerusform>
            </translation>
        </message>
        <message>
            <source>Selected object %1 in 3D</source>
            <translation>在 3D 中选中的对象 %1</translation>
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
            <translation>保存快照</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG 图像 (*.png)</translation>
        </message>
        <message>
            <source>Snapshot</source>
            <translation>快照</translation>
        </message>
        <message>
            <source>Could not write %1</source>
            <translation>无法写入 %1</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <source>Import running</source>
            <translation>正在导入</translation>
        </message>
        <message>
            <source>An import is still running. Cancel it and quit?</source>
            <translation>导入仍在进行中。取消导入并退出？</translation>
        </message>
        <message>
            <source>Open a .ouro file first.</source>
            <translation>请先打开一个 .ouro 文件。</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>保存副本</translation>
        </message>
        <message>
            <source>A copy cannot replace the file it is made from.</source>
            <translation>副本不能替换其来源文件。</translation>
        </message>
        <message>
            <source>An export is already running.</source>
            <translation>已有导出正在进行。</translation>
        </message>
        <message>
            <source>Open a .ouro file with images first.</source>
            <translation>请先打开一个包含图像的 .ouro 文件。</translation>
        </message>
        <message>
            <source>Exporting to %1…</source>
            <translation>正在导出到 %1…</translation>
        </message>
        <message>
            <source>Export images</source>
            <translation>导出图像</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written to %1</source>
            <translation>导出已取消；未向 %1 写入任何内容</translation>
        </message>
        <message>
            <source>Export cancelled</source>
            <translation>导出已取消</translation>
        </message>
        <message>
            <source>Import images or tables</source>
            <translation>导入图像或表格</translation>
        </message>
        <message>
            <source>Images and tables (*.tif *.tiff *.btf *.companion.ome *.png *.parquet *.csv *.tsv *.csv.gz *.tsv.gz *.sqlite *.db);;Images (*.tif *.tiff *.btf *.companion.ome *.png *.parquet);;Profile tables (*.csv *.tsv *.txt *.csv.gz *.tsv.gz *.sqlite *.db *.parquet);;All files (*)</source>
            <translation>图像和表格 (*.tif *.tiff *.btf *.companion.ome *.png *.parquet *.csv *.tsv *.csv.gz *.tsv.gz *.sqlite *.db);;图像 (*.tif *.tiff *.btf *.companion.ome *.png *.parquet);;特征表 (*.csv *.tsv *.txt *.csv.gz *.tsv.gz *.sqlite *.db *.parquet);;所有文件 (*)</translation>
        </message>
        <message>
            <source>An import is already running; wait for it or cancel it.</source>
            <translation>已有导入正在进行；请等待其完成或取消。</translation>
        </message>
        <message>
            <source>No images or tables found in what was dropped.</source>
            <translation>拖入的内容中没有找到图像或表格。</translation>
        </message>
    <message>
        <source>Searching folders for images…</source>
        <translation>正在文件夹中搜索图像…</translation>
    </message>
        <message>
            <source>Import into a new .ouro file</source>
            <translation>导入到新的 .ouro 文件</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n item(s)</source>
            <translation>
                <numerusform>已导入 %n 项</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n file(s) failed</source>
            <translation>
                <numerusform>，%n 个文件失败</numerusform>
            </translation>
        </message>
        <message>
            <source>, cancelled</source>
            <translation>，已取消</translation>
        </message>
        <message>
            <source>Some files were not imported</source>
            <translation>部分文件未导入</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be imported. The .ouro file is unchanged for them.</source>
            <translation>
                <numerusform>%n 个文件无法导入。对这些文件而言，.ouro 文件保持不变。</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported, with warnings</source>
            <translation>已导入，但有警告</translation>
        </message>
        <message numerus="yes">
            <source>Everything was imported. %n warning(s) say what to look at.</source>
            <translation>
                <numerusform>全部已导入。%n 条警告指出了需要查看的地方。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) look like segmentation masks of image %1 (same size, integer ids): %2. Import them as its label images rather than as new images?</source>
            <translation>
                <numerusform>%n 个文件看起来是图像 %1 的分割掩膜（尺寸相同，整数 ID）：%2。是否将它们作为该图像的标签图像而不是新图像导入？</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ouro::app::PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>首选项</translation>
        </message>
        <message>
            <source>System default (%1)</source>
            <translation>系统默认（%1）</translation>
        </message>
        <message>
            <source>The language of menus, panels and messages</source>
            <translation>菜单、面板和消息的语言</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>Memory for decoded image tiles: more keeps more of a large image ready to show</source>
            <translation>已解码图像图块的内存：越多，大图像中可随时显示的部分就越多</translation>
        </message>
        <message>
            <source>The new language applies the next time Ouroboros starts.</source>
            <translation>新语言将在下次启动 Ouroboros 时生效。</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Tile cache:</source>
            <translation>图块缓存(&amp;T)：</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message numerus="yes">
            <source>%n image(s)</source>
            <translation>
                <numerusform>%n 幅图像</numerusform>
            </translation>
        </message>
        <message>
            <source>Exported %1 as OME-TIFF to %2</source>
            <translation>已将 %1 以 OME-TIFF 格式导出到 %2</translation>
        </message>
        <message>
            <source> (%1 files)</source>
            <translation>（%1 个文件）</translation>
        </message>
        <message>
            <source>Exported %1 as OME-Zarr to %2</source>
            <translation>已将 %1 以 OME-Zarr 格式导出到 %2</translation>
        </message>
        <message>
            <source>Exported %1 as OME-Arrow Parquet to %2</source>
            <translation>已将 %1 以 OME-Arrow Parquet 格式导出到 %2</translation>
        </message>
        <message>
            <source>Saved a copy to %1</source>
            <translation>副本已保存到 %1</translation>
        </message>
        <message>
            <source>%1 objects: too many to draw as surfaces (at most %2)</source>
            <translation>%1 个对象：太多，无法绘制为表面（最多 %2 个）</translation>
        </message>
        <message numerus="yes">
            <source>Saved %1 with %n table(s) (%L2 rows) to %3</source>
            <translation>
                <numerusform>已将 %1 连同 %n 个表格（%L2 行）保存到 %3</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::ChannelPanel</name>
        <message>
            <source>Composite: every visible channel in its colour. Single: one channel in grey.</source>
            <translation>合成：每个可见通道以其颜色显示。单通道：以灰度显示一个通道。</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>模式</translation>
        </message>
        <message>
            <source>Auto-contrast all</source>
            <translation>全部自动对比度</translation>
        </message>
        <message>
            <source>Set every channel's range to its 0.1–99.9 percentiles</source>
            <translation>将每个通道的范围设为其 0.1–99.9 百分位</translation>
        </message>
        <message>
            <source>Composite</source>
            <translation>合成</translation>
        </message>
        <message>
            <source>Channel %1</source>
            <translation>通道 %1</translation>
        </message>
        <message>
            <source>Single: %1</source>
            <translation>单通道：%1</translation>
        </message>
        <message>
            <source>Show or hide this channel (Alt+%1)</source>
            <translation>显示或隐藏此通道（Alt+%1）</translation>
        </message>
        <message>
            <source>Channel colour</source>
            <translation>通道颜色</translation>
        </message>
        <message>
            <source>Value shown as black</source>
            <translation>显示为黑色的值</translation>
        </message>
        <message>
            <source>Value shown at full colour</source>
            <translation>显示为全色的值</translation>
        </message>
        <message>
            <source>Gamma: below 1 brightens faint signal</source>
            <translation>伽马：低于 1 时使弱信号变亮</translation>
        </message>
        <message>
            <source>Auto</source>
            <translation>自动</translation>
        </message>
        <message>
            <source>Range from the 0.1–99.9 percentiles</source>
            <translation>按 0.1–99.9 百分位设置范围</translation>
        </message>
        <message>
            <source>gamma</source>
            <translation>伽马</translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::ImageListWidget</name>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>尺寸</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Images in the open .ouro file</source>
            <translation>已打开 .ouro 文件中的图像</translation>
        </message>
        <message>
            <source>%1 t</source>
            <translation>%1 t</translation>
        </message>
        <message numerus="yes">
            <source>%n ch</source>
            <translation>
                <numerusform>%n 通道</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 z</source>
            <translation>%1 z</translation>
        </message>
        <message>
            <source>Image %1: %2</source>
            <translation>图像 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::ImageView</name>
        <message>
            <source>… and %1 more</source>
            <translation>… 还有 %1 个</translation>
        </message>
        <message>
            <source>No image</source>
            <translation>无图像</translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::LabelPanel</name>
        <message>
            <source>Label image drawn over the image</source>
            <translation>绘制在图像上的标签图像</translation>
        </message>
        <message>
            <source>Fill and outline</source>
            <translation>填充和轮廓</translation>
        </message>
        <message>
            <source>Fill</source>
            <translation>填充</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>轮廓</translation>
        </message>
        <message>
            <source>Fill opacity</source>
            <translation>填充不透明度</translation>
        </message>
        <message>
            <source> px</source>
            <translation> 像素</translation>
        </message>
        <message>
            <source>Outline width in screen pixels</source>
            <translation>以屏幕像素计的轮廓宽度</translation>
        </message>
        <message>
            <source>Show selected only</source>
            <translation>仅显示选中项</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Draw</source>
            <translation>绘制</translation>
        </message>
        <message>
            <source>Opacity</source>
            <translation>不透明度</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::PlotView</name>
        <message>
            <source>Column on the x axis</source>
            <translation>x 轴上的列</translation>
        </message>
        <message>
            <source>Column on the y axis, or a histogram of x</source>
            <translation>y 轴上的列，或 x 的直方图</translation>
        </message>
        <message>
            <source>log x</source>
            <translation>对数 x</translation>
        </message>
        <message>
            <source>log y</source>
            <translation>对数 y</translation>
        </message>
        <message>
            <source>Lasso</source>
            <translation>套索</translation>
        </message>
        <message>
            <source>Shift+drag draws a free-hand lasso instead of a rectangle (Ctrl+Shift+drag always does)</source>
            <translation>Shift+拖动绘制手绘套索而不是矩形（Ctrl+Shift+拖动始终如此）</translation>
        </message>
        <message>
            <source>Filter from selection</source>
            <translation>从选区生成筛选</translation>
        </message>
        <message>
            <source>Put the brushed ranges into the filter bar (a rectangle; a lasso has no ranges)</source>
            <translation>将选中的范围填入筛选栏（仅矩形；套索没有范围）</translation>
        </message>
        <message>
            <source>Save PNG…</source>
            <translation>保存 PNG…</translation>
        </message>
        <message>
            <source>Drag to pan, wheel to zoom, right-drag to zoom to a box, Shift+drag to select (Ctrl+Shift+drag: a lasso)</source>
            <translation>拖动平移，滚轮缩放，右键拖动缩放到框选区域，Shift+拖动进行选择（Ctrl+Shift+拖动：套索）</translation>
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
            <translation>（x 的直方图）</translation>
        </message>
        <message>
            <source>Loading %1…</source>
            <translation>正在加载 %1…</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) in %1 bins</source>
            <translation>
                <numerusform>%n 行，%1 个区间</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n 个点</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s), drawn as a density</source>
            <translation>
                <numerusform>%n 个点，以密度绘制</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %n match(es) in colour</source>
            <translation>
                <numerusform> · %n 个匹配项着色</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %n selected</source>
            <translation>
                <numerusform> · 已选 %n 个</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the plot</source>
            <translation>保存图表</translation>
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
            <translation>，键列</translation>
        </message>
        <message>
            <source>Sorting…</source>
            <translation>正在排序…</translation>
        </message>
        <message>
            <source>Filtering…</source>
            <translation>正在筛选…</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>正在更新…</translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::ProfilePanel</name>
        <message>
            <source>Profile table</source>
            <translation>特征表</translation>
        </message>
        <message>
            <source>Columns…</source>
            <translation>列…</translation>
        </message>
        <message>
            <source>Choose which columns are shown (search by name)</source>
            <translation>选择要显示的列（按名称搜索）</translation>
        </message>
        <message>
            <source>Objects in view</source>
            <translation>视野内的对象</translation>
        </message>
        <message>
            <source>Show only rows whose object's bounding box is in the visible part of the image</source>
            <translation>只显示对象外接框位于图像可见部分内的行</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>CSV: the rows shown (filtered and sorted) with the visible columns.
Parquet: the filter's rows with every column, keys named as in CytoTable.</source>
            <translation>CSV：显示的行（已筛选和排序）及可见列。
Parquet：筛选出的行及所有列，键的命名与 CytoTable 相同。</translation>
        </message>
        <message>
            <source>Export %p%</source>
            <translation>导出 %p%</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Stop the export; nothing is left under its file name</source>
            <translation>停止导出；不会在该文件名下留下任何内容</translation>
        </message>
        <message>
            <source>Filter, e.g. Nuclei_AreaShape_Area &gt; 300 AND Intensity_MeanIntensity_PH3 &gt; 0.2</source>
            <translation>筛选条件，例如 Nuclei_AreaShape_Area &gt; 300 AND Intensity_MeanIntensity_PH3 &gt; 0.2</translation>
        </message>
        <message>
            <source>A SQL boolean expression over the table's columns. Enter applies it; an empty filter shows all rows. Tab completes column names.</source>
            <translation>针对表格列的 SQL 布尔表达式。按 Enter 应用；空筛选显示所有行。按 Tab 补全列名。</translation>
        </message>
        <message>
            <source>History</source>
            <translation>历史</translation>
        </message>
        <message>
            <source>Filters used before</source>
            <translation>之前用过的筛选条件</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>已保存</translation>
        </message>
        <message>
            <source>Named filters stored in the file</source>
            <translation>保存在文件中的命名筛选条件</translation>
        </message>
        <message>
            <source>Rows that match the filter, of all rows</source>
            <translation>符合筛选条件的行数 / 总行数</translation>
        </message>
        <message>
            <source>Colour the objects by a column</source>
            <translation>按某一列为对象着色</translation>
        </message>
        <message>
            <source>Colormap for numeric columns (range: 1st to 99th percentile)</source>
            <translation>数值列的色图（范围：第 1 到第 99 百分位）</translation>
        </message>
        <message>
            <source>Dim others</source>
            <translation>调暗其他</translation>
        </message>
        <message>
            <source>Hide others</source>
            <translation>隐藏其他</translation>
        </message>
        <message>
            <source>Grey others</source>
            <translation>其他显示为灰色</translation>
        </message>
        <message>
            <source>How objects that do not match the filter are drawn</source>
            <translation>不符合筛选条件的对象如何绘制</translation>
        </message>
        <message>
            <source>Value at the low end of the colormap; empty: the 1st percentile</source>
            <translation>色图下端的值；留空：第 1 百分位</translation>
        </message>
        <message>
            <source>Value at the high end of the colormap; empty: the 99th percentile</source>
            <translation>色图上端的值；留空：第 99 百分位</translation>
        </message>
        <message>
            <source>Colour by</source>
            <translation>着色依据</translation>
        </message>
        <message>
            <source>(no filters yet)</source>
            <translation>（尚无筛选条件）</translation>
        </message>
        <message>
            <source>%L1 of %L2 objects match</source>
            <translation>%L2 个对象中有 %L1 个符合</translation>
        </message>
        <message>
            <source>Filter: %L1 of %L2 rows match (%3 ms)</source>
            <translation>筛选：%L2 行中有 %L1 行符合（%3 毫秒）</translation>
        </message>
        <message>
            <source>(label colours)</source>
            <translation>（标签颜色）</translation>
        </message>
        <message>
            <source>invalid filter</source>
            <translation>无效的筛选条件</translation>
        </message>
        <message>
            <source>Save current filter…</source>
            <translation>保存当前筛选条件…</translation>
        </message>
        <message>
            <source>Save filter</source>
            <translation>保存筛选条件</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>Saved filter "%1" in %2</source>
            <translation>已将筛选条件“%1”保存到 %2</translation>
        </message>
        <message>
            <source>(no saved filters)</source>
            <translation>（没有已保存的筛选条件）</translation>
        </message>
        <message>
            <source>Apply: %1</source>
            <translation>应用：%1</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Columns of %1</source>
            <translation>%1 的列</translation>
        </message>
        <message>
            <source>Search columns…</source>
            <translation>搜索列…</translation>
        </message>
        <message>
            <source>Show matching</source>
            <translation>显示匹配项</translation>
        </message>
        <message>
            <source>Hide matching</source>
            <translation>隐藏匹配项</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) selected</source>
            <translation>
                <numerusform>已选中 %n 行</numerusform>
            </translation>
        </message>
        <message>
            <source>The selected rows link to no object</source>
            <translation>选中的行未关联任何对象</translation>
        </message>
        <message>
            <source>Object %1 has no row in this table</source>
            <translation>对象 %1 在此表格中没有对应行</translation>
        </message>
        <message>
            <source>Object %1's row is hidden by the filter</source>
            <translation>对象 %1 的行被筛选条件隐藏</translation>
        </message>
        <message>
            <source>%L1 of %L2 rows match</source>
            <translation>%L2 行中有 %L1 行符合</translation>
        </message>
        <message>
            <source>CSV: rows shown, visible columns (*.csv)</source>
            <translation>CSV：显示的行，可见列 (*.csv)</translation>
        </message>
        <message>
            <source>Parquet: filtered rows, all columns (*.parquet)</source>
            <translation>Parquet：筛选出的行，所有列 (*.parquet)</translation>
        </message>
        <message>
            <source>Export rows</source>
            <translation>导出行</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written to %1</source>
            <translation>导出已取消；未向 %1 写入任何内容</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>已导出到 %1</translation>
        </message>
        <message>
            <source>%1: cannot write</source>
            <translation>%1：无法写入</translation>
        </message>
        <message>
            <source>%1: write failed (disk full?)</source>
            <translation>%1：写入失败（磁盘已满？）</translation>
        </message>
        <message>
            <source>%1: cannot create</source>
            <translation>%1：无法创建</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln 行</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied %Ln row(s)</source>
            <translation>
                <numerusform>已复制 %Ln 行</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::VolumeView</name>
        <message>
            <source>Reset view</source>
            <translation>重置视图</translation>
        </message>
        <message>
            <source>Look at the stack from above, as the 2D view shows it (R); the arrow offers other directions</source>
            <translation>像 2D 视图那样从上方观察堆栈（R）；箭头提供其他方向</translation>
        </message>
        <message>
            <source>&amp;Top (as in 2D)</source>
            <translation>顶视(&amp;T)（与 2D 相同）</translation>
        </message>
        <message>
            <source>&amp;Front (x and z)</source>
            <translation>前视(&amp;F)（x 和 z）</translation>
        </message>
        <message>
            <source>&amp;Side (y and z)</source>
            <translation>侧视(&amp;S)（y 和 z）</translation>
        </message>
        <message>
            <source>&amp;Oblique</source>
            <translation>斜视(&amp;O)</translation>
        </message>
        <message>
            <source>Snapshot…</source>
            <translation>快照…</translation>
        </message>
        <message>
            <source>Save the 3D view as a PNG image</source>
            <translation>将 3D 视图保存为 PNG 图像</translation>
        </message>
        <message>
            <source>Surfaces</source>
            <translation>表面</translation>
        </message>
        <message>
            <source>Show the label image's objects as surfaces, coloured as in 2D; click one to select it</source>
            <translation>将标签图像中的对象显示为表面，颜色与 2D 中相同；点击某个表面可选中它</translation>
        </message>
        <message>
            <source>Opacity of the surfaces</source>
            <translation>表面不透明度</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>体渲染</translation>
        </message>
        <message>
            <source>Show the volume rendering</source>
            <translation>显示体渲染</translation>
        </message>
        <message>
            <source>Slices</source>
            <translation>切片</translation>
        </message>
        <message>
            <source>Show three orthogonal planes through the stack; move them with the sliders</source>
            <translation>显示穿过堆栈的三个正交平面；用滑块移动它们</translation>
        </message>
        <message>
            <source>Position of the %1 plane</source>
            <translation>%1 平面的位置</translation>
        </message>
        <message>
            <source>Open an image with a z-stack to see it in 3D.</source>
            <translation>打开带有 Z 堆栈的图像以在 3D 中查看。</translation>
        </message>
        <message>
            <source>“%1” is a 2D image (one z plane): there is no volume to show. Choose an image with a z-stack.</source>
            <translation>“%1”是 2D 图像（只有一个 Z 平面）：没有可显示的体数据。请选择带有 Z 堆栈的图像。</translation>
        </message>
        <message>
            <source>Loading level %1 (%2 × %3 × %4)…</source>
            <translation>正在加载第 %1 级（%2 × %3 × %4）…</translation>
        </message>
        <message numerus="yes">
            <source>Level %1 of %2: %3 × %4 × %5, %n channel(s)</source>
            <translation>
                <numerusform>第 %1 级，共 %2 级：%3 × %4 × %5，%n 个通道</numerusform>
            </translation>
        </message>
        <message>
            <source>building surfaces…</source>
            <translation>正在生成表面…</translation>
        </message>
        <message numerus="yes">
            <source>%n surface(s)</source>
            <translation>
                <numerusform>%n 个表面</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the 3D view</source>
            <translation>保存 3D 视图</translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::VtkHost</name>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG 图像 (*.png)</translation>
        </message>
        <message>
            <source>Could not write %1</source>
            <translation>无法写入 %1</translation>
        </message>
    </context>
</TS>
