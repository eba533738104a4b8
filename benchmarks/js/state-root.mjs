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
import { keccak_256 } from '@noble/hashes/sha3.js'
import { accountRlp } from './accounts.mjs'

const count = Number(process.argv[2] ?? 1_000_000)
const genStart = performance.now()
const addresses = new Array(count)
const values = new Array(count)
const index = new Uint8Array(8)
const view = new DataView(index.buffer)
for (let i = 0; i < count; i++) {
  view.setBigUint64(0, BigInt(i))
  addresses[i] = keccak_256(index).slice(12)
  values[i] = accountRlp(i)
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
