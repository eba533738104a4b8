// Hardhat 2 project whose tests run against a running `utg dev` as the external network `glow`
// (`npx hardhat test --network glow`, URL from RPC_URL). It compiles ../contracts with the pinned solc-js
// (the npm `solc` package) instead of downloading a compiler, so it works offline.
const { subtask } = require('hardhat/config');
const { TASK_COMPILE_SOLIDITY_GET_SOLC_BUILD } = require('hardhat/builtin-tasks/task-names');
require('@nomicfoundation/hardhat-ethers');

const solcVersion = '0.8.28';
const solcLongVersion = '0.8.28+commit.7893614a';

subtask(TASK_COMPILE_SOLIDITY_GET_SOLC_BUILD, async (args, hre, runSuper) => {
  if (args.solcVersion !== solcVersion) {
    return runSuper();
  }
  const installed = require('solc/package.json').version;
  if (installed !== solcVersion) {
    throw new Error(`the npm package solc is ${installed}, expected ${solcVersion}: run npm ci in tests/js-e2e`);
  }
  return { compilerPath: require.resolve('solc/soljson.js'), isSolcJs: true, version: solcVersion, longVersion: solcLongVersion };
});

/** @type import('hardhat/config').HardhatUserConfig */
module.exports = {
  solidity: {
    version: solcVersion,
    settings: { optimizer: { enabled: true, runs: 200 }, evmVersion: 'cancun' },
  },
  // The project root is tests/js-e2e, so that Hardhat compiles the same ../contracts as ethers.mjs and viem.mjs
  // (sources outside the root are refused) and finds node_modules there; tests, cache and artifacts stay here.
  paths: { root: '..', sources: 'contracts', tests: 'hardhat/test', cache: 'hardhat/cache', artifacts: 'hardhat/artifacts' },
  networks: {
    glow: {
      url: process.env.RPC_URL ?? 'http://127.0.0.1:8545/',
      chainId: 1337,
      accounts: { mnemonic: 'test test test test test test test test test test test junk', count: 3 },
    },
  },
  mocha: { timeout: 60000 },
};
