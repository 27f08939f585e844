//! The file natives of `os` (`sysOpen`, `sysRead`, `sysWrite`, `sysStat`, directory
//! listings, `sysMkdir`, …; contracts in `stdlib/go/os/sys.go`) over Rust's `std::fs`.
//! Every call that touches the file system or may wait (stdin) runs on the blocking pool
//! (`blocking::syscall`), so the goroutine parks and no worker blocks. Writes to fds 1
//! and 2 go to the program's output buffers (`native::write_stdout`/`write_stderr`).
//!
//! An fd is the OS's own descriptor number (so `File.Fd` prints what Go prints); the
//! table `FILES` owns the open `std::fs::File`s by fd. Errors are Linux errno values;
//! the Go side (`os.errno`) turns them into Go's `*PathError` texts.
//!
//! # Invariants
//! 1. An fd is in `FILES` from its open until its close; a closed fd reads as EBADF.
//! 2. No pool job touches the heap: arguments are copied out before, results copied in
//!    on the native's re-run (`blocking`'s invariant 1).

use super::blocking::syscall;
use super::{new_str, str_arg};
use crate::runtime::heap::{Layout, ObjKind, ObjRef};
use crate::vm::panic::GoPanic;
use crate::vm::program::{NativeCtx, NativeFn};
use crate::vm::value;
use std::collections::HashMap;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::fs::{FileExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::os::unix::io::AsRawFd;
use std::sync::{Arc, Mutex, OnceLock};

const EBADF: i64 = 9;
const EIO: i64 = 5;
const EINVAL: i64 = 22;

static FILES: Mutex<Option<HashMap<i64, Arc<File>>>> = Mutex::new(None);

fn file(fd: i64) -> Option<Arc<File>> {
    FILES
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .as_ref()?
        .get(&fd)
        .cloned()
}

/// Linux errno of an I/O error (EINVAL for std's own argument checks, such as a NUL byte
/// in a name, as Go's syscall package reports them).
fn errno(e: &std::io::Error) -> i64 {
    match e.raw_os_error() {
        Some(n) => n as i64,
        None if e.kind() == std::io::ErrorKind::InvalidInput => EINVAL,
        None => EIO,
    }
}

fn code<T>(r: std::io::Result<T>) -> i64 {
    r.err().map_or(0, |e| errno(&e))
}

fn name_arg(w: &[u64], i: usize) -> std::path::PathBuf {
    use std::os::unix::ffi::OsStringExt;
    std::ffi::OsString::from_vec(str_arg(w, i)).into()
}

fn slice_arg(w: &[u64], i: usize) -> [u64; 3] {
    [
        w.get(i).copied().unwrap_or(0),
        w.get(i + 1).copied().unwrap_or(0),
        w.get(i + 2).copied().unwrap_or(0),
    ]
}

/// Copies `data` into the []byte slice `s` (at most its length); the bytes written.
fn fill_slice(s: [u64; 3], data: &[u8]) -> usize {
    // SAFETY: value invariant 1: a []byte slice's first word is 0 or a live byte array.
    let Some(o) = (unsafe { ObjRef::from_word(s[0]) }) else {
        return 0;
    };
    let off = s[1] as usize;
    let n = data.len().min(value::slice_len(s[2]));
    if o.kind() == ObjKind::Words {
        // A flattened `[N]byte` array: one word per byte.
        let words = o.words();
        let Some(dst) = off.checked_add(n).and_then(|end| words.get(off..end)) else {
            return 0;
        };
        for (d, b) in dst.iter().zip(data) {
            d.store(*b as u64, std::sync::atomic::Ordering::Relaxed);
        }
        return n;
    }
    let bytes = o.bytes();
    let Some(dst) = off.checked_add(n).and_then(|end| bytes.get(off..end)) else {
        return 0;
    };
    for (d, b) in dst.iter().zip(data) {
        d.store(*b, std::sync::atomic::Ordering::Relaxed);
    }
    n
}

/// A Go `[]string` of `items`.
pub fn string_slice(ctx: &NativeCtx, items: &[Vec<u8>]) -> [u64; 3] {
    static STRS: OnceLock<&'static Layout> = OnceLock::new();
    let l = STRS.get_or_init(|| Layout::new("string", 2, vec![0]));
    let n = items.len();
    if n == 0 {
        return [0, 0, 0];
    }
    let arr = ctx.heap.alloc_words(l, 2 * n);
    for (i, a) in items.iter().enumerate() {
        let s = new_str(ctx, a);
        arr.set(2 * i, s[0]);
        arr.set(2 * i + 1, s[1]);
    }
    [arr.word(), 0, value::slice_lencap(n, n)]
}

/// `sysOpen(name string, flag int, perm uint32) (fd int, errno int)`.
fn open(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let (name, flag, perm) = (name_arg(w, 0), w[2] as i64 as i32, w[3] as u32);
    let Some(r) = syscall(ctx, move || {
        let mut o = std::fs::OpenOptions::new();
        match flag & 3 {
            0 => o.read(true),
            1 => o.write(true),
            _ => o.read(true).write(true),
        };
        o.custom_flags(flag).mode(perm);
        o.open(&name)
    }) else {
        return Ok(());
    };
    match r {
        Ok(f) => {
            let fd = f.as_raw_fd() as i64;
            FILES
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .get_or_insert_with(HashMap::new)
                .insert(fd, Arc::new(f));
            w[0] = fd as u64;
            w[1] = 0;
        }
        Err(e) => {
            w[0] = u64::MAX;
            w[1] = errno(&e) as u64;
        }
    }
    Ok(())
}

/// `sysRead(fd int, b []byte) (n int, errno int)`; `sysPread` with an offset after `b`.
fn read_impl(ctx: &mut NativeCtx, w: &mut [u64], at: Option<u64>) -> Result<(), GoPanic> {
    let fd = w[0] as i64;
    let s = slice_arg(w, 1);
    let len = value::slice_len(s[2]);
    let f = file(fd);
    if fd == 0 && f.is_none() {
        super::flush();
    } else if f.is_none() {
        w[0] = 0;
        w[1] = EBADF as u64;
        return Ok(());
    }
    let Some(r) = syscall(ctx, move || {
        let mut buf = vec![0u8; len];
        let n = match (&f, at) {
            (Some(f), Some(off)) => f.read_at(&mut buf, off),
            (Some(f), None) => (&**f).read(&mut buf),
            (None, _) => std::io::stdin().lock().read(&mut buf),
        };
        n.map(|n| {
            buf.truncate(n);
            buf
        })
    }) else {
        return Ok(());
    };
    match r {
        Ok(data) => {
            w[0] = fill_slice(s, &data) as u64;
            w[1] = 0;
        }
        Err(e) => {
            w[0] = 0;
            w[1] = errno(&e) as u64;
        }
    }
    Ok(())
}

fn read(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    read_impl(ctx, w, None)
}

fn pread(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let off = w[4];
    read_impl(ctx, w, Some(off))
}

/// `sysWrite(fd int, b []byte) (n int, errno int)`; `sysPwrite` with an offset.
fn write_impl(ctx: &mut NativeCtx, w: &mut [u64], at: Option<u64>) -> Result<(), GoPanic> {
    let fd = w[0] as i64;
    let f = file(fd);
    if f.is_none() && (fd == 1 || fd == 2) && at.is_none() {
        let b = crate::vm::strings::slice_bytes(slice_arg(w, 1));
        if fd == 1 {
            super::write_stdout(&b);
        } else {
            super::write_stderr(&b);
        }
        w[0] = b.len() as u64;
        w[1] = 0;
        return Ok(());
    }
    let Some(f) = f else {
        w[0] = 0;
        w[1] = EBADF as u64;
        return Ok(());
    };
    let b = if ctx.pending.is_some() {
        Vec::new() // the re-run after the park: the data went with the job
    } else {
        crate::vm::strings::slice_bytes(slice_arg(w, 1))
    };
    let Some(r) = syscall(ctx, move || match at {
        Some(off) => f.write_all_at(&b, off).map(|_| b.len()),
        None => (&*f).write_all(&b).map(|_| b.len()),
    }) else {
        return Ok(());
    };
    match r {
        Ok(n) => {
            w[0] = n as u64;
            w[1] = 0;
        }
        Err(e) => {
            w[0] = 0;
            w[1] = errno(&e) as u64;
        }
    }
    Ok(())
}

fn write(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    write_impl(ctx, w, None)
}

fn pwrite(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let off = w[4];
    write_impl(ctx, w, Some(off))
}

/// `sysSeek(fd int, offset int64, whence int) (ret int64, errno int)`.
fn seek(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let (fd, off, whence) = (w[0] as i64, w[1] as i64, w[2] as i64);
    let Some(f) = file(fd) else {
        w[0] = 0;
        w[1] = EBADF as u64;
        return Ok(());
    };
    let pos = match whence {
        0 if off >= 0 => SeekFrom::Start(off as u64),
        1 => SeekFrom::Current(off),
        2 => SeekFrom::End(off),
        _ => {
            w[0] = 0;
            w[1] = EINVAL as u64;
            return Ok(());
        }
    };
    let Some(r) = syscall(ctx, move || (&*f).seek(pos)) else {
        return Ok(());
    };
    w[0] = *r.as_ref().unwrap_or(&0);
    w[1] = code(r) as u64;
    Ok(())
}

/// `sysClose(fd int) (errno int)`: drops the table's `File` (the last reference closes).
fn close(_: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let fd = w[0] as i64;
    let f = FILES
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .as_mut()
        .and_then(|m| m.remove(&fd));
    w[0] = match f {
        Some(_) => 0,
        None if (0..=2).contains(&fd) => 0,
        None => EBADF as u64,
    };
    Ok(())
}

/// Runs `op` on the open file `w[0]` on the pool; its errno into `w[0]`.
fn on_file(
    ctx: &mut NativeCtx,
    w: &mut [u64],
    op: impl FnOnce(&File) -> std::io::Result<()> + Send + 'static,
) -> Result<(), GoPanic> {
    let Some(f) = file(w[0] as i64) else {
        w[0] = EBADF as u64;
        return Ok(());
    };
    if let Some(r) = syscall(ctx, move || code(op(&f))) {
        w[0] = r as u64;
    }
    Ok(())
}

fn fsync(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    on_file(ctx, w, File::sync_all)
}

fn ftruncate(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let size = w[1];
    on_file(ctx, w, move |f| f.set_len(size))
}

/// Go's `FileMode` bits of a Unix `st_mode` (os/stat_linux.go's `fillFileStatFromSys`).
pub fn go_mode(st_mode: u32) -> u32 {
    const DIR: u32 = 1 << 31;
    const SYMLINK: u32 = 1 << 27;
    const DEVICE: u32 = 1 << 26;
    const NAMED_PIPE: u32 = 1 << 25;
    const SOCKET: u32 = 1 << 24;
    const SETUID: u32 = 1 << 23;
    const SETGID: u32 = 1 << 22;
    const CHAR_DEVICE: u32 = 1 << 21;
    const STICKY: u32 = 1 << 20;
    let mut m = st_mode & 0o777;
    m |= match st_mode & 0o170000 {
        0o060000 => DEVICE,
        0o020000 => DEVICE | CHAR_DEVICE,
        0o040000 => DIR,
        0o010000 => NAMED_PIPE,
        0o120000 => SYMLINK,
        0o140000 => SOCKET,
        _ => 0,
    };
    if st_mode & 0o4000 != 0 {
        m |= SETUID;
    }
    if st_mode & 0o2000 != 0 {
        m |= SETGID;
    }
    if st_mode & 0o1000 != 0 {
        m |= STICKY;
    }
    m
}

type StatResult = std::io::Result<(i64, u32, i64, i64)>;

fn stat_of(m: std::io::Result<std::fs::Metadata>) -> StatResult {
    m.map(|m| {
        (
            m.size() as i64,
            go_mode(m.mode()),
            m.mtime(),
            m.mtime_nsec(),
        )
    })
}

fn put_stat(w: &mut [u64], r: StatResult) {
    match r {
        Ok((size, mode, sec, nsec)) => {
            w[0] = size as u64;
            w[1] = mode as u64;
            w[2] = sec as u64;
            w[3] = nsec as u64;
            w[4] = 0;
        }
        Err(e) => {
            w[..4].fill(0);
            w[4] = errno(&e) as u64;
        }
    }
}

/// `sysStat(name string, follow bool) (size int64, mode uint32, mtimeSec, mtimeNsec int64, errno int)`.
fn stat(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let (name, follow) = (name_arg(w, 0), w[2] != 0);
    let Some(r) = syscall(ctx, move || {
        stat_of(if follow {
            std::fs::metadata(&name)
        } else {
            std::fs::symlink_metadata(&name)
        })
    }) else {
        return Ok(());
    };
    put_stat(w, r);
    Ok(())
}

/// `sysFstat(fd int) (size int64, mode uint32, mtimeSec, mtimeNsec int64, errno int)`.
fn fstat(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let fd = w[0] as i64;
    let f = file(fd);
    let Some(r) = syscall(ctx, move || match (&f, fd) {
        (Some(f), _) => stat_of(f.metadata()),
        (None, 0..=2) => {
            let dev = ["/dev/stdin", "/dev/stdout", "/dev/stderr"][fd as usize];
            stat_of(std::fs::metadata(dev))
        }
        (None, _) => Err(std::io::Error::from_raw_os_error(EBADF as i32)),
    }) else {
        return Ok(());
    };
    put_stat(w, r);
    Ok(())
}

/// `sysReadDirNames(name string) (names []string, errno int)`.
fn read_dir_names(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let name = name_arg(w, 0);
    let Some(r) = syscall(ctx, move || -> std::io::Result<Vec<Vec<u8>>> {
        use std::os::unix::ffi::OsStringExt;
        let mut out = Vec::new();
        for e in std::fs::read_dir(&name)? {
            out.push(e?.file_name().into_vec());
        }
        Ok(out)
    }) else {
        return Ok(());
    };
    match r {
        Ok(names) => {
            let s = string_slice(ctx, &names);
            w[..3].copy_from_slice(&s);
            w[3] = 0;
        }
        Err(e) => {
            w[..3].fill(0);
            w[3] = errno(&e) as u64;
        }
    }
    Ok(())
}

/// The type byte of a directory entry (`sysReadDirEntries`).
fn dirent_type(ft: std::io::Result<std::fs::FileType>) -> u8 {
    use std::os::unix::fs::FileTypeExt;
    match ft {
        Ok(t) if t.is_dir() => b'd',
        Ok(t) if t.is_symlink() => b'l',
        Ok(t) if t.is_file() => b'-',
        Ok(t) if t.is_fifo() => b'p',
        Ok(t) if t.is_socket() => b's',
        Ok(t) if t.is_block_device() => b'D',
        Ok(t) if t.is_char_device() => b'c',
        _ => b'?',
    }
}

/// `sysReadDirEntries(name string) (names []string, types string, errno int)`.
fn read_dir_entries(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let name = name_arg(w, 0);
    let Some(r) = syscall(ctx, move || -> std::io::Result<(Vec<Vec<u8>>, Vec<u8>)> {
        use std::os::unix::ffi::OsStringExt;
        let (mut names, mut types) = (Vec::new(), Vec::new());
        for e in std::fs::read_dir(&name)? {
            let e = e?;
            types.push(dirent_type(e.file_type()));
            names.push(e.file_name().into_vec());
        }
        Ok((names, types))
    }) else {
        return Ok(());
    };
    match r {
        Ok((names, types)) => {
            let s = string_slice(ctx, &names);
            w[..3].copy_from_slice(&s);
            let t = new_str(ctx, &types);
            w[3] = t[0];
            w[4] = t[1];
            w[5] = 0;
        }
        Err(e) => {
            w[..5].fill(0);
            w[5] = errno(&e) as u64;
        }
    }
    Ok(())
}

/// Runs `op` on the pool with the name argument at `w[0..2]`; its errno into `w[0]`.
fn on_name(
    ctx: &mut NativeCtx,
    w: &mut [u64],
    op: impl FnOnce(std::path::PathBuf) -> std::io::Result<()> + Send + 'static,
) -> Result<(), GoPanic> {
    let name = name_arg(w, 0);
    if let Some(r) = syscall(ctx, move || code(op(name))) {
        w[0] = r as u64;
    }
    Ok(())
}

fn mkdir(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    use std::os::unix::fs::DirBuilderExt;
    let perm = w[2] as u32;
    on_name(ctx, w, move |n| {
        std::fs::DirBuilder::new().mode(perm).create(n)
    })
}

fn unlink(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    on_name(ctx, w, std::fs::remove_file)
}

fn rmdir(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    on_name(ctx, w, std::fs::remove_dir)
}

fn rename(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let to = name_arg(w, 2);
    on_name(ctx, w, move |n| std::fs::rename(n, to))
}

fn truncate(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let size = w[2];
    on_name(ctx, w, move |n| {
        std::fs::OpenOptions::new()
            .write(true)
            .open(n)?
            .set_len(size)
    })
}

fn chmod(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let mode = w[2] as u32;
    on_name(ctx, w, move |n| {
        std::fs::set_permissions(n, std::fs::Permissions::from_mode(mode))
    })
}

fn symlink(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let new = name_arg(w, 2);
    on_name(ctx, w, move |old| std::os::unix::fs::symlink(old, new))
}

/// Puts a string result and errno into `w[0..3]`.
fn put_str(ctx: &NativeCtx, w: &mut [u64], r: std::io::Result<Vec<u8>>) {
    match r {
        Ok(b) => {
            let s = new_str(ctx, &b);
            w[0] = s[0];
            w[1] = s[1];
            w[2] = 0;
        }
        Err(e) => {
            w[0] = 0;
            w[1] = 0;
            w[2] = errno(&e) as u64;
        }
    }
}

fn readlink(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    use std::os::unix::ffi::OsStringExt;
    let name = name_arg(w, 0);
    if let Some(r) = syscall(ctx, move || {
        std::fs::read_link(name).map(|p| p.into_os_string().into_vec())
    }) {
        put_str(ctx, w, r);
    }
    Ok(())
}

fn getwd(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    use std::os::unix::ffi::OsStringExt;
    let r = std::env::current_dir().map(|p| p.into_os_string().into_vec());
    put_str(ctx, w, r);
    Ok(())
}

fn chdir(_: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    w[0] = code(std::env::set_current_dir(name_arg(w, 0))) as u64;
    Ok(())
}

fn hostname(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let r = std::fs::read("/proc/sys/kernel/hostname").map(|mut b| {
        while b.last().is_some_and(|c| c.is_ascii_whitespace()) {
            b.pop();
        }
        b
    });
    put_str(ctx, w, r);
    Ok(())
}

fn env_key_ok(k: &[u8]) -> bool {
    !k.is_empty() && !k.contains(&b'=') && !k.contains(&0)
}

fn setenv(_: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let (k, v) = (str_arg(w, 0), str_arg(w, 2));
    w[0] = if env_key_ok(&k) && !v.contains(&0) {
        std::env::set_var(
            String::from_utf8_lossy(&k).as_ref(),
            String::from_utf8_lossy(&v).as_ref(),
        );
        0
    } else {
        EINVAL as u64
    };
    Ok(())
}

fn unsetenv(_: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let k = str_arg(w, 0);
    if env_key_ok(&k) {
        std::env::remove_var(String::from_utf8_lossy(&k).as_ref());
    }
    w[0] = 0;
    Ok(())
}

fn clearenv(_: &mut NativeCtx, _: &mut [u64]) -> Result<(), GoPanic> {
    for (k, _) in std::env::vars_os() {
        std::env::remove_var(k);
    }
    Ok(())
}

fn environ(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    use std::os::unix::ffi::OsStringExt;
    let items: Vec<Vec<u8>> = std::env::vars_os()
        .map(|(k, v)| {
            let mut b = k.into_vec();
            b.push(b'=');
            b.extend(v.into_vec());
            b
        })
        .collect();
    let s = string_slice(ctx, &items);
    w[..3].copy_from_slice(&s);
    Ok(())
}

/// The file and environment natives of `os` by qualified name: (window, function).
pub fn lookup(name: &str) -> Option<(u16, NativeFn)> {
    let r: (u16, NativeFn) = match name {
        "os.sysOpen" => (4, open),
        "os.sysRead" => (4, read),
        "os.sysWrite" => (4, write),
        "os.sysPread" => (5, pread),
        "os.sysPwrite" => (5, pwrite),
        "os.sysSeek" => (3, seek),
        "os.sysClose" => (1, close),
        "os.sysFsync" => (1, fsync),
        "os.sysFtruncate" => (2, ftruncate),
        "os.sysStat" => (5, stat),
        "os.sysFstat" => (5, fstat),
        "os.sysReadDirNames" => (4, read_dir_names),
        "os.sysReadDirEntries" => (6, read_dir_entries),
        "os.sysMkdir" => (3, mkdir),
        "os.sysUnlink" => (2, unlink),
        "os.sysRmdir" => (2, rmdir),
        "os.sysRename" => (4, rename),
        "os.sysTruncate" => (3, truncate),
        "os.sysChmod" => (3, chmod),
        "os.sysSymlink" => (4, symlink),
        "os.sysReadlink" => (3, readlink),
        "os.sysGetwd" => (3, getwd),
        "os.sysChdir" => (2, chdir),
        "os.sysHostname" => (3, hostname),
        "os.sysSetenv" => (4, setenv),
        "os.sysUnsetenv" => (2, unsetenv),
        "os.sysClearenv" => (1, clearenv),
        "os.sysEnviron" => (3, environ),
        "os.sysGetppid" => (1, |_, w| {
            w[0] = std::os::unix::process::parent_id() as u64;
            Ok(())
        }),
        _ => return None,
    };
    Some(r)
}
