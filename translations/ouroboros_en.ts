<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ouro::app::ImportController</name>
        <message numerus="yes">
            <source>Reading %n file(s)…</source>
            <translation>
                <numerusform>Reading %n file…</numerusform>
                <numerusform>Reading %n files…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: table "%2", %n row(s)</source>
            <translation>
                <numerusform>%1: table "%2", %n row</numerusform>
                <numerusform>%1: table "%2", %n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: labels "%2" of image %3, %n object(s)</source>
            <translation>
                <numerusform>%1: labels "%2" of image %3, %n object</numerusform>
                <numerusform>%1: labels "%2" of image %3, %n objects</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ouro::app::MainWindow</name>
        <message numerus="yes">
            <source>%n file(s) look like segmentation masks of image %1 (same size, integer ids): %2. Import them as its label images rather than as new images?</source>
            <translation>
                <numerusform>%n file looks like a segmentation mask of image %1 (same size, integer ids): %2. Import it as its label image rather than as a new image?</numerusform>
                <numerusform>%n files look like segmentation masks of image %1 (same size, integer ids): %2. Import them as its label images rather than as new images?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n dropped files are single-channel images of the same size. Combine them as the channels of one image (as CellProfiler inputs are)?</source>
            <translation>
                <numerusform>The dropped file is a single-channel image (%n). Use it as the channel of one image (as CellProfiler inputs are)?</numerusform>
                <numerusform>The %n dropped files are single-channel images of the same size. Combine them as the channels of one image (as CellProfiler inputs are)?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n image(s) in %1</source>
            <translation>
                <numerusform>%n image in %1</numerusform>
                <numerusform>%n images in %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n item(s)</source>
            <translation>
                <numerusform>Imported %n item</numerusform>
                <numerusform>Imported %n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n file(s) failed</source>
            <translation>
                <numerusform>, %n file failed</numerusform>
                <numerusform>, %n files failed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be imported. The .ouro file is unchanged for them.</source>
            <translation>
                <numerusform>%n file could not be imported. The .ouro file is unchanged for it.</numerusform>
                <numerusform>%n files could not be imported. The .ouro file is unchanged for them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Everything was imported. %n warning(s) say what to look at.</source>
            <translation>
                <numerusform>Everything was imported. %n warning says what to look at.</numerusform>
                <numerusform>Everything was imported. %n warnings say what to look at.</numerusform>
            </translation>
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
        <message numerus="yes">
            <source>Saved %1 with %n table(s) (%L2 rows) to %3</source>
            <translation>
                <numerusform>Saved %1 with %n table (%L2 rows) to %3</numerusform>
                <numerusform>Saved %1 with %n tables (%L2 rows) to %3</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::ImageListWidget</name>
        <message numerus="yes">
            <source>%n ch</source>
            <translation>
                <numerusform>%n ch</numerusform>
                <numerusform>%n ch</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::PlotView</name>
        <message numerus="yes">
            <source>%n row(s) in %1 bins</source>
            <translation>
                <numerusform>%n row in %1 bins</numerusform>
                <numerusform>%n rows in %1 bins</numerusform>
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
                <numerusform>%n point, drawn as a density</numerusform>
                <numerusform>%n points, drawn as a density</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %n match(es) in colour</source>
            <translation>
                <numerusform> · %n match in colour</numerusform>
                <numerusform> · %n matches in colour</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %n selected</source>
            <translation>
                <numerusform> · %n selected</numerusform>
                <numerusform> · %n selected</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::ProfilePanel</name>
        <message numerus="yes">
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln row</numerusform>
                <numerusform>%Ln rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) selected</source>
            <translation>
                <numerusform>%n row selected</numerusform>
                <numerusform>%n rows selected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied %Ln row(s)</source>
            <translation>
                <numerusform>Copied %Ln row</numerusform>
                <numerusform>Copied %Ln rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ouro::widgets::VolumeView</name>
        <message numerus="yes">
            <source>Level %1 of %2: %3 × %4 × %5, %n channel(s)</source>
            <translation>
                <numerusform>Level %1 of %2: %3 × %4 × %5, %n channel</numerusform>
                <numerusform>Level %1 of %2: %3 × %4 × %5, %n channels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n surface(s)</source>
            <translation>
                <numerusform>%n surface</numerusform>
                <numerusform>%n surfaces</numerusform>
            </translation>
        </message>
    </context>
</TS>
