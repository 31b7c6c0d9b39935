// PETRARCH / TABARI validation files: reading them and running them through the coder.
//
// A validation file is XML: an <Environment> naming the dictionaries, then
// <Sentences> holding <Sentence> records (id, category, date; <Text>, an optional
// <Parse> -- CoNLL-U or a Penn tree --, and <EventCoding> expectations) with <Config>
// elements between them that change coder options from there on (require_dyad,
// new_actor_length). A record passes when the set of (code, source, target) Dyad
// codes equals the expected set; a record expecting an error ("sentencediscard",
// "storydiscard", "dateline", "bad_input_parse") passes when Dyad reports that status.
// ValidationSuite puts the pieces together for `dyad validate`: it finds and loads the
// dictionaries the file names and creates the analyzer when records need one.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "dyad/code.hpp"
#include "dyad/result.hpp"

namespace dyad {

class Analyzer;

struct ExpectedEvent {
  std::string code;
  std::string source;
  std::string target;
  friend bool operator==(const ExpectedEvent&, const ExpectedEvent&) = default;
  friend bool operator<(const ExpectedEvent& a, const ExpectedEvent& b) {
    return std::tie(a.code, a.source, a.target) < std::tie(b.code, b.source, b.target);
  }
};

struct ValidationRecord {
  std::string id;
  std::string category;
  Date date;
  std::string text;
  std::string parse;          // as given (CoNLL-U lines or a Penn tree), may be empty
  std::vector<ExpectedEvent> expected;  // empty with no error = no events expected
  std::string expected_error; // "sentencediscard", ...
  int line = 0;               // line of the <Sentence> element
  // Options in force for this record (from the <Config> elements before it).
  bool require_dyad = true;
  int new_actor_length = 0;
};

struct ValidationFile {
  // Every dictionary file the <Environment> names, in order: ("verbs",
  // "PETR.Validate.verbs.txt"), ("actors", "a.txt"), ("actors", "b.txt") ... -- each
  // <Actorfile> element, and each name of a comma-separated list in one.
  std::vector<std::pair<std::string, std::string>> dictionaries;
  std::vector<std::string> notes;                   // environment entries not used, ...
  std::vector<ValidationRecord> records;
};

// Parses the XML text of a validation file; `name` is used in messages. Files as
// PETRARCH's own line-oriented tools accept them are read too: a header of '#' lines
// before the XML, and a <Sentence ... /> start tag written self-closed and then closed
// again by </Sentence>. What still is not XML is an error naming file:line.
Result<ValidationFile> read_validation_file(std::string_view xml, const std::string& name);

struct RecordOutcome {
  const ValidationRecord* record = nullptr;
  bool passed = false;
  std::vector<ExpectedEvent> got;
  std::string status;   // sentence status ("coded", "sentencediscard", ...)
  std::string why;      // for a failure: what went wrong, as far as Dyad can tell
};

struct ValidationRun {
  std::vector<RecordOutcome> outcomes;
  struct Tally {
    int passed = 0;
    int failed = 0;
  };
  std::map<std::string, Tally> by_category;
  int passed = 0;
  int failed = 0;
};

struct ValidationOptions {
  bool use_provided_parse = false;
  CoderOptions coder = CoderOptions::petrarch();
};

// Codes every record. With use_provided_parse, CoNLL-U parses are used as given;
// otherwise (or for a record without a parse) `analyzer` analyses the <Text>, and a
// record it cannot parse fails with the reason. `analyzer` may be null when only
// provided parses are used.
ValidationRun run_validation(const ValidationFile& file, Dictionary& dict, const ValidationOptions& options,
                             const Analyzer* analyzer);

// "ARN GON 064" style rendering of an event set, for reports.
std::string format_events(const std::vector<ExpectedEvent>& events);

// Where a validation file's dictionaries and the models come from.
struct ValidationSources {
  std::string dict_dir;                  // looked in before the file's own directory
  std::vector<std::string> extra_dicts;  // loaded after the dictionaries the file names
  std::string model_dir;                 // for the analyzer; empty = find_model_dir()
};

// A validation file with the dictionaries its <Environment> names loaded and
// compiled: what `dyad validate` runs. Loading and running are two steps so that a
// caller can show the dictionary problems and notes before the (slower) run.
class ValidationSuite {
 public:
  // Reads the file at `path`; loads each dictionary it names from sources.dict_dir
  // when it is there, else from the file's directory (an error when in neither); then
  // the extra dictionaries. Problems in dictionary lines are not errors: see
  // dictionary_report().
  static Result<std::unique_ptr<ValidationSuite>> load(const std::string& path, const ValidationSources& sources);

  const ValidationFile& file() const { return file_; }
  const LoadReport& dictionary_report() const { return report_; }

  // Codes every record with run_validation. An analyzer is created when some record
  // is to be parsed from its <Text>: every record without use_provided_parse, else
  // those without a CoNLL-U or Penn parse. Failing to create it is an error only
  // without use_provided_parse; with it, such records fail as "noparse". The run's
  // outcomes point into this suite's records.
  Result<ValidationRun> run(const ValidationOptions& options);

 private:
  ValidationSuite() = default;

  ValidationFile file_;
  Dictionary dict_;
  LoadReport report_;
  std::string model_dir_;
};

}  // namespace dyad
