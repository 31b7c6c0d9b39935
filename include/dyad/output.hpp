// Writers for the analysis: CoNLL-U, one sentence per line, and JSON Lines.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "dyad/analysis.hpp"
#include "dyad/document.hpp"

namespace dyad {

enum class AnalysisFormat { Conllu, Text, Jsonl };

// Writes `analysis` of `doc` to `os`. CoNLL-U: "# newdoc id", "# sent_id = <doc>-<n>",
// "# text", one line per word, multiword-token ranges for split clitics, "_" in the
// columns no stage has filled, SpaceAfter=No and TokenRange=start:end (characters)
// in MISC.
void write_analysis(std::ostream& os, AnalysisFormat format, const Document& doc,
                    const AnalyzedDocument& analysis);

// The sentence text with runs of whitespace (hard wraps) folded into one space.
std::string sentence_text(std::string_view text, const AnalyzedDocument& analysis,
                          const Sentence& sentence);

}  // namespace dyad
