// Compiles contracts/*.sol with solc-js (the pinned npm `solc`), optimizer on, evmVersion cancun, and returns
// { Name: { abi, bytecode } }. Imports of @openzeppelin/... are read from node_modules.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// solc's Emscripten module installs process handlers that rethrow any unhandled rejection or exception (ending the
// script with a stack trace from soljson.js); they are removed so lib/check.mjs reports those as failed checks.
const events = ['unhandledRejection', 'uncaughtException'];
const before = new Map(events.map((e) => [e, process.listeners(e)]));
const solc = require('solc');
for (const event of events) {
  for (const listener of process.listeners(event)) {
    if (!before.get(event).includes(listener)) {
      process.removeListener(event, listener);
    }
  }
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const contracts = join(root, 'contracts');

function findImport(path) {
  try {
    return { contents: readFileSync(require.resolve(path), 'utf8') };
  } catch (e) {
    return { error: `cannot read import ${path}: ${e.message}` };
  }
}

export function compileContracts() {
  const sources = {};
  for (const file of readdirSync(contracts).filter((f) => f.endsWith('.sol'))) {
    sources[file] = { content: readFileSync(join(contracts, file), 'utf8') };
  }
  const input = {
    language: 'Solidity',
    sources,
    settings: {
      optimizer: { enabled: true, runs: 200 },
      evmVersion: 'cancun',
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImport }));
  const errors = (output.errors ?? []).filter((e) => e.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`solc ${solc.version()} failed:\n${errors.map((e) => e.formattedMessage).join('\n')}`);
  }
  const result = {};
  for (const file of Object.keys(sources)) {
    for (const [name, contract] of Object.entries(output.contracts[file])) {
      result[name] = { abi: contract.abi, bytecode: `0x${contract.evm.bytecode.object}` };
    }
  }
  return { version: solc.version(), contracts: result };
}
