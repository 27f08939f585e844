//! Tests of the front end: the lexer (`lexer_tests`), the parser's AST shapes and
//! messages (`parser_tests`), and whole files (`corpus_tests`).

mod corpus_tests;
mod lexer_tests;
mod parser_tests;
