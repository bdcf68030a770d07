<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>ouro::app::AboutDialog</name>
        <message>
            <source>About Ouroboros</source>
            <translation>Ouroboros について</translation>
        </message>
        <message>
            <source>&lt;p&gt;Microscopy images, segmentation labels and per-object measurements in one SQLite file, with a pyramid viewer linked to a table of millions of objects, plots and a 3D view.&lt;/p&gt;&lt;p&gt;Copyright © 2026, the Ouroboros developers.&lt;br&gt;Licensed under the BSD 3-Clause licence (see the Licence tab).&lt;/p&gt;</source>
            <translation>&lt;p&gt;顕微鏡画像、セグメンテーションラベル、オブジェクトごとの測定値を一つの SQLite ファイルにまとめ、数百万オブジェクトの表と連動するピラミッドビューア、プロット、3D ビューを備えています。&lt;/p&gt;&lt;p&gt;Copyright © 2026, Ouroboros 開発者。&lt;br&gt;BSD 3 条項ライセンスで提供されます（「ライセンス」タブを参照）。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About</source>
            <translation>概要</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>コンポーネント</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>バージョン</translation>
        </message>
        <message>
            <source>&amp;Copy versions</source>
            <translation>バージョンをコピー(&amp;C)</translation>
        </message>
        <message>
            <source>Copy these versions to the clipboard, for a bug report</source>
            <translation>不具合報告のために、これらのバージョンをクリップボードにコピーします</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>ライブラリ</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>ライセンス</translation>
        </message>
        <message>
            <source>The demo is made from public sample data, bundled with Ouroboros:

- CellProfiler's ExampleHuman images: CC0.
- The 2018 Data Science Bowl nuclei image and mask, from the StarDist repository: BSD 3-Clause.
- The nuclei labels and the 3D nuclei derived from them: CC0 and BSD 3-Clause, as their sources.

</source>
            <translation>デモは Ouroboros に同梱された公開サンプルデータから作られています:

- CellProfiler の ExampleHuman 画像: CC0。
- StarDist リポジトリにある 2018 Data Science Bowl の核画像とマスク: BSD 3 条項。
- それらから派生した核ラベルと 3D の核: 元データと同じく CC0 と BSD 3 条項。

