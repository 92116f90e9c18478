//! Embeds every language's texts: each folder under i18n/ is a language,
//! named by its code, holding `.ftl` files. Generated here because Cargo
//! only rebuilds for a new folder or file when a build script names the
//! folder; with that, adding a language is adding a folder, with no change
//! to the program's code.

use std::fmt::Write;
use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=i18n");
    let root = Path::new("i18n");
    let mut entries: Vec<(String, String)> = Vec::new();
    for folder in std::fs::read_dir(root).expect("the i18n folder is readable") {
        let folder = folder.expect("the i18n folder is readable").path();
        if !folder.is_dir() {
            continue;
        }
        let code = folder.file_name().unwrap().to_string_lossy().into_owned();
        for file in std::fs::read_dir(&folder).expect("a language folder is readable") {
            let file = file.expect("a language folder is readable").path();
            if file.extension().is_some_and(|e| e == "ftl") {
                let name = file.file_name().unwrap().to_string_lossy().into_owned();
                entries.push((code.clone(), name));
            }
        }
    }
    entries.sort();
    let mut code = String::from("&[\n");
    for (locale, name) in entries {
        writeln!(
            code,
            "    ({locale:?}, {name:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/i18n/{locale}/{name}\"))),"
        )
        .unwrap();
    }
    code.push(']');
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("embedded_i18n.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}
