//! How long `policywright render` takes over many project files: copies of
//! the bakery starter rendered into a temporary folder, both documents in
//! both languages, HTML and PDF, through the same entry point as the
//! command line (files written to disk included).
//!
//! Run with `cargo bench --bench batch`.

use std::ffi::OsString;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use policywright::cli::{self, EXIT_OK, Output};
use policywright::starter;

fn benches(c: &mut Criterion) {
    let text = starter::find("bakery").expect("the bakery starter").text;
    let mut group = c.benchmark_group("render: copies of the bakery starter");
    group.sample_size(10);
    for count in [10, 100] {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let mut args: Vec<OsString> = ["policywright", "render", "--out"]
            .map(OsString::from)
            .into();
        args.push(dir.path().join("export").into());
        for i in 0..count {
            let path = dir.path().join(format!("bakery-{i:04}.ron"));
            std::fs::write(&path, text).expect("a project file written");
            args.push(path.into());
        }
        group.bench_with_input(BenchmarkId::from_parameter(count), &args, |b, args| {
            b.iter(|| {
                let (mut out, mut err) = (Vec::new(), Vec::new());
                let output = &mut Output {
                    out: &mut out,
                    err: &mut err,
                    progress: false,
                };
                assert_eq!(cli::run(args.clone(), output), EXIT_OK);
            })
        });
    }
    group.finish();
}

criterion_group!(batch, benches);
criterion_main!(batch);
