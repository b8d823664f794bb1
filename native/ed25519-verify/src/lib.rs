//! Optional native Ed25519 verification for the ledger verifier, and signing for the ledger's
//! writers (see docs/adr/0005-native-ed25519-verification.md).
//!
//! It exists for speed alone: ed25519-dalek verifies about 2.6 times faster here than the OpenSSL
//! build inside Node, and signs in about half the time. Signing is deterministic (RFC 8032), so a
//! signature is the same bytes whichever library makes it. Verification must accept exactly what
//! `crypto.verify(null, message, key, signature)` accepts, so:
//! - it uses dalek's single, cofactorless `verify` (R' = [S]B - [k]A, compared byte for byte with
//!   R; S must be canonical), the equation OpenSSL checks, never batch verification, whose
//!   cofactored equation accepts some signatures the single check refuses;
//! - it takes only public keys that are canonical encodings of points outside the small-order
//!   subgroup. For any other key `fromRaw` throws and the caller keeps using node:crypto, so edge
//!   cases in how the two libraries decode keys never matter.
//! test/ledger/native-ed25519.test.ts holds the two to the same answers on valid, altered and
//! crafted signatures.

use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use napi::bindgen_prelude::{AsyncTask, Buffer};
use napi::{Env, Task};
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

/// A private key for signing, from its 32-byte seed (RFC 8032 §5.1.5). Ed25519 signing is
/// deterministic, so a signature is byte for byte the one node:crypto makes with the same key;
/// test/ledger/native-ed25519.test.ts holds them equal. dalek wipes the key when it is dropped.
#[napi]
pub struct Ed25519SigningKey {
    key: SigningKey,
}

#[napi]
impl Ed25519SigningKey {
    /// Takes the 32-byte seed; throws for any other length.
    #[napi(factory)]
    pub fn from_seed(seed: Buffer) -> napi::Result<Self> {
        let bytes: [u8; 32] = seed[..]
            .try_into()
            .map_err(|_| napi::Error::from_reason(format!("an Ed25519 seed is 32 bytes, not {}", seed.len())))?;
        Ok(Ed25519SigningKey { key: SigningKey::from_bytes(&bytes) })
    }

    /// The 32 raw bytes of the public key (the caller checks it is the key it meant).
    #[napi]
    pub fn public_raw(&self) -> Buffer {
        self.key.verifying_key().to_bytes().to_vec().into()
    }

    /// The 64-byte Ed25519 signature over `message`.
    #[napi]
    pub fn sign(&self, message: Buffer) -> Buffer {
        self.key.sign(&message).to_bytes().to_vec().into()
    }

    /// Signs each 32-byte hash in `hashes` (their concatenation) on libuv's thread pool, off the
    /// calling thread; resolves to the 64-byte signatures in the same order, concatenated. Only
    /// 32-byte messages: the ledger's writers sign event hashes this way, and checkpoints one at a
    /// time through `sign`. Throws at once when the length is not a multiple of 32.
    #[napi(ts_return_type = "Promise<Buffer>")]
    pub fn sign_hashes(&self, hashes: Buffer) -> napi::Result<AsyncTask<SignHashes>> {
        if hashes.len() % 32 != 0 {
            return Err(napi::Error::from_reason(format!("hashes are 32 bytes each; {} bytes is not a whole number of them", hashes.len())));
        }
        Ok(AsyncTask::new(SignHashes { key: self.key.clone(), hashes: hashes.to_vec() }))
    }
}

/// The work of `sign_hashes`: its own copy of the key (wiped when dropped) and of the hashes.
pub struct SignHashes {
    key: SigningKey,
    hashes: Vec<u8>,
}

impl Task for SignHashes {
    type Output = Vec<u8>;
    type JsValue = Buffer;

    fn compute(&mut self) -> napi::Result<Self::Output> {
        let mut out = Vec::with_capacity(self.hashes.len() * 2);
        for hash in self.hashes.chunks_exact(32) {
            out.extend_from_slice(&self.key.sign(hash).to_bytes());
        }
        Ok(out)
    }

    fn resolve(&mut self, _env: Env, output: Self::Output) -> napi::Result<Self::JsValue> {
        Ok(output.into())
    }
}
