// Reference timing: the root of an N-entry Patricia trie built with ethereumjs (@ethereumjs/mpt), for
// comparison with Glow's trie on identical entries (Glow.State.Trie.TrieBenchmarkWorkload).
//
//   key_i   = keccak256(i as 8-byte big-endian)                      (so useKeyHashing stays false)
//   value_i = rlp([nonce = i, balance = i * 10^18, storageRoot = keccak256(rlp("")), codeHash = keccak256("")])
//
// Usage: node trie-root.mjs [N=1000000]
// Prints the root and the time to insert the N entries and compute the root (generation excluded).
import { createMPT } from '@ethereumjs/mpt'
import { keccak_256 } from '@noble/hashes/sha3.js'
import { accountRlp } from './accounts.mjs'

const count = Number(process.argv[2] ?? 1_000_000)
const genStart = performance.now()
const keys = new Array(count)
const values = new Array(count)
const index = new Uint8Array(8)
const view = new DataView(index.buffer)
for (let i = 0; i < count; i++) {
  view.setBigUint64(0, BigInt(i))
  keys[i] = keccak_256(index)
  values[i] = accountRlp(i)
}
const genMs = performance.now() - genStart

const trie = await createMPT({ useKeyHashing: false })
const start = performance.now()
for (let i = 0; i < count; i++) {
  await trie.put(keys[i], values[i])
}
const root = trie.root()
const elapsedMs = performance.now() - start

console.log(`entries: ${count}`)
console.log(`generation: ${(genMs / 1000).toFixed(2)} s (not included below)`)
console.log(`root: 0x${Buffer.from(root).toString('hex')}`)
console.log(`ethereumjs @ethereumjs/mpt 10.1.3 insert + root: ${(elapsedMs / 1000).toFixed(2)} s`)
