// run

// bufio.Reader on os.Stdin: ReadString, ReadRune, UnreadRune, Peek, ReadBytes, and
// the last line without a newline ending in io.EOF; then bufio.Writer to os.Stdout.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()

	header, err := in.ReadString('\n')
	fmt.Fprintf(out, "header %q %v\n", header, err)
	r, size, err := in.ReadRune()
	fmt.Fprintf(out, "rune %q %d %v\n", r, size, err)
	in.UnreadRune()
	peek, _ := in.Peek(3)
	fmt.Fprintf(out, "peek %q\n", peek)
	sum := 0
	for {
		line, err := in.ReadString('\n')
		line = strings.TrimSpace(line)
		if line != "" {
			if n, perr := strconv.Atoi(line); perr == nil {
				sum += n
				fmt.Fprintf(out, "number %d (sum %d)\n", n, sum)
			} else {
				fmt.Fprintf(out, "text %q: %v\n", line, perr)
			}
		}
		if err == io.EOF {
			fmt.Fprintln(out, "EOF")
			break
		}
		if err != nil {
			fmt.Fprintln(out, "error:", err)
			break
		}
	}
	_, err = in.ReadByte()
	fmt.Fprintln(out, "after EOF:", err)
}
