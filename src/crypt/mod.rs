//! "Versleuteld opslaan": a Kring file (one document or the whole library) sealed with
//! a password, for when a case file leaves the browser by mail or on a USB stick.
//!
//! AES-256-GCM with a key derived from the password by Argon2id (OWASP's minimum:
//! 19 MiB of memory, 2 passes, 1 lane), in pure Rust (RustCrypto), so it works under the
//! app's CSP without `crypto.subtle`. The salt and nonce come from the platform's CSPRNG
//! (`getrandom`; in the browser `crypto.getRandomValues`). The file is a small binary
//! envelope ([`envelope`]) that names itself, its version and the Argon2 parameters.
//!
//! There is no recovery: the password is stored nowhere, and without it the file cannot
//! be opened by anyone, Kring included.

pub mod envelope;
mod error;

pub use envelope::{is_encrypted, KdfParams, ENCRYPTED_EXTENSION, MAGIC};
pub use error::CryptError;

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Key, Nonce};
use envelope::{Header, CHECK_LEN, KEY_LEN, NONCE_LEN, SALT_LEN};

/// The shortest password "Versleuteld opslaan" accepts, in characters.
pub const MIN_PASSWORD_CHARS: usize = 8;

/// Seals `plain` (the bytes of a Kring file) with `password`, the parameters Kring
/// writes ([`KdfParams::OWASP`]) and a fresh salt and nonce from the CSPRNG.
pub fn seal(plain: &[u8], password: &str) -> Result<Vec<u8>, CryptError> {
    let mut salt = [0u8; SALT_LEN];
    let mut nonce = [0u8; NONCE_LEN];
    getrandom::fill(&mut salt).map_err(|_| CryptError::NoRandomness)?;
    getrandom::fill(&mut nonce).map_err(|_| CryptError::NoRandomness)?;
    seal_with(plain, password, KdfParams::OWASP, salt, nonce)
}

/// [`seal`] with explicit parameters, salt and nonce (deterministic: for tests and
/// benchmarks; the app always uses [`seal`]).
pub fn seal_with(
    plain: &[u8],
    password: &str,
    params: KdfParams,
    salt: [u8; SALT_LEN],
    nonce: [u8; NONCE_LEN],
) -> Result<Vec<u8>, CryptError> {
    if password.is_empty() {
        return Err(CryptError::EmptyPassword);
    }
    params.check()?;
    let (key, check) = derive(password, &params, &salt)?;
    let header = Header { params, salt, nonce, check };
    let mut out = header.to_bytes();
    let sealed = cipher(&key)
        .encrypt(Nonce::from_slice(&nonce), Payload { msg: plain, aad: &out })
        .map_err(|_| CryptError::Damaged)?;
    out.extend_from_slice(&sealed);
    Ok(out)
}

/// Opens a sealed file: the original bytes, or why not. Nothing is returned unless the
/// whole file, header included, is exactly what was sealed with this password.
pub fn open(file: &[u8], password: &str) -> Result<Vec<u8>, CryptError> {
    let (header, body) = Header::parse(file)?;
    let (key, check) = derive(password, &header.params, &header.salt)?;
    // Which half of the derived bytes failed tells a wrong password from a damaged file.
    if !same(&check, &header.check) {
        return Err(CryptError::WrongPassword);
    }
    let aad = &file[..file.len() - body.len()];
    cipher(&key).decrypt(Nonce::from_slice(&header.nonce), Payload { msg: body, aad }).map_err(|_| CryptError::Damaged)
}

/// Derives the AES key and the password check from `password`: Argon2id gives 64 bytes,
/// the first 32 are the key, the last 32 start with the check kept in the header. Public
/// for the key-derivation benchmark.
pub fn derive(
    password: &str,
    params: &KdfParams,
    salt: &[u8; SALT_LEN],
) -> Result<([u8; KEY_LEN], [u8; CHECK_LEN]), CryptError> {
    let argon_params = argon2::Params::new(params.memory_kib, params.passes, params.lanes, Some(2 * KEY_LEN))
        .map_err(|_| CryptError::Unsupported)?;
    let argon = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, argon_params);
    let mut out = [0u8; 2 * KEY_LEN];
    argon.hash_password_into(password.as_bytes(), salt, &mut out).map_err(|_| CryptError::Unsupported)?;
    let mut key = [0u8; KEY_LEN];
    let mut check = [0u8; CHECK_LEN];
    key.copy_from_slice(&out[..KEY_LEN]);
    check.copy_from_slice(&out[KEY_LEN..KEY_LEN + CHECK_LEN]);
    out.fill(0);
    Ok((key, check))
}

fn cipher(key: &[u8; KEY_LEN]) -> Aes256Gcm {
    Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(key))
}

/// Compares without an early exit (the check is not a secret worth a timing attack on,
/// but there is no reason to leak how many bytes matched).
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests;
