// `dyad-train parser --train T.conllu --dev D.conllu --tagger models/tagger.bin
// --out models/parser.bin`: jackknifes tags over the training set, tags dev with the
// given tagger, trains the parser, reports each epoch on stderr and writes the model.
// A shell over train_parser(); prints, the library does not.
#include "cmd_parser.hpp"

#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "parser_trainer.hpp"

namespace dyad::train {

namespace {

struct ParserArgs {
  std::string train_path, dev_path, out_path = "models/parser.bin", tagger_path = "models/tagger.bin";
  std::string wordnet_dir = "/usr/share/wordnet";
  std::string jackknifed_in, jackknifed_out;
  int folds = 4;
  int tagger_epochs = 2;
  bool gold_tags = false;
  bool two_pass = false;
  bool word_classes = false;
  ParserTrainOptions options;
};

std::string data_name(const std::string& path) { return std::filesystem::path(path).filename().string(); }

int fail(const std::string& message) {
  std::cerr << "dyad-train: " << message << '\n';
  return 1;
}

int run_parser(ParserArgs a) {
  if (a.word_classes) a.options.word_classes_dir = a.wordnet_dir;
  const auto wall0 = std::chrono::steady_clock::now();
  const std::clock_t cpu0 = std::clock();
  auto log = [](const std::string& line) { std::cerr << "dyad-train: parser: " << line << '\n'; };
  auto train = ::dyad::read_conllu_file(a.jackknifed_in.empty() ? a.train_path : a.jackknifed_in);
  if (!train.ok()) return fail(train.message());
  std::unique_ptr<Tagger> tagger;
  if (!a.gold_tags) {
    auto t = Tagger::load(a.tagger_path);
    if (!t.ok()) return fail(t.message());
    tagger = std::move(*t);
  }
  std::string tags_note = "gold tags";
  if (!a.gold_tags && a.jackknifed_in.empty()) {
    TaggerTrainOptions topt;
    topt.epochs = a.tagger_epochs;
    topt.wordnet_dir = a.wordnet_dir;
    topt.two_pass = a.two_pass;
    topt.clusters = tagger->model().clusters;  // the fold taggers mirror the run-time tagger
    topt.log = log;
    log("jackknifing tags over " + std::to_string(a.folds) + " folds");
    if (Status st = jackknife_tags(*train, a.folds, topt); !st.ok()) return fail(st.message());
    tags_note = std::to_string(a.folds) + "-fold jackknifed tags (" + std::to_string(a.tagger_epochs) +
                " tagger epochs" + (a.two_pass ? ", two passes)" : ")");
    if (!a.jackknifed_out.empty()) {
      std::string out;
      for (const auto& s : *train) append_conllu(out, s);
      std::ofstream f(a.jackknifed_out, std::ios::binary);
      f << out;
      if (!f) return fail(a.jackknifed_out + ": cannot write");
    }
  } else if (!a.jackknifed_in.empty()) {
    tags_note = "jackknifed tags read from " + data_name(a.jackknifed_in);
  }
  ParserTrainOptions opt = a.options;
  opt.log = log;
  std::vector<::dyad::ConlluSentence> dev;
  if (tagger) {
    // The parser must know every tag this tagger can produce (the Analyzer checks it).
    for (uint16_t i = 0; i < tagger->tag_count(); ++i) {
      opt.known_tags.push_back(std::string(tagger->xpos(i)) + "|" + std::string(tagger->upos(i)));
    }
  }
  if (!a.dev_path.empty()) {
    auto d = ::dyad::read_conllu_file(a.dev_path);
    if (!d.ok()) return fail(d.message());
    if (d->empty()) return fail(a.dev_path + ": no sentences (an empty development set chooses nothing)");
    dev = std::move(*d);
    if (tagger) retag(*tagger, dev);
  }
  auto model = train_parser(*train, dev, opt);
  if (!model.ok()) return fail(model.message());
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count();
  const double cpu = static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
  auto& meta = (*model)->metadata;
  meta["training_data"] = data_name(a.train_path) + " (UD English-EWT, CC BY-SA 4.0), " + tags_note;
  meta["dev_data"] = a.dev_path.empty() ? "none" : data_name(a.dev_path) + " tagged by " + data_name(a.tagger_path);
  char timing[96];
  std::snprintf(timing, sizeof timing, "%.0f s wall, %.0f s CPU (jackknifing included)", wall, cpu);
  meta["training_time"] = timing;
  if (Status st = save_parser(**model, a.out_path); !st.ok()) return fail(st.message());
  std::cerr << "dyad-train: wrote " << a.out_path << " (" << std::filesystem::file_size(a.out_path) << " bytes; "
            << timing << ")\n";
  return 0;
}

}  // namespace

void register_parser(CLI::App& app, std::function<int()>& run) {
  auto a = std::make_shared<ParserArgs>();
  CLI::App* cmd = app.add_subcommand("parser", "Train the dependency parser");
  cmd->add_option("--train", a->train_path, "Training treebank (CoNLL-U)")->required()->check(CLI::ExistingFile);
  cmd->add_option("--dev", a->dev_path, "Development treebank (CoNLL-U), for choosing the epoch")
      ->check(CLI::ExistingFile);
  cmd->add_option("--tagger", a->tagger_path, "Tagger model that tags dev (default models/tagger.bin)");
  cmd->add_option("--out", a->out_path, "Model file to write (default models/parser.bin)");
  cmd->add_option("--seed", a->options.seed, "Random seed (default 1)");
  cmd->add_option("--epochs", a->options.epochs, "Training epochs (default 12)")->check(CLI::Range(1, 1000));
  cmd->add_option("--explore-from", a->options.explore_from, "First epoch that follows its own mistakes (default 2)");
  cmd->add_option("--explore-p", a->options.explore_probability, "Probability of following a mistake (default 0.9)");
  cmd->add_option("--margin", a->options.margin,
                  "Update also right moves that beat the best wrong one by less than this (default 0: off)")
      ->check(CLI::Range(0, 100000));
  cmd->add_option("--ensemble", a->options.ensemble, "Average the weights of this many parsers (default 1)")
      ->check(CLI::Range(1, 16));
  cmd->add_option("--folds", a->folds, "Jackknifing folds (default 4)")->check(CLI::Range(2, 20));
  cmd->add_option("--tagger-epochs", a->tagger_epochs, "Epochs of the jackknifing taggers (default 2: noisier tags, closer to what the full tagger does on new text)");
  cmd->add_option("--wordnet", a->wordnet_dir, "WordNet directory for the jackknifing taggers and --word-classes (default /usr/share/wordnet)");
  cmd->add_flag("--two-pass", a->two_pass, "Jackknifing taggers tag in two passes (as dyad-train tagger --two-pass)");
  cmd->add_option("--beam", a->options.beam,
                  "Train globally with a beam of this width; the model decodes with it (default 1: greedy, "
                  "dynamic oracle; 4: about +0.8 UAS at a quarter of the parse speed)")
      ->check(CLI::Range(1, 64));
  cmd->add_option("--clusters", a->options.clusters_path,
                  "Word cluster file (from dyad-train clusters) for cluster features")
      ->check(CLI::ExistingFile);
  cmd->add_flag("--word-classes", a->word_classes,
               "Add WordNet word classes (supersenses) of s0, s1, b0 as features (read from --wordnet)");
  cmd->add_option("--prune", a->options.prune_transitions, "Drop averaged move weights below this magnitude (default 1: a third of the size, -0.3 UAS)");
  cmd->add_option("--prune-labels", a->options.prune_labels, "Drop label weights below this (default 0)");
  cmd->add_flag("--unlabeled-moves", [a](int64_t) { a->options.labeled_moves = false; },
                "Unlabelled moves + a separate arc labeller (faster, less accurate)");
  cmd->add_flag("--gold-tags", a->gold_tags, "Train and select on gold tags (for comparison)");
  cmd->add_option("--save-jackknifed", a->jackknifed_out, "Also write the jackknifed training set (CoNLL-U)");
  cmd->add_option("--jackknifed", a->jackknifed_in, "Read an already jackknifed training set instead");
  cmd->callback([&run, a] { run = [a] { return run_parser(*a); }; });
}

}  // namespace dyad::train
