// Array writes in a tight loop: the sieve of Eratosthenes, several passes.
package main

import "fmt"

func sieve(n int) int {
	composite := make([]bool, n+1)
	count := 0
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		count++
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return count
}

func main() {
	total := 0
	for pass := 0; pass < 2; pass++ {
		total += sieve(10000000)
	}
	fmt.Println(total)
}
