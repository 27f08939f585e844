# Array writes in a tight loop: the sieve of Eratosthenes, several passes.
def sieve(n):
    composite = [False] * (n + 1)
    count = 0
    for i in range(2, n + 1):
        if composite[i]:
            continue
        count += 1
        for j in range(i * i, n + 1, i):
            composite[j] = True
    return count


def main():
    total = 0
    for _ in range(2):
        total += sieve(10000000)
    print(total)


main()
