// run

// A seeded math/rand generator reproduces Go's sequences exactly.
package main

import (
	"fmt"
	"math/rand"
	"sort"
)

func main() {
	r := rand.New(rand.NewSource(1))
	fmt.Println(r.Int(), r.Intn(100), r.Int63(), r.Int31(), r.Uint32(), r.Uint64())
	fmt.Println(r.Int63n(1000000007), r.Int31n(77), r.Intn(1<<40), r.Int63n(1<<20))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", r.Float64(), r.Float32(), r.NormFloat64(), r.ExpFloat64())
	fmt.Println(r.Perm(10))
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta"}
	r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words)
	buf := make([]byte, 10)
	n, err := r.Read(buf)
	fmt.Println(n, err, buf)

	// Dice: the histogram of 6000 rolls.
	r2 := rand.New(rand.NewSource(42))
	counts := map[int]int{}
	for i := 0; i < 6000; i++ {
		counts[r2.Intn(6)+1]++
	}
	keys := []int{}
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Printf("%d:%d ", k, counts[k])
	}
	fmt.Println()

	// Reseeding restarts the sequence.
	r2.Seed(7)
	a := []int{r2.Intn(1000), r2.Intn(1000), r2.Intn(1000)}
	r2.Seed(7)
	b := []int{r2.Intn(1000), r2.Intn(1000), r2.Intn(1000)}
	fmt.Println(a, b)

	// A Zipf distribution.
	z := rand.NewZipf(rand.New(rand.NewSource(3)), 1.5, 2, 20)
	for i := 0; i < 10; i++ {
		fmt.Print(z.Uint64(), " ")
	}
	fmt.Println()

	// Monte Carlo estimate of pi.
	r3 := rand.New(rand.NewSource(2024))
	in := 0
	for i := 0; i < 20000; i++ {
		x, y := r3.Float64(), r3.Float64()
		if x*x+y*y <= 1 {
			in++
		}
	}
	fmt.Printf("pi ~ %.4f\n", 4*float64(in)/20000)

	// The top-level functions are randomly seeded: only their ranges are printed.
	v := rand.Intn(10)
	fmt.Println(v >= 0 && v < 10, rand.Float64() < 1)
	defer func() { fmt.Println("recovered:", recover()) }()
	r.Intn(0)
}
