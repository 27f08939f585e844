// Package filepath: manipulating file name paths of the host (Unix, so
// slash-separated), and walking file trees.
// minigo's own declaration, all in Go. EvalSymlinks and IsLocal are not
// declared yet.
package filepath

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"sort"
)

const (
	Separator     = '/' // OS-specific path separator
	ListSeparator = ':' // OS-specific path list separator
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = path.ErrBadPattern

// SkipDir, returned by a WalkFunc, skips the directory named in the call.
var SkipDir error = fs.SkipDir

// SkipAll, returned by a WalkFunc, stops the walk.
var SkipAll error = fs.SkipAll

// Clean returns the shortest equivalent path by lexical processing.
func Clean(p string) string { return path.Clean(p) }

// Join joins the non-empty elements with separators and cleans the result.
func Join(elem ...string) string { return path.Join(elem...) }

// Split splits p immediately after the final separator.
func Split(p string) (dir, file string) { return path.Split(p) }

// Ext returns the file name extension used by p.
func Ext(p string) string { return path.Ext(p) }

// Base returns the last element of p.
func Base(p string) string { return path.Base(p) }

// Dir returns all but the last element of p.
func Dir(p string) string { return path.Dir(p) }

// IsAbs reports whether the path is absolute.
func IsAbs(p string) bool { return path.IsAbs(p) }

// Match reports whether name matches the shell pattern.
func Match(pattern, name string) (matched bool, err error) { return path.Match(pattern, name) }

// ToSlash returns p with separators replaced by slashes (unchanged on Unix).
func ToSlash(p string) string { return p }

// FromSlash returns p with slashes replaced by separators (unchanged on Unix).
func FromSlash(p string) string { return p }

// VolumeName returns the leading volume name ("" on Unix).
func VolumeName(p string) string { return "" }

// SplitList splits a list of paths joined by ListSeparator (as in PATH);
// an empty string gives an empty list.
func SplitList(p string) []string {
	if p == "" {
		return []string{}
	}
	var list []string
	start := 0
	for i := 0; i < len(p); i++ {
		if p[i] == ListSeparator {
			list = append(list, p[start:i])
			start = i + 1
		}
	}
	return append(list, p[start:])
}

// Abs returns an absolute representation of p, joined to the working
// directory if it is relative.
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// Rel returns a relative path that is lexically equivalent to targpath when
// joined to basepath, or an error if there is none.
func Rel(basepath, targpath string) (string, error) {
	base := Clean(basepath)
	targ := Clean(targpath)
	if targ == base {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	if targ == "." {
		targ = ""
	}
	baseSlashed := len(base) > 0 && base[0] == Separator
	targSlashed := len(targ) > 0 && targ[0] == Separator
	if baseSlashed != targSlashed {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	bl := len(base)
	tl := len(targ)
	var b0, bi, t0, ti int
	for {
		for bi < bl && base[bi] != Separator {
			bi++
		}
		for ti < tl && targ[ti] != Separator {
			ti++
		}
		if targ[t0:ti] != base[b0:bi] {
			break
		}
		if bi < bl {
			bi++
		}
		if ti < tl {
			ti++
		}
		b0 = bi
		t0 = ti
	}
	if base[b0:bi] == ".." {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	if b0 != bl {
		// Base elements left: one ".." each.
		seps := 0
		for i := b0; i < bl; i++ {
			if base[i] == Separator {
				seps++
			}
		}
		buf := make([]byte, 0, 3*seps+2+tl-t0+1)
		buf = append(buf, ".."...)
		for i := 0; i < seps; i++ {
			buf = append(buf, Separator, '.', '.')
		}
		if t0 != tl {
			buf = append(buf, Separator)
			buf = append(buf, targ[t0:]...)
		}
		return string(buf), nil
	}
	return targ[t0:], nil
}

// WalkFunc is the type of the function called by Walk for each file or
// directory.
type WalkFunc func(path string, info fs.FileInfo, err error) error

// readDirNames reads the directory's entry names, sorted.
func readDirNames(dirname string) ([]string, error) {
	f, err := os.Open(dirname)
	if err != nil {
		return nil, err
	}
	names, err := f.Readdirnames(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	return names, nil
}

func walk(p string, info fs.FileInfo, walkFn WalkFunc) error {
	if !info.IsDir() {
		return walkFn(p, info, nil)
	}
	names, err := readDirNames(p)
	err1 := walkFn(p, info, err)
	if err != nil || err1 != nil {
		return err1
	}
	for _, name := range names {
		filename := Join(p, name)
		fileInfo, err := os.Lstat(filename)
		if err != nil {
			if err := walkFn(filename, fileInfo, err); err != nil && err != SkipDir {
				return err
			}
		} else {
			err = walk(filename, fileInfo, walkFn)
			if err != nil {
				if !fileInfo.IsDir() || err != SkipDir {
					return err
				}
			}
		}
	}
	return nil
}

// Walk walks the file tree rooted at root in lexical order, calling fn for
// each file or directory (root included). It does not follow symbolic links.
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walk(root, info, fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walkDir(p string, d fs.DirEntry, walkDirFn fs.WalkDirFunc) error {
	if err := walkDirFn(p, d, nil); err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			err = nil
		}
		return err
	}
	dirs, err := os.ReadDir(p)
	if err != nil {
		// A second call reports the ReadDir error.
		err = walkDirFn(p, d, err)
		if err != nil {
			if err == SkipDir && d.IsDir() {
				err = nil
			}
			return err
		}
	}
	for _, d1 := range dirs {
		if err := walkDir(Join(p, d1.Name()), d1, walkDirFn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

// WalkDir walks the file tree rooted at root in lexical order, calling fn
// for each file or directory with its DirEntry. It does not follow symbolic
// links.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(root, fs.FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func hasMeta(p string) bool {
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '*', '?', '[', '\\':
			return true
		}
	}
	return false
}

// Glob returns the names of all files matching pattern, or nil; the only
// error is ErrBadPattern. I/O errors are ignored.
func Glob(pattern string) (matches []string, err error) {
	if _, err := Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err = os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	switch dir {
	case "":
		dir = "."
	case "/":
	default:
		dir = dir[0 : len(dir)-1] // chop off trailing separator
	}
	if !hasMeta(dir) {
		return glob(dir, file, nil)
	}
	if dir == pattern {
		return nil, ErrBadPattern
	}
	var m []string
	m, err = Glob(dir)
	if err != nil {
		return
	}
	for _, d := range m {
		matches, err = glob(d, file, matches)
		if err != nil {
			return
		}
	}
	return
}

// glob appends the entries of dir matching pattern to matches.
func glob(dir, pattern string, matches []string) (m []string, e error) {
	m = matches
	fi, err := os.Stat(dir)
	if err != nil || !fi.IsDir() {
		return
	}
	names, err := readDirNames(dir)
	if err != nil {
		return
	}
	for _, n := range names {
		matched, err := Match(pattern, n)
		if err != nil {
			return m, err
		}
		if matched {
			m = append(m, Join(dir, n))
		}
	}
	return
}
