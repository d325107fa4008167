// With odr_b.cpp: the header is included in two translation units of one
// program; the linker must see one definition of everything in it.
#include "support/httpstatus_api.hpp"

#include "support/catch.hpp"

const httpstatus::status_info* table_seen_from_b();
std::string_view phrase_seen_from_b(int value);

TEST_CASE("two translation units share one table") {
  CHECK(httpstatus::all().begin() == table_seen_from_b());
  CHECK(httpstatus::reason_phrase(404).data() == phrase_seen_from_b(404).data());
  CHECK(phrase_seen_from_b(503) == "Service Unavailable");
}
