// Analyzer: wires the stages together. A thin loop by design: each stage owns its
// logic, this file only decides the order and where the models come from, and checks
// that the models loaded belong together (the parser knows every tag the tagger
// produces).
#include "dyad/pipeline.hpp"

#include "base/files.hpp"
#include "base/strings.hpp"
#include "dyad/tag.hpp"
#include "lemma/lemmatizer.hpp"
#include "pipeline/headline.hpp"

#include <cstdlib>
#include <filesystem>
#include <unistd.h>

namespace dyad {

namespace fs = std::filesystem;

std::string find_model_dir() { return base::find_data_dir("models", "DYAD_MODEL_DIR", "MANIFEST"); }

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
  if (options.tag || options.parse) {
    auto tagger = Tagger::load((fs::path(a->options_.model_dir) / "tagger.bin").string());
    if (!tagger.ok()) return tagger.error();
    a->tagger_ = std::move(tagger.value());
  }
  if (options.parse) {
    const std::string parser_path = (fs::path(a->options_.model_dir) / "parser.bin").string();
    auto parser = DependencyParser::load(parser_path);
    if (!parser.ok()) return parser.error();
    a->parser_ = std::move(parser.value());
    // A parser trained on another tag set would silently parse worse: refuse the pair.
    for (uint16_t t = 0; t < a->tagger_->tag_count(); ++t) {
      if (!a->parser_->knows_tag(a->tagger_->xpos(t), a->tagger_->upos(t))) {
        return make_error(parser_path + ": does not match tagger.bin (trained without the tag " +
                          std::string(a->tagger_->xpos(t)) + "|" + std::string(a->tagger_->upos(t)) +
                          "); retrain the parser with this tagger");
      }
    }
  }
  return a;
}

