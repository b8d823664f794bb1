//! Optional native Ed25519 verification for the ledger verifier (see
//! docs/adr/0005-native-ed25519-verification.md).
//!
//! It exists for speed alone: ed25519-dalek verifies about 2.6 times faster here than the OpenSSL
//! build inside Node. It must accept exactly what `crypto.verify(null, message, key, signature)`
//! accepts, so:
//! - it uses dalek's single, cofactorless `verify` (R' = [S]B - [k]A, compared byte for byte with
//!   R; S must be canonical), the equation OpenSSL checks, never batch verification, whose
//!   cofactored equation accepts some signatures the single check refuses;
//! - it takes only public keys that are canonical encodings of points outside the small-order
//!   subgroup. For any other key `fromRaw` throws and the caller keeps using node:crypto, so edge
//!   cases in how the two libraries decode keys never matter.
//! test/ledger/native-ed25519.test.ts holds the two to the same answers on valid, altered and
//! crafted signatures.

use ed25519_dalek::{Signature, Verifier, VerifyingKey};
use napi::bindgen_prelude::Buffer;
use napi_derive::napi;

/// A trusted public key, decoded once.
#[napi]
pub struct Ed25519PublicKey {
    key: VerifyingKey,
}

#[napi]
impl Ed25519PublicKey {
    /// Decodes 32 raw key bytes; throws for a key this module does not take (see the file comment).
    #[napi(factory)]
    pub fn from_raw(raw: Buffer) -> napi::Result<Self> {
        let bytes: [u8; 32] = raw[..]
            .try_into()
            .map_err(|_| napi::Error::from_reason(format!("an Ed25519 public key is 32 bytes, not {}", raw.len())))?;
        let key = VerifyingKey::from_bytes(&bytes)
            .map_err(|_| napi::Error::from_reason("not the encoding of a curve point"))?;
        if key.is_weak() {
            return Err(napi::Error::from_reason("a small-order point"));
        }
        if key.to_edwards().compress().to_bytes() != bytes {
            return Err(napi::Error::from_reason("not a canonical point encoding"));
        }
        Ok(Ed25519PublicKey { key })
    }

    /// Whether `signature` (64 bytes) is this key's Ed25519 signature over `message`.
    #[napi]
    pub fn verify(&self, message: Buffer, signature: Buffer) -> bool {
        let Ok(bytes) = <[u8; 64]>::try_from(&signature[..]) else {
            return false;
        };
        self.key.verify(&message, &Signature::from_bytes(&bytes)).is_ok()
    }
}
