// Decodes uuencoded blocks ("begin 644 name" ... "end"), as EDGAR embeds
// GRAPHIC and PDF exhibits. Pure function; thread-safe.
#ifndef SECX_EXTRACT_READ_UUDECODE_H_
#define SECX_EXTRACT_READ_UUDECODE_H_

#include <string>
#include <string_view>

#include "extract/status.h"

namespace secx {

struct UuFile {
  std::string name;   // from the begin line
  std::string bytes;  // decoded content
};

// Decodes the first uuencoded block in `text`. An error when there is no
// begin line or the block is damaged beyond its length counts.
Result<UuFile> UuDecode(std::string_view text);

}  // namespace secx

#endif  // SECX_EXTRACT_READ_UUDECODE_H_
