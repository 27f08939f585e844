# List indexing, comparisons and recursion: a hand-written quicksort
# (Hoare partition around the middle element) of 1e6 pseudo-random ints.
def quicksort(a, lo, hi):
    while lo < hi:
        pivot = a[(lo + hi) // 2]
        i, j = lo, hi
        while i <= j:
            while a[i] < pivot:
                i += 1
            while a[j] > pivot:
                j -= 1
            if i <= j:
                a[i], a[j] = a[j], a[i]
                i += 1
                j -= 1
        quicksort(a, lo, j)
        lo = i


def main():
    n = 1000000
    a = [0] * n
    seed = 7
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        a[i] = seed
    quicksort(a, 0, n - 1)
    total, is_sorted = 0, True
    for i in range(n):
        v = a[i]
        if i > 0 and a[i - 1] > v:
            is_sorted = False
        total = (total + v % 1000003 * (i + 1)) % 1000000007
    print(str(is_sorted).lower(), a[0], a[n // 2], a[n - 1], total)


main()
