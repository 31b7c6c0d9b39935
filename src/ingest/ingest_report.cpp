// IngestReport (counts and the first problems), the content id, and emit_document,
// the one place where every reader finishes a Document.
//
// Finishing in one place keeps the readers' promises identical: --date overrides
// every input date, text and title are NFC, the id is the input's or a hash of the
// text, and report.documents counts exactly what reached the callback.
#include <xxhash.h>

#include <cstdio>

#include "dyad/ingest.hpp"

#include "base/strings.hpp"
#include "ingest_support.hpp"

namespace dyad {

// Names and messages may quote input (a file name, a field's value): control bytes
// are escaped before they reach a terminal.
void IngestReport::skip(const std::string& where, const std::string& what) {
  ++skipped_records;
  if (problems.size() < kMaxProblems) {
    problems.push_back(base::printable(where.empty() ? what : where + ": " + what, 500));
  }
}

void IngestReport::warn(const std::string& where, const std::string& what) {
  ++warnings;
  if (problems.size() < kMaxProblems) {
    problems.push_back(base::printable(where.empty() ? what : where + ": " + what, 500));
  }
}

namespace {
std::string counted(uint64_t n, const char* singular, const char* plural) {
  return std::to_string(n) + " " + (n == 1 ? singular : plural);
}
}  // namespace

std::string IngestReport::summary() const {
  std::string s = "read " + counted(documents, "document", "documents") + " from " +
                  counted(inputs, "input", "inputs");
  if (skipped_records || warnings) {
    s += ";";
    if (skipped_records) s += " skipped " + counted(skipped_records, "bad record", "bad records");
    if (skipped_records && warnings) s += ",";
    if (warnings) s += " " + counted(warnings, "warning", "warnings");
  }
  if (headline_only) s += "; " + std::to_string(headline_only) + " of them headline-only (coded from the headline)";
  if (ignored_records) s += "; ignored " + counted(ignored_records, "record", "records") +
                            " with no article text or title (empty, non-HTML or non-response)";
  return s;
}

void assign_content_id(Document& doc) {
  if (!doc.id.empty()) return;
  // (A headline-only record: a hash of its headline.)
  const std::string& basis = doc.text.empty() ? doc.title : doc.text;
  XXH64_hash_t hash = XXH3_64bits(basis.data(), basis.size());
  char buf[20];
  std::snprintf(buf, sizeof buf, "d%016llx", static_cast<unsigned long long>(hash));
  doc.id = buf;
}

namespace ingest {

void emit_document(Document&& doc, const ReadOptions& options, const DocumentCallback& emit,
                   IngestReport& report) {
  if (options.date) doc.date = options.date;
  normalize_nfc_mapped(doc.text, doc.raw_map);
  normalize_nfc(doc.title);
  assign_content_id(doc);
  ++report.documents;
  if (emit) emit(std::move(doc));
}

}  // namespace ingest

}  // namespace dyad
