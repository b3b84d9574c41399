// The store's schema as a list of migrations (internal to store.cc).
//
// Migration i takes a database from user_version i to i + 1; a new schema
// version appends a migration and never edits an old one, so every file
// written by an earlier secx can be brought forward. Constant data;
// thread-safe.
#ifndef SECX_ANALYZE_STORE_SCHEMA_H_
#define SECX_ANALYZE_STORE_SCHEMA_H_

#include <vector>

namespace secx {

// SQL scripts; element i migrates user_version i to i + 1.
const std::vector<const char*>& StoreMigrations();

}  // namespace secx

#endif  // SECX_ANALYZE_STORE_SCHEMA_H_
