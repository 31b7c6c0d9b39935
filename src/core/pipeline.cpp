// Analyzer: wires the stages together. A thin loop by design: each stage owns its
// logic, this file only decides the order and where the models come from.
#include "dyad/pipeline.hpp"

#include <cstdlib>
#include <filesystem>
#include <unistd.h>

namespace dyad {

namespace fs = std::filesystem;

std::string find_model_dir() {
  if (const char* env = std::getenv("DYAD_MODEL_DIR"); env && *env) return env;
  std::error_code ec;
#ifdef DYAD_SOURCE_DIR
  if (fs::exists(fs::path(DYAD_SOURCE_DIR) / "models" / "MANIFEST", ec)) {
    return (fs::path(DYAD_SOURCE_DIR) / "models").string();
  }
#endif
  // Installed layout: <prefix>/bin/dyad -> <prefix>/share/dyad/models.
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed = exe.parent_path().parent_path() / "share" / "dyad" / "models";
    if (fs::exists(installed / "MANIFEST", ec)) return installed.string();
  }
#ifdef DYAD_INSTALL_DATADIR
  return (fs::path(DYAD_INSTALL_DATADIR) / "models").string();
#else
  return "models";
#endif
}

Result<std::unique_ptr<Analyzer>> Analyzer::create(const AnalyzerOptions& options) {
  std::unique_ptr<Analyzer> a(new Analyzer());
  a->options_ = options;
  if (a->options_.model_dir.empty()) a->options_.model_dir = find_model_dir();
  a->cleaner_ = std::make_unique<BoilerplateCleaner>(options.clean);
  std::string seg_path = (fs::path(a->options_.model_dir) / "segmenter.bin").string();
  auto splitter = SentenceSplitter::load(seg_path);
  if (!splitter.ok()) return splitter.error();
  a->splitter_ = std::move(splitter.value());
  // The tokenizer uses the lexicon the splitter was trained with (hyphen prefixes,
  // abbreviations, contractions learnt from the treebank).
  a->tokenizer_ = std::make_unique<Tokenizer>(a->splitter_->lexicon());
  return a;
}

void Analyzer::segment(const Document& doc, AnalyzedDocument& out) const {
  const std::string_view text = doc.text;
  for (uint32_t p = 0; p < out.paragraphs.size(); ++p) {
    const uint32_t first = static_cast<uint32_t>(out.tokens.size());
    tokenizer_->tokenize(text, out.paragraphs[p], out.tokens);
    const uint32_t count = static_cast<uint32_t>(out.tokens.size()) - first;
    if (count == 0) continue;
    const size_t first_sentence = out.sentences.size();
    splitter_->split(text, out.tokens, first, count, p, out.sentences);
    // Cut pathological sentences so later stages stay linear in the input.
    const uint32_t cap = options_.max_sentence_tokens;
    bool too_long = false;
    for (size_t s = first_sentence; s < out.sentences.size(); ++s) {
      too_long |= cap != 0 && out.sentences[s].token_count > cap;
    }
    if (!too_long) continue;
    std::vector<Sentence> pieces;
    for (size_t s = first_sentence; s < out.sentences.size(); ++s) {
      Sentence rest = out.sentences[s];
      while (rest.token_count > cap) {
        Sentence head = rest;
        head.token_count = cap;
        head.span.end = out.tokens[head.first_token + cap - 1].span.end;
        pieces.push_back(head);
        rest.first_token += cap;
        rest.token_count -= cap;
        rest.span.begin = out.tokens[rest.first_token].span.begin;
      }
      pieces.push_back(rest);
    }
    out.sentences.resize(first_sentence);
    out.sentences.insert(out.sentences.end(), pieces.begin(), pieces.end());
  }
}

void Analyzer::analyze(const Document& doc, AnalyzedDocument& out) const {
  out.clear();
  cleaner_->clean(doc, out);
  segment(doc, out);
}

void Analyzer::analyze_clean_text(const Document& doc, AnalyzedDocument& out) const {
  out.clear();
  out.title = doc.title;
  std::vector<ParagraphBlock> blocks;
  ParagraphSplitter().split(doc.text, Span{0, static_cast<uint32_t>(doc.text.size())}, blocks);
  for (const auto& b : blocks) out.paragraphs.push_back(b.span);
  segment(doc, out);
}

}  // namespace dyad
