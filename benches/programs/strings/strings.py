# Strings and string-keyed maps: build a text of pseudo-random words in a
# buffer, split it into words again, count them in a dict and fold the sorted
# counts into a checksum.
def main():
    n_words = 500000
    letters = "abcd"
    seed = 42

    def next(n):
        nonlocal seed
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        return (seed >> 16) % n

    buf = []
    for _ in range(n_words):
        length = 3 + next(5)
        for _ in range(length):
            buf.append(letters[next(len(letters))])
        buf.append(" ")
    text = "".join(buf)

    counts = {}
    words = text.split()
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    keys = sorted(counts)
    total = 0
    for k in keys:
        total = (total * 31 + counts[k] * len(k)) % 1000000007
    print(len(text), len(words), len(counts), keys[0], keys[-1], total)


main()
