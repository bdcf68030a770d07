// ouro render: a region of an image, with its channels and labels, to PNG.

#include "args.h"
#include "commands.h"

#include "chunkreader.h"
#include "colormap.h"
#include "error.h"
#include "labelling.h"
#include "profiletable.h"
#include "png.h"
#include "render.h"
#include "store.h"

#include <algorithm>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <unordered_map>

namespace ouro::cli {
namespace {

const char* const kRenderHelp = R"(Usage: ouro render DB.ouro --image ID --out OUT.png [options]

Renders with the same code as the viewer: each visible channel goes through its
lookup table (colour, min/max, gamma) and channels add up, clamped to 255.

Options:
  --level L                pyramid level (default: the finest whose output fits 4096 x 4096)
  --region X,Y,W,H         region in level-0 pixels (default: the whole image)
  --z Z, --t T             plane (default 0)
  --channel C:#RRGGBB:MIN:MAX[:GAMMA]
                           show channel C so (repeatable); channels not named are hidden.
                           Without --channel, the stored colours and data ranges are used.
  --labels NAME            draw the label image NAME over the image
  --label-mode fill|outline|both     (default both)
  --label-opacity A        fill opacity 0..1 (default 0.4)
  --outline-width N        outline width in output pixels (default 1)
  --label-colors random|none         random: every object in its own colour; none: only highlighted ones
  --highlight ID,ID,...    objects drawn in the highlight colour with a thicker outline
  --highlight-color #RRGGBB          (default #FFFF00)
  --table T --filter EXPR  recolour the labels by a filter over profile table T (needs --labels):
  --match-color #RRGGBB    matching objects (default #FFD700, as in the app)
  --nomatch hide|dim|#RRGGBB         the others: hidden, dimmed, or in that colour (default dim)
  --table T --color-by COL --colormap viridis|magma|plasma|cividis|coolwarm [--range LO,HI]
                           colour each object by column COL of T (range: 1-99 percentiles by
                           default); text columns, and integer columns of at
                           most 10 values, get a categorical palette. Objects
                           whose row has no value are faint grey; with --filter,
                           matches take their colour-by colour
)";

uint32_t parseColor(const std::string& s, const char* help) {
    std::string h = s.starts_with("#") ? s.substr(1) : s;
    if (h.size() != 6 || h.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos)
        usageError("colour must look like #RRGGBB, not \"" + s + "\"", help);
    return (static_cast<uint32_t>(std::stoul(h, nullptr, 16)) << 8) | 0xFFu;
}

RenderRequest renderRequest(const Args& a) {
    RenderRequest req;
    if (auto l = a.get("--level"))
        req.level = static_cast<int>(toInt(*l, "--level", kRenderHelp));
    if (auto r = a.get("--region")) {
        auto parts = splitComma(*r);
        if (parts.size() != 4)
            usageError("--region needs X,Y,W,H", kRenderHelp);
        req.x = toInt(parts[0], "X", kRenderHelp);
        req.y = toInt(parts[1], "Y", kRenderHelp);
        req.w = toInt(parts[2], "W", kRenderHelp);
        req.h = toInt(parts[3], "H", kRenderHelp);
    }
    req.z = toInt(a.get("--z").value_or("0"), "--z", kRenderHelp);
    req.t = toInt(a.get("--t").value_or("0"), "--t", kRenderHelp);
    return req;
}

// --channel C:#RRGGBB:MIN:MAX[:GAMMA]: the channels named are shown so, the others hidden.
void channelOptions(const Args& a, const ImageInfo& image, RenderRequest& req) {
    req.channels = defaultDisplay(image);
    for (auto& c : req.channels)
        c.visible = false;
    for (const auto& spec : a.opts.at("--channel")) {
        std::vector<std::string> f;
        std::stringstream ss(spec);
        for (std::string part; std::getline(ss, part, ':');)
            f.push_back(part);
        if (f.size() != 4 && f.size() != 5)
            usageError("--channel needs C:#RRGGBB:MIN:MAX[:GAMMA], not \"" + spec + "\"", kRenderHelp);
        const int64_t c = toInt(f[0], "channel", kRenderHelp);
        if (c < 0 || c >= image.sizeC)
            throw Error("image " + std::to_string(image.id) + " has channels 0.." + std::to_string(image.sizeC - 1));
        auto& d = req.channels[size_t(c)];
        d.visible = true;
        d.color = parseColor(f[1], kRenderHelp);
        d.min = toDouble(f[2], "MIN", kRenderHelp);
        d.max = toDouble(f[3], "MAX", kRenderHelp);
        d.gamma = f.size() == 5 ? toDouble(f[4], "GAMMA", kRenderHelp) : 1.0;
        if (d.gamma <= 0)
            usageError("GAMMA must be positive", kRenderHelp);
    }
}

std::optional<LabelInfo> labelsOption(const Args& a, Store& store, int64_t id, RenderRequest& req) {
    std::optional<LabelInfo> labels;
    if (auto name = a.get("--labels")) {
        labels = store.label(id, *name);
        if (!labels)
            throw Error(a.positional[0] + ": image " + std::to_string(id) + " has no labels named \"" + *name + "\"");
        req.labels = *name;
    }
    return labels;
}

void labelDisplayOptions(const Args& a, LabelDisplay& ld) {
    if (auto m = a.get("--label-mode")) {
        if (*m == "fill")
            ld.mode = LabelMode::Fill;
        else if (*m == "outline")
            ld.mode = LabelMode::Outline;
        else if (*m == "both")
            ld.mode = LabelMode::Both;
        else
            usageError("--label-mode must be fill, outline or both", kRenderHelp);
    }
    if (auto o = a.get("--label-opacity")) {
        ld.fillOpacity = toDouble(*o, "--label-opacity", kRenderHelp);
        if (ld.fillOpacity < 0 || ld.fillOpacity > 1)
            usageError("--label-opacity must be between 0 and 1", kRenderHelp);
    }
    if (auto w = a.get("--outline-width"))
        ld.outlineWidth = static_cast<int>(std::clamp<int64_t>(toInt(*w, "--outline-width", kRenderHelp), 1, 50));
    if (auto c = a.get("--label-colors")) {
        if (*c != "random" && *c != "none")
            usageError("--label-colors must be random or none", kRenderHelp);
        ld.colorAll = *c == "random";
    }
    if (auto h = a.get("--highlight"))
        for (const auto& s : splitComma(*h))
            ld.highlight.insert(static_cast<uint64_t>(toInt(s, "--highlight", kRenderHelp)));
    if (auto hc = a.get("--highlight-color"))
        ld.highlightColor = parseColor(*hc, kRenderHelp);
}

// --table T with --filter EXPR and/or --color-by COL: the label colours from core's labelling,
// the same function and defaults as the app's Profiles dock.
void labellingOptions(const Args& a, const std::optional<LabelInfo>& labels, LabelDisplay& ld) {
    const auto col = a.get("--color-by"), filter = a.get("--filter");
    if (!col && !filter)
        return;
    if (!a.get("--table"))
        usageError(col ? "--color-by needs --table T" : "--filter needs --table T", kRenderHelp);
    if (!labels)
        usageError(col ? "--color-by needs --labels NAME" : "--filter needs --labels NAME", kRenderHelp);
    LabellingRequest req;
    req.colormap = a.get("--colormap").value_or(kDefaultColormap);
    if (!isColormap(req.colormap))
        usageError("unknown colormap \"" + req.colormap + "\"", kRenderHelp);
    if (auto r = a.get("--range")) {
        auto parts = splitComma(*r);
        if (parts.size() != 2)
            usageError("--range needs LO,HI", kRenderHelp);
        req.low = toDouble(parts[0], "LO", kRenderHelp);
        req.high = toDouble(parts[1], "HI", kRenderHelp);
    }
    if (auto m = a.get("--match-color"))
        req.matchColor = parseColor(*m, kRenderHelp);
    if (auto n = a.get("--nomatch")) {
        if (*n == "hide") {
            req.noMatch = NoMatch::Hide;
        } else if (*n == "dim") {
            req.noMatch = NoMatch::Dim;
        } else {
            req.noMatch = NoMatch::Color;
            req.noMatchColor = parseColor(*n, kRenderHelp);
        }
    }
    ProfileTable table(a.positional[0], *a.get("--table"));
    if (col) {
        for (const auto& c : table.columns())
            if (c.name == *col)
                req.colorBy = c.idx;
        if (req.colorBy < 0)
            throw Error(a.positional[0] + ": table \"" + *a.get("--table") + "\" has no column \"" + *col + "\"");
    }
    req.filter = filter.value_or("");
    req.labelImageId = labels->id;
    req.maxLabel = uint32_t(labels->maxLabel);
    Labelling l = computeLabelling(table, req);
    if (l.continuous)
        std::cerr << "colour range " << l.low << " .. " << l.high << "\n";
    if (l.matched >= 0)
        std::cerr << l.matched << " of " << l.total << " rows match\n";
    ld.colorOverride = LabelColors(std::move(l.labelColors));
}

} // namespace

