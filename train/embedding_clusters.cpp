// Word clusters from embeddings (see embedding_clusters.hpp).
#include "embedding_clusters.hpp"

#include <simdjson.h>

#include <algorithm>
#include <cmath>

#include "model/word_clusters.hpp"

namespace dyad::train {

namespace {

// Spherical k-means over n unit vectors of d dimensions (rows of x), each with a
// weight. Returns the cluster of each row; `centroids` receives k unit vectors.
std::vector<int> spherical_kmeans(const std::vector<float>& x, const std::vector<double>& weight, size_t n, int d,
                                  int k, int iterations, std::vector<float>& centroids,
                                  const std::function<void(const std::string&)>& log, const std::string& what) {
  centroids.assign(static_cast<size_t>(k) * d, 0.0f);
  for (int j = 0; j < k; ++j) {
    const size_t i = static_cast<size_t>(j) * n / static_cast<size_t>(k);
    std::copy_n(&x[i * d], d, &centroids[static_cast<size_t>(j) * d]);
  }
  std::vector<int> assign(n, -1);
  std::vector<double> sum(static_cast<size_t>(k) * d);
  std::vector<double> mass(k);
  for (int it = 1; it <= iterations; ++it) {
    size_t changed = 0;
    for (size_t i = 0; i < n; ++i) {
      const float* xi = &x[i * d];
      int best = 0;
      float best_sim = -1e30f;
      for (int j = 0; j < k; ++j) {
        const float* c = &centroids[static_cast<size_t>(j) * d];
        float sim = 0;
        for (int t = 0; t < d; ++t) sim += xi[t] * c[t];
        if (sim > best_sim) {
          best_sim = sim;
          best = j;
        }
      }
      if (assign[i] != best) {
        assign[i] = best;
        ++changed;
      }
    }
    std::fill(sum.begin(), sum.end(), 0.0);
    std::fill(mass.begin(), mass.end(), 0.0);
    for (size_t i = 0; i < n; ++i) {
      double* s = &sum[static_cast<size_t>(assign[i]) * d];
      for (int t = 0; t < d; ++t) s[t] += weight[i] * x[i * d + t];
      mass[assign[i]] += weight[i];
    }
    for (int j = 0; j < k; ++j) {
      if (mass[j] == 0) continue;  // an empty cluster keeps its centroid
      const double* s = &sum[static_cast<size_t>(j) * d];
      double norm = 0;
      for (int t = 0; t < d; ++t) norm += s[t] * s[t];
      norm = std::sqrt(norm);
      if (norm == 0) continue;
      for (int t = 0; t < d; ++t) centroids[static_cast<size_t>(j) * d + t] = static_cast<float>(s[t] / norm);
    }
    if (log) log(what + ": iteration " + std::to_string(it) + ", " + std::to_string(changed) + " moved");
    if (changed == 0) break;
  }
  return assign;
}

}  // namespace

Result<Embeddings> parse_embeddings(std::string_view json, const std::string& name, size_t max_words) {
  simdjson::dom::parser parser;
  simdjson::padded_string padded(json);
  simdjson::dom::element root;
  if (auto err = parser.parse(padded).get(root)) {
    return make_error(name + ": not valid JSON (" + std::string(simdjson::error_message(err)) + ")");
  }
  int64_t dims = 0;
  if (root["dimensions"].get(dims) || dims < 1 || dims > 4096) {
    return make_error(name + ": no \"dimensions\" field with a number from 1 to 4096");
  }
  simdjson::dom::array words;
  simdjson::dom::object vectors;
  if (root["words"].get(words)) return make_error(name + ": no \"words\" array");
  if (root["vectors"].get(vectors)) return make_error(name + ": no \"vectors\" object");
  Embeddings e;
  e.dimensions = static_cast<int>(dims);
  for (simdjson::dom::element w : words) {
    if (max_words && e.words.size() == max_words) break;
    std::string_view word;
    if (w.get(word)) return make_error(name + ": \"words\" entry " + std::to_string(e.words.size() + 1) + " is not a string");
    simdjson::dom::array v;
    if (vectors[word].get(v)) return make_error(name + ": no vector for \"" + std::string(word) + "\"");
    if (v.size() < static_cast<size_t>(dims)) {
      return make_error(name + ": the vector of \"" + std::string(word) + "\" has " + std::to_string(v.size()) +
                        " numbers, fewer than the " + std::to_string(dims) + " dimensions");
    }
    size_t t = 0;
    for (simdjson::dom::element x : v) {
      if (t == static_cast<size_t>(dims)) break;
      double value = 0;
      if (x.get(value) || !std::isfinite(value)) {
        return make_error(name + ": the vector of \"" + std::string(word) + "\" holds something that is not a number");
      }
      e.vectors.push_back(static_cast<float>(value));
      ++t;
    }
    e.words.emplace_back(word);
  }
  if (e.words.empty()) return make_error(name + ": no words");
  return e;
}

Result<Embeddings> read_embeddings(const std::string& path, size_t max_words) {
  simdjson::padded_string json;
  if (auto err = simdjson::padded_string::load(path).get(json)) {
    return make_error(path + ": cannot read (" + std::string(simdjson::error_message(err)) + ")");
  }
  return parse_embeddings(std::string_view(json.data(), json.size()), path, max_words);
}

Result<WordClusterList> cluster_embeddings(const Embeddings& e, const ClusterOptions& opt) {
  const size_t n = e.words.size();
  const int d = e.dimensions;
  if (opt.fine < 1 || opt.fine > static_cast<int>(model::WordClusters::kMaxFine)) {
    return make_error("clusters: fine clusters must be 1 to " + std::to_string(model::WordClusters::kMaxFine));
  }
  if (opt.coarse < 1 || opt.coarse > static_cast<int>(model::WordClusters::kMaxCoarse) || opt.coarse > opt.fine) {
    return make_error("clusters: coarse clusters must be 1 to " + std::to_string(model::WordClusters::kMaxCoarse) +
                      " and no more than the fine ones");
  }
  if (n < static_cast<size_t>(opt.fine)) return make_error("clusters: fewer words than fine clusters");
  std::vector<float> x(e.vectors);
  for (size_t i = 0; i < n; ++i) {
    double norm = 0;
    for (int t = 0; t < d; ++t) norm += static_cast<double>(x[i * d + t]) * x[i * d + t];
    norm = std::sqrt(norm);
    if (norm > 0) {
      for (int t = 0; t < d; ++t) x[i * d + t] = static_cast<float>(x[i * d + t] / norm);
    }
  }
  std::vector<float> fine_centroids, coarse_centroids;
  const std::vector<int> fine =
      spherical_kmeans(x, std::vector<double>(n, 1.0), n, d, opt.fine, opt.iterations, fine_centroids, opt.log, "fine");
  std::vector<double> size(opt.fine, 0.0);
  for (int f : fine) size[f] += 1;
  const std::vector<int> coarse = spherical_kmeans(fine_centroids, size, opt.fine, d, opt.coarse, opt.iterations * 2,
                                                   coarse_centroids, opt.log, "coarse");
  WordClusterList out;
  out.words = e.words;
  for (size_t i = 0; i < n; ++i) {
    out.fine.push_back(static_cast<uint16_t>(fine[i] + 1));
    out.coarse.push_back(static_cast<uint8_t>(coarse[fine[i]] + 1));
  }
  return out;
}

std::string format_clusters(const WordClusterList& c, const std::string& comment) {
  std::string out;
  size_t start = 0;
  while (start < comment.size()) {
    size_t end = comment.find('\n', start);
    if (end == std::string::npos) end = comment.size();
    out += "# " + comment.substr(start, end - start) + "\n";
    start = end + 1;
  }
  for (size_t i = 0; i < c.words.size(); ++i) {
    // Words with tabs or line breaks cannot be written in this format, and a line
    // starting with '#' is a comment: such words are left out.
    if (c.words[i].empty() || c.words[i][0] == '#' || c.words[i].find_first_of("\t\n\r") != std::string::npos) {
      continue;
    }
    out += c.words[i] + "\t" + std::to_string(c.fine[i]) + "\t" + std::to_string(c.coarse[i]) + "\n";
  }
  return out;
}

}  // namespace dyad::train
