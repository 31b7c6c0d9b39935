// Options shared by every subcommand that reads news: inputs, --input-format, --date.
#pragma once

#include <CLI/CLI.hpp>
#include <iostream>
#include <string>
#include <vector>

#include "dyad/ingest.hpp"

namespace dyad::cli {

struct InputOptions {
  std::vector<std::string> inputs;
  std::string input_format = "auto";
  std::string date;
  bool quiet = false;

  void add_to(CLI::App* cmd) {
    cmd->add_option("inputs", inputs, "Files, directories (recursive) or - for stdin");
    cmd->add_option("--input-format", input_format,
                    "auto|text|html|jsonl|json|warc|conllu (default: detect from content and name)");
    cmd->add_option("--date", date, "Set every document's date (YYYY-MM-DD)");
    cmd->add_flag("-q,--quiet", quiet, "Print no summary");
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
    if (!date.empty()) {
      auto d = parse_date(date);
      if (!d || d->size() != 10 || date.size() != 10) {
        std::cerr << "dyad: --date '" << date << "' is not a date of the form YYYY-MM-DD\n";
        return false;
      }
      out.date = *d;
    }
    return true;
  }
};

// Reads every input, calling `emit` per document; prints problems and the summary to
// stderr. Returns kOk, or kDataError when an input or record could not be read.
int read_all_inputs(const InputOptions& opts, const ReadOptions& read, const DocumentCallback& emit);

}  // namespace dyad::cli
