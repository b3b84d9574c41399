// Placeholder until the libxml2 reader lands.
#include "extract/read/html_reader.h"

namespace secx {

Result<std::string> HtmlToText(std::string_view html) {
  return std::string(html);
}

bool LooksLikeHtml(std::string_view bytes) {
  return bytes.substr(0, 4096).find("<html") != std::string_view::npos ||
         bytes.substr(0, 4096).find("<HTML") != std::string_view::npos;
}

}  // namespace secx
