// SHA-256 of input bytes (OpenSSL libcrypto). Thread-safe.
#ifndef SECX_EXTRACT_HASH_H_
#define SECX_EXTRACT_HASH_H_

#include <string>
#include <string_view>

namespace secx {

// Lower-case hex digest.
std::string Sha256Hex(std::string_view bytes);

}  // namespace secx

#endif  // SECX_EXTRACT_HASH_H_
