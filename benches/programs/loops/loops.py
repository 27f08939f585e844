# Integer arithmetic in nested counted loops (no calls, no memory): a
# multiply-add chain the compiler cannot shortcut.
def main():
    n = 6000
    x = 1
    for i in range(n):
        for j in range(n):
            x = (x * 1103515245 + (i ^ j)) & 0x7FFFFFFF
    print(x)


main()