</translation>
        </message>
        <message>
            <source>Sample data</source>
            <translation>サンプルデータ</translation>
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
            <translation>タイル化・ピラミッド化した OME-TIFF、画像ごとに 1 ファイル: 画像が一つなら .ome.tif、それ以外はフォルダー。</translation>
        </message>
        <message>
            <source>OME-Zarr 0.4 (napari, zarr-python)</source>
            <translation>OME-Zarr 0.4（napari、zarr-python）</translation>
        </message>
        <message>
            <source>A .ome.zarr folder with the pyramids and label images.</source>
            <translation>ピラミッドとラベル画像を含む .ome.zarr フォルダー。</translation>
        </message>
        <message>
            <source>OME-Arrow Parquet (pandas, Polars, DuckDB)</source>
            <translation>OME-Arrow Parquet（pandas、Polars、DuckDB）</translation>
        </message>
        <message>
            <source>One row per image with its planes' pixels; images of one pixel type, up to 1 GiB each.</source>
            <translation>画像ごとに 1 行、その平面のピクセルを含みます。画素型が一種類の画像で、各 1 GiB まで。</translation>
        </message>
        <message>
            <source>Ouroboros file with these images (.ouro)</source>
            <translation>これらの画像を含む Ouroboros ファイル（.ouro）</translation>
        </message>
        <message>
            <source>A smaller .ouro: these images with their labels, objects and linked table rows.</source>
            <translation>より小さな .ouro: これらの画像と、そのラベル、オブジェクト、リンクされた表の行。</translation>
        </message>
        <message>
            <source>Export images</source>
            <translation>画像のエクスポート</translation>
        </message>
        <message>
            <source>All</source>
            <translation>すべて</translation>
        </message>
        <message>
            <source>None</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>参照…</translation>
        </message>
        <message>
            <source>BigTIFF (for readers that need it; chosen anyway past 2 GB)</source>
            <translation>BigTIFF（必要とするリーダー向け。2 GB を超える場合は自動的に選択）</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>エクスポート</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>形式:</translation>
        </message>
        <message>
            <source>Images:</source>
            <translation>画像:</translation>
        </message>
        <message>
            <source>Save to:</source>
            <translation>保存先:</translation>
        </message>
        <message>
            <source>Export to a new folder</source>
            <translation>新しいフォルダーにエクスポート</translation>
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
            <translation>Ouroboros ファイル (*.ouro)</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>エクスポート先</translation>
        </message>
        <message>
            <source>%1 already exists. Choose a new name; an export never replaces a file or folder.</source>
            <translation>%1 はすでに存在します。新しい名前を選んでください。エクスポートがファイルやフォルダーを置き換えることはありません。</translation>
        </message>
    </context>
    <context>
        <name>ouro::app::ImportController</name>
        <message numerus="yes">
            <source>Reading %n file(s)…</source>
            <translation>
                <numerusform>%n 個のファイルを読み込み中…</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing %1 (%2 of %3)</source>
            <translation>%1 をインポート中（%3 件中 %2 件目）</translation>
        </message>
        <message numerus="yes">
            <source>%1: table "%2", %n row(s)</source>
            <translation>
                <numerusform>%1: 表「%2」、%n 行</numerusform>
            </translation>
        </message>
        <message>
            <source>, %1 linked to "%2"</source>
            <translation>、%1 を「%2」にリンク</translation>
        </message>
        <message>
            <source>%1: not linked: %2</source>
            <translation>%1: リンクされていません: %2</translation>
        </message>
        <message numerus="yes">
            <source>%1: labels "%2" of image %3, %n object(s)</source>
            <translation>
                <numerusform>%1: 画像 %3 のラベル「%2」、%n 個のオブジェクト</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: image %2 "%3"</source>
            <translation>%1: 画像 %2「%3」</translation>
        </message>
        <message>
            <source>%1: labels "%2" of image %3</source>
            <translation>%1: 画像 %3 のラベル「%2」</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Microscopy images and their measurements</source>
            <translation>顕微鏡画像とその測定値</translation>
        </message>
        <message>
            <source>A .ouro file to open</source>
            <translation>開く .ouro ファイル</translation>
        </message>
        <message>
            <source>Open FILE, wait until every visible tile (and the 3D view and plots, when shown) is loaded, save a PNG of the window and exit.</source>
            <translation>FILE を開き、表示中のすべてのタイル（表示していれば 3D ビューとプロットも）が読み込まれるまで待ち、ウィンドウの PNG を保存して終了します。</translation>
        </message>
        <message>
            <source>Show image ID first.</source>
            <translation>最初に画像 ID を表示します。</translation>
        </message>
        <message>
            <source>Apply this filter to the first profile table.</source>
            <translation>最初のプロファイル表にこのフィルターを適用します。</translation>
        </message>
        <message>
            <source>Colour objects by this column of the first profile table.</source>
            <translation>最初のプロファイル表のこの列でオブジェクトを色分けします。</translation>
        </message>
        <message>
            <source>Also show these panels: 3d, plots (comma-separated).</source>
            <translation>これらのパネルも表示します: 3d、plots（カンマ区切り）。</translation>
        </message>
        <message>
            <source>Plot these columns of the profile table: X,Y (X alone: a histogram of X). Shows the plots.</source>
            <translation>プロファイル表のこれらの列をプロットします: X,Y（X のみ: X のヒストグラム）。プロットを表示します。</translation>
        </message>
        <message>
            <source>The 3D view's camera: top, front, side or oblique (remembered). Shows the 3D view.</source>
            <translation>3D ビューのカメラ: top、front、side、oblique（記憶されます）。3D ビューを表示します。</translation>
        </message>
        <message>
            <source>The interface language for this run: en, de, fr, es, cs, ja or zh_CN (Preferences sets it for good).</source>
            <translation>この実行でのインターフェース言語: en、de、fr、es、cs、ja、zh_CN（恒久的な設定は環境設定で）。</translation>
        </message>
        <message>
            <source>--show takes 3d and plots, not "%1"</source>
            <translation>--show に指定できるのは 3d と plots です。「%1」は指定できません</translation>
        </message>
        <message>
            <source>--view3d takes top, front, side or oblique, not "%1"</source>
            <translation>--view3d に指定できるのは top、front、side、oblique です。「%1」は指定できません</translation>
        </message>
        <message>
            <source>table "%1" has no column "%2" to plot</source>
            <translation>表「%1」にはプロットする列「%2」がありません</translation>
        </message>
        <message>
            <source>the file has no profile tables; --filter and --color-by do nothing</source>
            <translation>このファイルにはプロファイル表がありません。--filter と --color-by は何もしません</translation>
        </message>
        <message>
            <source>table "%1" has no column "%2" to colour by</source>
            <translation>表「%1」には色分けに使う列「%2」がありません</translation>
        </message>
        <message>
            <source>--screenshot needs a FILE to open</source>
            <translation>--screenshot には開くファイル（FILE）が必要です</translation>
        </message>
        <message>
            <source>cannot open the file</source>
            <translation>ファイルを開けません</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>%1 に書き込めません</translation>
        </message>
        <message>
            <source>tiles still loading after 60 s; saving anyway</source>
            <translation>60 秒経ってもタイルを読み込み中です。このまま保存します</translation>
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
            <translation>Z 平面（, と .）</translation>
        </message>
        <message>
            <source>Time point ([ and ])</source>
            <translation>時点（[ と ]）</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>画像</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>チャンネル</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>ラベル</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>プロファイル</translation>
        </message>
        <message>
            <source>The 3D view of the image's z-stack appears here.</source>
            <translation>ここに画像の Z スタックの 3D ビューが表示されます。</translation>
        </message>
        <message>
            <source>3D view</source>
            <translation>3D ビュー</translation>
        </message>
        <message>
            <source>Scatter plots and histograms of the table's columns appear here.</source>
            <translation>ここに表の列の散布図とヒストグラムが表示されます。</translation>
        </message>
        <message>
            <source>Plots</source>
            <translation>プロット</translation>
        </message>
        <message>
            <source>Object %1 of "%2"</source>
            <translation>「%2」のオブジェクト %1</translation>
        </message>
        <message>
            <source>Selected object %1 of labels "%2" (image %3)</source>
            <translation>ラベル「%2」の選択オブジェクト %1（画像 %3）</translation>
        </message>
        <message>
            <source>label %1</source>
            <translation>ラベル %1</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>すべてのファイル</translation>
        </message>
        <message>
            <source>all %p%</source>
            <translation>全体 %p%</translation>
        </message>
        <message>
            <source>This file</source>
            <translation>このファイル</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Stop the import; nothing of an unfinished file is kept</source>
            <translation>インポートを中止します。未完成のファイルは何も残りません</translation>
        </message>
        <message>
            <source>Import as labels?</source>
            <translation>ラベルとしてインポートしますか？</translation>
        </message>
        <message>
            <source>Combine channels?</source>
            <translation>チャンネルを結合しますか？</translation>
        </message>
        <message numerus="yes">
            <source>The %n dropped files are single-channel images of the same size. Combine them as the channels of one image (as CellProfiler inputs are)?</source>
            <translation>
                <numerusform>ドロップした %n 個のファイルは同じサイズの単一チャンネル画像です。（CellProfiler の入力のように）一つの画像のチャンネルとして結合しますか？</numerusform>
            </translation>
        </message>
        <message>
            <source>Open a .ouro file (Ctrl+O), or drop TIFF files or CellProfiler tables here to import them</source>
            <translation>.ouro ファイルを開く（Ctrl+O）か、TIFF ファイルや CellProfiler の表をここにドロップしてインポートしてください</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>新規(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>開く(&amp;O)…</translation>
        </message>
        <message>
            <source>Open a .ouro file</source>
            <translation>.ouro ファイルを開きます</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近使ったファイル(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Import images or tables…</source>
            <translation>画像または表をインポート(&amp;I)…</translation>
        </message>
        <message>
            <source>Import TIFF or OME-TIFF images, or CSV / CellProfiler SQLite tables (or drop them on the window)</source>
            <translation>TIFF・OME-TIFF 画像、または CSV / CellProfiler SQLite の表をインポートします（ウィンドウにドロップしても可）</translation>
        </message>
        <message>
            <source>&amp;Export table…</source>
            <translation>表をエクスポート(&amp;E)…</translation>
        </message>
        <message>
            <source>The file has no profile table to export.</source>
            <translation>このファイルにはエクスポートするプロファイル表がありません。</translation>
        </message>
        <message>
            <source>Write the profile table shown to CSV or Parquet</source>
            <translation>表示中のプロファイル表を CSV または Parquet に書き出します</translation>
        </message>
        <message>
            <source>Export &amp;images…</source>
            <translation>画像をエクスポート(&amp;I)…</translation>
        </message>
        <message>
            <source>Write images as OME-TIFF, OME-Zarr or OME-Arrow Parquet, or a smaller .ouro with them</source>
            <translation>画像を OME-TIFF、OME-Zarr、OME-Arrow Parquet、またはそれらを含む小さな .ouro として書き出します</translation>
        </message>
        <message>
            <source>Save a &amp;copy…</source>
            <translation>コピーを保存(&amp;C)…</translation>
        </message>
        <message>
            <source>Write a compacted copy of the whole .ouro file</source>
            <translation>.ouro ファイル全体を圧縮したコピーを書き出します</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>拡大(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>縮小(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Fit to window</source>
            <translation>ウィンドウに合わせる(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;1:1</source>
            <translation>&amp;1:1</translation>
        </message>
        <message>
            <source>&amp;Next image</source>
            <translation>次の画像(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Previous image</source>
            <translation>前の画像(&amp;P)</translation>
        </message>
        <message>
            <source>Next &amp;Z</source>
            <translation>次の Z(&amp;Z)</translation>
        </message>
        <message>
            <source>Previous Z</source>
            <translation>前の Z</translation>
        </message>
        <message>
            <source>Next &amp;T</source>
            <translation>次の T(&amp;T)</translation>
        </message>
        <message>
            <source>Previous T</source>
            <translation>前の T</translation>
        </message>
        <message>
            <source>Toggle &amp;channel</source>
            <translation>チャンネルの切り替え(&amp;C)</translation>
        </message>
        <message>
            <source>Channel %1</source>
            <translation>チャンネル %1</translation>
        </message>
        <message>
            <source>&amp;Auto-contrast</source>
            <translation>自動コントラスト(&amp;A)</translation>
        </message>
        <message>
            <source>Save &amp;snapshot…</source>
            <translation>スナップショットを保存(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;3D view</source>
            <translation>3D ビュー(&amp;3)</translation>
        </message>
        <message>
            <source>Show the image's z-stack as a volume</source>
            <translation>画像の Z スタックをボリュームとして表示します</translation>
        </message>
        <message>
            <source>&amp;Plots</source>
            <translation>プロット(&amp;P)</translation>
        </message>
        <message>
            <source>Scatter plot and histogram of the profile table's columns</source>
            <translation>プロファイル表の列の散布図とヒストグラム</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>設定(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>環境設定(&amp;P)…</translation>
        </message>
        <message>
            <source>Language and memory for tiles</source>
            <translation>言語とタイル用メモリ</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About Ouroboros</source>
            <translation>Ouroboros について(&amp;A)</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Qt について(&amp;Q)</translation>
        </message>
        <message>
            <source>Open .ouro file</source>
            <translation>.ouro ファイルを開く</translation>
        </message>
        <message>
            <source>Ouroboros files (*.ouro);;All files (*)</source>
            <translation>Ouroboros ファイル (*.ouro);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>New .ouro file</source>
            <translation>新しい .ouro ファイル</translation>
        </message>
        <message>
            <source>Ouroboros files (*.ouro)</source>
            <translation>Ouroboros ファイル (*.ouro)</translation>
        </message>
        <message>
            <source>Cannot create file</source>
            <translation>ファイルを作成できません</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>%1 を開いています…</translation>
        </message>
        <message>
            <source>Could not open %1</source>
            <translation>%1 を開けませんでした</translation>
        </message>
        <message>
            <source>Cannot open file</source>
            <translation>ファイルを開けません</translation>
        </message>
        <message>
            <source>%1 — Ouroboros</source>
            <translation>%1 — Ouroboros</translation>
        </message>
        <message numerus="yes">
            <source>%n image(s) in %1</source>
            <translation>
                <numerusform>%1 に %n 枚の画像</numerusform>
            </translation>
        </message>
        <message>
            <source>Selected object %1 in 3D</source>
            <translation>3D で選択したオブジェクト %1</translation>
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
            <translation>スナップショットを保存</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG 画像 (*.png)</translation>
        </message>
        <message>
            <source>Snapshot</source>
            <translation>スナップショット</translation>
        </message>
        <message>
            <source>Could not write %1</source>
            <translation>%1 に書き込めませんでした</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 を保存しました</translation>
        </message>
        <message>
            <source>Import running</source>
            <translation>インポート実行中</translation>
        </message>
        <message>
            <source>An import is still running. Cancel it and quit?</source>
            <translation>インポートがまだ実行中です。キャンセルして終了しますか？</translation>
        </message>
        <message>
            <source>Open a .ouro file first.</source>
            <translation>先に .ouro ファイルを開いてください。</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>コピーを保存</translation>
        </message>
        <message>
            <source>A copy cannot replace the file it is made from.</source>
            <translation>コピーで元のファイルを置き換えることはできません。</translation>
        </message>
        <message>
            <source>An export is already running.</source>
            <translation>エクスポートはすでに実行中です。</translation>
        </message>
        <message>
            <source>Open a .ouro file with images first.</source>
            <translation>先に画像を含む .ouro ファイルを開いてください。</translation>
        </message>
        <message>
            <source>Exporting to %1…</source>
            <translation>%1 にエクスポート中…</translation>
        </message>
        <message>
            <source>Export images</source>
            <translation>画像のエクスポート</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written to %1</source>
            <translation>エクスポートをキャンセルしました。%1 には何も書き込まれていません</translation>
        </message>
        <message>
            <source>Export cancelled</source>
            <translation>エクスポートをキャンセルしました</translation>
        </message>
        <message>
            <source>Import images or tables</source>
            <translation>画像または表のインポート</translation>
        </message>
        <message>
            <source>Images and tables (*.tif *.tiff *.btf *.companion.ome *.png *.parquet *.csv *.tsv *.csv.gz *.tsv.gz *.sqlite *.db);;Images (*.tif *.tiff *.btf *.companion.ome *.png *.parquet);;Profile tables (*.csv *.tsv *.txt *.csv.gz *.tsv.gz *.sqlite *.db *.parquet);;All files (*)</source>
            <translation>画像と表 (*.tif *.tiff *.btf *.companion.ome *.png *.parquet *.csv *.tsv *.csv.gz *.tsv.gz *.sqlite *.db);;画像 (*.tif *.tiff *.btf *.companion.ome *.png *.parquet);;プロファイル表 (*.csv *.tsv *.txt *.csv.gz *.tsv.gz *.sqlite *.db *.parquet);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>An import is already running; wait for it or cancel it.</source>
            <translation>インポートはすでに実行中です。終わるのを待つか、キャンセルしてください。</translation>
        </message>
        <message>
            <source>No images or tables found in what was dropped.</source>
            <translation>ドロップされたものに画像や表が見つかりません。</translation>
        </message>
    <message>
        <source>Searching folders for images…</source>
        <translation>フォルダー内の画像を検索しています…</translation>
    </message>
        <message>
            <source>Import into a new .ouro file</source>
            <translation>新しい .ouro ファイルにインポート</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n item(s)</source>
            <translation>
                <numerusform>%n 件をインポートしました</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n file(s) failed</source>
            <translation>
                <numerusform>、%n 個のファイルが失敗</numerusform>
            </translation>
        </message>
        <message>
            <source>, cancelled</source>
            <translation>、キャンセル</translation>
        </message>
        <message>
            <source>Some files were not imported</source>
            <translation>インポートされなかったファイルがあります</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be imported. The .ouro file is unchanged for them.</source>
            <translation>
                <numerusform>%n 個のファイルをインポートできませんでした。それらについて .ouro ファイルは変更されていません。</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported, with warnings</source>
            <translation>インポート完了（警告あり）</translation>
        </message>
        <message numerus="yes">
            <source>Everything was imported. %n warning(s) say what to look at.</source>
            <translation>
                <numerusform>すべてインポートしました。確認すべき点を %n 件の警告が示しています。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) look like segmentation masks of image %1 (same size, integer ids): %2. Import them as its label images rather than as new images?</source>
            <translation>
                <numerusform>%n 個のファイルは画像 %1 のセグメンテーションマスクのようです（同じサイズ、整数 ID）: %2。新しい画像ではなく、そのラベル画像としてインポートしますか？</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ouro::app::PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>環境設定</translation>
        </message>
        <message>
            <source>System default (%1)</source>
            <translation>システムの既定（%1）</translation>
        </message>
        <message>
            <source>The language of menus, panels and messages</source>
            <translation>メニュー、パネル、メッセージの言語</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>Memory for decoded image tiles: more keeps more of a large image ready to show</source>
            <translation>デコード済み画像タイル用のメモリ: 多いほど大きな画像をより多く表示可能な状態に保ちます</translation>
        </message>
        <message>
            <source>The new language applies the next time Ouroboros starts.</source>
            <translation>新しい言語は Ouroboros の次回起動時に適用されます。</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>言語(&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Tile cache:</source>
            <translation>タイルキャッシュ(&amp;T):</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message numerus="yes">
            <source>%n image(s)</source>
            <translation>
                <numerusform>%n 枚の画像</numerusform>
            </translation>
        </message>
        <message>
            <source>Exported %1 as OME-TIFF to %2</source>
            <translation>%1 を OME-TIFF として %2 にエクスポートしました</translation>
        </message>
        <message>
            <source> (%1 files)</source>
            <translation>（%1 ファイル）</translation>
        </message>
        <message>
            <source>Exported %1 as OME-Zarr to %2</source>
            <translation>%1 を OME-Zarr として %2 にエクスポートしました</translation>
        </message>
        <message>
            <source>Exported %1 as OME-Arrow Parquet to %2</source>
            <translation>%1 を OME-Arrow Parquet として %2 にエクスポートしました</translation>
        </message>
        <message>
            <source>Saved a copy to %1</source>
            <translation>コピーを %1 に保存しました</translation>
        </message>
        <message>
            <source>%1 objects: too many to draw as surfaces (at most %2)</source>
            <translation>%1 個のオブジェクト: サーフェスとして描画するには多すぎます（最大 %2）</translation>
        </message>
        <message numerus="yes">
            <source>Saved %1 with %n table(s) (%L2 rows) to %3</source>
            <translation>
                <numerusform>%1 を %n 個の表（%L2 行）とともに %3 に保存しました</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::ChannelPanel</name>
        <message>
            <source>Composite: every visible channel in its colour. Single: one channel in grey.</source>
            <translation>合成: 表示中の各チャンネルをその色で。単一: 一つのチャンネルをグレーで。</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>モード</translation>
        </message>
        <message>
            <source>Auto-contrast all</source>
            <translation>すべて自動コントラスト</translation>
        </message>
        <message>
            <source>Set every channel's range to its 0.1–99.9 percentiles</source>
            <translation>各チャンネルの範囲を 0.1–99.9 パーセンタイルに設定します</translation>
        </message>
        <message>
            <source>Composite</source>
            <translation>合成</translation>
        </message>
        <message>
            <source>Channel %1</source>
            <translation>チャンネル %1</translation>
        </message>
        <message>
            <source>Single: %1</source>
            <translation>単一: %1</translation>
        </message>
        <message>
            <source>Show or hide this channel (Alt+%1)</source>
            <translation>このチャンネルの表示・非表示（Alt+%1）</translation>
        </message>
        <message>
            <source>Channel colour</source>
            <translation>チャンネルの色</translation>
        </message>
        <message>
            <source>Value shown as black</source>
            <translation>黒で表示する値</translation>
        </message>
        <message>
            <source>Value shown at full colour</source>
            <translation>最大の色で表示する値</translation>
        </message>
        <message>
            <source>Gamma: below 1 brightens faint signal</source>
            <translation>ガンマ: 1 未満で弱い信号を明るくします</translation>
        </message>
        <message>
            <source>Auto</source>
            <translation>自動</translation>
        </message>
        <message>
            <source>Range from the 0.1–99.9 percentiles</source>
            <translation>0.1–99.9 パーセンタイルから範囲を設定</translation>
        </message>
        <message>
            <source>gamma</source>
            <translation>ガンマ</translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::ImageListWidget</name>
        <message>
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>サイズ</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>型</translation>
        </message>
        <message>
            <source>Images in the open .ouro file</source>
            <translation>開いている .ouro ファイルの画像</translation>
        </message>
        <message>
            <source>%1 t</source>
            <translation>%1 t</translation>
        </message>
        <message numerus="yes">
            <source>%n ch</source>
            <translation>
                <numerusform>%n チャンネル</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 z</source>
            <translation>%1 z</translation>
        </message>
        <message>
            <source>Image %1: %2</source>
            <translation>画像 %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::ImageView</name>
        <message>
            <source>… and %1 more</source>
            <translation>… ほか %1 件</translation>
        </message>
        <message>
            <source>No image</source>
            <translation>画像なし</translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::LabelPanel</name>
        <message>
            <source>Label image drawn over the image</source>
            <translation>画像の上に描くラベル画像</translation>
        </message>
        <message>
            <source>Fill and outline</source>
            <translation>塗りと輪郭</translation>
        </message>
        <message>
            <source>Fill</source>
            <translation>塗り</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>輪郭</translation>
        </message>
        <message>
            <source>Fill opacity</source>
            <translation>塗りの不透明度</translation>
        </message>
        <message>
            <source> px</source>
            <translation> px</translation>
        </message>
        <message>
            <source>Outline width in screen pixels</source>
            <translation>画面ピクセル単位の輪郭の幅</translation>
        </message>
        <message>
            <source>Show selected only</source>
            <translation>選択したものだけ表示</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>ラベル</translation>
        </message>
        <message>
            <source>Draw</source>
            <translation>描画</translation>
        </message>
        <message>
            <source>Opacity</source>
            <translation>不透明度</translation>
        </message>
        <message>
            <source>None</source>
            <translation>なし</translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::PlotView</name>
        <message>
            <source>Column on the x axis</source>
            <translation>x 軸の列</translation>
        </message>
        <message>
            <source>Column on the y axis, or a histogram of x</source>
            <translation>y 軸の列、または x のヒストグラム</translation>
        </message>
        <message>
            <source>log x</source>
            <translation>対数 x</translation>
        </message>
        <message>
            <source>log y</source>
            <translation>対数 y</translation>
        </message>
        <message>
            <source>Lasso</source>
            <translation>投げ縄</translation>
        </message>
        <message>
            <source>Shift+drag draws a free-hand lasso instead of a rectangle (Ctrl+Shift+drag always does)</source>
            <translation>Shift+ドラッグで長方形の代わりに自由形の投げ縄を描きます（Ctrl+Shift+ドラッグでは常に投げ縄）</translation>
        </message>
        <message>
            <source>Filter from selection</source>
            <translation>選択からフィルター</translation>
        </message>
        <message>
            <source>Put the brushed ranges into the filter bar (a rectangle; a lasso has no ranges)</source>
            <translation>選択した範囲をフィルターバーに入れます（長方形のみ。投げ縄には範囲がありません）</translation>
        </message>
        <message>
            <source>Save PNG…</source>
            <translation>PNG を保存…</translation>
        </message>
        <message>
            <source>Drag to pan, wheel to zoom, right-drag to zoom to a box, Shift+drag to select (Ctrl+Shift+drag: a lasso)</source>
            <translation>ドラッグで移動、ホイールでズーム、右ドラッグで範囲をズーム、Shift+ドラッグで選択（Ctrl+Shift+ドラッグ: 投げ縄）</translation>
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
            <translation>（x のヒストグラム）</translation>
        </message>
        <message>
            <source>Loading %1…</source>
            <translation>%1 を読み込み中…</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) in %1 bins</source>
            <translation>
                <numerusform>%n 行、%1 階級</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n 点</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s), drawn as a density</source>
            <translation>
                <numerusform>%n 点、密度として描画</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %n match(es) in colour</source>
            <translation>
                <numerusform> · %n 件の一致を色付け</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %n selected</source>
            <translation>
                <numerusform> · %n 件を選択</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the plot</source>
            <translation>プロットを保存</translation>
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
            <translation>、キー列</translation>
        </message>
        <message>
            <source>Sorting…</source>
            <translation>並べ替え中…</translation>
        </message>
        <message>
            <source>Filtering…</source>
            <translation>フィルター中…</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>更新中…</translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::ProfilePanel</name>
        <message>
            <source>Profile table</source>
            <translation>プロファイル表</translation>
        </message>
        <message>
            <source>Columns…</source>
            <translation>列…</translation>
        </message>
        <message>
            <source>Choose which columns are shown (search by name)</source>
            <translation>表示する列を選びます（名前で検索）</translation>
        </message>
        <message>
            <source>Objects in view</source>
            <translation>表示範囲のオブジェクト</translation>
        </message>
        <message>
            <source>Show only rows whose object's bounding box is in the visible part of the image</source>
            <translation>オブジェクトの外接矩形が画像の表示部分にある行だけを表示します</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>エクスポート…</translation>
        </message>
        <message>
            <source>CSV: the rows shown (filtered and sorted) with the visible columns.
Parquet: the filter's rows with every column, keys named as in CytoTable.</source>
            <translation>CSV: 表示中の行（フィルター・並べ替え後）と表示中の列。
Parquet: フィルターに一致する行とすべての列。キーの名前は CytoTable と同じ。</translation>
        </message>
        <message>
            <source>Export %p%</source>
            <translation>エクスポート %p%</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Stop the export; nothing is left under its file name</source>
            <translation>エクスポートを中止します。そのファイル名では何も残りません</translation>
        </message>
        <message>
            <source>Filter, e.g. Nuclei_AreaShape_Area &gt; 300 AND Intensity_MeanIntensity_PH3 &gt; 0.2</source>
            <translation>フィルター、例: Nuclei_AreaShape_Area &gt; 300 AND Intensity_MeanIntensity_PH3 &gt; 0.2</translation>
        </message>
        <message>
            <source>A SQL boolean expression over the table's columns. Enter applies it; an empty filter shows all rows. Tab completes column names.</source>
            <translation>表の列に対する SQL の論理式。Enter で適用し、空のフィルターはすべての行を表示します。Tab で列名を補完します。</translation>
        </message>
        <message>
            <source>History</source>
            <translation>履歴</translation>
        </message>
        <message>
            <source>Filters used before</source>
            <translation>以前に使ったフィルター</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>保存済み</translation>
        </message>
        <message>
            <source>Named filters stored in the file</source>
            <translation>ファイルに保存された名前付きフィルター</translation>
        </message>
        <message>
            <source>Rows that match the filter, of all rows</source>
            <translation>全行のうちフィルターに一致する行</translation>
        </message>
        <message>
            <source>Colour the objects by a column</source>
            <translation>列でオブジェクトを色分けします</translation>
        </message>
        <message>
            <source>Colormap for numeric columns (range: 1st to 99th percentile)</source>
            <translation>数値列のカラーマップ（範囲: 1〜99 パーセンタイル）</translation>
        </message>
        <message>
            <source>Dim others</source>
            <translation>他を暗く</translation>
        </message>
        <message>
            <source>Hide others</source>
            <translation>他を隠す</translation>
        </message>
        <message>
            <source>Grey others</source>
            <translation>他をグレーに</translation>
        </message>
        <message>
            <source>How objects that do not match the filter are drawn</source>
            <translation>フィルターに一致しないオブジェクトの描き方</translation>
        </message>
        <message>
            <source>Value at the low end of the colormap; empty: the 1st percentile</source>
            <translation>カラーマップの下端の値。空欄: 1 パーセンタイル</translation>
        </message>
        <message>
            <source>Value at the high end of the colormap; empty: the 99th percentile</source>
            <translation>カラーマップの上端の値。空欄: 99 パーセンタイル</translation>
        </message>
        <message>
            <source>Colour by</source>
            <translation>色分け</translation>
        </message>
        <message>
            <source>(no filters yet)</source>
            <translation>（まだフィルターはありません）</translation>
        </message>
        <message>
            <source>%L1 of %L2 objects match</source>
            <translation>%L2 個中 %L1 個のオブジェクトが一致</translation>
        </message>
        <message>
            <source>Filter: %L1 of %L2 rows match (%3 ms)</source>
            <translation>フィルター: %L2 行中 %L1 行が一致（%3 ms）</translation>
        </message>
        <message>
            <source>(label colours)</source>
            <translation>（ラベルの色）</translation>
        </message>
        <message>
            <source>invalid filter</source>
            <translation>無効なフィルター</translation>
        </message>
        <message>
            <source>Save current filter…</source>
            <translation>現在のフィルターを保存…</translation>
        </message>
        <message>
            <source>Save filter</source>
            <translation>フィルターを保存</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名前:</translation>
        </message>
        <message>
            <source>Saved filter "%1" in %2</source>
            <translation>フィルター「%1」を %2 に保存しました</translation>
        </message>
        <message>
            <source>(no saved filters)</source>
            <translation>（保存済みのフィルターはありません）</translation>
        </message>
        <message>
            <source>Apply: %1</source>
            <translation>適用: %1</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Columns of %1</source>
            <translation>%1 の列</translation>
        </message>
        <message>
            <source>Search columns…</source>
            <translation>列を検索…</translation>
        </message>
        <message>
            <source>Show matching</source>
            <translation>一致を表示</translation>
        </message>
        <message>
            <source>Hide matching</source>
            <translation>一致を隠す</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) selected</source>
            <translation>
                <numerusform>%n 行を選択</numerusform>
            </translation>
        </message>
        <message>
            <source>The selected rows link to no object</source>
            <translation>選択した行はどのオブジェクトにもリンクしていません</translation>
        </message>
        <message>
            <source>Object %1 has no row in this table</source>
            <translation>オブジェクト %1 にはこの表の行がありません</translation>
        </message>
        <message>
            <source>Object %1's row is hidden by the filter</source>
            <translation>オブジェクト %1 の行はフィルターで非表示です</translation>
        </message>
        <message>
            <source>%L1 of %L2 rows match</source>
            <translation>%L2 行中 %L1 行が一致</translation>
        </message>
        <message>
            <source>CSV: rows shown, visible columns (*.csv)</source>
            <translation>CSV: 表示中の行、表示中の列 (*.csv)</translation>
        </message>
        <message>
            <source>Parquet: filtered rows, all columns (*.parquet)</source>
            <translation>Parquet: フィルター後の行、すべての列 (*.parquet)</translation>
        </message>
        <message>
            <source>Export rows</source>
            <translation>行のエクスポート</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written to %1</source>
            <translation>エクスポートをキャンセルしました。%1 には何も書き込まれていません</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>%1 にエクスポートしました</translation>
        </message>
        <message>
            <source>%1: cannot write</source>
            <translation>%1: 書き込めません</translation>
        </message>
        <message>
            <source>%1: write failed (disk full?)</source>
            <translation>%1: 書き込みに失敗しました（ディスクがいっぱい？）</translation>
        </message>
        <message>
            <source>%1: cannot create</source>
            <translation>%1: 作成できません</translation>
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
                <numerusform>%Ln 行をコピーしました</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::VolumeView</name>
        <message>
            <source>Reset view</source>
            <translation>ビューをリセット</translation>
        </message>
        <message>
            <source>Look at the stack from above, as the 2D view shows it (R); the arrow offers other directions</source>
            <translation>2D ビューと同じように上からスタックを見ます（R）。矢印から他の方向を選べます</translation>
        </message>
        <message>
            <source>&amp;Top (as in 2D)</source>
            <translation>上(&amp;T)（2D と同じ）</translation>
        </message>
        <message>
            <source>&amp;Front (x and z)</source>
            <translation>正面(&amp;F)（x と z）</translation>
        </message>
        <message>
            <source>&amp;Side (y and z)</source>
            <translation>側面(&amp;S)（y と z）</translation>
        </message>
        <message>
            <source>&amp;Oblique</source>
            <translation>斜め(&amp;O)</translation>
        </message>
        <message>
            <source>Snapshot…</source>
            <translation>スナップショット…</translation>
        </message>
        <message>
            <source>Save the 3D view as a PNG image</source>
            <translation>3D ビューを PNG 画像として保存します</translation>
        </message>
        <message>
            <source>Surfaces</source>
            <translation>サーフェス</translation>
        </message>
        <message>
            <source>Show the label image's objects as surfaces, coloured as in 2D; click one to select it</source>
            <translation>ラベル画像のオブジェクトを 2D と同じ色のサーフェスとして表示します。クリックで選択します</translation>
        </message>
        <message>
            <source>Opacity of the surfaces</source>
            <translation>サーフェスの不透明度</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>ボリューム</translation>
        </message>
        <message>
            <source>Show the volume rendering</source>
            <translation>ボリュームレンダリングを表示します</translation>
        </message>
        <message>
            <source>Slices</source>
            <translation>断面</translation>
        </message>
        <message>
            <source>Show three orthogonal planes through the stack; move them with the sliders</source>
            <translation>スタックを通る直交する 3 平面を表示します。スライダーで動かします</translation>
        </message>
        <message>
            <source>Position of the %1 plane</source>
            <translation>%1 平面の位置</translation>
        </message>
        <message>
            <source>Open an image with a z-stack to see it in 3D.</source>
            <translation>3D で見るには Z スタックのある画像を開いてください。</translation>
        </message>
        <message>
            <source>“%1” is a 2D image (one z plane): there is no volume to show. Choose an image with a z-stack.</source>
            <translation>「%1」は 2D 画像（Z 平面が一つ）なので、表示するボリュームがありません。Z スタックのある画像を選んでください。</translation>
        </message>
        <message>
            <source>Loading level %1 (%2 × %3 × %4)…</source>
            <translation>レベル %1 を読み込み中（%2 × %3 × %4）…</translation>
        </message>
        <message numerus="yes">
            <source>Level %1 of %2: %3 × %4 × %5, %n channel(s)</source>
            <translation>
                <numerusform>レベル %1 / %2: %3 × %4 × %5、%n チャンネル</numerusform>
            </translation>
        </message>
        <message>
            <source>building surfaces…</source>
            <translation>サーフェスを作成中…</translation>
        </message>
        <message numerus="yes">
            <source>%n surface(s)</source>
            <translation>
                <numerusform>%n 個のサーフェス</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the 3D view</source>
            <translation>3D ビューを保存</translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::VtkHost</name>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG 画像 (*.png)</translation>
        </message>
        <message>
            <source>Could not write %1</source>
            <translation>%1 に書き込めませんでした</translation>
        </message>
    </context>
</TS>
