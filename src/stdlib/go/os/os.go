// Package os: a platform-independent interface to operating system
// functionality: files, directories, environment, arguments, exit.
// minigo's own declaration. The sys* functions (sys.go) have no body and are
// implemented in Rust; the rest is Go. Signals (os/signal), processes
// (os/exec, StartProcess) and users are not declared yet.
package os

import (
	"errors"
	"io/fs"
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = sysArgs()

// Exit causes the program to exit at once with the given status code;
// deferred functions are not run.
func Exit(code int) { sysExit(code) }

// Types shared with io/fs.
type (
	FileInfo  = fs.FileInfo
	FileMode  = fs.FileMode
	DirEntry  = fs.DirEntry
	PathError = fs.PathError
)

// The defined file mode bits (see fs.FileMode).
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// Portable errors (the fs ones) and ErrProcessDone, ErrDeadlineExceeded.
var (
	ErrInvalid                = fs.ErrInvalid
	ErrPermission             = fs.ErrPermission
	ErrExist                  = fs.ErrExist
	ErrNotExist               = fs.ErrNotExist
	ErrClosed                 = fs.ErrClosed
	ErrNoDeadline             = errors.New("file type does not support deadline")
	ErrDeadlineExceeded error = &deadlineExceededError{}
	ErrProcessDone            = errors.New("os: process already finished")
)

// deadlineExceededError is ErrDeadlineExceeded: a timeout ("i/o timeout").
type deadlineExceededError struct{}

func (e *deadlineExceededError) Error() string   { return "i/o timeout" }
func (e *deadlineExceededError) Timeout() bool   { return true }
func (e *deadlineExceededError) Temporary() bool { return true }

// Flags to OpenFile (Linux values).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// Seek whence values (deprecated in Go; use io.SeekStart...).
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

const (
	PathSeparator     = '/' // OS-specific path separator
	PathListSeparator = ':' // OS-specific path list separator
	DevNull           = "/dev/null"
)

// Errno values the Go code tests for (Linux numbering).
const (
	ePERM     = 1
	eNOENT    = 2
	eBADF     = 9
	eACCES    = 13
	eEXIST    = 17
	eNOTDIR   = 20
	eISDIR    = 21
	eINVAL    = 22
	eNOTEMPTY = 39
)

// errno is a system error number; it prints as Go's syscall.Errno does and
// matches the portable errors with errors.Is.
type errno int

func (e errno) Error() string { return sysErrnoString(int(e)) }

func (e errno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == eACCES || e == ePERM
	case ErrExist:
		return e == eEXIST || e == eNOTEMPTY
	case ErrNotExist:
		return e == eNOENT
	}
	return false
}

func (e errno) Timeout() bool { return false }

// underlyingErrorIs reports whether err (a *PathError, *LinkError,
// *SyscallError or the error itself) is target.
func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(errno)
	return ok && e.Is(target)
}

func underlyingError(err error) error {
	switch err := err.(type) {
	case *PathError:
		return err.Err
	case *LinkError:
		return err.Err
	case *SyscallError:
		return err.Err
	}
	return err
}

// IsExist reports whether err says a file or directory already exists.
func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

// IsNotExist reports whether err says a file or directory does not exist.
func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

// IsPermission reports whether err says permission is denied.
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

// IsTimeout reports whether err is a timeout.
func IsTimeout(err error) bool {
	t, ok := underlyingError(err).(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// LinkError records an error during a link, symlink or rename.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

func (e *LinkError) Unwrap() error { return e.Err }

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// NewSyscallError returns a new SyscallError, or nil if err is nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// Getenv returns the value of the environment variable key ("" if unset).
func Getenv(key string) string {
	v, _ := sysGetenv(key)
	return v
}

// LookupEnv returns the value of key and whether it is set.
func LookupEnv(key string) (string, bool) { return sysGetenv(key) }

// Setenv sets the environment variable key.
func Setenv(key, value string) error {
	if e := sysSetenv(key, value); e != 0 {
		return NewSyscallError("setenv", errno(e))
	}
	return nil
}

// Unsetenv unsets the environment variable key.
func Unsetenv(key string) error {
	if e := sysUnsetenv(key); e != 0 {
		return NewSyscallError("unsetenv", errno(e))
	}
	return nil
}

// Clearenv deletes all environment variables.
func Clearenv() { sysClearenv() }

// Environ returns the environment as "key=value" strings.
func Environ() []string { return sysEnviron() }

// ExpandEnv replaces ${var} or $var in s by the environment's values.
func ExpandEnv(s string) string { return Expand(s, Getenv) }

// Expand replaces ${var} or $var in s using mapping.
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	i := 0
	for j := 0; j < len(s); j++ {
		if s[j] == '$' && j+1 < len(s) {
			if buf == nil {
				buf = make([]byte, 0, 2*len(s))
			}
			buf = append(buf, s[i:j]...)
			name, w := shellName(s[j+1:])
			if name == "" && w > 0 {
				// Invalid syntax: eat the characters.
			} else if name == "" {
				buf = append(buf, s[j])
			} else {
				buf = append(buf, mapping(name)...)
			}
			j += w
			i = j + 1
		}
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

func isShellSpecial(c byte) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isAlphaNum(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// shellName returns the variable name at the start of s (after a '$') and
// how many bytes it used.
func shellName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && isShellSpecial(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // bad syntax: "${}"
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // bad syntax: no closing brace
	}
	if isShellSpecial(s[0]) {
		return s[0:1], 1
	}
	var i int
	for i = 0; i < len(s) && isAlphaNum(s[i]); i++ {
	}
	return s[:i], i
}

// Getpid returns the process id of the caller.
func Getpid() int { return sysGetpid() }

// Getppid returns the process id of the caller's parent.
func Getppid() int { return sysGetppid() }

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) {
	name, e := sysHostname()
	if e != 0 {
		return "", NewSyscallError("hostname", errno(e))
	}
	return name, nil
}

// Getwd returns a rooted path name of the current directory.
func Getwd() (dir string, err error) {
	dir, e := sysGetwd()
	if e != 0 {
		return "", NewSyscallError("getwd", errno(e))
	}
	return dir, nil
}

// Chdir changes the current working directory.
func Chdir(dir string) error {
	if e := sysChdir(dir); e != 0 {
		return &PathError{Op: "chdir", Path: dir, Err: errno(e)}
	}
	return nil
}

// TempDir returns $TMPDIR, or "/tmp" if it is empty.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

// UserHomeDir returns $HOME, or an error if it is not set.
func UserHomeDir() (string, error) {
	if v := Getenv("HOME"); v != "" {
		return v, nil
	}
	return "", errors.New("$HOME is not defined")
}
