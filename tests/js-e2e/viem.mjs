// viem end to end against a running `utg dev` (RPC_URL, WS_URL): legacy and EIP-1559 transfers, an OpenZeppelin ERC-20
// and a contract with a custom error compiled by solc-js (cancun) and deployed, token transfers, events through
// eth_getLogs, an HTTP filter and a WebSocket subscription, a decoded custom-error revert, estimateGas, and the
// nonce-too-low and insufficient-funds errors as viem classifies them. Exit code 0 when every check passes.
import {
  BaseError, ContractFunctionRevertedError, InsufficientFundsError, NonceTooLowError, createPublicClient,
  createWalletClient, decodeEventLog, defineChain, getAddress, http, parseEther, parseUnits, webSocket,
} from 'viem';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { assert, check, devChainId, devKeys, done, env, equal, rejects, within } from './lib/check.mjs';
import { compileContracts } from './lib/compile.mjs';

const rpcUrl = env('RPC_URL');
const wsUrl = env('WS_URL');

const chain = defineChain({
  id: Number(devChainId),
  name: 'UltronGlow dev',
  nativeCurrency: { name: 'UTG', symbol: 'UTG', decimals: 18 },
  rpcUrls: { default: { http: [rpcUrl], webSocket: [wsUrl] } },
});

const client = createPublicClient({ chain, transport: http(rpcUrl), pollingInterval: 200 });
const main = privateKeyToAccount(devKeys[0]);
const other = privateKeyToAccount(devKeys[1]);
// Account 0 seals every block (it earns the reward and the tips), so exact balance accounting uses account 2.
const payer = privateKeyToAccount(devKeys[2]);
const stranger = privateKeyToAccount(generatePrivateKey());
const walletOf = (account) => createWalletClient({ account, chain, transport: http(rpcUrl) });
const wallet = walletOf(main);

/** The first error of `type` in a viem error's cause chain, or a failure naming what was found instead. */
function find(e, type) {
  assert(e instanceof BaseError, `expected a viem error, got ${e}`);
  const found = e.walk((cause) => cause instanceof type);
  assert(found instanceof type, `expected a ${type.name} in the cause chain of ${e.name}: ${e.shortMessage}\n${e.message}`);
  return found;
}

async function mined(hash) {
  const receipt = await client.waitForTransactionReceipt({ hash, pollingInterval: 100, timeout: 30000 });
  equal(receipt.status, 'success', `status of ${hash}`);
  return receipt;
}

let compiled;
let token;
let thing;

await check('eth_chainId is 1337', async () => {
  equal(await client.getChainId(), 1337, 'chain id');
});

await check('the latest block has baseFeePerGas and viem estimates EIP-1559 fees', async () => {
  const block = await client.getBlock();
  assert(typeof block.baseFeePerGas === 'bigint', 'latest block has no baseFeePerGas');
  const fees = await client.estimateFeesPerGas();
  assert(fees.maxFeePerGas >= block.baseFeePerGas, `maxFeePerGas ${fees.maxFeePerGas} is below the base fee ${block.baseFeePerGas}`);
  const legacy = await client.estimateFeesPerGas({ type: 'legacy' });
  assert(legacy.gasPrice >= block.baseFeePerGas, `gasPrice ${legacy.gasPrice} is below the base fee`);
  return `block ${block.number}, baseFee ${block.baseFeePerGas}, maxFee ${fees.maxFeePerGas}, tip ${fees.maxPriorityFeePerGas}`;
});

await check('estimateGas of a plain transfer is 21000', async () => {
  equal(await client.estimateGas({ account: main, to: stranger.address, value: 1n }), 21000n, 'estimateGas');
});

await check('a legacy transfer is mined and moves the value', async () => {
  const value = parseEther('1.5');
  const hash = await walletOf(payer).sendTransaction({ to: stranger.address, value, type: 'legacy' });
  const receipt = await mined(hash);
  equal(receipt.type, 'legacy', 'receipt type');
  const n = receipt.blockNumber;
  equal(await client.getBalance({ address: stranger.address, blockNumber: n }), value, 'recipient balance');
  const before = await client.getBalance({ address: payer.address, blockNumber: n - 1n });
  const after = await client.getBalance({ address: payer.address, blockNumber: n });
  equal(after, before - value - receipt.gasUsed * receipt.effectiveGasPrice, 'sender balance (value + gasUsed * gasPrice)');
  const tx = await client.getTransaction({ hash });
  equal(tx.type, 'legacy', 'transaction type');
  equal(tx.chainId, 1337, 'EIP-155 chain id of the legacy transaction');
  return `block ${n}, gasPrice ${receipt.effectiveGasPrice}`;
});

