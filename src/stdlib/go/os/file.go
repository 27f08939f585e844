package os

import (
	"errors"
	"io"
	"io/fs"
	"sort"
	"time"
)

// File represents an open file descriptor.
type File struct {
	fd     int
	name   string
	closed bool

	// Directory reading state for ReadDir, Readdir and Readdirnames.
	dirNames []string
	dirTypes string // one sysReadDirEntries type byte per name
	dirRead  bool
	dirPos   int
}

// Stdin, Stdout and Stderr are open Files for the standard streams.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	return &File{fd: int(fd), name: name}
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the file descriptor (-1 once closed).
func (f *File) Fd() uintptr {
	if f == nil || f.closed {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// checkValid returns the error for an operation on a nil or closed file.
func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

func (f *File) wrapErr(op string, e int) error {
	return &PathError{Op: op, Path: f.name, Err: errno(e)}
}

// Read reads up to len(b) bytes; at end of file it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, e := sysRead(f.fd, b)
	if e != 0 {
		return 0, f.wrapErr("read", e)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// ReadAt reads len(b) bytes from offset off; fewer only with an error
// (io.EOF at end of file).
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := sysPread(f.fd, b, off)
		if e != 0 {
			err = f.wrapErr("read", e)
			break
		}
		if m == 0 {
			err = io.EOF
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// Write writes b; it returns an error when n != len(b).
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, e := sysWrite(f.fd, b)
	if e != 0 {
		return n, f.wrapErr("write", e)
	}
	if n != len(b) {
		return n, io.ErrShortWrite
	}
	return n, nil
}

// WriteString is Write of the bytes of s.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// WriteAt writes b at offset off.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := sysPwrite(f.fd, b, off)
		if e != 0 {
			err = f.wrapErr("write", e)
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// Seek sets the offset for the next Read or Write (whence: io.SeekStart,
// io.SeekCurrent, io.SeekEnd) and returns the new offset.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	ret, e := sysSeek(f.fd, offset, whence)
	if e != 0 {
		return 0, f.wrapErr("seek", e)
	}
	f.dirRead, f.dirNames, f.dirPos = false, nil, 0
	return ret, nil
}

// Close closes the file; closing twice returns an error.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	if e := sysClose(f.fd); e != 0 {
		return f.wrapErr("close", e)
	}
	return nil
}

// Sync commits the file's contents to stable storage.
func (f *File) Sync() error {
	if err := f.checkValid("sync"); err != nil {
		return err
	}
	if e := sysFsync(f.fd); e != 0 {
		return f.wrapErr("sync", e)
	}
	return nil
}

// Truncate changes the size of the file.
func (f *File) Truncate(size int64) error {
	if err := f.checkValid("truncate"); err != nil {
		return err
	}
	if e := sysFtruncate(f.fd, size); e != 0 {
		return f.wrapErr("truncate", e)
	}
	return nil
}

// Stat returns the FileInfo of the file.
func (f *File) Stat() (FileInfo, error) {
	if err := f.checkValid("stat"); err != nil {
		return nil, err
	}
	size, mode, sec, nsec, e := sysFstat(f.fd)
	if e != 0 {
		return nil, f.wrapErr("stat", e)
	}
	return &fileStat{name: basename(f.name), size: size, mode: FileMode(mode), modTime: time.Unix(sec, nsec)}, nil
}

// ReadFrom implements io.ReaderFrom (a plain copy loop).
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	return io.Copy(fileWithoutReadFrom{f}, r)
}

// fileWithoutReadFrom hides File's ReadFrom from io.Copy, so that it does not
// recurse.
type fileWithoutReadFrom struct {
	f *File
}

func (w fileWithoutReadFrom) Write(b []byte) (int, error) { return w.f.Write(b) }

// Open opens the named file for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates the named file (mode 0666 before umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile opens the named file with the given flags and permissions.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := sysOpen(name, flag, uint32(perm.Perm()|perm&(ModeSetuid|ModeSetgid|ModeSticky)))
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: errno(e)}
	}
	return NewFile(uintptr(fd), name), nil
}

// ReadFile reads the whole named file; a successful call returns err == nil.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data := make([]byte, 0, 512)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// WriteFile writes data to the named file, creating it with perm if needed
// and truncating it otherwise.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// fileStat is the FileInfo of Stat, Lstat and File.Stat.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) IsDir() bool        { return fs.mode.IsDir() }
func (fs *fileStat) Sys() any           { return nil }

