# randnotiz_add_test(...) lines for this area
