module gopl.io/ch11/word2

go 1.22
