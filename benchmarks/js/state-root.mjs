// Reference timing: the state root of N accounts built with ethereumjs (@ethereumjs/mpt), for comparison with
// Glow's world state on identical accounts (Glow.State.StateBenchmarkWorkload, `utg bench state`).
//
//   address_i = last 20 bytes of keccak256(i as 8-byte big-endian)
//   account_i = rlp([nonce = i, balance = i * 10^18, storageRoot = keccak256(rlp("")), codeHash = keccak256("")])
//   the state trie maps keccak256(address_i) to account_i (the trie hashes the keys: useKeyHashing)
//
// Usage: node state-root.mjs [N=1000000]
// Prints the root and the time to insert the N accounts and compute the root (generation excluded).
import { createMPT } from '@ethereumjs/mpt'
import { RLP } from '@ethereumjs/rlp'
import { keccak_256 } from '@noble/hashes/sha3.js'

const count = Number(process.argv[2] ?? 1_000_000)
const wei = 10n ** 18n
const emptyRoot = keccak_256(Uint8Array.of(0x80))
const emptyCode = keccak_256(new Uint8Array(0))

/** Minimal big-endian bytes of a non-negative bigint (empty for zero), as RLP integers require. */
function integerBytes(value) {
  if (value === 0n) return new Uint8Array(0)
  let hex = value.toString(16)
  if (hex.length % 2 === 1) hex = '0' + hex
  const bytes = new Uint8Array(hex.length / 2)
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.substr(i * 2, 2), 16)
  return bytes
}

const genStart = performance.now()
const addresses = new Array(count)
const values = new Array(count)
const index = new Uint8Array(8)
const view = new DataView(index.buffer)
for (let i = 0; i < count; i++) {
  view.setBigUint64(0, BigInt(i))
  addresses[i] = keccak_256(index).slice(12)
  values[i] = RLP.encode([integerBytes(BigInt(i)), integerBytes(BigInt(i) * wei), emptyRoot, emptyCode])
}
const genMs = performance.now() - genStart

const trie = await createMPT({ useKeyHashing: true })
const start = performance.now()
for (let i = 0; i < count; i++) {
  await trie.put(addresses[i], values[i])
}
const root = trie.root()
const elapsedMs = performance.now() - start

console.log(`accounts: ${count}`)
console.log(`generation: ${(genMs / 1000).toFixed(2)} s (not included below)`)
console.log(`root: 0x${Buffer.from(root).toString('hex')}`)
console.log(`ethereumjs @ethereumjs/mpt 10.1.3 insert + root: ${(elapsedMs / 1000).toFixed(2)} s`)
