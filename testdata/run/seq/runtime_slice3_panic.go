// run

// Full slice expressions check low <= high <= max <= cap.
package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	t := s[1:2:4]
	fmt.Println(len(t), cap(t))
	hi, max := 3, 2
	defer func() {
		fmt.Println("recovered:", recover())
		str := "hello"
		i := 10
		fmt.Println(str[i])
	}()
	fmt.Println(s[0:hi:max])
}
