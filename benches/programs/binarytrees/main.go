// Allocation and garbage collection: many short-lived complete binary trees
// built and walked while one long-lived tree stays reachable.
package main

import "fmt"

type node struct {
	left, right *node
}

func build(depth int) *node {
	if depth == 0 {
		return &node{}
	}
	return &node{build(depth - 1), build(depth - 1)}
}

func (n *node) count() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.count() + n.right.count()
}

func main() {
	const minDepth, maxDepth = 4, 16
	fmt.Println("stretch", maxDepth+1, build(maxDepth+1).count())
	longLived := build(maxDepth)
	for d := minDepth; d <= maxDepth; d += 2 {
		trees := 1 << (maxDepth - d + minDepth)
		nodes := 0
		for i := 0; i < trees; i++ {
			nodes += build(d).count()
		}
		fmt.Println("depth", d, trees, nodes)
	}
	fmt.Println("long-lived", maxDepth, longLived.count())
}
