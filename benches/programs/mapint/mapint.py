# Integer-keyed maps: insert 1e6 scattered keys into a dict, then look up
# 2e6 keys of which half are present.
def main():
    n = 1000000
    mul = 2654435761  # odd, so i -> i*mul mod 2^32 is one-to-one
    m = {}
    for i in range(n):
        m[i * mul % (1 << 32)] = i
    hits = total = 0
    for i in range(2 * n):
        v = m.get(i * mul % (1 << 32))
        if v is not None:
            hits += 1
            total += v
    print(len(m), hits, total)


main()
