// dyad analyze: the linguistic analysis of news text (sentences, tokens, tags,
// lemmas, dependencies) as CoNLL-U, text or JSON Lines.
//
// CoNLL-U input (--input-format conllu, or detected) keeps its tokenization and
// sentences: only the tagger and parser run (AnalyzerOptions::reparse), so a
// treebank's gold tokens can be analysed and compared (see also `dyad eval-parse`).
// The input reader makes one document per `# newdoc`, as for `dyad code`.
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "dyad/output.hpp"
#include "dyad/pipeline.hpp"
#include "input_options.hpp"

namespace dyad::cli {

namespace {

struct AnalyzeOptions {
  InputOptions input;
  std::string format = "conllu";
  std::string model_dir;
  bool keep_boilerplate = false;
};

int run_analyze(const AnalyzeOptions& o) {
  ReadOptions read;
  if (!o.input.to_read_options(read)) return kUsageError;
  AnalysisFormat format;
  if (o.format == "conllu") format = AnalysisFormat::Conllu;
  else if (o.format == "text") format = AnalysisFormat::Text;
  else if (o.format == "jsonl") format = AnalysisFormat::Jsonl;
  else {
    std::cerr << "dyad: unknown --format '" << o.format << "' (expected conllu, text or jsonl)\n";
    return kUsageError;
  }
  AnalyzerOptions aopts;
  aopts.model_dir = o.model_dir;
  aopts.clean.remove_boilerplate = !o.keep_boilerplate;
  aopts.reparse = true;  // CoNLL-U input: Dyad's own tags and parse, on the file's tokens
  // The text format prints sentences only: no need to tag and parse them.
  if (format == AnalysisFormat::Text) aopts.tag = aopts.parse = false;
  auto analyzer = Analyzer::create(aopts);
  if (!analyzer.ok()) {
    std::cerr << "dyad: " << analyzer.message() << '\n';
    return kDataError;
  }
  AnalyzedDocument analysis;  // reused across documents
  return read_all_inputs(o.input, read, [&](Document&& doc) {
    (*analyzer)->analyze(doc, analysis);
    write_analysis(std::cout, format, doc, analysis);
  });
}

}  // namespace

void register_analyze(CLI::App& app, Runner& run) {
  auto opts = std::make_shared<AnalyzeOptions>();
  CLI::App* cmd = app.add_subcommand("analyze", "Clean, split, tokenize, tag, lemmatize and parse news text; print the analysis");
  opts->input.add_to(cmd);
  cmd->add_option("-f,--format", opts->format, "conllu|text|jsonl (default conllu)");
  add_model_dir_option(cmd, opts->model_dir);
  cmd->add_flag("--keep-boilerplate", opts->keep_boilerplate, "Do not remove boilerplate (navigation, appeals, ...)");
  cmd->callback([&run, opts] { run = [opts] { return run_analyze(*opts); }; });
}

}  // namespace dyad::cli
