#include "analyze/archive_input.h"

#include <archive.h>
#include <archive_entry.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <unordered_map>
#include <utility>

#include "extract/pipeline.h"

namespace secx {
namespace {

constexpr size_t kBlock = size_t{64} << 10;

struct ArchiveFree {
  void operator()(archive* a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveFree>;

const char* const kTarSuffixes[] = {".tar",  ".tar.gz", ".tgz",    ".tar.bz2",
                                    ".tbz2", ".tbz",    ".tar.xz", ".txz"};
// A lone compressed file: one member, or a tar whose name does not say so.
const char* const kLoneSuffixes[] = {".gz", ".bz2", ".xz"};

bool EndsWithI(const std::string& s, const char* suffix) {
  const size_t n = std::char_traits<char>::length(suffix);
  if (s.size() < n) return false;
  for (size_t i = 0; i < n; ++i) {
    if (std::tolower(static_cast<unsigned char>(s[s.size() - n + i])) !=
        suffix[i]) {
      return false;
    }
  }
  return true;
}

bool IsTarName(const std::string& name) {
  for (const char* s : kTarSuffixes) {
    if (EndsWithI(name, s)) return true;
  }
  return false;
}

bool IsZipName(const std::string& name) { return EndsWithI(name, ".zip"); }

const char* LoneSuffix(const std::string& name) {
  for (const char* s : kLoneSuffixes) {
    if (EndsWithI(name, s)) return s;
  }
  return nullptr;
}

std::string BaseName(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// A reader for the formats the name announces: a .tar is never read as a
// zip, and only a lone .gz/.bz2/.xz may be a bare compressed file.
ArchivePtr NewReader(const std::string& name) {
  ArchivePtr a(archive_read_new());
  archive_read_support_filter_gzip(a.get());
  archive_read_support_filter_bzip2(a.get());
  archive_read_support_filter_xz(a.get());
  if (IsZipName(name)) {
    archive_read_support_format_zip(a.get());
  } else {
    archive_read_support_format_tar(a.get());
    // libarchive's raw format bids lowest: a compressed tar stays a tar.
    if (!IsTarName(name)) archive_read_support_format_raw(a.get());
  }
  return a;
}

std::string ArchiveError(archive* a) {
  const char* e = archive_error_string(a);
  return e && *e ? e : "unreadable archive data";
}

// The member's name as recorded in its path: no leading "./" or "/".
std::string MemberName(archive* a, archive_entry* e, const std::string& outer) {
  if (archive_format(a) == ARCHIVE_FORMAT_RAW) {
    std::string base = BaseName(outer);
    const char* suffix = LoneSuffix(base);
    if (suffix)
      base.resize(base.size() - std::char_traits<char>::length(suffix));
    return base.empty() ? "data" : base;
  }
  const char* p = archive_entry_pathname_utf8(e);
  if (p == nullptr) p = archive_entry_pathname(e);
  std::string name = p ? p : "";
  for (;;) {
    if (name.compare(0, 2, "./") == 0) {
      name.erase(0, 2);
    } else if (!name.empty() && name[0] == '/') {
      name.erase(0, 1);
    } else {
      break;
    }
  }
  return name;
}

// Whether a directory walk would read a file at this place: no hidden
// component, and not a manifest or expected-value file.
bool Wanted(const std::string& name) {
  if (name.empty()) return false;
  size_t start = 0;
  while (start <= name.size()) {
    size_t slash = name.find('/', start);
    size_t end = slash == std::string::npos ? name.size() : slash;
    std::string part = name.substr(start, end - start);
    if (!part.empty() && part != "." && part[0] == '.') return false;
    if (slash == std::string::npos)
      return !part.empty() && !SkippedInWalk(part);
    start = slash + 1;
  }
  return false;
}

bool IsRegular(archive* a, archive_entry* e) {
  return archive_format(a) == ARCHIVE_FORMAT_RAW ||
         archive_entry_filetype(e) == AE_IFREG;
}

size_t EntrySize(archive_entry* e) {
  return archive_entry_size_is_set(e) && archive_entry_size(e) > 0
             ? static_cast<size_t>(archive_entry_size(e))
             : 0;
}

std::string Mib(size_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MiB", bytes / 1048576.0);
  return buf;
}

// Feeds a nested archive from the data of the outer archive's current
// member, so that nested archives stream too.
struct Feed {
  archive* outer = nullptr;
  std::vector<char> buffer = std::vector<char>(kBlock);
};

la_ssize_t FeedRead(archive* inner, void* data, const void** block) {
  Feed* feed = static_cast<Feed*>(data);
  la_ssize_t n =
      archive_read_data(feed->outer, feed->buffer.data(), feed->buffer.size());
  *block = feed->buffer.data();
  if (n < 0) {
    archive_set_error(inner, EIO, "%s", ArchiveError(feed->outer).c_str());
    return -1;
  }
  return n;
}

// Opens the nested archive `name` held in the outer reader's current member.
Status OpenNested(const std::string& name, Feed* feed, ArchivePtr* out) {
  ArchivePtr inner = NewReader(name);
  if (archive_read_open(inner.get(), feed, nullptr, FeedRead, nullptr) !=
      ARCHIVE_OK) {
    return Status::Error("cannot open nested archive: " +
                         ArchiveError(inner.get()));
  }
  *out = std::move(inner);
  return Status::Ok();
}

InputFile Bad(const std::string& path, const std::string& cause) {
  InputFile in;
  in.path = path;
  in.error = cause;
  return in;
}

std::string Damaged(const std::string& last, const std::string& cause) {
  return last.empty() ? "damaged archive: " + cause
                      : "damaged archive, nothing after member '" + last +
                            "' read: " + cause;
}

// Lists the members of the nested archive at outer entry `outer_index`.
void ListNested(archive* outer, const std::string& path, size_t outer_index,
                const std::string& name,
                const std::shared_ptr<ArchiveStream>& stream,
                std::vector<InputFile>* out) {
  const std::string prefix = path + "!" + name;
  Feed feed;
  feed.outer = outer;
  ArchivePtr inner;
  if (Status st = OpenNested(name, &feed, &inner); !st.ok()) {
    out->push_back(Bad(prefix, st.error()));
    return;
  }
  std::string last;
  for (long index = 0;; ++index) {
    archive_entry* e = nullptr;
    int rc = archive_read_next_header(inner.get(), &e);
    if (rc == ARCHIVE_EOF) break;
    if (rc < ARCHIVE_WARN) {
      out->push_back(Bad(prefix, Damaged(last, ArchiveError(inner.get()))));
      break;
    }
    std::string member = MemberName(inner.get(), e, name);
    if (!IsRegular(inner.get(), e) || !Wanted(member)) continue;
    last = member;
    const std::string member_path = prefix + "!" + member;
    if (IsArchiveName(member)) {
      out->push_back(Bad(member_path,
                         "archive nested more than one level deep: not read"));
      continue;
    }
    if (archive_entry_is_encrypted(e)) {
      out->push_back(Bad(member_path, "encrypted member: not read"));
      continue;
    }
    auto m = std::make_shared<ArchiveMember>();
    m->stream = stream;
    m->archive = path;
    m->outer = outer_index;
    m->inner = index;
    m->size = EntrySize(e);
    InputFile in;
    in.path = member_path;
    in.member = std::move(m);
    out->push_back(std::move(in));
  }
}

void ListArchive(const std::string& path, std::vector<InputFile>* out);

}  // namespace

// One archive, read member by member in list order by the workers in turn.
class ArchiveStream {
 public:
  explicit ArchiveStream(std::string path) : path_(std::move(path)) {}

  void AddTicket() {
    std::lock_guard<std::mutex> lock(mu_);
    ++tickets_;
  }

  Status Read(const ArchiveMember& m, size_t max_bytes, std::string* out) {
    std::unique_lock<std::mutex> lock(mu_);
    turn_.wait(lock, [&] { return next_ticket_ == m.ticket; });
    Status st = Position(m);
    if (st.ok()) st = ReadData(max_bytes, out);
    EndTurn();
    lock.unlock();
    turn_.notify_all();
    return st;
  }

  void Skip(size_t ticket) {
    std::unique_lock<std::mutex> lock(mu_);
    turn_.wait(lock, [&] { return next_ticket_ == ticket; });
    EndTurn();
    lock.unlock();
    turn_.notify_all();
  }

 private:
  void EndTurn() {
    ++next_ticket_;
    if (next_ticket_ >= tickets_) Close();  // frees the descriptor early
  }

  void Close() {
    inner_.reset();
    feed_.reset();
    outer_.reset();
    outer_pos_ = inner_pos_ = inner_of_ = -1;
  }

  // Moves the readers to member m with its data unread. Members come in
  // archive order; anything else starts again from the beginning.
  Status Position(const ArchiveMember& m) {
    const long o = static_cast<long>(m.outer);
    const bool outer_ok =
        outer_pos_ < o || (outer_pos_ == o && !outer_used_) ||
        (outer_pos_ == o && m.inner >= 0 && inner_of_ == o &&
         (inner_pos_ < m.inner || (inner_pos_ == m.inner && !inner_used_)));
    if (!outer_ || !outer_ok) {
      Close();
      outer_ = NewReader(path_);
      if (archive_read_open_filename(outer_.get(), path_.c_str(), kBlock) !=
          ARCHIVE_OK) {
        std::string cause = ArchiveError(outer_.get());
        outer_.reset();
        return Status::Error("cannot open archive: " + cause);
      }
    }
    while (outer_pos_ < o) {
      inner_.reset();
      inner_of_ = -1;
      if (archive_read_next_header(outer_.get(), &entry_) < ARCHIVE_WARN) {
        return Status::Error("archive damaged before this member: " +
                             ArchiveError(outer_.get()));
      }
      ++outer_pos_;
      outer_used_ = false;
      name_ = MemberName(outer_.get(), entry_, path_);
    }
    reader_ = outer_.get();
    if (m.inner < 0) {
      outer_used_ = true;
      return Status::Ok();
    }
    if (inner_of_ != o) {
      feed_ = std::make_unique<Feed>();
      feed_->outer = outer_.get();
      outer_used_ = true;
      if (Status st = OpenNested(name_, feed_.get(), &inner_); !st.ok()) {
        return st;
      }
      inner_of_ = o;
      inner_pos_ = -1;
    }
    while (inner_pos_ < m.inner) {
      if (archive_read_next_header(inner_.get(), &entry_) < ARCHIVE_WARN) {
        return Status::Error("nested archive damaged before this member: " +
                             ArchiveError(inner_.get()));
      }
      ++inner_pos_;
      inner_used_ = false;
    }
    inner_used_ = true;
    reader_ = inner_.get();
    return Status::Ok();
  }

  // Reads the current member's data, at most max_bytes of it.
  Status ReadData(size_t max_bytes, std::string* out) {
    out->clear();
    const size_t size = EntrySize(entry_);
    if (size > max_bytes) {
      return Status::Error("member is " + Mib(size) + ", over the " +
                           Mib(max_bytes) + " limit (--max-bytes)");
    }
    out->reserve(size);
    char block[kBlock];
    for (;;) {
      la_ssize_t n = archive_read_data(reader_, block, sizeof block);
      if (n == 0) break;
      if (n < 0) {
        out->clear();
        return Status::Error("cannot read member: " + ArchiveError(reader_));
      }
      if (out->size() + static_cast<size_t>(n) > max_bytes) {
        out->clear();
        return Status::Error("member is over the " + Mib(max_bytes) +
                             " limit (--max-bytes)");
      }
      out->append(block, static_cast<size_t>(n));
    }
    return Status::Ok();
  }

  const std::string path_;
  std::mutex mu_;
  std::condition_variable turn_;
  size_t tickets_ = 0;
  size_t next_ticket_ = 0;
  // The readers' position: the outer entry whose header was read last,
  // and within it the nested archive's. "used" once its data was read.
  ArchivePtr outer_;
  long outer_pos_ = -1;
  bool outer_used_ = false;
  std::unique_ptr<Feed> feed_;
  ArchivePtr inner_;  // reads from feed_, which reads from outer_
  long inner_of_ = -1;
  long inner_pos_ = -1;
  bool inner_used_ = false;
  archive_entry* entry_ = nullptr;  // the current entry, owned by its reader
  archive* reader_ = nullptr;       // the reader that holds entry_
  std::string name_;                // the current outer entry's name
};

namespace {

void ListArchive(const std::string& path, std::vector<InputFile>* out) {
  auto stream = std::make_shared<ArchiveStream>(path);
  ArchivePtr a = NewReader(path);
  if (archive_read_open_filename(a.get(), path.c_str(), kBlock) != ARCHIVE_OK) {
    out->push_back(Bad(path, "cannot open archive: " + ArchiveError(a.get())));
    return;
  }
  std::string last;
  for (size_t index = 0;; ++index) {
    archive_entry* e = nullptr;
    int rc = archive_read_next_header(a.get(), &e);
    if (rc == ARCHIVE_EOF) break;
    if (rc < ARCHIVE_WARN) {
      out->push_back(Bad(path, Damaged(last, ArchiveError(a.get()))));
      break;
    }
    std::string name = MemberName(a.get(), e, path);
    if (!IsRegular(a.get(), e) || !Wanted(name)) continue;
    last = name;
    if (archive_entry_is_encrypted(e)) {
      out->push_back(Bad(path + "!" + name, "encrypted member: not read"));
      continue;
    }
    if (IsArchiveName(name)) {
      ListNested(a.get(), path, index, name, stream, out);
      continue;
    }
    auto m = std::make_shared<ArchiveMember>();
    m->stream = stream;
    m->archive = path;
    m->outer = index;
    m->size = EntrySize(e);
    InputFile in;
    in.path = path + "!" + name;
    in.member = std::move(m);
    out->push_back(std::move(in));
  }
}

}  // namespace

bool IsArchiveName(const std::string& name) {
  return IsTarName(name) || IsZipName(name) || LoneSuffix(name) != nullptr;
}

std::vector<InputFile> ExpandArchives(std::vector<InputFile> inputs) {
  std::vector<InputFile> out;
  out.reserve(inputs.size());
  for (InputFile& in : inputs) {
    if (in.error.empty() && !in.member && IsArchiveName(BaseName(in.path))) {
      ListArchive(in.path, &out);
    } else {
      out.push_back(std::move(in));
    }
  }
  return out;
}

void NumberArchiveReads(std::vector<InputFile>* inputs) {
  // Members of one archive share one stream; number its reads.
  std::unordered_map<const ArchiveStream*, size_t> reads;
  for (InputFile& in : *inputs) {
    if (!in.member) continue;
    in.member->ticket = reads[in.member->stream.get()]++;
    in.member->stream->AddTicket();
  }
}

Status ReadInput(const InputFile& in, size_t max_bytes, std::string* out) {
  if (!in.member) return ReadInputFile(in.path, max_bytes, out);
  return in.member->stream->Read(*in.member, max_bytes, out);
}

void SkipInput(const InputFile& in) {
  if (in.member) in.member->stream->Skip(in.member->ticket);
}

size_t InputSize(const InputFile& in) {
  if (in.member) return in.member->size;
  struct stat st;
  return stat(in.path.c_str(), &st) == 0 && S_ISREG(st.st_mode) ? st.st_size
                                                                : 0;
}

}  // namespace secx
