module gopl.io/ch11/word1

go 1.22
