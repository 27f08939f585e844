// run

// errors.As with interface-typed targets (a named interface, an interface
// literal, net.Error) as well as pointer targets, through wrapping.
package main

import (
	"errors"
	"fmt"
	"os"
)

type timeoutErr struct{ op string }

func (e *timeoutErr) Error() string   { return e.op + ": timed out" }
func (e *timeoutErr) Timeout() bool   { return true }
func (e *timeoutErr) Temporary() bool { return false }

type codeErr int

func (c codeErr) Error() string { return fmt.Sprintf("code %d", int(c)) }
func (c codeErr) Code() int     { return int(c) }

type coder interface{ Code() int }

func main() {
	err := fmt.Errorf("fetch: %w", &timeoutErr{"read"})
	var t interface{ Timeout() bool }
	fmt.Println(errors.As(err, &t), t != nil && t.Timeout())

	var te *timeoutErr
	fmt.Println(errors.As(err, &te), te.op)

	var c coder
	fmt.Println(errors.As(err, &c))
	err2 := fmt.Errorf("outer: %w", fmt.Errorf("inner: %w", codeErr(7)))
	fmt.Println(errors.As(err2, &c), c.Code())

	// A method with another signature does not match.
	var wrong interface{ Code() string }
	fmt.Println(errors.As(err2, &wrong))

	_, err = os.Open("/nonexistent/file")
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path)
	var tm interface{ Timeout() bool }
	fmt.Println(errors.As(err, &tm), tm.Timeout())
}
