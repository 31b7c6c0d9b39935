// Options shared by the subcommands that read news (inputs, --input-format, --date),
// by those that code it (--dict-dir, --dict, --keep-boilerplate, --reparse) and by
// every one that loads models (--model-dir).
#pragma once

#include <CLI/CLI.hpp>
#include <iostream>
#include <string>
#include <vector>

#include "dyad/event_pipeline.hpp"
#include "dyad/ingest.hpp"

namespace dyad::cli {

// --model-dir: every subcommand that loads models declares it through this, so the
// option reads the same everywhere. Empty means the built-in models (find_model_dir).
inline void add_model_dir_option(CLI::App* cmd, std::string& model_dir) {
  cmd->add_option("--model-dir", model_dir, "Directory of the model files (default: built-in)");
}

struct InputOptions {
  std::vector<std::string> inputs;
  std::string input_format = "auto";
  std::string date;
  bool quiet = false;
  uint64_t max_input_bytes = ReadOptions{}.max_input_bytes;
  uint64_t max_document_bytes = ReadOptions{}.max_document_bytes;

  void add_to(CLI::App* cmd) {
    cmd->add_option("inputs", inputs, "Files, directories (recursive) or - for stdin");
    cmd->add_option("--input-format", input_format,
                    "auto|text|html|jsonl|json|warc|conllu (default: detect from content and name)");
    cmd->add_option("--date", date, "Set every document's date (YYYY-MM-DD)");
    cmd->add_flag("-q,--quiet", quiet, "Print no summary");
    cmd->add_option("--max-input-bytes", max_input_bytes,
                    "Refuse an input file larger than this, raw or inflated (default 256MiB; units: KiB, MiB, GiB)")
        ->transform(CLI::AsSizeValue(false));
    cmd->add_option("--max-document-bytes", max_document_bytes,
                    "Refuse a document whose text is larger than this (default 16MiB; units: KiB, MiB, GiB)")
        ->transform(CLI::AsSizeValue(false));
  }

  // Validates and converts to ReadOptions; on a usage error prints it and returns false.
  bool to_read_options(ReadOptions& out) const {
    auto fmt = parse_input_format(input_format);
    if (!fmt) {
      std::cerr << "dyad: unknown --input-format '" << input_format
                << "' (expected auto, text, html, jsonl, json, warc or conllu)\n";
      return false;
    }
    out.format = *fmt;
    if (max_input_bytes == 0 || max_document_bytes == 0) {
      std::cerr << "dyad: --max-input-bytes and --max-document-bytes must be above 0\n";
      return false;
    }
    out.max_input_bytes = max_input_bytes;
    out.max_document_bytes = max_document_bytes;
    if (!date.empty()) {
      auto d = Date::parse_iso(date);
      if (!d) {
        std::cerr << "dyad: --date '" << date << "' is not a date of the form YYYY-MM-DD\n";
        return false;
      }
      out.date = *d;
    }
    return true;
  }
};

// Where the dictionaries and models come from, for the commands that code events.
struct PipelineArgs {
  std::string dict_dir;
  std::vector<std::string> extra_dicts;
  std::string model_dir;
  bool keep_boilerplate = false;
  bool reparse = false;
  double min_confidence = 0;

  // `boilerplate`: also offer --keep-boilerplate.
  void add_to(CLI::App* cmd, bool boilerplate) {
    cmd->add_option("--dict-dir", dict_dir,
                    "Load the dictionaries (PETRARCH or Dyad format) of DIR instead of the built-in ones");
    cmd->add_option("--dict", extra_dicts, "Add a dictionary file (repeatable)");
    add_model_dir_option(cmd, model_dir);
    if (boilerplate) cmd->add_flag("--keep-boilerplate", keep_boilerplate, "Do not remove boilerplate");
    cmd->add_option("--min-confidence", min_confidence,
                    "Keep only events of at least this confidence, 0-1 (docs/coding.md; default 0: all)")
        ->check(CLI::Range(0.0, 1.0));
  }
  // --reparse, for the commands that code their inputs (dyad code, dyad ingest).
  void add_reparse_to(CLI::App* cmd) {
    cmd->add_flag("--reparse", reparse,
                  "CoNLL-U input: tag and parse it with Dyad's models instead of keeping the file's parse");
  }

  EventPipelineOptions options() const {
    EventPipelineOptions o;
    o.dict_dir = dict_dir;
    o.extra_dicts = extra_dicts;
    o.analyzer.model_dir = model_dir;
    o.analyzer.clean.remove_boilerplate = !keep_boilerplate;
    o.analyzer.reparse = reparse;
    o.min_confidence = min_confidence;
    return o;
  }
};

// Reads every input, calling `emit` per document; prints problems and the summary to
// stderr. Returns kOk, or kDataError when an input or record could not be read.
int read_all_inputs(const InputOptions& opts, const ReadOptions& read, const DocumentCallback& emit);

}  // namespace dyad::cli
