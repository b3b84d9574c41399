#include "analyze/input_files.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace secx {
namespace {

bool EndsWith(const std::string& s, const char* suffix) {
  size_t n = std::strlen(suffix);
  return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

std::string JoinPath(const std::string& dir, const std::string& name) {
  if (!dir.empty() && dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

void Walk(const std::string& dir, std::vector<InputFile>* out) {
  DIR* d = opendir(dir.c_str());
  if (d == nullptr) {
    out->push_back(
        {dir, std::string("cannot list directory: ") + std::strerror(errno)});
    return;
  }
  std::vector<std::string> names;
  while (dirent* e = readdir(d)) {
    if (e->d_name[0] == '.') continue;  // ".", ".." and hidden entries
    names.emplace_back(e->d_name);
  }
  closedir(d);
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    std::string path = JoinPath(dir, name);
    struct stat lst;
    if (lstat(path.c_str(), &lst) != 0) {
      out->push_back({path, std::strerror(errno)});
      continue;
    }
    if (S_ISDIR(lst.st_mode)) {
      Walk(path, out);
      continue;
    }
    struct stat st = lst;
    if (S_ISLNK(lst.st_mode) && stat(path.c_str(), &st) != 0) {
      out->push_back(
          {path, std::string("broken link: ") + std::strerror(errno)});
      continue;
    }
    if (!S_ISREG(st.st_mode)) continue;  // links to dirs, FIFOs, sockets
    if (SkippedInWalk(name)) continue;
    out->push_back({path, ""});
  }
}

}  // namespace

bool SkippedInWalk(const std::string& filename) {
  if (filename.empty() || filename[0] == '.') return true;
  // Expected-value files of the corpus: x.txt.expected.json,
  // x.expected-corrected.txt, ...
  if (filename.find(".expected.") != std::string::npos ||
      filename.find(".expected-") != std::string::npos) {
    return true;
  }
  for (const char* ext : {".json", ".md", ".csv", ".tsv", ".sh"}) {
    if (EndsWith(filename, ext)) return true;
  }
  return false;
}

std::vector<InputFile> ExpandInputs(const std::vector<std::string>& paths) {
  std::vector<InputFile> out;
  for (const std::string& p : paths) {
    struct stat st;
    if (stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
      Walk(p, &out);
    } else {
      out.push_back({p, ""});  // reading reports what is wrong, if anything
    }
  }
  return out;
}

}  // namespace secx