func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[0:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

func stat(op, name string, follow bool) (FileInfo, error) {
	size, mode, sec, nsec, e := sysStat(name, follow)
	if e != 0 {
		return nil, &PathError{Op: op, Path: name, Err: errno(e)}
	}
	return &fileStat{name: basename(name), size: size, mode: FileMode(mode), modTime: time.Unix(sec, nsec)}, nil
}

// Stat returns a FileInfo describing the named file.
func Stat(name string) (FileInfo, error) { return stat("stat", name, true) }

// Lstat is Stat without following a final symbolic link.
func Lstat(name string) (FileInfo, error) { return stat("lstat", name, false) }

// SameFile reports whether fi1 and fi2 describe the same file (by name,
// size, mode and time, as minigo's FileInfo carries no device/inode).
func SameFile(fi1, fi2 FileInfo) bool {
	a, ok1 := fi1.(*fileStat)
	b, ok2 := fi2.(*fileStat)
	return ok1 && ok2 && a.name == b.name && a.size == b.size && a.mode == b.mode && a.modTime.Equal(b.modTime)
}

// dirEntry is a DirEntry of ReadDir.
type dirEntry struct {
	dir  string
	name string
	typ  FileMode
}

func (d *dirEntry) Name() string            { return d.name }
func (d *dirEntry) IsDir() bool             { return d.typ.IsDir() }
func (d *dirEntry) Type() FileMode          { return d.typ }
func (d *dirEntry) Info() (FileInfo, error) { return Lstat(d.dir + "/" + d.name) }
func (d *dirEntry) String() string          { return fs.FormatDirEntry(d) }

func (f *File) loadDir() error {
	if f.dirRead {
		return nil
	}
	names, types, e := sysReadDirEntries(f.name)
	if e != 0 {
		return f.wrapErr("readdirent", e)
	}
	f.dirNames, f.dirTypes, f.dirRead, f.dirPos = names, types, true, 0
	return nil
}

// typeOfDirent is the FileMode type of a sysReadDirEntries type byte; ok is
// false for an unknown type.
func typeOfDirent(c byte) (typ FileMode, ok bool) {
	switch c {
	case '-':
		return 0, true
	case 'd':
		return ModeDir, true
	case 'l':
		return ModeSymlink, true
	case 'p':
		return ModeNamedPipe, true
	case 's':
		return ModeSocket, true
	case 'D':
		return ModeDevice, true
	case 'c':
		return ModeDevice | ModeCharDevice, true
	}
	return 0, false
}

// Readdirnames reads up to n names from the directory (all if n <= 0); with
// n > 0 it returns io.EOF at the end.
func (f *File) Readdirnames(n int) (names []string, err error) {
	if err := f.checkValid("readdirent"); err != nil {
		return nil, err
	}
	if err := f.loadDir(); err != nil {
		return nil, err
	}
	rest := f.dirNames[f.dirPos:]
	if n > 0 && len(rest) > n {
		rest = rest[:n]
	}
	f.dirPos += len(rest)
	if n > 0 && len(rest) == 0 {
		return nil, io.EOF
	}
	return append([]string{}, rest...), nil
}

// ReadDir reads up to n entries from the directory, in directory order (all
// if n <= 0); with n > 0 it returns io.EOF at the end.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	start := f.dirPos
	names, err := f.Readdirnames(n)
	if err != nil {
		return nil, err
	}
	entries := make([]DirEntry, 0, len(names))
	for i, name := range names {
		if k := start + i; k < len(f.dirTypes) {
			if typ, ok := typeOfDirent(f.dirTypes[k]); ok {
				entries = append(entries, &dirEntry{dir: f.name, name: name, typ: typ})
				continue
			}
		}
		info, err := Lstat(f.name + "/" + name)
		if err != nil {
			if IsNotExist(err) {
				continue // removed meanwhile
			}
			return entries, err
		}
		entries = append(entries, &dirEntry{dir: f.name, name: name, typ: info.Mode().Type()})
	}
	return entries, nil
}

// Readdir is ReadDir returning FileInfos.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	names, err := f.Readdirnames(n)
	if err != nil {
		return nil, err
	}
	infos := make([]FileInfo, 0, len(names))
	for _, name := range names {
		info, err := Lstat(f.name + "/" + name)
		if err != nil {
			if IsNotExist(err) {
				continue
			}
			return infos, err
		}
		infos = append(infos, info)
	}
	return infos, nil
}

// ReadDir reads the named directory and returns its entries sorted by name.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dirs, err := f.ReadDir(-1)
	sort.Slice(dirs, func(i, j int) bool { return dirs[i].Name() < dirs[j].Name() })
	return dirs, err
}

// Mkdir creates a directory with the given permission bits.
func Mkdir(name string, perm FileMode) error {
	if e := sysMkdir(name, uint32(perm.Perm())); e != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: errno(e)}
	}
	return nil
}

