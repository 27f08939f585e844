// run

// Expression switches: tagless, with init, several values per case, fallthrough, break.

package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func kind(r rune) string {
	switch r {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t', '\n':
		return "space"
	}
	return "other"
}

func calls() int {
	fmt.Print("[tag evaluated] ")
	return 2
}

func main() {
	for _, s := range []int{95, 85, 75, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, r := range "ai x" {
		fmt.Print(kind(r), " ")
	}
	fmt.Println()

	switch n := 5; {
	case n > 3:
		fmt.Println("big")
		fallthrough
	case n > 100:
		fmt.Println("fell through to >100")
	case n > 1:
		fmt.Println("not reached")
	}

	switch calls() {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
		if true {
			break
		}
		fmt.Println("not reached")
	default:
		fmt.Println("default")
	}

	x := 3
	switch x {
	default:
		fmt.Println("default may come first")
	case 1:
		fmt.Println("1")
	}
	switch {
	}
	switch s := "go"; s + "pher" {
	case "gopher":
		fmt.Println("matched", s)
	}
	var v any = 3.5
	switch v {
	case 3.5:
		fmt.Println("interface switch on 3.5")
	case "x":
		fmt.Println("string")
	}
	order := func(i int) int { fmt.Print("case", i, " "); return i }
	switch 3 {
	case order(1), order(2), order(3), order(4):
		fmt.Println("matched at the first equal case")
	}
}