namespace {

// A sentence with no verb -- a headline ("India and Pakistan exchange fire along
// Kashmir border", "Niger junta orders French troops out": all nouns to a tagger
// trained on full sentences), or a clause the tagger misread ("The Houthis fired
// missiles", "fired" an adjective): the first word right after the opening noun
// phrase that WordNet knows as a verb form is the verb -- VBZ for an -s form, VBD for
// an -ed form, else VBP -- before the parse. A noun is read so only in a headline
// (web text's fragments, "Great service", would suffer); an adjective in -ed
// anywhere. ("Biden, Xi agree to talks" has its verb and is left alone.)
void prefer_headline_verb(std::string_view text, std::span<Token> words, const lemma::Lemmatizer& lemmatizer,
                          bool headline) {
  const lemma::WordNetLexicon& wordnet = lemmatizer.wordnet();
  if (wordnet.empty()) return;
  // The verb reading: the tagger's own kept as its runner-up.
  auto read_as_verb = [&](size_t i, const char* tag) {
    Token& t = words[i];
    t.alt_tag = t.xpos + "|" + t.upos;
    t.tag_margin = 1;
    t.xpos = tag;
    t.upos = "VERB";
    lemmatizer.lemmatize_into(t.form(text), t.xpos, i == 0, t.lemma);
  };
  // (A finite verb, an auxiliary or a participle that may be the predicate -- "The
  // January talks focussed on ..." -- is a verb; the participle of a hyphened
  // adjective, "Panama-flagged", is not.)
  int64_t participle = -1;
  for (size_t i = 0; i < words.size(); ++i) {
    Token& t = words[i];
    // (A past form between a preposition and a noun modifies the noun: "near
    // disputed shoal", "over occupied territories" -- a participle, no verb of the
    // headline's.)
    const bool modifier = headline && t.xpos == "VBD" && i > 0 && i + 1 < words.size() &&
                          (words[i - 1].xpos == "IN" || words[i - 1].upos == "ADP" || words[i - 1].form(text) == "near") &&
                          (words[i + 1].upos == "NOUN" || words[i + 1].upos == "PROPN");
    if (modifier) {
      t.alt_tag = t.xpos + "|" + t.upos;
      t.tag_margin = 1;
      t.xpos = "VBN";
      continue;
    }
    if (t.xpos == "VBD" || t.xpos == "VBZ" || t.xpos == "VBP" || t.xpos == "MD" || t.upos == "AUX") return;
    if ((t.xpos == "VBN" || t.xpos == "VBG") && !(i > 0 && words[i - 1].form(text) == "-") && participle < 0) {
      participle = static_cast<int64_t>(i);
    }
  }
  if (participle >= 0) {
    // "The Philippine coast guard accused Chinese vessels of ramming its ship", with
    // "accused" read as a participle and no finite verb at all: a past participle in
    // -ed right after the opening noun phrase and before the noun phrase it governs
    // is the past tense.
    const size_t i = static_cast<size_t>(participle);
    Token& t = words[i];
    if (t.xpos != "VBN" || i == 0 || i + 1 >= words.size()) return;
    const Token& before = words[i - 1];
    const Token& after = words[i + 1];
    const std::string_view f = t.form(text);
    const bool ed = f.size() > 2 && f.substr(f.size() - 2) == "ed";
    const bool noun_before = before.upos == "NOUN" || before.upos == "PROPN";
    const bool object_after = after.upos == "DET" || after.upos == "ADJ" || after.upos == "NOUN" ||
                              after.upos == "PROPN" || after.upos == "NUM" || after.xpos == "PRP$";
    if (ed && noun_before && object_after) read_as_verb(i, "VBD");
    return;
  }
  std::string lower;
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    Token& t = words[i];
    const Token& before = words[i - 1];
    if (before.upos != "PROPN" && before.upos != "NOUN" && before.upos != "PRON") continue;
    const bool adjective = t.upos == "ADJ" && t.xpos == "JJ";
    // (In a sentence-case headline a lower-case word the tagger took for part of a
    // name is a word: "Putin and Xi pledge deeper partnership".)
    const std::string_view tf = t.form(text);
    const bool lower_name = headline && t.upos == "PROPN" && t.xpos == "NNP" && !tf.empty() && tf[0] >= 'a' && tf[0] <= 'z';
    if (!adjective && !lower_name && (!headline || t.upos != "NOUN" || (t.xpos != "NN" && t.xpos != "NNS"))) continue;
    const std::string noun_tag = lower_name ? std::string("NN") : t.xpos;
    lower = base::ascii_lower(t.form(text));
    const uint16_t sig = wordnet.signature(lower);
    const char* tag = nullptr;
    // (The verb agrees with the phrase before it: "-s" after one, the bare form after
    // several -- "India and Pakistan exchange", not "Copenhagen Telephone".)
    // (A plural name -- "Philippines", "United States" -- is one country: either.)
    // ("police" and "people" take the plural: "Kenyan police fire tear gas".)
    const std::string before_lower = base::ascii_lower(before.form(text));
    bool plural = before.xpos == "NNS" || before_lower == "police" || before_lower == "people";
    for (size_t k = 0; k < i; ++k) plural |= words[k].upos == "CCONJ";
    const bool name_plural = before.xpos == "NNPS";
    const bool ed = (sig & lemma::kWnVerbEd) && lower.size() > 2 && lower.compare(lower.size() - 2, 2, "ed") == 0;
    if (adjective) {
      if (ed) tag = "VBD";
    } else if ((noun_tag == "NNS" || (noun_tag == "NN" && lower.back() == 's')) && (!plural || name_plural) &&
               (sig & lemma::kWnVerbS)) {
      // (An -s form the tagger called singular: "Zelensky thanks Germany".)
      tag = "VBZ";
    } else if (noun_tag == "NN" && ed) {
      tag = "VBD";
    } else if (noun_tag == "NN" && (plural || name_plural) && (sig & lemma::kWnVerb)) {
      tag = "VBP";
    }
    if (!tag) continue;
    read_as_verb(i, tag);
    return;
  }
}
}  // namespace

void Analyzer::annotate_words(std::string_view text, std::span<Token> words, bool headline) const {
  // Scratch buffers only (no model state): one per thread serves every Analyzer.
  thread_local TagWorkspace tag_ws;
  thread_local ParseWorkspace parse_ws;
  if (tagger_) tagger_->tag(text, words, tag_ws);
  // (A noun read as the verb only in a headline; in a story's body a verb in -ed read
  // as an adjective.)
  if (tagger_) prefer_headline_verb(text, words, tagger_->lemmatizer(), headline);
  if (parser_) parser_->parse(text, words, parse_ws);
}

void Analyzer::analyze_headline(const Document& doc, AnalyzedDocument& out) const { analyze_plain(doc, out, true); }

void Analyzer::annotate(const Document& doc, AnalyzedDocument& out) const { annotate_sentences(doc, out, false); }

// A story's first sentence that ends with no punctuation and is short reads as a
// headline: a headline given as the text ("Philippines protests Chinese water cannon
// attack"), not as the title.
static bool headline_shaped(std::string_view text, std::span<const Token> words) {
  if (words.empty() || words.size() > 30) return false;
  const std::string_view last = words.back().form(text);
  if (last.empty()) return false;
  const char c = last.back();
  return c != '.' && c != '!' && c != '?' && c != ':' && c != ';' && c != '"' && c != '\'' && c != ')' &&
         static_cast<unsigned char>(c) < 0x80;
}

