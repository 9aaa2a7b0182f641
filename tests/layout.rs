//! The reference model must stand on its own: it is what the RTL is judged against, so it may not borrow from it.

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_model_never_imports_the_rtl() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("sim/src/model"), &mut files);
    assert!(files.len() >= 4, "model sources not found: {files:?}");
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for needle in ["mmu_hdl", "rust_hdl", "crate::rtl"] {
            assert!(
                !text.contains(needle),
                "{} refers to {needle}: the reference model must not depend on the RTL",
                f.display()
            );
        }
    }
}
