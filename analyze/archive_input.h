// Archives as inputs: .tar, .tar.gz, .tgz, .zip, .gz (also .tar.bz2,
// .tbz2, .tar.xz, .txz, .bz2, .xz), read with libarchive member by member.
//
// An archive named on the command line or met in a directory walk is
// replaced by its members, each an input of its own whose path is
// "ARCHIVE!member" (a lone .gz holds one member: its name without ".gz").
// Members that are archives themselves are opened too, one level deep
// ("ARCHIVE!inner.tar.gz!member"); deeper ones are reported and skipped.
// Directories, links and the files a directory walk skips (hidden names,
// .json/.md/.csv/.tsv/.sh manifests, expected-value files) are skipped, so
// an archive of a directory yields the same inputs as the directory.
//
// Archives are recognised by name, never by bytes alone: .docx and .xlsx
// files are zip files too, and must stay single inputs.
//
// Cost and memory: listing an archive reads it once (headers; compressed
// data is decompressed to find the next header), and reading the members
// reads it once more, in order, through one ArchiveStream per archive
// shared by the workers. A worker waits for its turn, so members are read
// strictly in archive order and only the member being read is in memory
// (plus libarchive's buffers): peak memory is one member per worker in
// flight, whatever the size of the archive.
//
// A member that cannot be read (corrupt data, over --max-bytes, encrypted)
// becomes an input carrying that error ("ARCHIVE!member: cause") and the
// next member is read as usual. An archive damaged part-way keeps the
// members before the damage and adds one input "ARCHIVE" carrying the cause.
//
// Thread-safety: ListArchive and IsArchiveName are pure. ReadInput and
// SkipInput may be called from several threads at once; each InputFile
// must be read (or skipped) exactly once, after NumberArchiveReads().
#ifndef SECX_ANALYZE_ARCHIVE_INPUT_H_
#define SECX_ANALYZE_ARCHIVE_INPUT_H_

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "analyze/input_files.h"
#include "extract/status.h"

namespace secx {

class ArchiveStream;  // archive_input.cc: one open archive, read in order

// Where the bytes of an archive member are. Owned by its InputFile
// (shared_ptr); the stream is shared by all members of one archive.
struct ArchiveMember {
  std::shared_ptr<ArchiveStream> stream;
  std::string archive;  // path of the archive file
  size_t outer = 0;     // entry index in the archive
  long inner = -1;      // entry index in a nested archive; -1 = none
  size_t size = 0;      // uncompressed size when the archive says it
  size_t ticket = 0;    // turn among the stream's reads (NumberArchiveReads)
};

// True for the file names read as archives (case-insensitive suffix).
bool IsArchiveName(const std::string& name);

// Replaces each input whose name is an archive by its members (see the top
// of this file); other inputs pass through unchanged, in order.
std::vector<InputFile> ExpandArchives(std::vector<InputFile> inputs);

// Numbers the reads of each archive in list order. Call once on the final
// list (after sharding): a member's read waits for every member listed
// before it in the same archive to be read or skipped.
void NumberArchiveReads(std::vector<InputFile>* inputs);

// Reads an input's bytes: a file (ReadInputFile) or an archive member.
// The error names the cause in one line (the caller adds the path).
Status ReadInput(const InputFile& in, size_t max_bytes, std::string* out);

// Gives up an input's turn without reading it (a stopped ingest); a no-op
// for files.
void SkipInput(const InputFile& in);

// The input's size in bytes when known without reading it (for progress);
// 0 when unknown.
size_t InputSize(const InputFile& in);

}  // namespace secx

#endif  // SECX_ANALYZE_ARCHIVE_INPUT_H_
