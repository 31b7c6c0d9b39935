// dyad-train: builds Dyad's model files from treebanks. One subcommand per model:
//   dyad-train segmenter --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu
//                        --out models/segmenter.bin [--seed N] [--epochs N]
//   dyad-train tagger|parser --train ... --dev ... [--clusters clusters.tsv] ...
//   dyad-train clusters --embeddings vectors.json --out clusters.tsv
//                       [--words N] [--fine N] [--coarse N] [--iterations N]
// A shell over libdyad_train: reads files, reports progress on stderr, writes the
// model. Exit codes: 0 ok, 1 data error, 2 usage error.
#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "cmd_clusters.hpp"
#include "cmd_parser.hpp"
#include "cmd_tagger.hpp"
#include "dyad/conllu.hpp"
#include "segmenter_trainer.hpp"

namespace {

struct SegmenterArgs {
  std::string train_path, dev_path, out_path = "models/segmenter.bin", date;
  uint64_t seed = 1;
  int epochs = 12;
  uint32_t min_count = 1;
  float min_weight = 1.0f;
  bool no_augment = false;
};

std::string describe_data(const std::string& path) {
  // "en_ewt-ud-train.conllu" -> "UD English-EWT v2.16 train (en_ewt-ud-train.conllu)" when
  // the file sits in a directory that says which treebank it is; else the file name.
  const std::string name = std::filesystem::path(path).filename().string();
  if (name.rfind("en_ewt-ud-", 0) == 0) {
    const std::string part = name.substr(10, name.find('.') - 10);
    return "UD English-EWT v2.16 " + part + " (" + name + ")";
  }
  return name;
}

int run_segmenter(const SegmenterArgs& a) {
  auto train = dyad::read_conllu_file(a.train_path);
  if (!train.ok()) {
    std::cerr << "dyad-train: " << train.message() << '\n';
    return 1;
  }
  std::vector<dyad::ConlluSentence> dev_sentences;
  if (!a.dev_path.empty()) {
    auto dev = dyad::read_conllu_file(a.dev_path);
    if (!dev.ok()) {
      std::cerr << "dyad-train: " << dev.message() << '\n';
      return 1;
    }
    dev_sentences = std::move(dev.value());
  }
  dyad::train::SegmenterTrainingOptions options;
  options.seed = a.seed;
  options.epochs = a.epochs;
  options.min_feature_count = a.min_count;
  options.min_abs_weight = a.min_weight;
  options.augment = !a.no_augment;
  options.train_name = describe_data(a.train_path);
  options.dev_name = a.dev_path.empty() ? "none" : describe_data(a.dev_path);
  options.date = a.date;
  options.log = [](const std::string& m) { std::cerr << "dyad-train: " << m << '\n'; };
  dyad::train::SegmenterTrainingReport report;
  auto model = dyad::train::train_segmenter(*train, dev_sentences, options, &report);
  if (!model.ok()) {
    std::cerr << "dyad-train: " << model.message() << '\n';
    return 1;
  }
  if (auto st = dyad::train::write_segmenter_model(*model, a.out_path); !st.ok()) {
    std::cerr << "dyad-train: " << st.message() << '\n';
    return 1;
  }
  std::fprintf(stderr,
               "dyad-train: wrote %s: %zu features, best epoch %d, dev sentence F1 %.2f (P %.2f R %.2f), "
               "token F1 %.2f, word F1 %.2f, %.1f s\n",
               a.out_path.c_str(), report.features, report.best_epoch, 100 * report.dev.sentences.f1(),
               100 * report.dev.sentences.precision(), 100 * report.dev.sentences.recall(),
               100 * report.dev.tokens.f1(), 100 * report.dev.words.f1(), report.seconds);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"dyad-train: train Dyad's models from treebanks", "dyad-train"};
  app.require_subcommand(1);
  SegmenterArgs seg;
  CLI::App* cmd = app.add_subcommand("segmenter", "Train the sentence splitter (and its tokenizer lexicon)");
  cmd->add_option("--train", seg.train_path, "Training treebank (CoNLL-U)")->required()->check(CLI::ExistingFile);
  cmd->add_option("--dev", seg.dev_path, "Development treebank (CoNLL-U), for model selection")->check(CLI::ExistingFile);
  cmd->add_option("--out", seg.out_path, "Model file to write (default models/segmenter.bin)");
  cmd->add_option("--seed", seg.seed, "Random seed (default 1)");
  cmd->add_option("--epochs", seg.epochs, "Maximum training epochs (default 12)")->check(CLI::Range(1, 1000));
  cmd->add_option("--min-count", seg.min_count, "Drop features seen fewer times (default 1)");
  cmd->add_option("--min-weight", seg.min_weight, "Drop averaged weights smaller than this in magnitude (default 1)");
  cmd->add_option("--date", seg.date, "Date stored in the model (default today, UTC)");
  cmd->add_flag("--no-augment", seg.no_augment, "Do not add line-break copies of the training text");
  std::function<int()> run;  // set by the tagger/parser subcommands when chosen
  dyad::train::register_tagger(app, run);
  dyad::train::register_parser(app, run);
  dyad::train::register_clusters(app, run);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  if (cmd->parsed()) return run_segmenter(seg);
  if (run) return run();
  return 2;
}
