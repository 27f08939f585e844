// run

// errors: New, wrapping with %w, Is, As, Unwrap, Join; custom error types.

package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type PathError struct {
	Op, Path string
	Err      error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

func find(name string) error {
	if name == "" {
		return &PathError{"open", "<empty>", ErrNotFound}
	}
	return nil
}

func main() {
	err := find("")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	wrapped := fmt.Errorf("loading config: %w", err)
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, ErrNotFound))
	var pe *PathError
	if errors.As(wrapped, &pe) {
		fmt.Println("path:", pe.Path, "op:", pe.Op)
	}
	fmt.Println(find("x") == nil)
	notWrapped := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(notWrapped, errors.Is(notWrapped, ErrNotFound), errors.Unwrap(notWrapped))
	e1 := errors.New("first")
	e2 := errors.New("second")
	joined := errors.Join(e1, nil, e2)
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, e2), errors.Join(nil, nil) == nil)
	multi := fmt.Errorf("both: %w and %w", e1, e2)
	fmt.Println(multi, errors.Is(multi, e1), errors.Is(multi, e2))
	fmt.Println(errors.New("a") == errors.New("a"))
	var target *PathError
	fmt.Println(errors.As(e1, &target), target == nil)
}
