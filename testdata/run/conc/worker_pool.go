// run

// A worker pool: fan-out of jobs over a channel to N workers, fan-in of results, and
// request/response with a reply channel per request (channels of channels).

package main

import (
	"fmt"
	"sort"
	"sync"
)

type request struct {
	n     int
	reply chan int
}

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	jobs := make(chan int)
	results := make(chan [2]int)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range jobs {
				results <- [2]int{n, collatz(n)}
			}
		}()
	}
	go func() {
		for n := 1; n <= 200; n++ {
			jobs <- n
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all [][2]int
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i][1] > all[j][1] || all[i][1] == all[j][1] && all[i][0] < all[j][0] })
	fmt.Println(len(all), "results; longest:", all[0], all[1], all[2])

	server := make(chan request)
	go func() {
		for req := range server {
			req.reply <- req.n * req.n
		}
	}()
	var mu sync.Mutex
	sum := 0
	var cw sync.WaitGroup
	for i := 1; i <= 10; i++ {
		cw.Add(1)
		go func() {
			defer cw.Done()
			reply := make(chan int)
			server <- request{i, reply}
			v := <-reply
			mu.Lock()
			sum += v
			mu.Unlock()
		}()
	}
	cw.Wait()
	close(server)
	fmt.Println("sum of squares:", sum)
}
