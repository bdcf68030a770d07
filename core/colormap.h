#pragma once
// Colormaps for colouring objects by a column: continuous maps (viridis,
// magma, plasma, cividis, coolwarm) and a categorical palette.

#include <cstdint>
#include <string>
#include <vector>

namespace ouro {

/** Names of the continuous colormaps. */
std::vector<std::string> colormapNames();
/** True if name is one of colormapNames(). */
bool isColormap(const std::string& name);
/** Colour (0xRRGGBBFF) of map `name` at t in [0, 1] (clamped), interpolated between anchor colours. */
uint32_t colormapColor(const std::string& name, double t);
/** The i-th colour of a 10-colour categorical palette (wraps around). */
uint32_t categoricalColor(size_t i);

/** Integer columns with at most this many distinct values are drawn as categories (classes, counts). */
constexpr size_t kIntegerCategories = 10;
/**
 * The distinct values, ascending, when there are at most kIntegerCategories of
 * them; otherwise empty (the column is drawn with a continuous colormap).
 */
std::vector<int64_t> integerCategories(const std::vector<int64_t>& values);

/** Value at quantile q (0..1) of values (copied and partially sorted). */
double quantile(std::vector<double> values, double q);

} // namespace ouro
