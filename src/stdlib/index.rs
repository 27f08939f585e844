//! The index of the embedded standard library's top-level declarations, made by
//! `build.rs` with `syntax::declscan` (issue #3: start-up time). `types::prune` walks
//! it to find the declarations a program can reach, so that only those are lexed,
//! parsed and checked.

/// One package.
pub struct PkgIndex {
    pub path: &'static str,
    pub files: &'static [FileIndex],
    pub decls: &'static [DeclIndex],
    /// Package-level names (not methods, not `init`), sorted, with the declarations
    /// declaring them (indices into `decls`).
    pub names: &'static [(&'static str, &'static [u32])],
    /// Receiver base type names, sorted, with their methods' declarations.
    pub methods: &'static [(&'static str, &'static [u32])],
}

/// One file of a package.
pub struct FileIndex {
    pub name: &'static str,
    /// End of the package clause and import declarations (byte offset).
    pub header_hi: u32,
    /// (local name, import path); the local name is `.` for a dot import.
    pub imports: &'static [(&'static str, &'static str)],
}

/// One top-level declaration other than an import.
pub struct DeclIndex {
    /// Index into the package's `files`.
    pub file: u32,
    /// Byte range in the file.
    pub lo: u32,
    pub hi: u32,
    /// A package `init` function (the compiler runs them all).
    pub init: bool,
    /// A type declaration: its methods come with it.
    pub is_type: bool,
    /// The names declared (a method's or function's own name).
    pub names: &'static [&'static str],
    /// A function's or method's name in the natives table (`fmt.Println`,
    /// `fmt.(*pp).doPrintf`); empty for other declarations.
    pub native: &'static str,
    /// Identifiers and imported names (`(path, name)`) outside a function body.
    pub refs: &'static [&'static str],
    pub ext: &'static [(&'static str, &'static str)],
    /// The same inside a function body.
    pub body_refs: &'static [&'static str],
    pub body_ext: &'static [(&'static str, &'static str)],
}

include!(concat!(env!("OUT_DIR"), "/stdlib_index.rs"));

/// The index of the package with import path `path`.
pub fn package(path: &str) -> Option<&'static PkgIndex> {
    INDEX.iter().find(|p| p.path == path)
}

impl PkgIndex {
    /// The declarations declaring package-level name `name`.
    pub fn declaring(&self, name: &str) -> &'static [u32] {
        lookup(self.names, name)
    }

    /// The method declarations of receiver base type `name`.
    pub fn methods_of(&self, name: &str) -> &'static [u32] {
        lookup(self.methods, name)
    }
}

fn lookup(table: &'static [(&'static str, &'static [u32])], name: &str) -> &'static [u32] {
    match table.binary_search_by(|(n, _)| (*n).cmp(name)) {
        Ok(i) => table[i].1,
        Err(_) => &[],
    }
}
