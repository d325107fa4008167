# Broken data files and the message the generator must reject each with.
set(generator_rejection_cases
    "duplicate_code|entry 2 \\(code 404\\): duplicate code 404"
    "duplicate_name|entry 2 \\(code 410\\): duplicate name 'not_found'"
    "bad_identifier|name 'not-found' is not a snake_case C\\+\\+ identifier"
    "keyword_name|name 'delete' is a C\\+\\+ keyword"
    "phrase_collision|entry 2 \\(code 418\\): 'Unused' collides with code 306"
    "normalised_collision|code 405\\): 'NOT-FOUND' collides with code 404 after normalisation \\('notfound'\\)"
    "unknown_retry|entry 1 \\(code 404\\): unknown retry value 'sometimes'"
    "missing_field|entry 1 \\(code 404\\): missing field 'reference'"
    "missing_aliases|entry 1 \\(code 404\\): missing field 'aliases'"
    "code_out_of_range|entry 1: code '600' is not in 100\\.\\.599"
    "wrong_type|entry 1 \\(code 404\\): field 'cacheable' is STRING, expected BOOLEAN"
    "non_ascii|entry 1 \\(code 404\\): description .* outside printable ASCII"
    "unknown_standing|entry 1 \\(code 404\\): unknown standing 'retired'"
    "temporary_without_expiry|entry 1 \\(code 404\\): missing field 'expires'"
    "missing_class_default|code 100 is missing"
    "not_json|not a JSON object"
)