void Analyzer::annotate_sentences(const Document& doc, AnalyzedDocument& out, bool headline) const {
  if (!tagger_ && !parser_) return;
  for (size_t i = 0; i < out.sentences.size(); ++i) {
    const Sentence& s = out.sentences[i];
    if (s.token_count == 0) continue;
    const std::span<Token> words(out.tokens.data() + s.first_token, s.token_count);
    const bool shaped = !headline && i == 0 && headline_shaped(doc.text, words);
    if (shaped && read_comma_list(doc.text, s, words)) continue;
    annotate_words(doc.text, words, headline || shaped);
  }
}

// "India, Japan agree to boost defence ties" as a story's text: its comma list is read
// as the title's is ("India and Japan agree ..."), on a copy of the sentence whose
// comma reads "and"; the tags and the parse come back to the sentence's own tokens
// (the comma tagged and attached as the conjunction it stands for).
bool Analyzer::read_comma_list(std::string_view text, const Sentence& s, std::span<Token> words) const {
  const std::string original(text.substr(s.span.begin, s.span.end - s.span.begin));
  // (A headline in title case is read with its verbs in lower case, as a title is:
  // same length, so the offsets hold.)
  const std::string sentence =
      pipeline::title_case_reading(original, tagger_ ? &tagger_->lemmatizer().wordnet() : nullptr);
  if (sentence.size() != original.size()) return false;  // (never: the reading keeps the length)
  const size_t comma = pipeline::headline_list_comma(sentence);
  if (comma == std::string::npos && sentence == original) return false;
  // The tokens on the copy: offsets from the sentence's start, and with a comma list
  // the comma's token on its "and" and the tokens after it three bytes on.
  std::string read = sentence;
  std::vector<Token> copy(words.begin(), words.end());
  const uint32_t at = comma == std::string::npos ? 0 : s.span.begin + static_cast<uint32_t>(comma);
  bool found = comma == std::string::npos;
  for (Token& t : copy) {
    if (comma != std::string::npos && t.span.begin == at && t.span.end == at + 1) {
      t.span = {static_cast<uint32_t>(comma + 1), static_cast<uint32_t>(comma + 4)};
      found = true;
    } else if (comma != std::string::npos && t.span.begin > at) {
      t.span = {t.span.begin - s.span.begin + 3, t.span.end - s.span.begin + 3};
    } else {
      t.span = {t.span.begin - s.span.begin, t.span.end - s.span.begin};
    }
  }
  if (!found) return false;
  if (comma != std::string::npos) read = sentence.substr(0, comma) + " and" + sentence.substr(comma + 1);
  annotate_words(read, std::span<Token>(copy), true);
  for (size_t k = 0; k < words.size(); ++k) {
    const Span keep = words[k].span;
    words[k] = std::move(copy[k]);
    words[k].span = keep;
  }
  return true;
}

namespace {

// True when the input gave every word a HEAD: the sentence has a parse to keep.
bool has_given_parse(std::span<const Token> words) {
  for (const Token& t : words) {
    if (t.head < 0) return false;
  }
  return true;
}

// Back to the tokenization alone, as the tagger and parser expect their input.
void clear_annotation(Token& t) {
  t.lemma.clear();
  t.upos.clear();
  t.xpos.clear();
  t.head = -1;
  t.deprel.clear();
  t.alt_tag.clear();
  t.tag_margin = 3;
}

}  // namespace

// The given sentences and tokens stay as they are: no cleaning, no splitting, no cut
// of long sentences, since the file decided them.
void Analyzer::analyze_given(const Document& doc, AnalyzedDocument& out) const {
  out = *doc.given_analysis;
  const bool have_models = tagger_ || parser_;
  for (const Sentence& s : out.sentences) {
    if (s.token_count == 0) continue;
    std::span<Token> words(out.tokens.data() + s.first_token, s.token_count);
    if (!options_.reparse && (!have_models || has_given_parse(words))) continue;
    for (Token& t : words) clear_annotation(t);
    annotate_words(doc.text, words);
  }
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
  if (doc.given_analysis) return analyze_given(doc, out);
  out.clear();
  cleaner_->clean(doc, out);
  segment(doc, out);
  annotate(doc, out);
}

void Analyzer::analyze_clean_text(const Document& doc, AnalyzedDocument& out) const { analyze_plain(doc, out, false); }

void Analyzer::analyze_plain(const Document& doc, AnalyzedDocument& out, bool headline) const {
  out.clear();
  out.title = doc.title;
  std::vector<ParagraphBlock> blocks;
  ParagraphSplitter().split(doc.text, Span{0, static_cast<uint32_t>(doc.text.size())}, blocks);
  for (const auto& b : blocks) out.paragraphs.push_back(b.span);
  segment(doc, out);
  annotate_sentences(doc, out, headline);
}

}  // namespace dyad
