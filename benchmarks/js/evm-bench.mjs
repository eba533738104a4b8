// Reference timing: the contracts of `utg bench evm` run in ethereumjs's EVM (@ethereumjs/evm, Cancun), for
// comparison with Glow's interpreter on the same code and call data. `utg bench evm` writes the contracts as JSON
// on standard input and reads the RESULT lines back; the script can also be run by hand:
//
//   dotnet run --project src/Glow.Cli -c Release -- bench evm --rounds 3     (runs this script itself)
//   node evm-bench.mjs < contracts.json
//
// Input: { "caller": "0x…", "address": "0x…", "rounds": 5,
//          "contracts": [ { "name", "code", "storage": [[slot, value]], "calls": [[data, gasLimit]] } ] }
// Each call runs as a transaction would: caller, recipient and precompiles warm, the journal cleaned after it
// (EIP-2929 warm sets, EIP-161 touches and EIP-2200 original values end with the transaction). Execution gas excludes
// the intrinsic 21,000.
// Output: one line per contract: RESULT {"name", "gas", "medianMs", "medianCpuMs"} (wall-clock and process CPU time per round).
import { Common, Hardfork, Mainnet } from '@ethereumjs/common'
import { createEVM } from '@ethereumjs/evm'
import { Account, createAddressFromString, hexToBytes, setLengthLeft } from '@ethereumjs/util'

const chunks = []
for await (const chunk of process.stdin) chunks.push(chunk)
const spec = JSON.parse(Buffer.concat(chunks).toString('utf8'))
const caller = createAddressFromString(spec.caller)
const address = createAddressFromString(spec.address)
const precompiles = Array.from({ length: 10 }, (_, i) => '0x' + (i + 1).toString(16).padStart(40, '0'))

for (const contract of spec.contracts) {
  const common = new Common({ chain: Mainnet, hardfork: Hardfork.Cancun })
  const evm = await createEVM({ common })
  await evm.stateManager.putAccount(address, new Account())
  await evm.stateManager.putCode(address, hexToBytes(contract.code))
  for (const [slot, value] of contract.storage) {
    await evm.stateManager.putStorage(address, setLengthLeft(hexToBytes(slot), 32), hexToBytes(value))
  }
  const balance = new Account(0n, 1n << 200n)
  await evm.stateManager.putAccount(caller, balance)
  const calls = contract.calls.map(([data, gas]) => ({ data: hexToBytes(data), gasLimit: BigInt(gas) }))

  async function round() {
    let gas = 0n
    for (const call of calls) {
      for (const warm of [spec.caller, spec.address, ...precompiles]) evm.journal.addAlwaysWarmAddress(warm)
      const result = await evm.runCall({ caller, to: address, data: call.data, gasLimit: call.gasLimit })
      if (result.execResult.exceptionError) throw new Error(`${contract.name}: ${result.execResult.exceptionError.error}`)
      gas += result.execResult.executionGasUsed
      await evm.journal.cleanup()
      evm.transientStorage.clear()
      evm.stateManager.originalStorageCache.clear()
    }
    return gas
  }

  await round()
  const times = []
  const cpuTimes = []
  let gas = 0n
  for (let i = 0; i < spec.rounds; i++) {
    const cpuStart = process.cpuUsage()
    const start = performance.now()
    gas = await round()
    times.push(performance.now() - start)
    const cpu = process.cpuUsage(cpuStart)
    cpuTimes.push((cpu.user + cpu.system) / 1e3)
    console.error(`  ethereumjs ${contract.name} round ${i + 1}/${spec.rounds}: ${(Number(gas) / times[i] / 1e3).toFixed(2)} MGas/s wall, ${(Number(gas) / cpuTimes[i] / 1e3).toFixed(2)} MGas/s CPU (${times[i].toFixed(1)} ms)`)
  }
  console.log('RESULT ' + JSON.stringify({ name: contract.name, gas: gas.toString(), medianMs: median(times), medianCpuMs: median(cpuTimes) }))
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
