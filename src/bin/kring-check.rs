//! `kring-check FILE.kring.json|FILE.ged [--svg OUT.svg] [--explain]`: print a
//! document's quality report as one JSON line (every defect count a named field); with
//! `--svg`, also write the drawing as the app exports it; with `--explain`, list on
//! standard error which items each label overlap and household defect involves. A GEDCOM file is imported as the library would.
//! Exit code 2 on bad arguments, 1 on an unreadable file.

use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use kring::check::check_json_explained;
use kring::genogram::model::PartialDate;
use kring::i18n::Lang;

fn usage() -> ExitCode {
    eprintln!("usage: kring-check FILE.kring.json|FILE.ged [--svg OUT.svg] [--explain]");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mut file, mut svg, mut explain) = (None, None, false);
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--svg" => match it.next() {
                Some(out) => svg = Some(out),
                None => return usage(),
            },
            "--explain" => explain = true,
            "-h" | "--help" => return usage(),
            _ if file.is_none() => file = Some(a),
            _ => return usage(),
        }
    }
    let Some(file) = file else { return usage() };
    let bytes = match std::fs::read(&file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{file}: {e}");
            return ExitCode::from(1);
        }
    };
    let text = if kring::gedcom::looks_like_gedcom(&bytes) {
        match kring::gedcom::import(&bytes) {
            Ok(imported) => {
                let title = imported.title.unwrap_or_else(|| "GEDCOM".into());
                kring::format::KringDocument::new_genogram("gedcom", &title, imported.genogram, 0).to_json()
            }
            Err(e) => {
                eprintln!("{file}: {}", e.message(Lang::En));
                return ExitCode::from(1);
            }
        }
    } else {
        String::from_utf8_lossy(&bytes).into_owned()
    };
    let now_ms = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0);
    match check_json_explained(&text, PartialDate::from_unix_ms(now_ms)) {
        Ok((report, drawing, why)) => {
            if explain {
                for line in why {
                    eprintln!("{line}");
                }
            }
            if let Some(out) = svg {
                if let Err(e) = std::fs::write(&out, drawing) {
                    eprintln!("{out}: {e}");
                    return ExitCode::from(1);
                }
            }
            println!("{}", report.to_json_line());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{file}: {}", e.message(Lang::En));
            ExitCode::from(1)
        }
    }
}
