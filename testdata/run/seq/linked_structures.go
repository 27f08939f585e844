// run

// Pointers and linked data structures: list, binary search tree, graph search.

package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

func push(head *Node, v int) *Node { return &Node{v, head} }

func reverse(head *Node) *Node {
	var prev *Node
	for head != nil {
		head, head.Next, prev = head.Next, prev, head
	}
	return prev
}

func (n *Node) String() string {
	var b strings.Builder
	for ; n != nil; n = n.Next {
		fmt.Fprintf(&b, "%d->", n.Val)
	}
	b.WriteString("nil")
	return b.String()
}

type BST struct {
	root *bnode
	size int
}

type bnode struct {
	key         string
	left, right *bnode
}

func (t *BST) Insert(k string) {
	p := &t.root
	for *p != nil {
		switch {
		case k < (*p).key:
			p = &(*p).left
		case k > (*p).key:
			p = &(*p).right
		default:
			return
		}
	}
	*p = &bnode{key: k}
	t.size++
}

func (t *BST) InOrder(visit func(string)) {
	var walk func(*bnode)
	walk = func(n *bnode) {
		if n == nil {
			return
		}
		walk(n.left)
		visit(n.key)
		walk(n.right)
	}
	walk(t.root)
}

func bfs(graph map[string][]string, start string) []string {
	seen := map[string]bool{start: true}
	queue := []string{start}
	var order []string
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		for _, m := range graph[n] {
			if !seen[m] {
				seen[m] = true
				queue = append(queue, m)
			}
		}
	}
	return order
}

func main() {
	var list *Node
	for i := 1; i <= 5; i++ {
		list = push(list, i)
	}
	fmt.Println(list)
	fmt.Println(reverse(list))

	var t BST
	for _, w := range strings.Fields("the quick brown fox jumps over the lazy dog") {
		t.Insert(w)
	}
	var words []string
	t.InOrder(func(s string) { words = append(words, s) })
	fmt.Println(t.size, words)

	graph := map[string][]string{
		"a": {"b", "c"},
		"b": {"d"},
		"c": {"d", "e"},
		"d": {"a"},
		"e": {},
	}
	fmt.Println(bfs(graph, "a"))

	x := 1
	p := &x
	pp := &p
	**pp = 42
	fmt.Println(x, *p == 42, p == *pp)
	type pair struct{ a, b *int }
	y := 7
	pr := pair{&y, &y}
	*pr.a++
	fmt.Println(*pr.b)
}
