# Allocation and garbage collection: many short-lived complete binary trees
# built and walked while one long-lived tree stays reachable.
def build(depth):
    if depth == 0:
        return [None, None]
    return [build(depth - 1), build(depth - 1)]


def count(n):
    if n[0] is None:
        return 1
    return 1 + count(n[0]) + count(n[1])


def main():
    min_depth, max_depth = 4, 16
    print("stretch", max_depth + 1, count(build(max_depth + 1)))
    long_lived = build(max_depth)
    for d in range(min_depth, max_depth + 1, 2):
        trees = 1 << (max_depth - d + min_depth)
        nodes = 0
        for _ in range(trees):
            nodes += count(build(d))
        print("depth", d, trees, nodes)
    print("long-lived", max_depth, count(long_lived))


main()