// MkdirAll creates a directory and any missing parents; it does nothing if
// the directory exists.
func MkdirAll(path string, perm FileMode) error {
	if dir, err := Stat(path); err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: errno(eNOTDIR)}
	}
	// Make the parent first.
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	if err := Mkdir(path, perm); err != nil {
		if dir, err1 := Lstat(path); err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	e := sysUnlink(name)
	if e == 0 {
		return nil
	}
	e1 := sysRmdir(name)
	if e1 == 0 {
		return nil
	}
	// Report the more useful of the two errors.
	if e1 != eNOTDIR {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: errno(e)}
}

// RemoveAll removes path and anything it contains; a missing path is not an
// error. It returns the first error it meets.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || len(path) >= 2 && path[len(path)-2:] == "/." {
		return &PathError{Op: "RemoveAll", Path: path, Err: errno(eINVAL)}
	}
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	dir, serr := Lstat(path)
	if serr != nil {
		if IsNotExist(serr) {
			return nil
		}
		return serr
	}
	if !dir.IsDir() {
		return err
	}
	names, e := sysReadDirNames(path)
	if e != 0 && e != eNOENT {
		return &PathError{Op: "open", Path: path, Err: errno(e)}
	}
	var first error
	for _, name := range names {
		if err := RemoveAll(path + "/" + name); err != nil && first == nil {
			first = err
		}
	}
	if err := Remove(path); err != nil && !IsNotExist(err) && first == nil {
		first = err
	}
	return first
}

// Rename renames (moves) oldpath to newpath.
func Rename(oldpath, newpath string) error {
	if e := sysRename(oldpath, newpath); e != 0 {
		return &LinkError{"rename", oldpath, newpath, errno(e)}
	}
	return nil
}

// Truncate changes the size of the named file.
func Truncate(name string, size int64) error {
	if e := sysTruncate(name, size); e != 0 {
		return &PathError{Op: "truncate", Path: name, Err: errno(e)}
	}
	return nil
}

// Chmod changes the mode of the named file.
func Chmod(name string, mode FileMode) error {
	if e := sysChmod(name, uint32(mode.Perm()|mode&(ModeSetuid|ModeSetgid|ModeSticky))); e != 0 {
		return &PathError{Op: "chmod", Path: name, Err: errno(e)}
	}
	return nil
}

// Symlink creates newname as a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	if e := sysSymlink(oldname, newname); e != 0 {
		return &LinkError{"symlink", oldname, newname, errno(e)}
	}
	return nil
}

// Readlink returns the destination of the named symbolic link.
func Readlink(name string) (string, error) {
	target, e := sysReadlink(name)
	if e != 0 {
		return "", &PathError{Op: "readlink", Path: name, Err: errno(e)}
	}
	return target, nil
}

var errPatternHasSeparator = errors.New("pattern contains path separator")

// prefixAndSuffix splits pattern at its last '*'.
func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '/' {
			return "", "", errPatternHasSeparator
		}
	}
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			return pattern[:i], pattern[i+1:], nil
		}
	}
	return pattern, "", nil
}

func tempName(dir, prefix, suffix string) string {
	if dir == "" {
		dir = TempDir()
	}
	n := sysRandom()
	var digits [10]byte
	i := len(digits)
	for {
		i--
		digits[i] = byte(n%10) + '0'
		n /= 10
		if n == 0 {
			break
		}
	}
	if len(dir) > 0 && dir[len(dir)-1] == '/' {
		return dir + prefix + string(digits[i:]) + suffix
	}
	return dir + "/" + prefix + string(digits[i:]) + suffix
}

// MkdirTemp creates a new directory in dir (TempDir() if empty) named from
// pattern, whose last "*" is replaced by a random string, and returns its name.
func MkdirTemp(dir, pattern string) (string, error) {
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	for try := 0; ; try++ {
		name := tempName(dir, prefix, suffix)
		e := sysMkdir(name, 0700)
		if e == 0 {
			return name, nil
		}
		if e == eEXIST && try < 10000 {
			continue
		}
		return "", &PathError{Op: "mkdirtemp", Path: name, Err: errno(e)}
	}
}

// CreateTemp creates a new file in dir (TempDir() if empty) named from
// pattern, opened for reading and writing.
func CreateTemp(dir, pattern string) (*File, error) {
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	for try := 0; ; try++ {
		name := tempName(dir, prefix, suffix)
		fd, e := sysOpen(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if e == 0 {
			return NewFile(uintptr(fd), name), nil
		}
		if e == eEXIST && try < 10000 {
			continue
		}
		return nil, &PathError{Op: "open", Path: name, Err: errno(e)}
	}
}
