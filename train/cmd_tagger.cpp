// `dyad-train tagger --train T.conllu --dev D.conllu --out models/tagger.bin`: trains
// the tagger and lemmatizer, reports each epoch's dev scores on stderr and writes the
// model with its metadata. A shell over train_tagger(); prints, the library does not.
#include "cmd_tagger.hpp"

#include <chrono>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <memory>

#include "cluster_reader.hpp"
#include "tagger_trainer.hpp"

namespace dyad::train {

namespace {

struct TaggerArgs {
  std::string train_path, dev_path, out_path = "models/tagger.bin", wordnet_dir = "/usr/share/wordnet";
  std::string clusters_path;
  bool no_wordnet = false;
  TaggerTrainOptions options;
};

std::string data_name(const std::string& path) { return std::filesystem::path(path).filename().string(); }

int run_tagger(const TaggerArgs& a) {
  const auto wall0 = std::chrono::steady_clock::now();
  const std::clock_t cpu0 = std::clock();
  auto train = ::dyad::read_conllu_file(a.train_path);
  if (!train.ok()) {
    std::cerr << "dyad-train: " << train.message() << '\n';
    return 1;
  }
  std::vector<::dyad::ConlluSentence> dev;
  if (!a.dev_path.empty()) {
    auto d = ::dyad::read_conllu_file(a.dev_path);
    if (!d.ok()) {
      std::cerr << "dyad-train: " << d.message() << '\n';
      return 1;
    }
    if (d->empty()) {
      std::cerr << "dyad-train: " << a.dev_path << ": no sentences (an empty development set chooses nothing)\n";
      return 1;
    }
    dev = std::move(*d);
  }
  TaggerTrainOptions opt = a.options;
  opt.wordnet_dir = a.no_wordnet ? "" : a.wordnet_dir;
  if (!a.clusters_path.empty()) {
    if (Status st = read_word_clusters(a.clusters_path, opt.clusters); !st.ok()) {
      std::cerr << "dyad-train: " << st.message() << '\n';
      return 1;
    }
  }
  opt.log = [](const std::string& line) { std::cerr << "dyad-train: tagger: " << line << '\n'; };
  auto model = train_tagger(*train, dev, opt);
  if (!model.ok()) {
    std::cerr << "dyad-train: " << model.message() << '\n';
    return 1;
  }
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count();
  const double cpu = static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
  auto& meta = (*model)->metadata;
  meta["training_data"] = data_name(a.train_path) + " (UD English-EWT, CC BY-SA 4.0)";
  meta["dev_data"] = a.dev_path.empty() ? "none" : data_name(a.dev_path);
  if (!a.clusters_path.empty()) {
    meta["word clusters"] = std::to_string(opt.clusters.size()) + " words from " + data_name(a.clusters_path);
  }
  char timing[96];
  std::snprintf(timing, sizeof timing, "%.0f s wall, %.0f s CPU", wall, cpu);
  meta["training_time"] = timing;
  if (Status st = save_tagger(**model, a.out_path); !st.ok()) {
    std::cerr << "dyad-train: " << st.message() << '\n';
    return 1;
  }
  std::cerr << "dyad-train: wrote " << a.out_path << " (" << std::filesystem::file_size(a.out_path) << " bytes; "
            << timing << ")\n";
  return 0;
}

}  // namespace

void register_tagger(CLI::App& app, std::function<int()>& run) {
  auto a = std::make_shared<TaggerArgs>();
  CLI::App* cmd = app.add_subcommand("tagger", "Train the part-of-speech tagger and lemmatizer");
  cmd->add_option("--train", a->train_path, "Training treebank (CoNLL-U)")->required()->check(CLI::ExistingFile);
  cmd->add_option("--dev", a->dev_path, "Development treebank (CoNLL-U), for choosing the epoch")
      ->check(CLI::ExistingFile);
  cmd->add_option("--out", a->out_path, "Model file to write (default models/tagger.bin)");
  cmd->add_option("--seed", a->options.seed, "Random seed (default 1)");
  cmd->add_option("--epochs", a->options.epochs, "Training epochs (default 12)")->check(CLI::Range(1, 1000));
  cmd->add_option("--wordnet", a->wordnet_dir, "WordNet directory (default /usr/share/wordnet)");
  cmd->add_flag("--no-wordnet", a->no_wordnet, "Train without WordNet");
  cmd->add_option("--clusters", a->clusters_path, "Word cluster file (from dyad-train clusters) for cluster features")
      ->check(CLI::ExistingFile);
  cmd->add_flag("--two-pass", a->options.two_pass, "Add a second pass that sees the first pass's tags to the right");
  cmd->add_option("--ensemble", a->options.ensemble, "Average the weights of this many taggers (default 1)")
      ->check(CLI::Range(1, 16));
  cmd->add_option("--prune", a->options.prune_below, "Drop averaged weights below this magnitude (default 0)");
  cmd->callback([&run, a] { run = [a] { return run_tagger(*a); }; });
}

}  // namespace dyad::train
