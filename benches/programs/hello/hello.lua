-- Start-up time: the whole run of the smallest program.
print("hello, world")
