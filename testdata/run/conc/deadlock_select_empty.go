// run

// select {} blocks forever; with no other goroutine that is a deadlock.

package main

import "fmt"

func main() {
	fmt.Println("blocking forever")
	select {}
}
