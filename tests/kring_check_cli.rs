//! `kring-check` reads a GEDCOM file as the library imports it.

use std::process::Command;

#[test]
fn kring_check_reports_on_a_gedcom_file() {
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/small_family.ged");
    let out = Command::new(env!("CARGO_BIN_EXE_kring-check")).arg(fixture).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(report.contains("\"persons\":6"), "{report}");
}

#[test]
fn kring_check_names_the_line_of_a_broken_gedcom_file() {
    let dir = std::env::temp_dir().join(format!("kring-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("kapot.ged");
    std::fs::write(&file, "0 HEAD\n0 @I1@ INDI\n2 NAME sprong\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_kring-check")).arg(&file).output().unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 3"));
}
