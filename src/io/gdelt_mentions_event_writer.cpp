// The "gdelt-mentions" event format: GDELT 2.0 Mentions rows, 16 tab-separated
// columns, one per event: the link from an event (its stable id, GLOBALEVENTID of the
// "gdelt" rows) to the article and sentence it came from, with the character offsets
// of its actors and action in the article and its confidence.
//
//   id  time  time  type  outlet  url-or-doc-id  sentence  a1  a2  action  1  conf  ...
//
// SentenceID counts from 1, as GDELT's does (Dyad's sentence n is n + 1; a title event
// is 0). A character offset is -1 when unknown, as GDELT writes it; MentionDocLen,
// MentionDocTone, MentionDocTranslationInfo and Extras are empty.
#include <cmath>
#include <memory>

#include "io/event_fields.hpp"
#include "io/event_format.hpp"

namespace dyad::io {

namespace {

// "2026-12-07T06:50:00Z" -> "20261207065000"; empty when unknown.
std::string gdelt_time(const std::string& iso) {
  std::string out;
  for (char c : iso) {
    if (c >= '0' && c <= '9') out += c;
  }
  return out.size() == 14 ? out : std::string();
}

class GdeltMentionsWriter final : public EventWriter {
 public:
  explicit GdeltMentionsWriter(std::ostream& out) : out_(out) {}

  void write(const Event& e) override {
    const std::string time = gdelt_time(e.coded_at);
    const std::string fields[] = {
        std::to_string(event_id(e)),
        time,                                                          // EventTimeDate
        time,                                                          // MentionTimeDate
        e.url.empty() ? "" : "1",                                      // MentionType: 1 = WEB
        e.outlet,                                                      // MentionSourceName
        e.url.empty() ? e.doc_id : e.url,                              // MentionIdentifier
        std::to_string(e.from_title ? 0 : e.sentence + 1),             // SentenceID, from 1
        std::to_string(e.source.chars.known() ? e.source.chars.begin : -1),  // Actor1CharOffset
        std::to_string(e.target.chars.known() ? e.target.chars.begin : -1),  // Actor2CharOffset
        std::to_string(e.verb_chars.known() ? e.verb_chars.begin : -1),      // ActionCharOffset
        "1",                                                           // InRawText: coded from the text itself
        std::to_string(static_cast<int>(std::lround(e.confidence * 100))),  // Confidence, percent
        "", "", "", ""};  // MentionDocLen, MentionDocTone, MentionDocTranslationInfo, Extras
    std::string line;
    line.reserve(256);
    append_tsv_row(line, fields);
    out_ << line;
  }

 private:
  std::ostream& out_;
};

}  // namespace

extern const EventFormat kGdeltMentionsEventFormat = {
    "gdelt-mentions", "", false,
    [](std::ostream& out, const EventWriterOptions&) -> std::unique_ptr<EventWriter> {
      return std::make_unique<GdeltMentionsWriter>(out);
    }};

}  // namespace dyad::io
