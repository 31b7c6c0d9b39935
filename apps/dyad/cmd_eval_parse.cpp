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
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "dyad/conllu.hpp"
#include "dyad/output.hpp"
#include "dyad/parse.hpp"
#include "dyad/pipeline.hpp"
#include "dyad/tag.hpp"
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
  auto gold = read_conllu_file(o.gold_path);
  if (!gold.ok()) {
    std::cerr << "dyad: " << gold.message() << '\n';
    return kDataError;
  }
  if (gold->empty()) {
    std::cerr << "dyad: " << o.gold_path << ": no sentences to score (an empty treebank?)\n";
    return kDataError;
  }
  for (const auto& s : *gold) {
    for (const auto& w : s.words) {
      if (w.head < 0) {
        std::cerr << "dyad: " << o.gold_path << ":" << w.line << ": gold HEAD missing ('_')\n";
        return kDataError;
      }
    }
  }
  AnalyzerOptions aopts;
  aopts.model_dir = o.model_dir;
  aopts.tag = !o.gold_tags;
  auto analyzer = Analyzer::create(aopts);
  if (!analyzer.ok()) {
    std::cerr << "dyad: " << analyzer.message() << '\n';
    return kDataError;
  }
  // The analyzer may load the tagger anyway (it is part of its model set): skip it here.
  const Tagger* tagger = o.gold_tags ? nullptr : (*analyzer)->tagger();
  const DependencyParser* parser = (*analyzer)->parser();
  TagWorkspace tag_ws;
  ParseWorkspace parse_ws;
  ParseScores scores;
  Document doc;
  AnalyzedDocument analysis;
  std::ofstream out;
  if (!o.output_path.empty()) {
    out.open(o.output_path, std::ios::binary);
    if (!out) {
      std::cerr << "dyad: " << o.output_path << ": cannot open for writing\n";
      return kDataError;
    }
  }
  using Clock = std::chrono::steady_clock;
  Clock::duration tag_time{}, parse_time{};
  for (size_t i = 0; i < gold->size(); ++i) {
    conllu_to_analysis(*gold, i, 1, o.gold_tags, doc, analysis);
    std::span<Token> words(analysis.tokens);
    for (Token& t : words) {
      t.head = -1;
      t.deprel.clear();
    }
    const auto t0 = Clock::now();
    if (tagger) tagger->tag(doc.text, words, tag_ws);
    const auto t1 = Clock::now();
    parser->parse(doc.text, words, parse_ws);
    const auto t2 = Clock::now();
    tag_time += t1 - t0;
    parse_time += t2 - t1;
    const auto& g = (*gold)[i].words;
    for (size_t j = 0; j < g.size(); ++j) {
      const Token& t = words[j];
      scores.add(t.upos, t.xpos, t.lemma, t.head, t.deprel, g[j].upos, g[j].xpos, g[j].lemma, g[j].head, g[j].deprel);
    }
    if (out.is_open()) {
      doc.id = (*gold)[i].sent_id.empty() ? "s" + std::to_string(i + 1) : (*gold)[i].sent_id;
      write_analysis(out, AnalysisFormat::Conllu, doc, analysis);
    }
  }
  auto per_second = [&](Clock::duration d) {
    const double s = std::chrono::duration<double>(d).count();
    return s > 0 ? static_cast<double>(scores.words) / s : 0.0;
  };
  std::printf("UPOS   %6.2f%s\n", scores.percent(scores.upos), o.gold_tags ? "  (gold)" : "");
  std::printf("XPOS   %6.2f%s\n", scores.percent(scores.xpos), o.gold_tags ? "  (gold)" : "");
  std::printf("LEMMA  %6.2f%s\n", scores.percent(scores.lemma), o.gold_tags ? "  (gold)" : "");
  std::printf("UAS    %6.2f\n", scores.percent(scores.uas));
  std::printf("LAS    %6.2f\n", scores.percent(scores.las));
  if (o.by_relation) std::printf("\n%s", scores.relation_table().c_str());
  const std::string tagging =
      o.gold_tags ? std::string("gold tags") : "tagging " + std::to_string(std::lround(per_second(tag_time))) + " words/s";
  std::fprintf(stderr, "dyad: %zu words, %zu sentences; LAS with subtypes %.2f; %s, parsing %.0f words/s\n",
               scores.words, gold->size(), scores.percent(scores.las_full), tagging.c_str(), per_second(parse_time));
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
