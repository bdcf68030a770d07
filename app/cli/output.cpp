#include "output.h"

#include <iostream>

namespace ouro::cli {

std::string shapeText(const ImageInfo& i) {
    return std::to_string(i.sizeT) + "x" + std::to_string(i.sizeC) + "x" + std::to_string(i.sizeZ) + "x" +
           std::to_string(i.sizeY) + "x" + std::to_string(i.sizeX);
}

void printJson(const nlohmann::json& j) {
    std::cout << j.dump(2) << "\n";
}

} // namespace ouro::cli
