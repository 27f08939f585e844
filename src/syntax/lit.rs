//! Decodes the text of basic literals (placeholder, filled below).
