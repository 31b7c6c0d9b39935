// dyad eval-parse GOLD.conllu: tags and parses a treebank's gold tokenization with the
// shipped models and scores the result like the CoNLL 2018 shared task (every word,
// punctuation included; LAS on universal relations):
//   $ dyad eval-parse ../shared/data/ud-english-ewt/en_ewt-ud-test.conllu
//   UPOS   95.xx
//   ...
//   LAS    8x.xx
// --gold-tags parses with the treebank's own UPOS/XPOS/LEMMA (the parser alone);
// --output writes the predicted analysis as CoNLL-U for error analysis; --by-relation
// adds UAS and LAS per gold relation and for the words the tagger mistagged.
// The scoring is the library's (include/dyad/parse_eval.hpp); this file prints it.
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "dyad/output.hpp"
#include "dyad/parse_eval.hpp"
#include "input_options.hpp"

namespace dyad::cli {

namespace {

struct EvalParseOptions {
  std::string gold_path;
  std::string model_dir;
  std::string output_path;
  bool gold_tags = false;
  bool by_relation = false;
};

int run_eval_parse(const EvalParseOptions& o) {
  auto gold = read_parse_gold(o.gold_path);
  if (!gold.ok()) {
    std::cerr << "dyad: " << gold.message() << '\n';
    return kDataError;
  }
  ParseEvalOptions popts;
  popts.model_dir = o.model_dir;
  popts.gold_tags = o.gold_tags;
  auto evaluator = ParseEvaluator::create(popts);
  if (!evaluator.ok()) {
    std::cerr << "dyad: " << evaluator.message() << '\n';
    return kDataError;
  }
  std::ofstream out;
  ParseEvaluator::SentenceCallback write_predicted;
  if (!o.output_path.empty()) {
    out.open(o.output_path, std::ios::binary);
    if (!out) {
      std::cerr << "dyad: " << o.output_path << ": cannot open for writing\n";
      return kDataError;
    }
    write_predicted = [&out](const Document& doc, const AnalyzedDocument& analysis) {
      write_analysis(out, AnalysisFormat::Conllu, doc, analysis);
    };
  }
  const ParseEvaluation e = (*evaluator)->evaluate(*gold, write_predicted);
  const ParseScores& scores = e.scores;
  std::printf("UPOS   %6.2f%s\n", scores.percent(scores.upos), o.gold_tags ? "  (gold)" : "");
  std::printf("XPOS   %6.2f%s\n", scores.percent(scores.xpos), o.gold_tags ? "  (gold)" : "");
  std::printf("LEMMA  %6.2f%s\n", scores.percent(scores.lemma), o.gold_tags ? "  (gold)" : "");
  std::printf("UAS    %6.2f\n", scores.percent(scores.uas));
  std::printf("LAS    %6.2f\n", scores.percent(scores.las));
  if (o.by_relation) std::printf("\n%s", scores.relation_table().c_str());
  const std::string tagging = o.gold_tags ? std::string("gold tags")
                                          : "tagging " + std::to_string(std::lround(e.tag_words_per_second())) + " words/s";
  std::fprintf(stderr, "dyad: %zu words, %zu sentences; LAS with subtypes %.2f; %s, parsing %.0f words/s\n",
               scores.words, e.sentences, scores.percent(scores.las_full), tagging.c_str(), e.parse_words_per_second());
  return kOk;
}

}  // namespace

void register_eval_parse(CLI::App& app, Runner& run) {
  auto opts = std::make_shared<EvalParseOptions>();
  CLI::App* cmd = app.add_subcommand(
      "eval-parse", "Tag and parse a treebank's gold tokenization; print UPOS, XPOS, LEMMA, UAS and LAS");
  cmd->add_option("gold", opts->gold_path, "Gold treebank (CoNLL-U)")->required();
  add_model_dir_option(cmd, opts->model_dir);
  cmd->add_flag("--gold-tags", opts->gold_tags, "Parse with the treebank's own tags and lemmas");
  cmd->add_option("-o,--output", opts->output_path, "Also write the predicted analysis (CoNLL-U)");
  cmd->add_flag("--by-relation", opts->by_relation,
                "Also print UAS and LAS per gold relation, and for the words with a wrong XPOS");
  cmd->callback([&run, opts] { run = [opts] { return run_eval_parse(*opts); }; });
}

}  // namespace dyad::cli
