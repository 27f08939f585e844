// run

// File read/write/stat and the errors of os: *PathError texts, os.IsNotExist,
// os.IsExist, errors.Is with fs.ErrNotExist, on a tree made in os.MkdirTemp.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

var dir string

// rel hides the random temporary directory in paths and error texts.
func rel(s string) string { return strings.ReplaceAll(s, dir, "$TMP") }

func check(what string, err error) {
	if err != nil {
		fmt.Printf("%s: %s\n", what, rel(err.Error()))
	} else {
		fmt.Printf("%s: ok\n", what)
	}
}

func main() {
	var err error
	dir, err = os.MkdirTemp("", "minigo-files-*")
	if err != nil {
		fmt.Println("MkdirTemp:", err)
		return
	}
	defer os.RemoveAll(dir)

	p := filepath.Join(dir, "hello.txt")
	check("WriteFile", os.WriteFile(p, []byte("hello, world\nsecond line\n"), 0644))
	b, err := os.ReadFile(p)
	check("ReadFile", err)
	fmt.Printf("%q\n", b)

	fi, err := os.Stat(p)
	check("Stat", err)
	fmt.Println(fi.Name(), fi.Size(), fi.IsDir(), fi.Mode(), fi.Mode().IsRegular())

	// Append with OpenFile, then read back with Read until io.EOF.
	f, err := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
	check("OpenFile", err)
	n, err := f.WriteString("third\n")
	fmt.Println(n, err)
	check("Close", f.Close())
	check("Close again", f.Close())

	f, err = os.Open(p)
	check("Open", err)
	buf := make([]byte, 10)
	total := 0
	for {
		n, err := f.Read(buf)
		total += n
		if err == io.EOF {
			fmt.Println("EOF after", total, "bytes")
			break
		}
		if err != nil {
			fmt.Println("read error:", err)
			break
		}
	}
	_, err = f.Write([]byte("x"))
	check("Write to read-only", err)
	f.Close()

	// Errors.
	_, err = os.Open(filepath.Join(dir, "missing.txt"))
	check("Open missing", err)
	fmt.Println(os.IsNotExist(err), errors.Is(err, fs.ErrNotExist), os.IsExist(err))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("PathError:", pe.Op, rel(pe.Path), pe.Err)
	}
	_, err = os.Stat(filepath.Join(dir, "no", "such", "file"))
	check("Stat missing", err)
	check("Mkdir", os.Mkdir(filepath.Join(dir, "sub"), 0755))
	err = os.Mkdir(filepath.Join(dir, "sub"), 0755)
	check("Mkdir again", err)
	fmt.Println(os.IsExist(err), errors.Is(err, fs.ErrExist))
	check("MkdirAll", os.MkdirAll(filepath.Join(dir, "sub", "a", "b"), 0755))
	check("MkdirAll again", os.MkdirAll(filepath.Join(dir, "sub", "a", "b"), 0755))
	_, err = os.ReadFile(filepath.Join(dir, "sub"))
	check("ReadFile of a directory", err)
	check("Remove non-empty", os.Remove(filepath.Join(dir, "sub")))
	check("Remove missing", os.Remove(filepath.Join(dir, "gone")))
	check("Rename", os.Rename(p, filepath.Join(dir, "sub", "moved.txt")))
	_, err = os.Stat(p)
	fmt.Println("old name exists:", !os.IsNotExist(err))

	entries, err := os.ReadDir(filepath.Join(dir, "sub"))
	check("ReadDir", err)
	for _, e := range entries {
		info, _ := e.Info()
		size := info.Size()
		if e.IsDir() {
			size = 0
		}
		fmt.Println(e.Name(), e.IsDir(), e.Type(), size)
	}
	check("RemoveAll", os.RemoveAll(filepath.Join(dir, "sub")))
	check("RemoveAll missing", os.RemoveAll(filepath.Join(dir, "sub")))
	_, err = os.ReadDir(filepath.Join(dir, "sub"))
	check("ReadDir missing", err)

	// Create, Seek, ReadAt, Truncate.
	f, err = os.Create(filepath.Join(dir, "c.txt"))
	check("Create", err)
	fmt.Fprintf(f, "%d-%s\n", 12345, "abcdef")
	off, err := f.Seek(2, io.SeekStart)
	fmt.Println(off, err)
	rest, err := io.ReadAll(f)
	fmt.Printf("%q %v\n", rest, err)
	part := make([]byte, 4)
	n, err = f.ReadAt(part, 6)
	fmt.Printf("%d %q %v\n", n, part[:n], err)
	n, err = f.ReadAt(part, 11)
	fmt.Printf("%d %q %v\n", n, part[:n], err)
	check("Truncate", f.Truncate(3))
	fi, _ = f.Stat()
	fmt.Println(fi.Name(), fi.Size())
	f.Close()
	_, err = f.Stat()
	check("Stat closed", err)
}
