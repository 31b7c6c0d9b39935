// dyad eval-segment GOLD.conllu: how well Dyad's tokenizer and sentence splitter
// reproduce a treebank's segmentation, scored like the CoNLL 2018 shared task
// (precision, recall and F1 of token, word and sentence spans over the running text
// built from the treebank's `# text` lines; see include/dyad/segmentation_eval.hpp).
//   $ dyad eval-segment ../shared/data/ud-english-ewt/en_ewt-ud-test.conllu
//   Metric     | Precision |    Recall |  F1 Score
//   Tokens     |     99.xx |     99.xx |     99.xx
// --show-errors N prints the first N disagreements of one kind, for error analysis.
#include <cstdio>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "dyad/segmentation_eval.hpp"
#include "input_options.hpp"

namespace dyad::cli {

namespace {

struct EvalSegmentOptions {
  std::string gold_path;
  std::string model_dir;
  bool rules_only = false;
  bool web_text = false;
  size_t show_errors = 0;
  std::string error_kind = "sentences";
};

int run_eval_segment(const EvalSegmentOptions& o) {
  if (o.error_kind != "tokens" && o.error_kind != "words" && o.error_kind != "sentences") {
    std::cerr << "dyad: unknown --error-kind '" << o.error_kind << "' (expected tokens, words or sentences)\n";
    return kUsageError;
  }
  SegmentationEvalOptions options;
  options.model_dir = o.model_dir;
  options.rules_only = o.rules_only;
  options.web_text = o.web_text;
  auto evaluation = evaluate_segmentation(o.gold_path, options);
  if (!evaluation.ok()) {
    std::cerr << "dyad: " << evaluation.message() << '\n';
    return kDataError;
  }
  const SegmentationEvaluation& e = *evaluation;

  if (o.show_errors > 0) {
    for (const auto& line : segmentation_differences(e.gold, e.system, o.error_kind, o.show_errors)) {
      std::cout << line << '\n';
    }
    std::cout << '\n';
  }
  auto row = [](const char* name, const SpanScore& s) {
    std::printf("%-10s | %9.2f | %9.2f | %9.2f | %8zu | %8zu\n", name, 100 * s.precision(), 100 * s.recall(),
                100 * s.f1(), s.gold, s.system);
  };
  std::printf("%s: %zu sentences, %zu paragraphs, %zu bytes of running text%s\n", o.gold_path.c_str(),
              e.gold_sentences, e.gold.paragraphs.size(), e.gold.text.size(),
              o.rules_only ? " (rules only, no model)" : o.web_text ? " (web text)" : " (edited text)");
  if (e.gold.unaligned_tokens > 0) {
    std::printf("warning: %zu gold tokens could not be aligned with their # text\n", e.gold.unaligned_tokens);
  }
  std::printf("Metric     | Precision |    Recall |  F1 Score |     Gold |   System\n");
  std::printf("-----------+-----------+-----------+-----------+----------+---------\n");
  row("Tokens", e.scores.tokens);
  row("Words", e.scores.words);
  row("Sentences", e.scores.sentences);
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
  cmd->add_flag("--web-text", opts->web_text,
                "Let sentences end inside a line without punctuation, as in web text (default: edited text, "
                "where they end at punctuation or a line break)");
  cmd->add_option("--show-errors", opts->show_errors, "Print the first N disagreements");
  cmd->add_option("--error-kind", opts->error_kind, "tokens|words|sentences (default sentences)");
  cmd->callback([&run, opts] { run = [opts] { return run_eval_segment(*opts); }; });
}

}  // namespace dyad::cli
