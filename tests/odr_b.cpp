#include "support/httpstatus_api.hpp"

const httpstatus::status_info* table_seen_from_b() { return httpstatus::all().begin(); }
std::string_view phrase_seen_from_b(int value) { return httpstatus::reason_phrase(value); }
