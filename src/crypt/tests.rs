//! The codec natively: round trip, wrong password, every byte flipped, every truncation,
//! a future version, and the parameters written.

use super::envelope::{HEADER_LEN, TAG_LEN};
use super::*;
use crate::i18n::Lang;

/// Cheap parameters, so a test can derive hundreds of keys; the app never writes them.
const CHEAP: KdfParams = KdfParams { memory_kib: 8, passes: 1, lanes: 1 };
const SALT: [u8; 16] = [7; 16];
const NONCE: [u8; 12] = [9; 12];
const PLAIN: &[u8] = br#"{"format":"kring","version":1,"kind":"genogram","title":"Casus Noah"}"#;

fn cheap_file() -> Vec<u8> {
    seal_with(PLAIN, "geheim wachtwoord", CHEAP, SALT, NONCE).unwrap()
}

#[test]
fn round_trip_with_the_parameters_kring_writes() {
    let file = seal(PLAIN, "correct paard batterij niet").unwrap();
    assert!(is_encrypted(&file));
    assert_eq!(&file[..8], b"KRINGENC");
    assert_eq!(file[8], 1, "envelope version");
    assert_eq!(file[9], 1, "Argon2id");
    let (header, body) = envelope::Header::parse(&file).unwrap();
    assert_eq!(header.params, KdfParams::OWASP);
    assert!(header.params.memory_kib >= 19 * 1024 && header.params.passes >= 2, "OWASP minimum");
    assert_eq!(body.len(), PLAIN.len() + TAG_LEN);
    assert_eq!(file.len(), HEADER_LEN + PLAIN.len() + TAG_LEN);
    assert!(!file.windows(10).any(|w| w == b"Casus Noah"), "no plain text in the file");
    assert_eq!(open(&file, "correct paard batterij niet").unwrap(), PLAIN);
    assert_eq!(open(&file, "correct paard batterij").unwrap_err(), CryptError::WrongPassword);
}

#[test]
fn salt_and_nonce_are_fresh_each_time() {
    let a = seal_with(PLAIN, "pw", CHEAP, SALT, NONCE).unwrap();
    let b = seal(PLAIN, "pw").unwrap();
    let c = seal(PLAIN, "pw").unwrap();
    assert_ne!(b[22..50], c[22..50], "salt and nonce differ between two seals");
    assert_ne!(b[HEADER_LEN..], c[HEADER_LEN..]);
    assert_eq!(a, seal_with(PLAIN, "pw", CHEAP, SALT, NONCE).unwrap(), "seal_with is deterministic");
}

#[test]
fn wrong_password_opens_nothing() {
    let file = cheap_file();
    assert_eq!(open(&file, "geheim wachtwoord").unwrap(), PLAIN);
    for wrong in ["", "geheim wachtwoord ", "Geheim wachtwoord", "geheim"] {
        assert_eq!(open(&file, wrong).unwrap_err(), CryptError::WrongPassword, "{wrong:?}");
    }
}

#[test]
fn every_flipped_byte_is_refused() {
    let file = cheap_file();
    for i in 0..file.len() {
        for mask in [0x01u8, 0x80, 0xFF] {
            let mut bad = file.clone();
            bad[i] ^= mask;
            let err = open(&bad, "geheim wachtwoord").expect_err(&format!("byte {i} ^ {mask:#04x} was accepted"));
            if i >= HEADER_LEN {
                assert_eq!(err, CryptError::Damaged, "a changed ciphertext byte {i} is damage, not a wrong password");
            }
            if i < 8 {
                assert_eq!(err, CryptError::NotEncrypted);
            }
        }
    }
}

#[test]
fn every_truncation_is_refused() {
    let file = cheap_file();
    for len in 0..file.len() {
        let err = open(&file[..len], "geheim wachtwoord").expect_err(&format!("{len} bytes were accepted"));
        let expected = match len {
            0..8 => CryptError::NotEncrypted,
            8..82 => CryptError::Truncated,
            _ => CryptError::Damaged,
        };
        assert_eq!(err, expected, "cut at {len}");
    }
    let mut longer = file.clone();
    longer.push(0);
    assert_eq!(open(&longer, "geheim wachtwoord").unwrap_err(), CryptError::Damaged, "an appended byte");
}

#[test]
fn a_future_version_is_refused_with_its_number() {
    let mut file = cheap_file();
    file[8] = 2;
    let err = open(&file, "geheim wachtwoord").unwrap_err();
    assert_eq!(err, CryptError::TooNew { found: 2 });
    assert!(err.message(Lang::Nl).contains("nieuwere versie van Kring"));
    assert!(err.message(Lang::Nl).contains("Bestandsversie 2"));
    assert!(err.message(Lang::En).contains("File version 2"));
}

#[test]
fn costly_or_unknown_parameters_are_refused_before_deriving() {
    let file = cheap_file();
    let with = |at: usize, value: u32| {
        let mut bad = file.clone();
        bad[at..at + 4].copy_from_slice(&value.to_le_bytes());
        open(&bad, "geheim wachtwoord").unwrap_err()
    };
    assert_eq!(with(10, u32::MAX), CryptError::Unsupported, "4 TiB of memory");
    assert_eq!(with(10, 4), CryptError::Unsupported, "below Argon2's minimum");
    assert_eq!(with(14, 0), CryptError::Unsupported, "no passes");
    assert_eq!(with(14, 1000), CryptError::Unsupported, "a thousand passes");
    assert_eq!(with(18, 64), CryptError::Unsupported, "64 lanes");
    let mut kdf = file.clone();
    kdf[9] = 2;
    assert_eq!(open(&kdf, "geheim wachtwoord").unwrap_err(), CryptError::Unsupported);
    assert_eq!(
        seal_with(PLAIN, "pw", KdfParams { memory_kib: u32::MAX, ..CHEAP }, SALT, NONCE),
        Err(CryptError::Unsupported)
    );
}

#[test]
fn an_empty_password_is_not_accepted_for_sealing() {
    assert_eq!(seal(PLAIN, ""), Err(CryptError::EmptyPassword));
}

#[test]
fn plain_kring_and_gedcom_files_are_not_taken_for_encrypted_ones() {
    assert!(!is_encrypted(PLAIN));
    assert!(!is_encrypted(b"0 HEAD\n1 GEDC"));
    assert!(!is_encrypted(b"KRING"));
    assert_eq!(open(PLAIN, "x").unwrap_err(), CryptError::NotEncrypted);
}

#[test]
fn an_empty_file_and_a_large_one_round_trip() {
    let big: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
    for plain in [&[][..], &big[..]] {
        let file = seal_with(plain, "pw", CHEAP, SALT, NONCE).unwrap();
        assert_eq!(open(&file, "pw").unwrap(), plain);
    }
}

#[test]
fn unicode_passwords_are_their_utf8_bytes() {
    let file = seal_with(PLAIN, "wachtwoord-é-ß-🔒", CHEAP, SALT, NONCE).unwrap();
    assert_eq!(open(&file, "wachtwoord-é-ß-🔒").unwrap(), PLAIN);
    assert_eq!(open(&file, "wachtwoord-e-ß-🔒").unwrap_err(), CryptError::WrongPassword);
}

#[test]
fn messages_say_nothing_changed() {
    for e in [CryptError::WrongPassword, CryptError::Damaged, CryptError::Truncated, CryptError::Unsupported] {
        assert!(e.message(Lang::Nl).contains("niets geïmporteerd"), "{e:?}");
        assert!(e.message(Lang::En).contains("Nothing was imported"), "{e:?}");
    }
}
