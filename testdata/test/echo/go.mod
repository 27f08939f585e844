module gopl.io/ch11/echo

go 1.22
