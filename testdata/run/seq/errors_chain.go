// run

// errors: wrapping chains with %w, Is/As/Unwrap/Join, custom Is and As targets.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type TempErr struct{ code int }

func (t TempErr) Error() string   { return fmt.Sprintf("temporary (%d)", t.code) }
func (t TempErr) Is(e error) bool { _, ok := e.(TempErr); return ok }

type timeout interface{ Timeout() bool }

type netErr struct{}

func (netErr) Error() string   { return "net down" }
func (netErr) Timeout() bool   { return true }

func find(key string) error {
	if key == "" {
		return &QueryError{"<empty>", ErrNotFound}
	}
	return nil
}

func main() {
	err := find("")
	wrapped := fmt.Errorf("lookup failed: %w", err)
	twice := fmt.Errorf("handler: %w", wrapped)
	fmt.Println(twice)
	fmt.Println(errors.Is(twice, ErrNotFound), errors.Is(twice, os.ErrNotExist))
	var qe *QueryError
	if errors.As(twice, &qe) {
		fmt.Println("as:", qe.Query, qe.Err)
	}
	fmt.Println(errors.Unwrap(twice) == wrapped, errors.Unwrap(errors.Unwrap(twice)) == err, errors.Unwrap(ErrNotFound))

	j := errors.Join(ErrNotFound, nil, TempErr{7})
	fmt.Printf("%v|%q\n", j, j.Error())
	fmt.Println(errors.Is(j, ErrNotFound), errors.Is(j, TempErr{99}), errors.Join(nil, nil) == nil)
	multi := fmt.Errorf("both: %w and %w", ErrNotFound, TempErr{1})
	fmt.Println(multi, errors.Is(multi, ErrNotFound), errors.Is(multi, TempErr{}), errors.Unwrap(multi) == nil)
	if u, ok := multi.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), u.Unwrap()[1])
	}
	var te TempErr
	fmt.Println(errors.As(multi, &te), te.code)

	var to timeout
	e := fmt.Errorf("dial: %w", netErr{})
	fmt.Println(errors.As(e, &to), to != nil && to.Timeout())

	_, ferr := os.Open("/definitely/not/here.txt")
	fmt.Println(ferr, errors.Is(ferr, fs.ErrNotExist), errors.Is(ferr, os.ErrNotExist))
	var pe *fs.PathError
	if errors.As(ferr, &pe) {
		fmt.Println(pe.Op, pe.Path, pe.Err)
	}
	plain := fmt.Errorf("no wrap %v", ErrNotFound)
	fmt.Println(plain, errors.Is(plain, ErrNotFound), errors.Unwrap(plain))
	fmt.Println(errors.New("a") == errors.New("a"), ErrNotFound == ErrNotFound)
	defer func() { fmt.Println("recovered:", recover()) }()
	errors.As(e, nil)
}
