import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Bytes, sha256Hex } from '../../../src/domain/workflow/sha256';

describe('SHA-256', () => {
  it.each([
    ['"abc" (FIPS 180-4 one-block example)', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['the empty string', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    [
      'the 448-bit message (FIPS 180-4 two-block example)',
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    [
      'the 896-bit message',
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
  ])('%s', (_name, message, digest) => {
    expect(sha256Hex(message)).toBe(digest);
  });

  it('one million "a"s', () => {
    expect(sha256Bytes(new Uint8Array(1_000_000).fill(0x61))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('hashes the UTF-8 bytes of text with accents, symbols and emoji', () => {
    expect(sha256Hex('Children’s social care é ✓ 😀')).toBe(
      createHash('sha256').update('Children’s social care é ✓ 😀', 'utf8').digest('hex'),
    );
  });

  it.each([55, 56, 57, 63, 64, 65, 119, 120, 128])('pads a %i-byte message as node:crypto does', (length) => {
    const message = 'x'.repeat(length);
    expect(sha256Hex(message)).toBe(createHash('sha256').update(message).digest('hex'));
  });
});
