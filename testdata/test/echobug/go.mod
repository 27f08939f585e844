module gopl.io/ch11/echobug

go 1.22
