package os

// The system interface: thin natives over the host's file descriptors and
// process state. They return an errno (Linux numbering, 0 for success); the
// Go code around them builds Go's errors. Calls that may block (reads,
// writes, opens) park the goroutine while a small blocking pool does the
// work, so no worker thread waits on I/O.

// sysArgs returns the program's arguments, the program name first.
func sysArgs() []string

// sysExit ends the process with the given status at once: stdout is flushed,
// deferred calls do not run.
func sysExit(code int)

func sysGetenv(key string) (value string, found bool)
func sysSetenv(key, value string) (errno int)
func sysUnsetenv(key string) (errno int)
func sysClearenv()
func sysEnviron() []string
func sysGetpid() int
func sysGetppid() int
func sysHostname() (name string, errno int)
func sysGetwd() (dir string, errno int)
func sysChdir(dir string) (errno int)

// sysOpen opens name with the O_* flags and permission bits.
func sysOpen(name string, flag int, perm uint32) (fd int, errno int)

// sysRead reads up to len(b) bytes; n == 0 with errno 0 is end of file.
func sysRead(fd int, b []byte) (n int, errno int)

// sysWrite writes b (all of it unless an error occurs).
func sysWrite(fd int, b []byte) (n int, errno int)

// sysPread and sysPwrite read and write at an offset.
func sysPread(fd int, b []byte, off int64) (n int, errno int)
func sysPwrite(fd int, b []byte, off int64) (n int, errno int)

func sysSeek(fd int, offset int64, whence int) (ret int64, errno int)
func sysClose(fd int) (errno int)
func sysFsync(fd int) (errno int)
func sysFtruncate(fd int, size int64) (errno int)

// sysStat describes name (following a final symbolic link when follow is
// set); mode is already in Go's FileMode bits.
func sysStat(name string, follow bool) (size int64, mode uint32, mtimeSec, mtimeNsec int64, errno int)

// sysFstat describes an open file.
func sysFstat(fd int) (size int64, mode uint32, mtimeSec, mtimeNsec int64, errno int)

// sysReadDirNames returns the names in directory name (without "." and
// ".."), in directory order.
func sysReadDirNames(name string) (names []string, errno int)

// sysReadDirEntries is sysReadDirNames plus each entry's type from the
// directory itself (no stat), one byte per name: 'd' directory, 'l' symbolic
// link, 'p' named pipe, 's' socket, 'D' device, 'c' character device, '-'
// regular file, '?' unknown (the caller must Lstat).
func sysReadDirEntries(name string) (names []string, types string, errno int)

func sysMkdir(name string, perm uint32) (errno int)
func sysUnlink(name string) (errno int)
func sysRmdir(name string) (errno int)
func sysRename(oldpath, newpath string) (errno int)
func sysTruncate(name string, size int64) (errno int)
func sysChmod(name string, mode uint32) (errno int)
func sysSymlink(oldname, newname string) (errno int)
func sysReadlink(name string) (target string, errno int)

// sysErrnoString returns Go's text for an errno ("no such file or
// directory", "permission denied", ...), as syscall.Errno.Error does.
func sysErrnoString(errno int) string

// sysRandom returns a random number (for temporary file names).
func sysRandom() uint32
