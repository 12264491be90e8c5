//! The encrypted file's envelope: a fixed header, then the AES-GCM ciphertext.
//!
//! ```text
//! offset  bytes  field
//!      0      8  magic "KRINGENC" (says: a Kring encrypted file)
//!      8      1  envelope version (1)
//!      9      1  key derivation: 1 = Argon2id v1.3
//!     10      4  Argon2 memory in KiB (u32, little-endian)
//!     14      4  Argon2 passes (u32, little-endian)
//!     18      4  Argon2 lanes (u32, little-endian)
//!     22     16  salt
//!     38     12  AES-GCM nonce
//!     50     16  password check (Argon2 output bytes 32..48)
//!     66      …  AES-256-GCM ciphertext with its 16-byte tag
//! ```
//!
//! The whole header is the cipher's associated data, so changing any byte of it (or of
//! the ciphertext) makes the file refuse to open.

use super::CryptError;

/// The first bytes of every encrypted Kring file.
pub const MAGIC: &[u8; 8] = b"KRINGENC";
/// The envelope version this program writes and the newest it reads.
pub const VERSION: u8 = 1;
/// The key derivation id for Argon2id version 1.3.
pub const KDF_ARGON2ID: u8 = 1;
/// The file name ending of an encrypted export.
pub const ENCRYPTED_EXTENSION: &str = ".kring.versleuteld";
/// Salt length in bytes.
pub const SALT_LEN: usize = 16;
/// AES-GCM nonce length in bytes.
pub const NONCE_LEN: usize = 12;
/// AES-256 key length in bytes.
pub const KEY_LEN: usize = 32;
/// Length of the password check in the header.
pub const CHECK_LEN: usize = 16;
/// AES-GCM tag length in bytes.
pub const TAG_LEN: usize = 16;
/// The header's length in bytes.
pub const HEADER_LEN: usize = 8 + 1 + 1 + 12 + SALT_LEN + NONCE_LEN + CHECK_LEN;

/// The most memory a file may ask Argon2 for (256 MiB): a damaged or hostile header
/// must not make the browser tab allocate gigabytes.
pub const MAX_MEMORY_KIB: u32 = 256 * 1024;
/// The most passes a file may ask for.
pub const MAX_PASSES: u32 = 16;
/// The most lanes a file may ask for.
pub const MAX_LANES: u32 = 4;

/// Argon2id's cost parameters, as written in the header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KdfParams {
    /// Memory in KiB.
    pub memory_kib: u32,
    /// Passes over the memory (time cost).
    pub passes: u32,
    /// Lanes (parallelism); the browser computes them one after another.
    pub lanes: u32,
}

impl KdfParams {
    /// What Kring writes: OWASP's recommended minimum for Argon2id (19 MiB, 2 passes,
    /// 1 lane).
    pub const OWASP: KdfParams = KdfParams { memory_kib: 19 * 1024, passes: 2, lanes: 1 };

    /// Refuses parameters Argon2 cannot use or that would cost too much to try.
    pub fn check(&self) -> Result<(), CryptError> {
        let ok = (1..=MAX_LANES).contains(&self.lanes)
            && (1..=MAX_PASSES).contains(&self.passes)
            && (8 * self.lanes..=MAX_MEMORY_KIB).contains(&self.memory_kib);
        if ok {
            Ok(())
        } else {
            Err(CryptError::Unsupported)
        }
    }
}

/// Whether `bytes` start like an encrypted Kring file (then the import asks for the
/// password instead of reading them as JSON).
pub fn is_encrypted(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC)
}

/// The header's fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Header {
    pub params: KdfParams,
    pub salt: [u8; SALT_LEN],
    pub nonce: [u8; NONCE_LEN],
    pub check: [u8; CHECK_LEN],
}

impl Header {
    /// The header as written.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER_LEN);
        out.extend_from_slice(MAGIC);
        out.push(VERSION);
        out.push(KDF_ARGON2ID);
        for n in [self.params.memory_kib, self.params.passes, self.params.lanes] {
            out.extend_from_slice(&n.to_le_bytes());
        }
        out.extend_from_slice(&self.salt);
        out.extend_from_slice(&self.nonce);
        out.extend_from_slice(&self.check);
        debug_assert_eq!(out.len(), HEADER_LEN);
        out
    }

    /// Reads the header of `file`; returns it and the ciphertext after it.
    pub fn parse(file: &[u8]) -> Result<(Header, &[u8]), CryptError> {
        if !is_encrypted(file) {
            return Err(CryptError::NotEncrypted);
        }
        match file.get(8) {
            None => return Err(CryptError::Truncated),
            Some(&v) if v > VERSION => return Err(CryptError::TooNew { found: v }),
            Some(&v) if v != VERSION => return Err(CryptError::Damaged),
            Some(_) => {}
        }
        if file.len() < HEADER_LEN + TAG_LEN {
            return Err(CryptError::Truncated);
        }
        if file[9] != KDF_ARGON2ID {
            return Err(CryptError::Unsupported);
        }
        let u32_at = |at: usize| u32::from_le_bytes([file[at], file[at + 1], file[at + 2], file[at + 3]]);
        let params = KdfParams { memory_kib: u32_at(10), passes: u32_at(14), lanes: u32_at(18) };
        params.check()?;
        let mut header = Header { params, salt: [0; SALT_LEN], nonce: [0; NONCE_LEN], check: [0; CHECK_LEN] };
        let mut at = 22;
        for field in [&mut header.salt[..], &mut header.nonce[..], &mut header.check[..]] {
            field.copy_from_slice(&file[at..at + field.len()]);
            at += field.len();
        }
        Ok((header, &file[HEADER_LEN..]))
    }
}
