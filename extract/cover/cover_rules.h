// The cover vocabulary: which labels name which field, what each field's
// value looks like, and how values are brought to their normal form
// (FIELDS.md). Label and value patterns are RE2 tables with a name per row,
// compiled once on first use and shared by all threads (read-only after).
#ifndef SECX_EXTRACT_COVER_COVER_RULES_H_
#define SECX_EXTRACT_COVER_COVER_RULES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace secx {
namespace cover {

// A value found by a rule, before it becomes a Field. Offsets are absolute
// into Document::text.
struct Hit {
  std::string name;  // contract field name
  std::string value;
  size_t start = 0;
  size_t end = 0;
  double confidence = 0.0;
  std::string rule;
  int entity = 0;
  // Several values of one field for one registrant (two signers): 0, 1, ...
  int index = 0;
};

// Appends a hit for `field` (a contract name); an empty value is not
// added. The one way the rule families make hits.
void AddHit(const char* field, std::string value, size_t start, size_t end,
            double confidence, std::string_view rule, int entity,
            std::vector<Hit>* out);

enum class LabelKind {
  kNone,
  kName,
  kNameEnglish,
  kState,
  kFileNumber,
  kIrs,
  kAddress,
  kZip,
  kPhone,
  kContact,
  kReportDate,
  kAuditor,      // the independent accountant (X-17A-5, 11-K)
  kAddressPart,  // "(City)", "(State)", "(No. and Street)" under an address
  kFormer,       // "(Former name or former address ...)": a label, no field
  kOther,        // other cover captions we recognise but do not read
};

// Where a caption's value is printed (data/captions.tsv, column "value").
enum class ValuePlace {
  kAbove,   // over the caption, or left of it in a row of cells
  kBelow,   // under the caption, or right of it on its line
  kEither,  // below only where nothing of the field's form is above
};

struct LabelInfo {
  LabelKind kind = LabelKind::kNone;
  ValuePlace place = ValuePlace::kAbove;
  // Offset in the classified cell just past the words the caption pattern
  // matched ("NAME OF BROKER-DEALER" of "NAME OF BROKER-DEALER: Acme").
  size_t caption_end = 0;
  bool with_zip = false;    // "(Address ..., including Zip Code)"
  bool with_phone = false;  // "(Address, ... and telephone number ...)"
  // "(Address of principal executive offices) (Zip Code)": the zip has a
  // caption of its own, so it is not part of the address value.
  bool zip_separate = false;
};

// Classifies the text of one cell as a cover label, by the caption table
// data/captions.tsv (first matching row wins). Labels are mostly
// parenthesised ("(Commission File Number)"); unparenthesised captions are
// accepted when the table says they may stand alone and they are short and
// free of digits. The first fragment of a label that wraps over lines is
// enough ("(State or other").
LabelInfo ClassifyLabel(std::string_view cell);

// Contract field name for a label kind ("" for kNone/kFormer/kOther).
const char* FieldFor(LabelKind kind);

// Value checks and normal forms. Each returns "" when `s` (trimmed) is not
// a value of that kind.
std::string NormalIrs(std::string_view s);         // "23-2224800"
std::string NormalFileNumber(std::string_view s);  // as written
std::string NormalState(std::string_view s);       // title case
std::string NormalZip(std::string_view s);         // as written
// NormalZip, or a postal code of another country's shape ("E14 5HP",
// "HM 11", "KY1-1106", "5250606"): for a cell standing in the column of its own
// "(Zip Code)" caption, where nothing else sits.
std::string NormalPostalCode(std::string_view s);
std::string NormalPhone(std::string_view s);  // folded
// Words spaced out letter by letter, three blanks apart ("C U M B E R L A
// N D   P L A T E A U"), joined ("CUMBERLAND PLATEAU"); any other text as
// it is.
std::string JoinSpacedLetters(std::string_view s);
std::string NormalName(std::string_view s);   // folded, no trailing ,;:
// A person's name (a contact): NormalName, and a comma OCR read for the
// period of a middle initial between two words is the period ("James M,
// Collins"; not in a company's "Fund V, Inc.").
std::string PersonName(std::string_view s);
// A company's legal form as one word, any case, dots ignored: "Inc.",
// "CORPORATION", "L.P.", "plc".
bool IsLegalForm(std::string_view word);
// A cell of specks (a stamp's edge, a tick): fewer than two letters or
// digits ("N.Y." has two).
bool Specks(std::string_view t);
// Words OCR read from specks beside a caption ("a .  coe", "oor"): none
// longer than three letters, no capital and no digit among them.
bool SpeckRun(std::string_view t);
// The rest of a cell after a typed field's caption when it is that
// field's value and nothing more ("File No. 000-55412", "Telephone No.
// (305) 555-0188"): the value, else empty. File numbers, employer numbers
// and phones only.
std::string_view TypedRestValue(LabelKind kind, std::string_view rest);

// "N/A", "None", "Not applicable.": a box the filer left without a value
// ("(Translation of Registrant's name into English)" over "Not
// Applicable").
bool SaysNotApplicable(std::string_view s);

// True when `t` ends in a company's legal form ("Acme Inc.", "CORPORATION",
// "Widget Partners, L.P.").
bool EndsInLegalForm(std::string_view t);
// An address that ends in its zip code and reads as one ("100 Main Street,
// Springfield, Illinois 62701"): the zip's offsets in `a` go to *zs, *ze.
bool AddressEndingInZip(std::string_view a, size_t* zs, size_t* ze);

// True when `s` reads as a job title: "Chief Financial Officer", "Head of
// Investor Relations".
bool IsJobTitle(std::string_view s);
std::string OcrMendedName(std::string_view s);  // "Chery]" -> "Cheryl"

// Page-edge marks a blank before the first word ("| 60 South ...",
// "; Deloitte"): one mark of | ; : . , ' _ and its blank, dropped.
std::string_view DropEdgeMarks(std::string_view t);

bool HasDigit(std::string_view s);  // an ASCII digit anywhere

// A number typed in a form box as OCR read it, with the glyphs OCR takes
// for digits mapped back ("8-454] ]" -> "8-4541 1", "\u00a75402" ->
// "55402"): letters and marks Tesseract is known to read for a digit (O o
// D Q for 0; l I | ] [ ! i for 1; Z z for 2; S s $ and the section sign
// for 5; G b for 6; B for 8; g q for 9). Only for a value under its own
// field's caption: at most two such glyphs, at least two digits for each,
// nothing else but digits, '-' and blanks. "" otherwise.
std::string DigitsRead(std::string_view s);

// The digit a letter or mark Tesseract read for it stands for (the glyphs
// DigitsRead maps, and J for 1: a "1" with its foot), or 0.
char LookAlikeDigit(char c);

// A colon `colon` bytes after the words a caption pattern matched
// (`matched` bytes, from the cell's start) ends the caption, its value
// after it: within 40 bytes of the words, or within 64 of the caption's
// start ("Exact name of registrant as specified in its charter: ...",
// whose pattern matches "Exact name").
bool ColonNear(size_t matched, size_t colon);

// True for cover headings that are never values: "FORM 8-K", "CURRENT
// REPORT", "Pursuant to Section 13 ...", "Washington, D.C. 20549".
bool IsCoverHeading(std::string_view s);

// An address line as a scan prints it, its specks and misread marks
// made good: quote marks OCR read from specks ("\u20187570 Walnut Street"),
// a semicolon for a comma ("St. Louis; MO"), a dash before the ZIP ("MO -
// 63102").
std::string CleanAddressMarks(std::string_view s);

// True for an address OCR garbled: a word with marks no address prints
// ('"', '|', '~', ...; '_' is a rule the value was typed on) or a stray one- or
// two-letter lower-case fragment ("oa"). Such a value is left out rather than
// stored wrong.
bool GarbledAddress(std::string_view s);

// True when `s` is a strict IRS number (NN-NNNNNNN or 9 digits).
bool LooksLikeIrs(std::string_view s);

// Where a phone number sits in `s`: [*start, *end); false when none.
bool FindPhone(std::string_view s, size_t* start, size_t* end);

// The last postal code in an address line: [*start, *end); false if none.
bool FindZip(std::string_view s, size_t* start, size_t* end);

// A postal code of a shape only other countries print, anywhere in an
// address line: British ("London E14 5HP") and Irish ("Dublin 2, D02 X285")
// codes, Bermuda's Hamilton ("HM 11"), the Cayman Islands' ("KY1-1104"),
// Singapore's six digits after its name, an Australian state's four
// digits ("NSW 2000": the digits). For an address whose caption says it
// holds a zip; the last one wins. [*start, *end) into `s`.
bool FindForeignZip(std::string_view s, size_t* start, size_t* end);

// A non-US postal code opening one comma-separated part of an address
// line: "1096 BC Amsterdam", "CH-8001 Zurich", or a part that is only the
// code ("1701, Fribourg", "VG1110"). A number of 4-7 digits beside a
// city's name ("Ramat Gan 5250606", "8001 Zurich") is the code only when
// the part after it, the line's last, names a country, and no word of the
// part names a street, suite or box (street numbers look the same).
// [*start, *end) into `s`.
bool FindPostalCode(std::string_view s, size_t* start, size_t* end);

// "PENNSYLVANIA" -> "Pennsylvania", "NEW YORK" -> "New York"; text that
// already mixes cases is kept as written.
std::string TitleCase(std::string_view s);

// Strips trailing ',', ';', ':' and blanks (keeps the '.' of "Inc.").
std::string_view StripTrailingPunct(std::string_view s);

}  // namespace cover
}  // namespace secx

#endif  // SECX_EXTRACT_COVER_COVER_RULES_H_
