#include "extract/correct/repair_scorer.h"

#include <cstdlib>
#include <string>

#include "extract/correct/embedded_data.h"
#include "extract/correct/vocabulary.h"

namespace secx {

const std::array<std::string_view, kVocabularyFeatures>&
VocabularyFeatureNames() {
  static const std::array<std::string_view, kVocabularyFeatures> kNames = {
      "log_odds",
      "channel",
      "candidate_prior",
      "read_prior",
      "candidate_count",
      "candidate_form",
      "read_count",
      "candidate_words",
      "candidate_sec",
      "candidate_doc_only",
      "candidate_lexicon",
      "prominent",
      "candidate_context",
      "read_context",
      "mixed",
      "capitalised",
      "upper",
      "short",
      "letters",
      "shape_change",
      "runner_up_gap",
      "candidates",
      "edits",
      "ocr_like",
      "sentence_start",
      "read_seen",
      "read_wordlike",
      "name_context",
      "read_proper",
      "read_letters",
      "letters_gain",
      "upper_amid_text"};
  return kNames;
}

const RepairScorer& RepairScorer::Default() {
  static const RepairScorer* s = new RepairScorer(FromTsv(kCalibrationTsv));
  return *s;
}

RepairScorer RepairScorer::FromTsv(std::string_view tsv) {
  RepairScorer s;
  const auto& names = VocabularyFeatureNames();
  ForEachSetting(tsv, [&](std::string_view key, double v) {
    if (key == "scorer_bias") {
      s.bias = v;
      s.trained = true;
    } else if (key == "scorer_threshold") {
      s.threshold = v;
    } else if (key.substr(0, 9) == "scorer_w_") {
      for (size_t i = 0; i < names.size(); ++i) {
        if (key.substr(9) == names[i]) s.weights[i] = v;
      }
    }
  });
  return s;
}

double RepairScorer::Logit(const std::vector<double>& features) const {
  double z = bias;
  for (size_t i = 0; i < weights.size() && i < features.size(); ++i) {
    z += weights[i] * features[i];
  }
  return z;
}

}  // namespace secx
