#include "omemodel.h"

#include <map>

namespace ouro {

std::vector<LevelShape> pyramidShapes(int64_t sizeY, int64_t sizeX, int64_t chunkY, int64_t chunkX) {
    std::vector<LevelShape> levels{{sizeY, sizeX}};
    while ((levels.back().sizeY > chunkY || levels.back().sizeX > chunkX) && levels.size() < 64) {
        const auto& l = levels.back();
        levels.push_back({(l.sizeY + 1) / 2, (l.sizeX + 1) / 2});
    }
    return levels;
}

std::string normalizeUnit(const std::string& u) {
    static const std::map<std::string, std::string> alias{
        {"micron", "µm"}, {"microns", "µm"}, {"um", "µm"}, {"\xCE\xBCm", "µm"}, {"micrometer", "µm"},
        {"nanometer", "nm"}, {"millimeter", "mm"}, {"centimeter", "cm"}, {"meter", "m"},
        {"angstrom", "Å"}, {"sec", "s"}, {"second", "s"}, {"seconds", "s"}, {"msec", "ms"},
        {"millisecond", "ms"}, {"minute", "min"}, {"hour", "h"}, {"inch", "in"}, {"us", "µs"}};
    auto it = alias.find(u);
    return it == alias.end() ? u : it->second;
}

std::string ngffUnit(const std::string& sym) {
    static const std::map<std::string, std::string> m{
        {"Å", "angstrom"},    {"pm", "picometer"},  {"nm", "nanometer"},   {"µm", "micrometer"},
        {"mm", "millimeter"}, {"cm", "centimeter"}, {"dm", "decimeter"},   {"m", "meter"},
        {"km", "kilometer"},  {"in", "inch"},       {"ft", "foot"},        {"s", "second"},
        {"ms", "millisecond"}, {"µs", "microsecond"}, {"ns", "nanosecond"}, {"ps", "picosecond"},
        {"min", "minute"},    {"h", "hour"},        {"d", "day"}};
    auto it = m.find(normalizeUnit(sym));
    return it == m.end() ? std::string() : it->second;
}

} // namespace ouro
