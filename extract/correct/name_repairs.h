// Repair rules for names and abbreviations that the filing itself
// explains, called by ProposeRepairs (token_repairs.h):
//   name case     a lower-case reading of a name the filing uses
//                 capitalised ("westell" -> "Westell"), or the same letter
//                 read in both cases ("wWestell" -> "Westell")
//   initial I     "l" for "I" at the start of an unknown word that stands
//                 among capitalised words ("lidabashi Grand" -> "Iidabashi")
//   compound      a digit inside one part of a slash compound whose other
//                 form the filing uses ("EICC/GeS1" -> "EICC/GeSI")
//
// Pure functions over read-only inputs; thread-safe.
#ifndef SECX_EXTRACT_CORRECT_NAME_REPAIRS_H_
#define SECX_EXTRACT_CORRECT_NAME_REPAIRS_H_

#include <cstddef>
#include <optional>

#include "extract/correct/token_repairs.h"

namespace secx {

std::optional<Repair> RepairNameCase(const RepairContext& ctx, size_t index);
std::optional<Repair> RepairInitialI(const RepairContext& ctx, size_t index);
std::optional<Repair> RepairCompound(const RepairContext& ctx, size_t index);

}  // namespace secx

#endif  // SECX_EXTRACT_CORRECT_NAME_REPAIRS_H_
