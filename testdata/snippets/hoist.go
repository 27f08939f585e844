// Not from the notes: top-level variables that functions declared later see,
// and packages used without an import.
n := 3
func triple() int { return n * 3 }
fmt.Println(triple())
n = 5
fmt.Println(triple(), strings.ToUpper("ok"))
words := []string{"b", "a"}
sort.Strings(words)
fmt.Println(words, len(words))
