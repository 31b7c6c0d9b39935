// Reading the parser's word clusters (model::WordClusters) from a cluster file, at
// training time only. The file is what `dyad-train clusters` writes: one word per
// line, "word TAB fine TAB coarse" (clusters numbered from 1), '#' comment lines.
#pragma once

#include <string>
#include <string_view>

#include "dyad/result.hpp"
#include "model/word_clusters.hpp"

namespace dyad::train {

// Errors name file:line (a missing column, a number out of range, a repeated word).
Status read_word_clusters(const std::string& path, model::WordClusters& out);
// The same over text already in memory; `name` is used in messages.
Status parse_word_clusters(std::string_view text, const std::string& name, model::WordClusters& out);

}  // namespace dyad::train
