module example.com/tempenv

go 1.22
