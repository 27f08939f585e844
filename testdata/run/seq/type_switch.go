// run

// Type switches: single and multiple types per case, nil, default, bound variables.

package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%gC", float64(c)) }

func describe(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v of type %T", v, v)
	case string:
		return "string of length " + fmt.Sprint(len(v))
	case bool:
		if v {
			return "true bool"
		}
		return "false bool"
	case error:
		return "error: " + v.Error()
	case fmt.Stringer:
		return "stringer: " + v.String()
	case []int:
		return fmt.Sprint("slice sum ", sum(v))
	case func() int:
		return fmt.Sprint("func returning ", v())
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	values := []any{nil, 3, int64(4), "héllo", true, false, errors.New("e"), Celsius(36.6),
		[]int{1, 2, 3}, func() int { return 7 }, 2.5, struct{}{}, map[string]int{}}
	for _, v := range values {
		fmt.Println(describe(v))
	}
	var e error
	fmt.Println(describe(e))
	switch y := any(Celsius(1)).(type) {
	case fmt.Stringer, error:
		fmt.Printf("%T %v\n", y, y)
	}
}