await check('an EIP-1559 transfer is mined and pays the base fee plus at most its tip', async () => {
  const value = parseEther('0.25');
  const hash = await walletOf(payer).sendTransaction({ to: stranger.address, value, type: 'eip1559' });
  const receipt = await mined(hash);
  equal(receipt.type, 'eip1559', 'receipt type');
  const n = receipt.blockNumber;
  const block = await client.getBlock({ blockNumber: n });
  const tx = await client.getTransaction({ hash });
  const price = receipt.effectiveGasPrice;
  assert(price >= block.baseFeePerGas, `effectiveGasPrice ${price} is below the base fee ${block.baseFeePerGas}`);
  assert(price <= block.baseFeePerGas + tx.maxPriorityFeePerGas, `effectiveGasPrice ${price} is above base fee + tip`);
  assert(price <= tx.maxFeePerGas, `effectiveGasPrice ${price} is above maxFeePerGas ${tx.maxFeePerGas}`);
  const before = await client.getBalance({ address: payer.address, blockNumber: n - 1n });
  const after = await client.getBalance({ address: payer.address, blockNumber: n });
  equal(after, before - value - receipt.gasUsed * price, 'sender balance');
  return `block ${n}, effectiveGasPrice ${price}, baseFee ${block.baseFeePerGas}`;
});

await check('solc-js compiles the OpenZeppelin ERC-20 and Thing for cancun', async () => {
  compiled = compileContracts();
  return `solc ${compiled.version}`;
});

await check('the ERC-20 deploys; name, symbol, supply and the deployer balance are right', async () => {
  const { abi, bytecode } = compiled.contracts.Token;
  const receipt = await mined(await wallet.deployContract({ abi, bytecode }));
  token = { address: receipt.contractAddress, abi };
  assert(token.address, 'the receipt has no contractAddress');
  const read = (functionName, args = []) => client.readContract({ ...token, functionName, args });
  equal(await read('name'), 'Glow Test', 'name');
  equal(await read('symbol'), 'GT', 'symbol');
  equal(await read('totalSupply'), 10n ** 24n, 'totalSupply');
  equal(await read('balanceOf', [main.address]), 10n ** 24n, 'deployer balance');
  return `${token.address}, gasUsed ${receipt.gasUsed}`;
});

await check('Thing deploys and runs the Cancun opcodes TSTORE/TLOAD and MCOPY', async () => {
  const { abi, bytecode } = compiled.contracts.Thing;
  const receipt = await mined(await wallet.deployContract({ abi, bytecode, args: [10n] }));
  thing = { address: receipt.contractAddress, abi };
  equal(await client.readContract({ ...thing, functionName: 'stock' }), 10n, 'stock');
  const { result } = await client.simulateContract({ ...thing, account: main, functionName: 'cancun', args: [0x1234n] });
  equal(result[0], 0x1234n, 'value through transient storage');
  equal(result[1], 0x1234n, 'value through MCOPY');
  return thing.address;
});

const balanceOf = (address) => client.readContract({ ...token, functionName: 'balanceOf', args: [address] });

await check('a token transfer sent with exactly the estimated gas succeeds and moves the tokens', async () => {
  const amount = parseUnits('100', 18);
  const request = { ...token, functionName: 'transfer', args: [stranger.address, amount] };
  const gas = await client.estimateContractGas({ ...request, account: main });
  const receipt = await mined(await wallet.writeContract({ ...request, gas }));
  assert(receipt.gasUsed <= gas, `gasUsed ${receipt.gasUsed} is above the estimate ${gas}`);
  equal(await balanceOf(stranger.address), amount, 'recipient token balance');
  equal(await balanceOf(main.address), 10n ** 24n - amount, 'sender token balance');
  return `estimate ${gas}, used ${receipt.gasUsed}`;
});

await check('a second token transfer (legacy, from another account, after simulateContract) succeeds', async () => {
  const amount = parseUnits('7', 18);
  await mined(await wallet.writeContract({ ...token, functionName: 'transfer', args: [other.address, amount] }));
  const { request, result } = await client.simulateContract({
    ...token, account: other, functionName: 'transfer', args: [stranger.address, amount],
  });
  equal(result, true, 'simulated result');
  await mined(await walletOf(other).writeContract({ ...request, type: 'legacy' }));
  equal(await balanceOf(stranger.address), parseUnits('107', 18), 'recipient token balance');
  equal(await balanceOf(other.address), 0n, 'sender token balance');
});

