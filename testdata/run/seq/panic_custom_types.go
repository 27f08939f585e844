// run

// panic with a Stringer-less custom error type and wrapped errors: Go prints Error().

package main

import "fmt"

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("my error %d", e.Code) }

func main() {
	fmt.Println("about to panic")
	panic(fmt.Errorf("wrapped: %w", &MyErr{7}))
}