int cmdRender(int argc, char** argv) {
    Args a = parse(argc, argv, 2,
                   {"--image", "--out", "--level", "--region", "--z", "--t", "--channel", "--labels", "--label-mode",
                    "--label-opacity", "--outline-width", "--label-colors", "--highlight", "--highlight-color",
                    "--table", "--filter", "--match-color", "--nomatch", "--color-by", "--colormap", "--range"},
                   {}, kRenderHelp);
    if (a.positional.size() != 1 || !a.get("--image") || !a.get("--out"))
        usageError("expected DB.ouro, --image ID and --out OUT.png", kRenderHelp);
    const int64_t id = toInt(*a.get("--image"), "--image", kRenderHelp);
    RenderRequest req = renderRequest(a);

    Store store = Store::open(a.positional[0], Store::Mode::ReadOnly);
    auto image = store.image(id);
    if (!image)
        throw Error(a.positional[0] + ": no image with id " + std::to_string(id));
    if (a.opts.count("--channel"))
        channelOptions(a, *image, req);
    std::optional<LabelInfo> labels = labelsOption(a, store, id, req);
    auto& ld = req.labelDisplay;
    labelDisplayOptions(a, ld);

    labellingOptions(a, labels, ld);
    ChunkReader reader(a.positional[0]);
    Rgba img = render(reader, *image, labels ? &*labels : nullptr, req);
    writePng(*a.get("--out"), img.pixels.data(), img.width, img.height);
    std::cout << "rendered " << img.width << "x" << img.height << " to " << *a.get("--out") << "\n";
    return 0;
}

} // namespace ouro::cli
