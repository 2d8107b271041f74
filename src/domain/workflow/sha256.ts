/**
 * SHA-256 (FIPS 180-4), from @noble/hashes: the one package the domain uses (see eslint.config.js).
 * Sign-off hashes must come out identical in the browser, in Node and in the emulator,
 * synchronously, without depending on Web Crypto (async, and absent from some hosts' insecure
 * contexts) or node:crypto (absent in the browser). noble's is pure, audited and synchronous.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** The SHA-256 digest of some bytes, as 64 lower-case hex digits. */
export const sha256Bytes = (message: Uint8Array): string => bytesToHex(sha256(message));

/** The SHA-256 digest of a string's UTF-8 encoding. */
export const sha256Hex = (text: string): string => sha256Bytes(utf8ToBytes(text));
