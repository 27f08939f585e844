// run

// A du-like walk over a tree the program makes in os.MkdirTemp: filepath.WalkDir and
// filepath.Walk (lexical order), fs.SkipDir, per-directory sizes sorted by name, and
// the path/filepath helpers (Join, Rel, Base, Dir, Ext, Split, Abs, Clean, Match).
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	root, err := os.MkdirTemp("", "du-*")
	must(err)
	defer os.RemoveAll(root)

	files := map[string]int{
		"a.txt":            10,
		"b/c.go":           200,
		"b/d/e.md":         3000,
		"b/d/f.md":         40,
		"b/skip/hidden.go": 5,
		"g/h/i/j.txt":      6,
		"g/k.txt":          70,
		"z.bin":            1024,
	}
	for name, size := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		must(os.MkdirAll(filepath.Dir(p), 0755))
		must(os.WriteFile(p, []byte(strings.Repeat("x", size)), 0644))
	}
	must(os.Mkdir(filepath.Join(root, "empty"), 0755))

	fmt.Println("WalkDir:")
	dirSize := map[string]int64{}
	var nfiles int
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() && d.Name() == "skip" {
			fmt.Println("  skip", rel)
			return filepath.SkipDir
		}
		kind := "f"
		if d.IsDir() {
			kind = "d"
		}
		fmt.Printf("  %s %s\n", kind, rel)
		if !d.IsDir() {
			info, err := d.Info()
			if err != nil {
				return err
			}
			nfiles++
			// Charge the size to every enclosing directory, as du does.
			for dir := filepath.Dir(rel); ; dir = filepath.Dir(dir) {
				dirSize[dir] += info.Size()
				if dir == "." {
					break
				}
			}
		}
		return nil
	})
	fmt.Println("err:", err)

	var dirs []string
	for d := range dirSize {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	fmt.Println("du:")
	for _, d := range dirs {
		fmt.Printf("  %6d %s\n", dirSize[d], d)
	}
	fmt.Printf("%d files  %.1f kB\n", nfiles, float64(dirSize["."])/1e3)

	fmt.Println("Walk:")
	err = filepath.Walk(filepath.Join(root, "g"), func(path string, info fs.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		fmt.Printf("  %s dir=%v size=%d mode=%v\n", rel, info.IsDir(), sizeOf(info), info.Mode())
		return nil
	})
	fmt.Println("err:", err)

	err = filepath.WalkDir(filepath.Join(root, "missing"), func(path string, d fs.DirEntry, err error) error {
		fmt.Println("  callback err:", strings.ReplaceAll(err.Error(), root, "$ROOT"), d == nil)
		return err
	})
	fmt.Println("walk missing:", strings.ReplaceAll(err.Error(), root, "$ROOT"))

	// The helpers.
	fmt.Println(filepath.Join("a", "b/../c", "/d/"), filepath.Join("", ""), filepath.Join("/", "x"))
	fmt.Println(filepath.Base("/a/b.tar.gz"), filepath.Base(""), filepath.Base("/"), filepath.Dir("/a/b/c"), filepath.Dir("x"))
	fmt.Println(filepath.Ext("/a/b.tar.gz"), filepath.Ext("noext"), filepath.Clean("a//b/./c/.."))
	dir, file := filepath.Split("/usr/lib/go.mod")
	fmt.Println(dir, file)
	r, err := filepath.Rel("/a/b", "/a/c/d")
	fmt.Println(r, err)
	_, err = filepath.Rel("a", "/b")
	fmt.Println(err)
	abs, err := filepath.Abs("/x/../y/z")
	fmt.Println(abs, err, filepath.IsAbs(abs), filepath.IsAbs("y"))
	m, err := filepath.Match("*.go", "main.go")
	fmt.Println(m, err)
	fmt.Println(filepath.SplitList("/bin:/usr/bin"), filepath.ToSlash("a/b"), filepath.VolumeName("/a"))
}

func sizeOf(info fs.FileInfo) int64 {
	if info.IsDir() {
		return 0
	}
	return info.Size()
}
