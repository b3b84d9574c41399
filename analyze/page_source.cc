#include "analyze/page_source.h"

#include <dirent.h>
#include <sys/stat.h>

#include "extract/hash.h"
#include "extract/ocr/page_image.h"
#include "extract/pipeline.h"
#include "extract/read/reader.h"

namespace secx {
namespace {

std::string BaseName(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool IsDirectory(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// Files named `name` under `dir`, recursively (hidden entries skipped).
void FindNamed(const std::string& dir, const std::string& name, int depth,
               std::vector<std::string>* out) {
  if (depth > 32) return;
  DIR* d = opendir(dir.c_str());
  if (d == nullptr) return;
  while (dirent* e = readdir(d)) {
    const std::string entry = e->d_name;
    if (entry.empty() || entry[0] == '.') continue;
    const std::string path = dir + "/" + entry;
    if (IsDirectory(path)) {
      FindNamed(path, name, depth + 1, out);
    } else if (entry == name) {
      out->push_back(path);
    }
  }
  closedir(d);
}

}  // namespace

Status PageSource::Load(const StoredDocument& doc) {
  if (loaded_id_ == doc.id) return Status::Ok();
  std::vector<std::string> candidates = {doc.path};
  for (const std::string& place : places_) {
    if (IsDirectory(place)) {
      FindNamed(place, BaseName(doc.path), 0, &candidates);
    } else {
      candidates.push_back(place);
    }
  }
  std::string changed;
  for (const std::string& path : candidates) {
    std::string bytes;
    if (!ReadInputFile(path, ExtractOptions().max_input_bytes, &bytes).ok()) {
      continue;
    }
    if (Sha256Hex(bytes) != doc.sha256) {
      if (changed.empty()) changed = path;
      continue;
    }
    Result<Document> read = ReadDocument(bytes, path);
    if (!read.ok()) return read.status().Prefixed(path + ": ");
    binaries_ = std::move(read.value().binaries);
    loaded_id_ = doc.id;
    return Status::Ok();
  }
  if (!changed.empty()) {
    return Status::Error(changed + ": not the bytes document " +
                         std::to_string(doc.id) +
                         " was read from (SHA-256 differs); give the "
                         "original with --source");
  }
  return Status::Error(doc.path + ": the input of document " +
                       std::to_string(doc.id) +
                       " is not there any more; give its new place with "
                       "--source FILE or DIR");
}

Result<std::string> PageSource::Png(const StoredDocument& doc,
                                    const PageRecord& page,
                                    const std::vector<Box>& boxes,
                                    int max_width) {
  if (page.page.binary < 0) {
    return Status::Error("page " + std::to_string(page.page.number) +
                         " of document " + std::to_string(doc.id) +
                         " is text, not an image");
  }
  if (Status st = Load(doc); !st.ok()) return st;
  if (static_cast<size_t>(page.page.binary) >= binaries_.size()) {
    return Status::Error(doc.path + ": has no image " +
                         std::to_string(page.page.binary + 1));
  }
  PageImageOptions options;
  options.width = page.page.width;
  options.height = page.page.height;
  options.max_width = max_width;
  Result<std::string> png = PagePng(binaries_[page.page.binary],
                                    page.page.binary_page, boxes, options);
  if (!png.ok()) return png.status().Prefixed(doc.path + ": ");
  return png;
}

}  // namespace secx
