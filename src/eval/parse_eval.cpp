// The tagger and parser evaluation (see include/dyad/parse_eval.hpp).
//
// The models come from an Analyzer so that eval-parse loads exactly what `dyad
// analyze` loads. The clock is read around the tagger and the parser calls only, and
// the durations are summed before they are turned into seconds.
#include "dyad/parse_eval.hpp"

#include <chrono>
#include <span>

#include "dyad/pipeline.hpp"
#include "dyad/tag.hpp"

namespace dyad {

Result<std::vector<ConlluSentence>> read_parse_gold(const std::string& path) {
  auto gold = read_conllu_file(path);
  if (!gold.ok()) return gold.error();
  if (gold->empty()) return make_error(path + ": no sentences to score (an empty treebank?)");
  for (const auto& s : *gold) {
    for (const auto& w : s.words) {
      if (w.head < 0) return make_error(path + ":" + std::to_string(w.line) + ": gold HEAD missing ('_')");
    }
  }
  return gold;
}

double ParseEvaluation::tag_words_per_second() const {
  return tag_seconds > 0 ? static_cast<double>(scores.words) / tag_seconds : 0.0;
}

double ParseEvaluation::parse_words_per_second() const {
  return parse_seconds > 0 ? static_cast<double>(scores.words) / parse_seconds : 0.0;
}

ParseEvaluator::~ParseEvaluator() = default;

Result<std::unique_ptr<ParseEvaluator>> ParseEvaluator::create(const ParseEvalOptions& options) {
  AnalyzerOptions aopts;
  aopts.model_dir = options.model_dir;
  aopts.tag = !options.gold_tags;
  auto analyzer = Analyzer::create(aopts);
  if (!analyzer.ok()) return analyzer.error();
  std::unique_ptr<ParseEvaluator> evaluator(new ParseEvaluator());
  evaluator->analyzer_ = std::move(analyzer.value());
  evaluator->gold_tags_ = options.gold_tags;
  return evaluator;
}

ParseEvaluation ParseEvaluator::evaluate(const std::vector<ConlluSentence>& gold,
                                         const SentenceCallback& on_sentence) const {
  // The parser needs tags, so the analyzer may have loaded the tagger anyway: with
  // gold tags it is not run.
  const Tagger* tagger = gold_tags_ ? nullptr : analyzer_->tagger();
  const DependencyParser* parser = analyzer_->parser();
  TagWorkspace tag_ws;
  ParseWorkspace parse_ws;
  ParseEvaluation result;
  Document doc;
  AnalyzedDocument analysis;
  using Clock = std::chrono::steady_clock;
  Clock::duration tag_time{}, parse_time{};
  for (size_t i = 0; i < gold.size(); ++i) {
    conllu_to_analysis(gold, i, 1, gold_tags_, doc, analysis);
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
    const auto& g = gold[i].words;
    for (size_t j = 0; j < g.size(); ++j) {
      const Token& t = words[j];
      result.scores.add(t.upos, t.xpos, t.lemma, t.head, t.deprel, g[j].upos, g[j].xpos, g[j].lemma, g[j].head,
                        g[j].deprel);
    }
    if (on_sentence) {
      doc.id = gold[i].sent_id.empty() ? "s" + std::to_string(i + 1) : gold[i].sent_id;
      on_sentence(doc, analysis);
    }
  }
  result.sentences = gold.size();
  result.tag_seconds = std::chrono::duration<double>(tag_time).count();
  result.parse_seconds = std::chrono::duration<double>(parse_time).count();
  return result;
}

}  // namespace dyad
