// The CoNLL-U input reader: a parsed file (a treebank, or `dyad analyze --format
// conllu` output) in, one Document per `# newdoc` out, each carrying the file's
// sentences, tokens, tags, lemmas and dependencies in Document::given_analysis.
// Reading them here, with the other input formats, is what lets `dyad analyze`,
// `dyad code`, `dyad ingest` and `dyad actors` share one path: the Analyzer starts
// from the given analysis (and keeps or redoes the parse, AnalyzerOptions::reparse)
// instead of treating the file as prose.
//
// Document ids: the `# newdoc id`; without one, the file's id (a hash of its text,
// as for any input without an id) when the file is one document, else that id with
// "-<n>" for the n-th document of the file:
//   # newdoc id = wire-7         -> "wire-7"
//   no `# newdoc` in the file    -> "d1f0c4..."    (the whole file is one document)
//   2nd `# newdoc` with no id    -> "d1f0c4...-2"
// A document's text is rebuilt from its word forms (conllu_to_analysis): a space
// unless SpaceAfter=No, a line break between sentences, a blank line between
// paragraphs. `# text` is not used, so token spans always slice the text.
//
// A file that does not parse is skipped whole, with "file:line: what is wrong": a
// half-read treebank would silently give half the documents.
#include <memory>

#include "base/strings.hpp"
#include "dyad/conllu.hpp"
#include "dyad/ingest.hpp"

namespace dyad {

void read_conllu_documents(std::string_view bytes, const std::string& source, const ReadOptions& options,
                           const DocumentCallback& emit, IngestReport& report) {
  Result<DecodedText> decoded = decode_text(bytes);
  if (!decoded.ok()) return report.skip(source, decoded.message());
  Document file;
  file.text = std::move(decoded->text);
  if (base::trim(file.text).empty()) return report.skip(source, "empty input");
  normalize_nfc(file.text);
  assign_content_id(file);

  auto sentences = read_conllu(file.text, source);
  if (!sentences.ok()) return report.skip("", sentences.message());  // the message names source:line
  const std::vector<ConlluSentence>& s = *sentences;
  if (s.empty()) return report.warn(source, "no sentences");

  for (size_t first = 0, part = 1; first < s.size(); ++part) {
    size_t end = first + 1;
    while (end < s.size() && !s[end].newdoc) ++end;
    Document doc;
    auto analysis = std::make_shared<AnalyzedDocument>();
    conllu_to_analysis(s, first, end - first, /*keep_annotation=*/true, doc, *analysis);
    if (!s[first].newdoc_id.empty()) doc.id = s[first].newdoc_id;
    else if (part == 1 && end == s.size()) doc.id = file.id;
    else doc.id = file.id + "-" + std::to_string(part);
    doc.source = source;
    doc.given_analysis = std::move(analysis);
    // Finished by hand rather than by ingest::emit_document: its NFC pass could join
    // a word that starts with a combining mark to the word before it and move the
    // token spans. The forms come from the NFC text already; the id is set.
    if (options.date) doc.date = options.date;
    ++report.documents;
    if (emit) emit(std::move(doc));
    first = end;
  }
}

}  // namespace dyad
