module example.com/notests

go 1.22
