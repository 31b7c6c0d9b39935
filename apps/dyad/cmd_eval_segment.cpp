// dyad eval-segment GOLD.conllu: how well Dyad's tokenizer and sentence splitter
// reproduce a treebank's segmentation, scored like the CoNLL 2018 shared task
// (precision, recall and F1 of token, word and sentence spans over the running text
// built from the treebank's `# text` lines; see train/segmentation_eval.hpp).
//   $ dyad eval-segment ../shared/data/ud-english-ewt/en_ewt-ud-test.conllu
//   Metric     | Precision |    Recall |  F1 Score
//   Tokens     |     99.xx |     99.xx |     99.xx
// --show-errors N prints the first N disagreements of one kind, for error analysis.
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "dyad/conllu.hpp"
#include "dyad/pipeline.hpp"
#include "dyad/tokenize.hpp"
#include "input_options.hpp"
#include "segmentation_eval.hpp"

namespace dyad::cli {

namespace {

struct EvalSegmentOptions {
  std::string gold_path;
  std::string model_dir;
  bool rules_only = false;
  size_t show_errors = 0;
  std::string error_kind = "sentences";
};

int run_eval_segment(const EvalSegmentOptions& o) {
  if (o.error_kind != "tokens" && o.error_kind != "words" && o.error_kind != "sentences") {
    std::cerr << "dyad: unknown --error-kind '" << o.error_kind << "' (expected tokens, words or sentences)\n";
    return kUsageError;
  }
  auto gold_sentences = read_conllu_file(o.gold_path);
  if (!gold_sentences.ok()) {
    std::cerr << "dyad: " << gold_sentences.message() << '\n';
    return kDataError;
  }
  std::unique_ptr<SentenceSplitter> splitter;
  if (o.rules_only) {
    splitter = SentenceSplitter::rules_only();
  } else {
    const std::string dir = o.model_dir.empty() ? find_model_dir() : o.model_dir;
    auto loaded = SentenceSplitter::load((std::filesystem::path(dir) / "segmenter.bin").string());
    if (!loaded.ok()) {
      std::cerr << "dyad: " << loaded.message() << '\n';
      return kDataError;
    }
    splitter = std::move(loaded.value());
  }
  const Tokenizer tokenizer(splitter->lexicon());
  const train::GoldSegmentation gold = train::build_running_text(*gold_sentences);
  const train::SystemSegmentation system = train::run_segmentation(gold.text, gold.paragraphs, tokenizer, *splitter);
  const train::SegmentationScores scores = train::score_segmentation(gold, system);

  if (o.show_errors > 0) {
    for (const auto& line : train::segmentation_differences(gold, system, o.error_kind, o.show_errors)) {
      std::cout << line << '\n';
    }
    std::cout << '\n';
  }
  auto row = [](const char* name, const train::SpanScore& s) {
    std::printf("%-10s | %9.2f | %9.2f | %9.2f | %8zu | %8zu\n", name, 100 * s.precision(), 100 * s.recall(),
                100 * s.f1(), s.gold, s.system);
  };
  std::printf("%s: %zu sentences, %zu paragraphs, %zu bytes of running text%s\n", o.gold_path.c_str(),
              gold_sentences->size(), gold.paragraphs.size(), gold.text.size(),
              o.rules_only ? " (rules only, no model)" : "");
  if (gold.unaligned_tokens > 0) {
    std::printf("warning: %zu gold tokens could not be aligned with their # text\n", gold.unaligned_tokens);
  }
  std::printf("Metric     | Precision |    Recall |  F1 Score |     Gold |   System\n");
  std::printf("-----------+-----------+-----------+-----------+----------+---------\n");
  row("Tokens", scores.tokens);
  row("Words", scores.words);
  row("Sentences", scores.sentences);
  std::fflush(stdout);
  return kOk;
}

}  // namespace

void register_eval_segment(CLI::App& app, Runner& run) {
  auto opts = std::make_shared<EvalSegmentOptions>();
  CLI::App* cmd = app.add_subcommand("eval-segment",
                                     "Score tokenization and sentence splitting against a CoNLL-U treebank");
  cmd->add_option("gold", opts->gold_path, "Gold CoNLL-U file")->required()->check(CLI::ExistingFile);
  add_model_dir_option(cmd, opts->model_dir);
  cmd->add_flag("--rules-only", opts->rules_only, "Use the built-in rules instead of the trained splitter");
  cmd->add_option("--show-errors", opts->show_errors, "Print the first N disagreements");
  cmd->add_option("--error-kind", opts->error_kind, "tokens|words|sentences (default sentences)");
  cmd->callback([&run, opts] { run = [opts] { return run_eval_segment(*opts); }; });
}

}  // namespace dyad::cli
