// Tagger training (see tagger_trainer.hpp and include/dyad/tag.hpp).
//
// The lexicon (tag dictionary and ambiguity classes) and the lemmatizer are built from
// the whole training set before the perceptron runs; each epoch then tags the
// training sentences greedily with the current weights, updating on every mistake,
// exactly as the run-time decoder will tag (its own previous tags as history).
#include "tagger_trainer.hpp"
#include "base/strings.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <random>
#include <set>

#include "averaged_perceptron.hpp"
#include "lemmatizer_trainer.hpp"
#include "model/feature_hash.hpp"
#include "model/model_file.hpp"

namespace dyad::train {

namespace {

std::string joint_name(const ::dyad::ConlluWord& w) { return w.xpos + "|" + w.upos; }

// Fisher-Yates with a fixed generator: std::shuffle's algorithm is unspecified, so
// it could differ between standard libraries.
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

std::string TagScores::summary() const {
  return "UPOS " + fmt2(upos) + " XPOS " + fmt2(xpos) + " UPOS+XPOS " + fmt2(both) + " LEMMA " + fmt2(lemma) +
         " (" + std::to_string(words) + " words)";
}

std::string today_utc() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

Result<std::unique_ptr<Tagger>> tagger_from_model(const tag::TaggerModel& model) {
  model::ModelWriter w(tag::kTaggerKind, model.has_clusters() ? tag::kTaggerFormatVersion : tag::kTaggerOldestFormatVersion);
  for (const auto& [k, v] : model.metadata) w.set_meta(k, v);
  model.save(w);
  return Tagger::from_bytes(w.serialize(), "(tagger in training)");
}

Status save_tagger(const tag::TaggerModel& model, const std::string& path) {
  model::ModelWriter w(tag::kTaggerKind, model.has_clusters() ? tag::kTaggerFormatVersion : tag::kTaggerOldestFormatVersion);
  for (const auto& [k, v] : model.metadata) w.set_meta(k, v);
  model.save(w);
  return w.write_file(path);
}

TagScores evaluate_tagger(const Tagger& tagger, const std::vector<::dyad::ConlluSentence>& gold) {
  TagScores s;
  TagWorkspace ws;
  std::vector<std::string_view> forms;
  std::vector<uint16_t> tags;
  size_t upos = 0, xpos = 0, both = 0, lemma = 0;
  std::string predicted_lemma;
  for (const auto& sent : gold) {
    forms.clear();
    for (const auto& w : sent.words) forms.push_back(w.form);
    tagger.predict(forms, tags, ws);
    for (size_t i = 0; i < sent.words.size(); ++i) {
      const auto& w = sent.words[i];
      const bool u = tagger.upos(tags[i]) == w.upos;
      const bool x = tagger.xpos(tags[i]) == w.xpos;
      upos += u;
      xpos += x;
      both += u && x;
      tagger.lemmatizer().lemmatize_into(w.form, tagger.xpos(tags[i]), i == 0, predicted_lemma);
      lemma += predicted_lemma == w.lemma;
      ++s.words;
    }
  }
  if (s.words) {
    s.upos = 100.0 * upos / s.words;
    s.xpos = 100.0 * xpos / s.words;
    s.both = 100.0 * both / s.words;
    s.lemma = 100.0 * lemma / s.words;
  }
  return s;
}

Result<std::unique_ptr<tag::TaggerModel>> train_tagger(const std::vector<::dyad::ConlluSentence>& train,
                                                        const std::vector<::dyad::ConlluSentence>& dev,
                                                        const TaggerTrainOptions& opt) {
  auto log = [&](const std::string& line) {
    if (opt.log) opt.log(line);
  };
  if (train.empty()) return make_error("tagger training: no training sentences");
  auto model = std::make_unique<tag::TaggerModel>();

  // Joint tags, most frequent first (ties by name: deterministic).
  std::map<std::string, size_t> tag_counts;
  for (const auto& s : train) {
    for (const auto& w : s.words) ++tag_counts[joint_name(w)];
  }
  std::vector<std::pair<std::string, size_t>> ordered(tag_counts.begin(), tag_counts.end());
  std::stable_sort(ordered.begin(), ordered.end(), [](auto& a, auto& b) { return a.second > b.second; });
  if (ordered.size() > model::SparseWeightTable::kMaxClasses) {
    return make_error("tagger training: more than " + std::to_string(model::SparseWeightTable::kMaxClasses) +
                      " distinct XPOS|UPOS tags");
  }
  std::map<std::string, uint16_t> tag_id;
  for (const auto& [name, n] : ordered) {
    const size_t bar = name.rfind('|');
    tag_id[name] = static_cast<uint16_t>(model->xpos.size());
    model->xpos.push_back(name.substr(0, bar));
    model->upos.push_back(name.substr(bar + 1));
  }
  const int n_tags = static_cast<int>(model->xpos.size());
  model->clusters = opt.clusters;

  // Lemmatizer (and the WordNet lexicon the tagger's features use).
  if (!opt.wordnet_dir.empty()) {
    Status st = WordNetReader::read(opt.wordnet_dir, model->lemmatizer.wordnet());
    if (!st.ok()) return make_error(st.message());
    log("wordnet: " + std::to_string(model->lemmatizer.wordnet().lemmas()) + " lemmas, " +
        std::to_string(model->lemmatizer.wordnet().exceptions()) + " irregular forms");
  }
  {
    LemmatizerBuilder lb;
    for (const auto& s : train) {
      for (size_t i = 0; i < s.words.size(); ++i) lb.add(s.words[i].form, s.words[i].xpos, s.words[i].lemma, i == 0);
    }
    lb.build(model->lemmatizer);
  }

  // Lexicon: per exact form and per lower-cased form, the tags seen.
  std::map<std::string, std::map<uint16_t, uint32_t>> form_tags, lower_tags;
  for (const auto& s : train) {
    for (const auto& w : s.words) {
      const uint16_t t = tag_id[joint_name(w)];
      ++form_tags[w.form][t];
      ++lower_tags[base::ascii_lower(w.form)][t];
    }
  }
  std::map<std::vector<uint16_t>, uint32_t> amb_ids;
  auto amb_of = [&](const std::map<uint16_t, uint32_t>& counts) {
    uint32_t total = 0;
    for (const auto& [t, n] : counts) total += n;
    std::vector<uint16_t> set;
    for (const auto& [t, n] : counts) {
      if (n * 20 >= total) set.push_back(t);  // tags with >= 5% of the word's uses
    }
    auto [it, fresh] = amb_ids.emplace(set, static_cast<uint32_t>(amb_ids.size() + 1));
    return it->second;
  };
  std::vector<uint64_t> lex_keys;
  std::vector<uint32_t> lex_values;
  size_t fixed_words = 0;
  for (const auto& [form, counts] : form_tags) {
    uint32_t total = 0, top = 0;
    uint16_t top_tag = 0;
    for (const auto& [t, n] : counts) {
      total += n;
      if (n > top) {
        top = n;
        top_tag = t;
      }
    }
    uint32_t value = amb_of(counts);
    if (total >= opt.fixed_min_count && top >= opt.fixed_min_share * total) {
      value |= static_cast<uint32_t>(top_tag + 1) << tag::kAmbBits;
      ++fixed_words;
    }
    lex_keys.push_back(tag::lexicon_form_key(model::hash_string(form)));
    lex_values.push_back(value);
  }
  for (const auto& [lower, counts] : lower_tags) {
    lex_keys.push_back(tag::lexicon_lower_key(model::hash_string(lower)));
    lex_values.push_back(amb_of(counts));
  }
  if (amb_ids.size() >= (1u << tag::kAmbBits) - 2) return make_error("tagger training: too many ambiguity classes");
  model->lexicon.build(lex_keys, lex_values);
  log("tags: " + std::to_string(n_tags) + ", lexicon: " + std::to_string(form_tags.size()) + " forms (" +
      std::to_string(fixed_words) + " fixed), " + std::to_string(amb_ids.size()) + " ambiguity classes");

  // Prepared training words and gold tags.
  std::vector<std::vector<tag::WordInfo>> words(train.size());
  std::vector<std::vector<uint16_t>> gold(train.size());
  std::string lower;
  // The ambiguity class a training word gets leaves its own occurrence out: a word
  // seen once then looks unseen, as new words will at run time. (With its own tag
  // counted, "the tag set of this word" is always right in training and the model
  // would learn nothing for the words it has never seen.)
  auto leave_one_out = [&](std::map<uint16_t, uint32_t> counts, uint16_t own) {
    if (--counts[own] == 0) counts.erase(own);
    return counts;
  };
  for (size_t s = 0; s < train.size(); ++s) {
    for (const auto& w : train[s].words) {
      words[s].emplace_back();
      tag::WordInfo& info = words[s].back();
      model->prepare(w.form, lower, info);
      const uint16_t own = tag_id[joint_name(w)];
      gold[s].push_back(own);
      auto form_rest = leave_one_out(form_tags[w.form], own);
      auto lower_rest = leave_one_out(lower_tags[base::ascii_lower(w.form)], own);
      info.amb_lower = lower_rest.empty() ? 0 : amb_of(lower_rest);
      info.amb = !form_rest.empty() ? amb_of(form_rest) : info.amb_lower;
    }
  }

  // One perceptron over `epochs`, first pass (first_tags empty) or second pass (over
  // the first pass's tags of every training sentence). Keeps the table with the best
  // dev score in `table` (the model evaluated with it installed).
  auto run_epochs = [&](bool refine, const std::vector<std::vector<uint16_t>>& first_tags,
                        model::SparseWeightTable& table, int& best_epoch, TagScores& best_dev, uint64_t seed,
                        float prune) -> Status {
    AveragedPerceptron perceptron(n_tags);
    std::mt19937_64 rng(seed + (refine ? 1000 : 0));
    std::vector<uint32_t> order(train.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::vector<uint16_t> tags;
    std::vector<int64_t> scores(n_tags);
    uint64_t feats[tag::kMaxTagFeatures];
    double best_score = -1;
    model::SparseWeightTable best;
    for (int epoch = 1; epoch <= opt.epochs; ++epoch) {
      shuffle_indices(order, rng);
      size_t correct = 0, total = 0;
      for (uint32_t s : order) {
        const auto& ws = words[s];
        const size_t n = ws.size();
        tags.assign(n, 0);
        for (size_t i = 0; i < n; ++i) {
          if (ws[i].fixed) {
            tags[i] = static_cast<uint16_t>(ws[i].fixed - 1);
            correct += tags[i] == gold[s][i];
            ++total;
            continue;
          }
          const size_t nf = refine ? tag::refine_features(ws.data(), n, i, tags.data(), model->has_clusters(),
                                                          first_tags[s].data(), feats)
                                   : tag::tag_features(ws.data(), n, i, tags.data(), model->has_clusters(), feats);
          std::fill(scores.begin(), scores.end(), 0);
          perceptron.score(feats, nf, scores.data());
          int guess = 0;
          for (int c = 1; c < n_tags; ++c) {
            if (scores[c] > scores[guess]) guess = c;
          }
          const int truth = gold[s][i];
          if (guess != truth) {
            perceptron.update(feats, nf, truth, +1);
            perceptron.update(feats, nf, guess, -1);
          } else {
            ++correct;
          }
          ++total;
          perceptron.tick();
          tags[i] = static_cast<uint16_t>(guess);
        }
      }
      std::vector<uint64_t> keys;
      std::vector<uint32_t> starts;
      std::vector<uint16_t> cls;
      std::vector<float> weights;
      perceptron.export_sparse(prune, keys, starts, cls, weights);
      table.build(n_tags, keys, starts, cls, weights, model::quantisation_scale(weights));
      std::string line = std::string(refine ? "pass 2 " : "") + "epoch " + std::to_string(epoch) + ": train " +
                         fmt2(100.0 * correct / std::max<size_t>(total, 1)) + ", " + std::to_string(table.size()) +
                         " features";
      if (!dev.empty()) {
        auto tagger = tagger_from_model(*model);
        if (!tagger.ok()) return make_error(tagger.message());
        TagScores d = evaluate_tagger(**tagger, dev);
        line += ", dev " + d.summary();
        if (d.upos + d.xpos > best_score) {
          best_score = d.upos + d.xpos;
          best_epoch = epoch;
          best_dev = d;
          best = table;
        }
      } else {
        best_epoch = epoch;
        best = table;
      }
      log(line);
    }
    table = std::move(best);
    return Status::Ok();
  };

  int best_epoch = 0;
  TagScores best_dev;
  std::string member_epochs;
  if (opt.ensemble <= 1) {
    if (Status st = run_epochs(false, {}, model->weights, best_epoch, best_dev, opt.seed, opt.prune_below); !st.ok()) {
      return make_error(st.message());
    }
  } else {
    // An ensemble folded into one perceptron: members trained with seeds seed..seed+N-1
    // (different sentence orders), each kept at its best dev epoch with all its
    // weights, then averaged (pruning applies to the average). Tagging costs the same.
    std::vector<model::SparseWeightTable> members(opt.ensemble);
    for (int m = 0; m < opt.ensemble; ++m) {
      int epoch = 0;
      TagScores d;
      log("member " + std::to_string(m + 1) + " of " + std::to_string(opt.ensemble));
      if (Status st = run_epochs(false, {}, model->weights, epoch, d, opt.seed + static_cast<uint64_t>(m), 0.0f);
          !st.ok()) {
        return make_error(st.message());
      }
      members[m] = std::move(model->weights);
      best_epoch = std::max(best_epoch, epoch);
      member_epochs += (member_epochs.empty() ? "" : ", ") + std::to_string(epoch);
    }
    std::vector<const model::SparseWeightTable*> tables;
    for (const auto& t : members) tables.push_back(&t);
    model->weights = model::SparseWeightTable::average(tables, opt.prune_below);
    if (!dev.empty()) {
      auto tagger = tagger_from_model(*model);
      if (!tagger.ok()) return make_error(tagger.message());
      best_dev = evaluate_tagger(**tagger, dev);
      log("ensemble of " + std::to_string(opt.ensemble) + ": " + std::to_string(model->weights.size()) +
          " features, dev " + best_dev.summary());
    }
  }
  int refine_epoch = 0;
  if (opt.two_pass) {
    // First-pass tags of the training sentences, as the first pass will get them wrong
    // on new text: each fold tagged by a one-pass tagger trained on the other folds.
    const int folds = 4;
    std::vector<std::vector<uint16_t>> first_tags(train.size());
    for (int f = 0; f < folds; ++f) {
      std::vector<::dyad::ConlluSentence> rest;
      std::vector<size_t> held;
      for (size_t i = 0; i < train.size(); ++i) {
        if (static_cast<int>(i % folds) == f) held.push_back(i);
        else rest.push_back(train[i]);
      }
      TaggerTrainOptions fold_opt = opt;
      fold_opt.two_pass = false;
      fold_opt.ensemble = 1;
      fold_opt.epochs = std::max(best_epoch, 1);
      fold_opt.log = nullptr;
      auto fold_model = train_tagger(rest, {}, fold_opt);
      if (!fold_model.ok()) return fold_model.error();
      std::vector<tag::WordInfo> infos;
      std::vector<uint16_t> unused;
      for (size_t i : held) {
        infos.resize(train[i].words.size());
        for (size_t j = 0; j < infos.size(); ++j) (*fold_model)->prepare(train[i].words[j].form, lower, infos[j]);
        first_tags[i].resize(infos.size());
        (*fold_model)->decode(infos.data(), infos.size(), first_tags[i].data(), unused);
      }
      log("pass 2: first-pass tags of fold " + std::to_string(f + 1) + " of " + std::to_string(folds));
    }
    if (Status st = run_epochs(true, first_tags, model->refine, refine_epoch, best_dev, opt.seed, opt.prune_below);
        !st.ok()) {
      return make_error(st.message());
    }
  }
  model->metadata["model"] = "Dyad part-of-speech tagger (UPOS, XPOS) and lemmatizer";
  model->metadata["date"] = today_utc();
  model->metadata["features"] = std::string(tag::kTaggerFeatureSet) +
                                (model->has_clusters() ? std::string("; ") + tag::kTaggerClusterFeatures : "");
  if (model->has_clusters()) model->metadata["word clusters"] = std::to_string(model->clusters.size()) + " words";
  model->metadata["epochs"] = (opt.ensemble > 1 ? member_epochs + " of " + std::to_string(opt.epochs) +
                                                     " (each member's best on dev)"
                                                : std::to_string(best_epoch) + " of " + std::to_string(opt.epochs) +
                                                      " (best on dev)") +
                              (opt.two_pass ? "; second pass " + std::to_string(refine_epoch) : std::string());
  model->metadata["seed"] = std::to_string(opt.seed);
  if (opt.ensemble > 1) {
    model->metadata["ensemble"] = std::to_string(opt.ensemble) + " taggers (seeds " + std::to_string(opt.seed) + ".." +
                                  std::to_string(opt.seed + opt.ensemble - 1) + "), weights averaged";
  }
  model->metadata["tags"] = std::to_string(n_tags);
  model->metadata["weights"] = std::to_string(model->weights.size()) + " features" +
                               (opt.two_pass ? " + " + std::to_string(model->refine.size()) + " second-pass features"
                                             : std::string());
  model->metadata["wordnet"] = opt.wordnet_dir.empty() ? "not used" : "WordNet 3.0 (wordnet-base): index and .exc lists";
  if (!dev.empty()) model->metadata["dev_scores"] = best_dev.summary();
  return model;
}

}  // namespace dyad::train
