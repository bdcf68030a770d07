#pragma once
// What several commands print on stdout: an image's shape and JSON documents.

#include "omemodel.h"

#include <nlohmann/json.hpp>

#include <string>

namespace ouro::cli {

/** The size of an image as "TxCxZxYxX". */
std::string shapeText(const ImageInfo& i);

/** Prints j on stdout, indented by two, and a newline. */
void printJson(const nlohmann::json& j);

} // namespace ouro::cli
