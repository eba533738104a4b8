// The account encoding shared by the ethereumjs comparison scripts (trie-root.mjs, state-root.mjs).
import { RLP } from '@ethereumjs/rlp'
import { keccak_256 } from '@noble/hashes/sha3.js'

const wei = 10n ** 18n
const emptyRoot = keccak_256(Uint8Array.of(0x80))
const emptyCode = keccak_256(new Uint8Array(0))

/** Minimal big-endian bytes of a non-negative bigint (empty for zero), as RLP integers require. */
export function integerBytes(value) {
  if (value === 0n) return new Uint8Array(0)
  let hex = value.toString(16)
  if (hex.length % 2 === 1) hex = '0' + hex
  const bytes = new Uint8Array(hex.length / 2)
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.substr(i * 2, 2), 16)
  return bytes
}

/** rlp([nonce = i, balance = i * 10^18, storageRoot = empty trie, codeHash = keccak256("")]) of entry i. */
export function accountRlp(i) {
  return RLP.encode([integerBytes(BigInt(i)), integerBytes(BigInt(i) * wei), emptyRoot, emptyCode])
}
