// Expands the paths given on the command line into the list of input files.
//
// Rules (also in `secx extract --help`):
//   - A path named explicitly is always an input, whatever it is; reading
//     it reports what is wrong (missing, a FIFO, ...).
//   - A directory is walked recursively; entries are visited in byte order
//     of their names, so the order is the same on every machine.
//   - In a walk, hidden entries (".name"), symbolic links to directories,
//     non-regular files (FIFOs, sockets, devices), expected-value files
//     (names containing ".expected." or ".expected-") and files ending in
//     .json .md .csv .tsv .sh (manifests) are skipped.
//   - A directory that cannot be listed becomes an input carrying that
//     error, so the failure shows up in the output like any other.
// Pure functions of the file system; thread-safe.
#ifndef SECX_ANALYZE_INPUT_FILES_H_
#define SECX_ANALYZE_INPUT_FILES_H_

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace secx {

struct ArchiveMember;  // analyze/archive_input.h

struct InputFile {
  InputFile() = default;
  InputFile(std::string p, std::string e)
      : path(std::move(p)), error(std::move(e)) {}

  std::string path;
  std::string error;  // set when the input is known bad before reading
  // Set for a member of an archive ("ARCHIVE!member"): where its bytes are.
  std::shared_ptr<ArchiveMember> member;
};

// True when a walk skips a file with this name.
bool SkippedInWalk(const std::string& filename);

std::vector<InputFile> ExpandInputs(const std::vector<std::string>& paths);

}  // namespace secx

#endif  // SECX_ANALYZE_INPUT_FILES_H_