await check('Transfer events come back through eth_getLogs (getContractEvents) with their decoded arguments', async () => {
  const logs = await client.getContractEvents({
    ...token, eventName: 'Transfer', args: { to: stranger.address }, fromBlock: 0n, toBlock: 'latest',
  });
  equal(logs.length, 2, 'number of Transfer logs to the recipient');
  equal(getAddress(logs[0].args.from), main.address, 'first log: from');
  equal(logs[0].args.value, parseUnits('100', 18), 'first log: value');
  equal(getAddress(logs[1].args.from), other.address, 'second log: from');
  const mint = await client.getContractEvents({
    ...token, eventName: 'Transfer', args: { from: '0x0000000000000000000000000000000000000000' }, fromBlock: 'earliest',
  });
  equal(mint.length, 1, 'number of mint logs');
  equal(mint[0].args.value, 10n ** 24n, 'minted value');
  const either = await client.getContractEvents({
    ...token, eventName: 'Transfer', args: { to: [stranger.address, other.address] }, fromBlock: 0n,
  });
  equal(either.length, 3, 'Transfer logs to either account (a topic OR-list)');
  const byHash = await client.getLogs({ blockHash: logs[0].blockHash, address: token.address });
  assert(byHash.some((l) => l.transactionHash === logs[0].transactionHash), 'getLogs by blockHash misses the transfer');
  return `${logs.length} logs, blocks ${logs.map((l) => l.blockNumber).join(', ')}`;
});

await check('Transfer events and new blocks come through HTTP filters (eth_newFilter, eth_newBlockFilter, eth_getFilterChanges)', async () => {
  const filter = await client.createContractEventFilter({ ...token, eventName: 'Transfer', args: { to: stranger.address } });
  const blocks = await client.createBlockFilter();
  const amount = 31337n;
  const receipt = await mined(await wallet.writeContract({ ...token, functionName: 'transfer', args: [stranger.address, amount] }));
  const changes = await client.getFilterChanges({ filter });
  equal(changes.length, 1, 'logs in the first filter changes');
  equal(changes[0].eventName, 'Transfer', 'event name');
  equal(changes[0].args.value, amount, 'event value');
  equal(changes[0].transactionHash, receipt.transactionHash, 'transaction hash');
  equal((await client.getFilterChanges({ filter })).length, 0, 'logs in the second (empty) filter changes');
  const hashes = await client.getFilterChanges({ filter: blocks });
  assert(hashes.includes(receipt.blockHash), `the block filter did not report block ${receipt.blockHash}: ${hashes}`);
  const all = await client.getFilterLogs({ filter });
  assert(all.some((l) => l.transactionHash === receipt.transactionHash), 'getFilterLogs misses the transfer');
  equal(await client.uninstallFilter({ filter }), true, 'uninstallFilter');
  equal(await client.uninstallFilter({ filter: blocks }), true, 'uninstallFilter of the block filter');
  return `log in block ${changes[0].blockNumber}`;
});

const wsClient = createPublicClient({ chain, transport: webSocket(wsUrl) });

await check('a Transfer event and a new block come through WebSocket subscriptions (eth_subscribe)', async () => {
  equal(await wsClient.getChainId(), 1337, 'chain id over WebSocket');
  const amount = 4242n;
  const failures = [];
  let gotLogs;
  let gotBlock;
  const logs = new Promise((resolve) => { gotLogs = resolve; });
  const block = new Promise((resolve) => { gotBlock = resolve; });
  const unwatchEvents = wsClient.watchContractEvent({
    ...token, eventName: 'Transfer', args: { to: stranger.address }, onLogs: gotLogs, onError: (e) => failures.push(e),
  });
  const unwatchBlocks = wsClient.watchBlocks({ onBlock: gotBlock, onError: (e) => failures.push(e) });
  // The watchers subscribe in the background; a subscription awaited on the same socket is answered after theirs.
  const raw = [];
  const { unsubscribe } = await wsClient.transport.subscribe({
    params: ['logs', { address: token.address }], onData: (data) => raw.push(data), onError: (e) => failures.push(e),
  });
  let receipt;
  let received;
  let head;
  try {
    receipt = await mined(await wallet.writeContract({ ...token, functionName: 'transfer', args: [stranger.address, amount] }));
    received = await within(15000, logs, 'the Transfer event through eth_subscribe logs');
    head = await within(15000, block, 'a block through eth_subscribe newHeads');
  } finally {
    unwatchEvents();
    unwatchBlocks();
    await unsubscribe();
  }
  assert(failures.length === 0, `subscription errors: ${failures.map((e) => e.message).join('; ')}`);
  equal(received.length, 1, 'logs delivered');
  equal(received[0].args.value, amount, 'event value');
  equal(received[0].transactionHash, receipt.transactionHash, 'transaction hash');
  assert(head.number >= receipt.blockNumber - 1n, `newHeads gave block ${head.number}, before ${receipt.blockNumber}`);
  const decoded = raw.map((d) => decodeEventLog({ abi: token.abi, data: d.result.data, topics: d.result.topics }));
  assert(decoded.some((l) => l.eventName === 'Transfer' && l.args.value === amount), 'the raw logs subscription missed the transfer');
  return `log in block ${received[0].blockNumber}, head ${head.number}`;
});

