// Data tables embedded into the binary at build time (see CMakeLists.txt).
// Immutable; safe to read from any thread.
#ifndef SECX_EXTRACT_CORRECT_EMBEDDED_DATA_H_
#define SECX_EXTRACT_CORRECT_EMBEDDED_DATA_H_

namespace secx {

// data/confusions.tsv: `ocr<TAB>correct<TAB>events<TAB>log10 P(ocr|correct)`.
extern const char kConfusionsTsv[];
// data/sec_vocabulary.txt: `[section]` headers, one entry a line.
extern const char kSecVocabulary[];
// data/calibration.tsv: `key<TAB>value` learned by
// scripts/correction-eval.py --calibrate.
extern const char kCalibrationTsv[];

}  // namespace secx

#endif  // SECX_EXTRACT_CORRECT_EMBEDDED_DATA_H_
