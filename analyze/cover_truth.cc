#include "analyze/cover_truth.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace secx {
namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (true) {
    size_t tab = line.find('\t', pos);
    out.push_back(line.substr(pos, tab - pos));
    if (tab == std::string::npos) break;
    pos = tab + 1;
  }
  return out;
}

std::string Trim(std::string s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

Status ReadLines(const std::string& path, std::vector<std::string>* lines) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot open");
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines->push_back(std::move(line));
  }
  return Status::Ok();
}

// Reads one label file. Its first line that is not a comment must be the
// header file<TAB>field<TAB>value[<TAB>note]; a file with another header
// holds labels of another kind (dividends, revenue shares): *other is set
// and nothing is read.
Status LoadLabelFile(const std::string& path, Labels* out, bool* other) {
  *other = false;
  std::vector<std::string> lines;
  if (Status st = ReadLines(path, &lines); !st.ok()) return st;
  bool header = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (Trim(lines[i]).empty() || lines[i][0] == '#') continue;
    std::vector<std::string> cols = SplitTabs(lines[i]);
    if (!header) {
      if (cols.size() < 3 || Trim(cols[0]) != "file" ||
          Trim(cols[1]) != "field" || Trim(cols[2]) != "value") {
        *other = true;
        return Status::Ok();
      }
      header = true;
      continue;
    }
    if (cols.size() < 3) {
      return Status::Error(path + ":" + std::to_string(i + 1) +
                           ": expected file<TAB>field<TAB>value[<TAB>note]");
    }
    LabelValue v;
    v.field = Trim(cols[1]);
    v.value = Trim(cols[2]);
    if (cols.size() > 3) v.note = Trim(cols[3]);
    if (v.value.empty() || v.value == "-") continue;
    (*out)[BareName(Trim(cols[0]))].push_back(std::move(v));
  }
  return Status::Ok();
}

}  // namespace

std::string BareName(std::string_view path) {
  size_t slash = path.find_last_of('/');
  return std::string(slash == std::string_view::npos ? path
                                                     : path.substr(slash + 1));
}

Status LoadSplit(const std::string& path, Split* out) {
  std::vector<std::string> lines;
  if (Status st = ReadLines(path, &lines); !st.ok()) return st;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (Trim(lines[i]).empty()) continue;
    std::vector<std::string> cols = SplitTabs(lines[i]);
    if (i == 0 && cols[0] == "source") continue;
    if (cols.size() != 4) {
      return Status::Error(path + ":" + std::to_string(i + 1) +
                           ": expected source<TAB>company<TAB>part<TAB>files");
    }
    SplitEntry e{cols[0], cols[1], cols[2]};
    if (e.part != "tune" && e.part != "test") {
      return Status::Error(path + ":" + std::to_string(i + 1) +
                           ": part is neither tune nor test");
    }
    std::istringstream files(cols[3]);
    std::string name;
    while (files >> name) (*out)[name] = e;
  }
  return Status::Ok();
}

Status LoadLabels(const std::string& path, Labels* out) {
  namespace fs = std::filesystem;
  std::error_code ec;
  bool other = false;
  if (!fs::is_directory(path, ec)) {
    Status st = LoadLabelFile(path, out, &other);
    if (st.ok() && other) {
      return Status::Error(path +
                           ": not a file<TAB>field<TAB>value<TAB>note label "
                           "file");
    }
    return st;
  }
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(path, ec)) {
    if (e.path().extension() == ".tsv") files.push_back(e.path().string());
  }
  if (ec) return Status::Error(path + ": " + ec.message());
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) {
    // Label files of other kinds share the directory: skipped.
    if (Status st = LoadLabelFile(f, out, &other); !st.ok()) return st;
  }
  return Status::Ok();
}

std::vector<std::string> SplitCsvLine(std::string_view line) {
  std::vector<std::string> out;
  std::string cur;
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        cur.push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cur.push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      out.push_back(std::move(cur));
      cur.clear();
    } else if (c != '\r') {
      cur.push_back(c);
    }
  }
  out.push_back(std::move(cur));
  return out;
}

Status LoadMetadataCsv(const std::string& path, Metadata* out) {
  std::vector<std::string> lines;
  if (Status st = ReadLines(path, &lines); !st.ok()) return st;
  if (lines.empty()) return Status::Error(path + ": empty");
  std::vector<std::string> head = SplitCsvLine(lines[0]);
  auto col = [&](const char* name) -> int {
    for (size_t i = 0; i < head.size(); ++i) {
      if (Trim(head[i]) == name) return static_cast<int>(i);
    }
    return -1;
  };
  const int file = col("filename"), company = col("Company"),
            form = col("Type"), filed = col("Filing Date"),
            period = col("Period of Report"), state = col("State of Inc");
  if (file < 0) return Status::Error(path + ": no \"filename\" column");
  for (size_t i = 1; i < lines.size(); ++i) {
    if (Trim(lines[i]).empty()) continue;
    std::vector<std::string> cols = SplitCsvLine(lines[i]);
    auto get = [&](int c) {
      return c >= 0 && c < static_cast<int>(cols.size()) ? Trim(cols[c])
                                                         : std::string();
    };
    FilingMetadata m{get(company), get(form), get(filed), get(period),
                     get(state)};
    (*out)[BareName(get(file))] = std::move(m);
  }
  return Status::Ok();
}

}  // namespace secx