await check('a revert with the custom error InsufficientThing(need) is decoded by viem (simulateContract)', async () => {
  const e = await rejects(() => client.simulateContract({ ...thing, account: main, functionName: 'take', args: [25n] }), 'take(25)');
  const revert = find(e, ContractFunctionRevertedError);
  equal(revert.data?.errorName, 'InsufficientThing', 'decoded error name');
  equal(revert.data.args[0], 15n, 'decoded need');
  return `${revert.data.errorName}(${revert.data.args[0]})`;
});

await check('estimateContractGas of a reverting call rejects with the decoded custom error', async () => {
  const e = await rejects(() => client.estimateContractGas({ ...thing, account: main, functionName: 'take', args: [11n] }), 'estimate take(11)');
  const revert = find(e, ContractFunctionRevertedError);
  equal(revert.data?.errorName, 'InsufficientThing', 'decoded error name');
  equal(revert.data.args[0], 1n, 'decoded need');
});

await check('writeContract of a reverting call fails before sending, with the decoded custom error', async () => {
  const nonce = await client.getTransactionCount({ address: main.address, blockTag: 'pending' });
  const e = await rejects(() => wallet.writeContract({ ...thing, functionName: 'take', args: [100n] }), 'take(100)');
  const revert = find(e, ContractFunctionRevertedError);
  equal(revert.data?.errorName, 'InsufficientThing', 'decoded error name');
  equal(revert.data.args[0], 90n, 'decoded need');
  equal(await client.getTransactionCount({ address: main.address, blockTag: 'pending' }), nonce, 'pending nonce (nothing was sent)');
});

await check('a state change and its event: set(42) emits ThingSet and take(2) leaves 40', async () => {
  const receipt = await mined(await wallet.writeContract({ ...thing, functionName: 'set', args: [42n] }));
  equal(receipt.logs.length, 1, 'logs in the receipt');
  const event = decodeEventLog({ abi: thing.abi, data: receipt.logs[0].data, topics: receipt.logs[0].topics });
  equal(event.eventName, 'ThingSet', 'event name');
  equal(getAddress(event.args.by), main.address, 'by');
  equal(event.args.previous, 10n, 'previous');
  equal(event.args.value, 42n, 'value');
  await mined(await wallet.writeContract({ ...thing, functionName: 'take', args: [2n] }));
  equal(await client.readContract({ ...thing, functionName: 'stock' }), 40n, 'stock after take(2)');
});

await check('a transaction with a used nonce is classified NonceTooLowError', async () => {
  const e = await rejects(() => wallet.sendTransaction({ to: stranger.address, value: 1n, nonce: 0, gas: 21000n }), 'nonce 0');
  return find(e, NonceTooLowError).shortMessage;
});

await check('a transfer from an empty account is classified InsufficientFundsError (eth_sendRawTransaction)', async () => {
  const fees = await client.estimateFeesPerGas();
  const empty = walletOf(privateKeyToAccount(generatePrivateKey()));
  const e = await rejects(() => empty.sendTransaction({ to: main.address, value: parseEther('1'), gas: 21000n, ...fees }), 'empty account');
  return find(e, InsufficientFundsError).shortMessage;
});

await check('a transfer from an empty account without a gas limit is classified InsufficientFundsError (eth_estimateGas)', async () => {
  const empty = walletOf(privateKeyToAccount(generatePrivateKey()));
  const e = await rejects(() => empty.sendTransaction({ to: main.address, value: parseEther('1') }), 'empty account');
  return find(e, InsufficientFundsError).shortMessage;
});

await wsClient.transport.getRpcClient().then((socket) => socket.close());
done('viem');
