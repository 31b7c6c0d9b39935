// Parser training: arc-hybrid with a dynamic oracle (see parser_trainer.hpp and
// include/dyad/parse.hpp).
//
// At each state the oracle gives the cost of every valid move (the number of gold
// arcs it makes unreachable; Goldberg & Nivre 2013, arc-hybrid); the perceptron is
// updated when its best move costs more than the cheapest, towards the best-scoring
// cheapest move. From `explore_from` on, the parser then usually follows its own
// (possibly wrong) move, so it learns to recover from its mistakes. Non-projective
// gold trees need no special casing: some arc is then unreachable from the start and
// "cheapest" simply means minimal cost. The arc labeller is trained on every arc the
// parser makes with the right head, with the labels it predicts fed back into the
// state, as at run time.
#include "parser_trainer.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <random>

#include "averaged_perceptron.hpp"
#include "cluster_reader.hpp"
#include "beam_trainer.hpp"
#include "parser_oracle.hpp"
#include "word_class_reader.hpp"
#include "model/feature_hash.hpp"
#include "model/model_file.hpp"

namespace dyad::train {

using parse::kLeft;
using parse::kMoves;
using parse::kShift;
using parse::ParseState;

namespace {

std::string joint_tag(const ::dyad::ConlluWord& w) { return w.xpos + "|" + w.upos; }

void shuffle_indices(std::vector<uint32_t>& v, std::mt19937_64& rng) {
  for (size_t i = v.size(); i > 1; --i) {
    const size_t j = rng() % i;
    std::swap(v[i - 1], v[j]);
  }
}

std::string fmt2(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

}  // namespace

// The tagger's runner-up travels through CoNLL-U (jackknifed training data, cached
// with --save-jackknifed) in MISC as "DyadAltTag=VBN/VERB/1" (xpos/upos/margin).
void write_alt_tag(std::string& misc, std::string_view xpos, std::string_view upos, uint8_t margin) {
  std::string item = "DyadAltTag=" + std::string(xpos) + "/" + std::string(upos) + "/" + std::to_string(margin);
  if (misc.empty() || misc == "_") misc = item;
  else misc += "|" + item;
}

bool read_alt_tag(std::string_view misc, std::string& alt, uint8_t& margin) {
  const size_t at = misc.find("DyadAltTag=");
  if (at == std::string_view::npos) return false;
  std::string_view v = misc.substr(at + 11);
  v = v.substr(0, v.find('|'));
  const size_t a = v.find('/'), b = v.rfind('/');
  if (a == std::string_view::npos || b == a || b + 1 >= v.size()) return false;
  alt = std::string(v.substr(0, a)) + "|" + std::string(v.substr(a + 1, b - a - 1));
  margin = static_cast<uint8_t>(std::min(3, v[b + 1] - '0'));
  return true;
}

void retag(const Tagger& tagger, std::vector<ConlluSentence>& sentences) {
  TagWorkspace ws;
  std::vector<std::string_view> forms;
  std::vector<uint16_t> tags, alt;
  std::vector<uint8_t> margin;
  for (auto& s : sentences) {
    forms.clear();
    for (const auto& w : s.words) forms.push_back(w.form);
    tagger.predict(forms, tags, ws, &alt, &margin);
    for (size_t i = 0; i < s.words.size(); ++i) {
      auto& w = s.words[i];
      w.xpos = tagger.xpos(tags[i]);
      w.upos = tagger.upos(tags[i]);
      w.lemma = tagger.lemmatizer().lemmatize(w.form, w.xpos, i == 0);
      if (alt[i] != 0xffff) write_alt_tag(w.misc, tagger.xpos(alt[i]), tagger.upos(alt[i]), margin[i]);
    }
  }
}

Status jackknife_tags(std::vector<::dyad::ConlluSentence>& sentences, int folds, const TaggerTrainOptions& options) {
  if (folds < 2) return make_error("jackknifing needs at least 2 folds");
  std::vector<::dyad::ConlluSentence> tagged = sentences;
  for (int f = 0; f < folds; ++f) {
    std::vector<::dyad::ConlluSentence> rest, held;
    std::vector<size_t> held_index;
    for (size_t i = 0; i < sentences.size(); ++i) {
      if (static_cast<int>(i % folds) == f) {
        held.push_back(sentences[i]);
        held_index.push_back(i);
      } else {
        rest.push_back(sentences[i]);
      }
    }
    TaggerTrainOptions opt = options;
    auto log = options.log;
    opt.log = [log, f](const std::string& line) {
      if (log) log("jackknife fold " + std::to_string(f + 1) + ": " + line);
    };
    auto model = train_tagger(rest, {}, opt);
    if (!model.ok()) return make_error(model.message());
    auto tagger = tagger_from_model(**model);
    if (!tagger.ok()) return make_error(tagger.message());
    retag(**tagger, held);
    for (size_t j = 0; j < held.size(); ++j) tagged[held_index[j]] = std::move(held[j]);
  }
  sentences = std::move(tagged);
  return Status::Ok();
}

// A copy of the model in memory (no serialising and compressing: that took most of
// each epoch's dev evaluation once the tables grew; save_parser tests the file path).
Result<std::unique_ptr<DependencyParser>> parser_from_model(const parse::ParserModel& model) {
  return std::make_unique<DependencyParser>(std::make_unique<parse::ParserModel>(model));
}

Status save_parser(const parse::ParserModel& model, const std::string& path) {
  model::ModelWriter w(parse::kParserKind, parse::kParserFormatVersion);
  for (const auto& [k, v] : model.metadata) w.set_meta(k, v);
  model.save(w);
  return w.write_file(path);
}

ParseScores evaluate_parser(const DependencyParser& parser, const std::vector<::dyad::ConlluSentence>& sentences) {
  ParseScores scores;
  ParseWorkspace ws;
  Document doc;
  AnalyzedDocument analysis;
  // One sentence at a time through the public API, as `dyad eval-parse` does.
  for (size_t i = 0; i < sentences.size(); ++i) {
    conllu_to_analysis(sentences, i, 1, true, doc, analysis);
    for (size_t j = 0; j < analysis.tokens.size(); ++j) {
      Token& t = analysis.tokens[j];
      t.head = -1;
      t.deprel.clear();
      read_alt_tag(sentences[i].words[j].misc, t.alt_tag, t.tag_margin);
    }
    parser.parse(doc.text, analysis.tokens, ws);
    const auto& gold = sentences[i].words;
    for (size_t j = 0; j < gold.size(); ++j) {
      const Token& t = analysis.tokens[j];
      scores.add(t.upos, t.xpos, t.lemma, t.head, t.deprel, gold[j].upos, gold[j].xpos, gold[j].lemma, gold[j].head,
                 gold[j].deprel);
    }
  }
  return scores;
}

namespace {
Result<std::unique_ptr<parse::ParserModel>> train_one_parser(const std::vector<::dyad::ConlluSentence>& train,
                                                              const std::vector<::dyad::ConlluSentence>& dev,
                                                              const ParserTrainOptions& opt);
}  // namespace

Result<std::unique_ptr<parse::ParserModel>> train_parser(const std::vector<::dyad::ConlluSentence>& train,
                                                          const std::vector<::dyad::ConlluSentence>& dev,
                                                          const ParserTrainOptions& opt) {
  if (opt.ensemble <= 1 || !opt.labeled_moves) return train_one_parser(train, dev, opt);
  // Members keep all their weights; pruning applies to the average.
  std::vector<std::unique_ptr<parse::ParserModel>> members;
  for (int m = 0; m < opt.ensemble; ++m) {
    ParserTrainOptions member = opt;
    member.seed = opt.seed + static_cast<uint64_t>(m);
    member.prune_transitions = 0;
    auto log = opt.log;
    member.log = [log, m](const std::string& line) {
      if (log) log("member " + std::to_string(m + 1) + ": " + line);
    };
    auto one = train_one_parser(train, dev, member);
    if (!one.ok()) return one.error();
    members.push_back(std::move(*one));
  }
  std::vector<const model::SparseWeightTable*> tables;
  std::string epochs;
  for (const auto& m : members) {
    tables.push_back(&m->labeled_moves);
    epochs += (epochs.empty() ? "" : ", ") + m->metadata["epochs"];
  }
  auto model = std::move(members[0]);
  if (!dev.empty() && opt.log) {
    // How the pruning threshold trades size for accuracy (for choosing --prune; the
    // model keeps the one asked for).
    for (float t : {0.25f, 0.5f, 1.0f, 2.0f}) {
      if (t == opt.prune_transitions) continue;
      parse::ParserModel trial = *model;
      trial.labeled_moves = model::SparseWeightTable::average(tables, t);
      auto parser = parser_from_model(trial);
      if (!parser.ok()) return parser.error();
      ParseScores d = evaluate_parser(**parser, dev);
      opt.log("ensemble with --prune " + fmt2(t) + ": " + std::to_string(trial.labeled_moves.size()) +
              " features, " + std::to_string(trial.labeled_moves.memory_bytes() >> 20) + " MB in memory; dev UAS " +
              fmt2(d.percent(d.uas)) + " LAS " + fmt2(d.percent(d.las)));
    }
  }
  model->labeled_moves = model::SparseWeightTable::average(tables, opt.prune_transitions);
  model->metadata["epochs"] = epochs;
  model->metadata["ensemble"] = std::to_string(opt.ensemble) + " parsers (seeds " + std::to_string(opt.seed) + ".." +
                                std::to_string(opt.seed + opt.ensemble - 1) + "), weights averaged";
  model->metadata["weights"] = std::to_string(model->labeled_moves.size()) + " labelled-move features";
  if (!dev.empty()) {
    auto parser = parser_from_model(*model);
    if (!parser.ok()) return parser.error();
    ParseScores d = evaluate_parser(**parser, dev);
    char buf[128];
    std::snprintf(buf, sizeof buf, "UAS %.2f LAS %.2f (predicted tags; %zu words)", d.percent(d.uas),
                  d.percent(d.las), d.words);
    model->metadata["dev_scores"] = buf;
    if (opt.log) opt.log("ensemble: " + std::to_string(model->labeled_moves.size()) + " features; dev " + buf);
  }
  return model;
}

namespace {

Result<std::unique_ptr<parse::ParserModel>> train_one_parser(const std::vector<::dyad::ConlluSentence>& train,
                                                              const std::vector<::dyad::ConlluSentence>& dev,
                                                              const ParserTrainOptions& opt) {
  auto log = [&](const std::string& line) {
    if (opt.log) opt.log(line);
  };
  if (train.empty()) return make_error("parser training: no training sentences");
  auto model = std::make_unique<parse::ParserModel>();
  // Tag and label inventories, most frequent first.
  std::map<std::string, size_t> tag_counts, label_counts;
  for (const auto& s : train) {
    for (const auto& w : s.words) {
      if (w.head < 0) return make_error("parser training: sentence " + s.sent_id + " has a word without HEAD");
      ++tag_counts[joint_tag(w)];
      ++label_counts[w.deprel];
    }
  }
  auto by_count = [](const std::map<std::string, size_t>& m) {
    std::vector<std::pair<std::string, size_t>> v(m.begin(), m.end());
    std::stable_sort(v.begin(), v.end(), [](auto& a, auto& b) { return a.second > b.second; });
    std::vector<std::string> names;
    for (auto& [k, n] : v) names.push_back(k);
    return names;
  };
  for (const auto& t : opt.known_tags) tag_counts.emplace(t, 0);  // count 0: listed last
  model->tags = by_count(tag_counts);
  model->labels = {""};
  for (auto& l : by_count(label_counts)) model->labels.push_back(l);
  if (label_counts.count("root") == 0) return make_error("parser training: no 'root' relation in the data");
  if (model->labels.size() > 64) return make_error("parser training: more than 63 relations");
  model->feature_groups = opt.labeled_moves ? static_cast<uint32_t>(parse::kLabeledMoves) : 0u;
  if (opt.beam < 1 || opt.beam > parse::ParserModel::kMaxBeam) {
    return make_error("parser training: beam width must be 1 to " + std::to_string(parse::ParserModel::kMaxBeam));
  }
  if (opt.beam > 1 && !opt.labeled_moves) return make_error("parser training: a beam needs labelled moves");
  model->beam = opt.beam;
  if (opt.beam > 1) model->metadata["beam"] = std::to_string(opt.beam);
  if (!opt.word_classes_dir.empty()) {
    if (Status st = read_word_classes(opt.word_classes_dir, model->word_classes); !st.ok()) {
      return make_error(st.message());
    }
    model->feature_groups |= parse::kWordClasses;
    log("word classes: " + std::to_string(model->word_classes.size()) + " WordNet lemmas");
  }
  if (!opt.clusters_path.empty()) {
    if (Status st = read_word_clusters(opt.clusters_path, model->clusters); !st.ok()) return make_error(st.message());
    model->feature_groups |= parse::kClusters;
    log("word clusters: " + std::to_string(model->clusters.size()) + " words");
  }
  model->index();
  const int n_labels = static_cast<int>(model->labels.size());
  std::map<std::string, uint16_t> label_id;
  for (int i = 0; i < n_labels; ++i) label_id[model->labels[i]] = static_cast<uint16_t>(i);

  std::vector<TrainingSentence> data(train.size());
  std::string scratch;
  for (size_t i = 0; i < train.size(); ++i) {
    const auto& s = train[i];
    auto& d = data[i];
    const int n = static_cast<int>(s.words.size());
    for (const auto& w : s.words) {
      std::string alt;
      uint8_t margin = 3;
      read_alt_tag(w.misc, alt, margin);
      d.words.push_back(model->attributes(w.form, w.xpos, w.upos, w.lemma, alt, margin, scratch));
      d.gold_head.push_back(w.head == 0 ? n : w.head - 1);
      d.gold_label.push_back(label_id[w.deprel]);
    }
    d.words.push_back(parse::root_attr(*model));
    d.gold_children.assign(n + 1, {});
    for (int j = 0; j < n; ++j) d.gold_children[d.gold_head[j]].push_back(j);
  }

  const bool labeled = model->labeled();
  const int n_classes = labeled ? model->move_classes() : kMoves;
  train::AveragedPerceptron moves(n_classes), labels(n_labels);
  std::mt19937_64 rng(opt.seed);
  std::uniform_real_distribution<double> coin(0.0, 1.0);
  std::vector<uint32_t> order(train.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  ParseState st;
  uint64_t feats[parse::kMaxTransitionFeatures];
  uint64_t lfeats[parse::kMaxLabelFeatures];
  std::vector<int64_t> lscores(n_labels), scores(n_classes);
  std::vector<int> costs(n_classes);
  double best_las = -1;
  int best_epoch = 0;
  ParseScores best_dev;
  model::DenseWeightTable best_transitions;
  model::SparseWeightTable best_labeller, best_labeled_moves;

  BeamTrainer beam_trainer(*model, moves, opt.beam);
  size_t beam_sentences = 0, beam_right = 0;

  for (int epoch = 1; epoch <= opt.epochs; ++epoch) {
    shuffle_indices(order, rng);
    size_t correct_moves = 0, total_moves = 0, correct_labels = 0, total_labels = 0;
    beam_sentences = beam_right = 0;
    const bool explore = epoch >= opt.explore_from;
    for (uint32_t si : order) {
      const TrainingSentence& s = data[si];
      if (opt.beam > 1 && labeled) {
        ++beam_sentences;
        beam_right += beam_trainer.train(s);
        continue;
      }
      const int n = static_cast<int>(s.gold_head.size());
      st.init(n);
      st.set_marker_labels(model->marker_labels);
      while (!st.terminal()) {
        const size_t nf = parse::transition_features(st, s.words.data(), model->feature_groups, feats);
        std::fill(scores.begin(), scores.end(), 0);
        moves.score(feats, nf, scores.data());
        int move_cost[kMoves];
        move_costs(st, s, move_cost);
        if (labeled) {
          // A labelled arc costs one more when its head is right and its label wrong.
          for (int c = 0; c < n_classes; ++c) costs[c] = labeled_move_cost(*model, st, s, move_cost, c);
        } else {
          for (int m = 0; m < kMoves; ++m) costs[m] = move_cost[m];
        }
        int predicted = -1, min_cost = INT32_MAX;
        for (int m = 0; m < n_classes; ++m) {
          if (costs[m] == INT32_MAX) continue;
          if (predicted < 0 || scores[m] > scores[predicted]) predicted = m;
          min_cost = std::min(min_cost, costs[m]);
        }
        int best_cheap = -1;
        for (int m = 0; m < n_classes; ++m) {
          if (costs[m] == min_cost && (best_cheap < 0 || scores[m] > scores[best_cheap])) best_cheap = m;
        }
        int next = predicted;
        if (costs[predicted] > min_cost) {
          moves.update(feats, nf, best_cheap, +1);
          moves.update(feats, nf, predicted, -1);
          if (!(explore && coin(rng) < opt.explore_probability)) next = best_cheap;
        } else {
          ++correct_moves;
          // With a margin, a right move that beat the best costly one by less than the
          // margin is also an update (towards the right move, against that rival).
          if (opt.margin > 0) {
            int rival = -1;
            for (int m = 0; m < n_classes; ++m) {
              if (costs[m] != INT32_MAX && costs[m] > min_cost && (rival < 0 || scores[m] > scores[rival])) rival = m;
            }
            if (rival >= 0 && scores[predicted] - scores[rival] < opt.margin) {
              moves.update(feats, nf, predicted, +1);
              moves.update(feats, nf, rival, -1);
            }
          }
        }
        ++total_moves;
        moves.tick();
        if (labeled) {
          parse::ParserModel::apply_labeled(st, next);
          continue;
        }
        if (next == kShift) {
          st.shift();
          continue;
        }
        const int d = st.s(0);
        const int h = next == kLeft ? st.b(0) : st.s(1);
        uint16_t label = model->root_label;
        if (h != n) {
          const size_t nlf = parse::label_features(st, s.words.data(), model->feature_groups, h, d, lfeats);
          std::fill(lscores.begin(), lscores.end(), 0);
          labels.score(lfeats, nlf, lscores.data());
          int guess = -1;
          for (int c = 1; c < n_labels; ++c) {
            if (c == model->root_label) continue;
            if (guess < 0 || lscores[c] > lscores[guess]) guess = c;
          }
          label = static_cast<uint16_t>(guess);
          if (s.gold_head[d] == h) {
            const int truth = s.gold_label[d];
            if (guess != truth && truth != model->root_label) {
              labels.update(lfeats, nlf, truth, +1);
              labels.update(lfeats, nlf, guess, -1);
            } else {
              ++correct_labels;
            }
            ++total_labels;
            labels.tick();
          }
        }
        if (next == kLeft) st.left(label);
        else st.right(label);
      }
    }
    std::vector<uint64_t> keys;
    std::vector<float> weights;
    std::vector<uint32_t> starts;
    std::vector<uint16_t> cls;
    if (labeled) {
      moves.export_sparse(opt.prune_transitions, keys, starts, cls, weights);
      model->labeled_moves.build(n_classes, keys, starts, cls, weights, model::quantisation_scale(weights));
    } else {
      moves.export_dense(opt.prune_transitions, keys, weights);
      model->transitions.build(keys, weights, model::quantisation_scale(weights));
      labels.export_sparse(opt.prune_labels, keys, starts, cls, weights);
      model->labeller.build(n_labels, keys, starts, cls, weights, model::quantisation_scale(weights));
    }
    std::string line =
        "epoch " + std::to_string(epoch) +
        (opt.beam > 1 ? ": sentences decoded right " + fmt2(100.0 * beam_right / std::max<size_t>(beam_sentences, 1)) + "; "
                      : ": moves " + fmt2(100.0 * correct_moves / std::max<size_t>(total_moves, 1)) + ", labels " +
                            fmt2(100.0 * correct_labels / std::max<size_t>(total_labels, 1)) + "; ") +
                       std::to_string(labeled ? model->labeled_moves.size() : model->transitions.size()) + " + " +
                       std::to_string(model->labeller.size()) + " features";
    if (!dev.empty()) {
      auto parser = parser_from_model(*model);
      if (!parser.ok()) return parser.error();
      ParseScores d = evaluate_parser(**parser, dev);
      line += "; dev UAS " + fmt2(d.percent(d.uas)) + " LAS " + fmt2(d.percent(d.las));
      if (d.percent(d.las) > best_las) {
        best_las = d.percent(d.las);
        best_epoch = epoch;
        best_dev = d;
        best_transitions = model->transitions;
        best_labeller = model->labeller;
        best_labeled_moves = model->labeled_moves;
      }
    } else {
      best_epoch = epoch;
      best_transitions = model->transitions;
      best_labeller = model->labeller;
      best_labeled_moves = model->labeled_moves;
    }
    log(line);
  }
  model->transitions = std::move(best_transitions);
  model->labeller = std::move(best_labeller);
  model->labeled_moves = std::move(best_labeled_moves);
  model->metadata["model"] = "Dyad dependency parser (UD basic relations)";
  model->metadata["date"] = today_utc();
  model->metadata["features"] = parse::kParserFeatureSet;
  model->metadata["epochs"] = std::to_string(best_epoch) + " of " + std::to_string(opt.epochs) + " (best dev LAS)";
  model->metadata["seed"] = std::to_string(opt.seed);
  if (model->feature_groups & parse::kWordClasses) {
    model->metadata["word classes"] = "WordNet 3.0 lexicographer file of the first sense, " +
                                      std::to_string(model->word_classes.size()) +
                                      " lemmas (s0, s1, b0 with their tags; s1-s0 through s0's case/mark word)";
  }
  if (model->feature_groups & parse::kClusters) {
    model->metadata["word clusters"] = std::to_string(model->clusters.size()) + " words from " +
                                       std::filesystem::path(opt.clusters_path).filename().string() +
                                       " (fine and coarse clusters of s0, s1, b0, b1; pairs s0-b0, s1-s0)";
  }
  model->metadata["moves"] = opt.labeled_moves ? "labelled (SHIFT, LEFT-l, RIGHT-l)" : "unlabelled + arc labeller";
  model->metadata["oracle"] = "dynamic (arc-hybrid), exploration from epoch " + std::to_string(opt.explore_from) +
                              " with p=" + fmt2(opt.explore_probability) +
                              (opt.margin > 0 ? ", margin " + std::to_string(opt.margin) : std::string());
  model->metadata["weights"] =
      labeled ? std::to_string(model->labeled_moves.size()) + " labelled-move features"
              : std::to_string(model->transitions.size()) + " transition features, " +
                    std::to_string(model->labeller.size()) + " label features";
  if (!dev.empty()) {
    char buf[128];
    std::snprintf(buf, sizeof buf, "UAS %.2f LAS %.2f (predicted tags; %zu words)", best_dev.percent(best_dev.uas),
                  best_dev.percent(best_dev.las), best_dev.words);
    model->metadata["dev_scores"] = buf;
  }
  return model;
}

}  // namespace

}  // namespace dyad::train
