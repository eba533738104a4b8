// ethers v6 end to end against a running `utg dev` (RPC_URL, WS_URL): legacy and EIP-1559 transfers, an OpenZeppelin
// ERC-20 and a contract with a custom error compiled by solc-js (cancun) and deployed, token transfers, events through
// eth_getLogs, an HTTP filter and a WebSocket subscription, a decoded custom-error revert, estimateGas, and the
// nonce-too-low and insufficient-funds errors as ethers classifies them. Exit code 0 when every check passes.
import {
  ContractFactory, JsonRpcProvider, Wallet, WebSocketProvider, getAddress, isError, parseEther, parseUnits,
} from 'ethers';
import { assert, check, devChainId, devKeys, done, env, equal, rejects, within } from './lib/check.mjs';
import { compileContracts } from './lib/compile.mjs';

const rpcUrl = env('RPC_URL');
const wsUrl = env('WS_URL');

/** A JsonRpcProvider that records every request it sends and whether the node answered it with a result. */
class RecordingProvider extends JsonRpcProvider {
  calls = [];

  async _send(payload) {
    const requests = Array.isArray(payload) ? payload : [payload];
    const responses = await super._send(payload);
    for (const request of requests) {
      const response = responses.find((r) => r.id === request.id);
      this.calls.push({ method: request.method, ok: response !== undefined && 'result' in response, response });
    }
    return responses;
  }

  answered(method) {
    return this.calls.some((c) => c.method === method && c.ok);
  }

  failures(method) {
    return this.calls.filter((c) => c.method === method && !c.ok).map((c) => JSON.stringify(c.response?.error));
  }
}

/** A WebSocketProvider that records the id of every eth_subscribe the node confirmed. */
class RecordingSocketProvider extends WebSocketProvider {
  subscribeIds = new Map();
  confirmed = [];

  async _write(message) {
    const request = JSON.parse(message);
    if (request.method === 'eth_subscribe') {
      this.subscribeIds.set(request.id, request.params[0]);
    }
    return super._write(message);
  }

  async _processMessage(message) {
    const response = JSON.parse(message);
    if (this.subscribeIds.has(response.id)) {
      this.confirmed.push({ kind: this.subscribeIds.get(response.id), ok: 'result' in response, error: response.error });
    }
    return super._processMessage(message);
  }
}

/** Waits (polling every 20 ms, at most `ms`) until `predicate()` holds. */
async function until(predicate, ms, what) {
  const end = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > end) {
      throw new Error(`${what} did not happen within ${ms} ms`);
    }
    await new Promise((resolve) => { setTimeout(resolve, 20); });
  }
}

// ethers shares identical requests made within 250 ms (cacheTimeout); on an automining chain that returns a stale
// pending nonce for back-to-back transactions (anvil and Hardhat behave the same), so the cache is off here.
const provider = new RecordingProvider(rpcUrl, undefined, { pollingInterval: 200, cacheTimeout: -1 });
const wallet = new Wallet(devKeys[0], provider);
const other = new Wallet(devKeys[1], provider);
const payer = new Wallet(devKeys[2], provider);
const stranger = Wallet.createRandom().connect(provider);
let compiled;
let token;
let thing;

await check('eth_chainId is 1337 and the client sees it', async () => {
  const network = await provider.getNetwork();
  equal(network.chainId, devChainId, 'chain id');
  return `chainId ${network.chainId}`;
});

await check('the latest block has baseFeePerGas and getFeeData offers EIP-1559 fees', async () => {
  const block = await provider.getBlock('latest');
  assert(block.baseFeePerGas !== null, 'latest block has no baseFeePerGas');
  const fees = await provider.getFeeData();
  assert(fees.maxFeePerGas !== null && fees.maxPriorityFeePerGas !== null, `getFeeData gave no EIP-1559 fees: ${JSON.stringify(fees)}`);
  assert(fees.gasPrice !== null && fees.gasPrice >= block.baseFeePerGas, `gasPrice ${fees.gasPrice} is below the base fee ${block.baseFeePerGas}`);
  return `block ${block.number}, baseFee ${block.baseFeePerGas}, gasPrice ${fees.gasPrice}, maxFee ${fees.maxFeePerGas}`;
});

await check('estimateGas of a plain transfer is 21000', async () => {
  const gas = await provider.estimateGas({ from: wallet.address, to: stranger.address, value: 1n });
  equal(gas, 21000n, 'estimateGas');
});

// Account 0 seals every block (it earns the reward and the tips), so exact balance accounting uses account 2. Balances
// are read at explicit block numbers (before and after the transaction's block): the node must serve state at recent
// block numbers, as MetaMask asks for it.
await check('a legacy (type 0) transfer is mined and moves the value', async () => {
  const value = parseEther('1.5');
  const tx = await payer.sendTransaction({ to: stranger.address, value, type: 0 });
  equal(tx.type, 0, 'sent transaction type');
  const receipt = await tx.wait();
  equal(receipt.status, 1, 'receipt status');
  equal(receipt.type, 0, 'receipt type');
  const n = receipt.blockNumber;
  equal(await provider.getBalance(stranger.address, n), value, 'recipient balance');
  const before = await provider.getBalance(payer.address, n - 1);
  equal(await provider.getBalance(payer.address, n), before - value - receipt.gasUsed * receipt.gasPrice, 'sender balance (value + gasUsed * gasPrice)');
  const mined = await provider.getTransaction(tx.hash);
  equal(mined.gasPrice, tx.gasPrice, 'gasPrice of the mined transaction');
  return `block ${n}, gasUsed ${receipt.gasUsed}, gasPrice ${receipt.gasPrice}`;
});

await check('an EIP-1559 (type 2) transfer is mined, pays the base fee plus at most its tip', async () => {
  const value = parseEther('0.25');
  const tx = await payer.sendTransaction({ to: stranger.address, value, type: 2 });
  const receipt = await tx.wait();
  equal(receipt.status, 1, 'receipt status');
  equal(receipt.type, 2, 'receipt type');
  const n = receipt.blockNumber;
  const block = await provider.getBlock(n);
  const price = receipt.gasPrice;
  assert(price >= block.baseFeePerGas, `effectiveGasPrice ${price} is below the block's base fee ${block.baseFeePerGas}`);
  assert(price <= block.baseFeePerGas + tx.maxPriorityFeePerGas, `effectiveGasPrice ${price} is above base fee + tip`);
  assert(price <= tx.maxFeePerGas, `effectiveGasPrice ${price} is above maxFeePerGas ${tx.maxFeePerGas}`);
  equal(await provider.getBalance(stranger.address, n), (await provider.getBalance(stranger.address, n - 1)) + value, 'recipient balance');
  const before = await provider.getBalance(payer.address, n - 1);
  equal(await provider.getBalance(payer.address, n), before - value - receipt.gasUsed * price, 'sender balance');
  return `block ${n}, effectiveGasPrice ${price}, baseFee ${block.baseFeePerGas}`;
});

await check('solc-js compiles the OpenZeppelin ERC-20 and Thing for cancun', async () => {
  compiled = compileContracts();
  assert(compiled.contracts.Token && compiled.contracts.Thing, 'Token or Thing missing from the output');
  return `solc ${compiled.version}`;
});

await check('the ERC-20 deploys; name, symbol, supply and the deployer balance are right', async () => {
  const { abi, bytecode } = compiled.contracts.Token;
  token = await new ContractFactory(abi, bytecode, wallet).deploy();
  const receipt = await token.deploymentTransaction().wait();
  equal(receipt.status, 1, 'deployment status');
  const address = await token.getAddress();
  equal(receipt.contractAddress, address, 'receipt contractAddress');
  assert((await provider.getCode(address)).length > 2, 'no code at the token address');
  equal(await token.name(), 'Glow Test', 'name');
  equal(await token.symbol(), 'GT', 'symbol');
  equal(await token.totalSupply(), 10n ** 24n, 'totalSupply');
  equal(await token.balanceOf(wallet.address), 10n ** 24n, 'deployer balance');
  return `${address}, gasUsed ${receipt.gasUsed}`;
});

await check('Thing deploys and runs the Cancun opcodes TSTORE/TLOAD and MCOPY', async () => {
  const { abi, bytecode } = compiled.contracts.Thing;
  thing = await new ContractFactory(abi, bytecode, wallet).deploy(10n);
  await thing.waitForDeployment();
  equal(await thing.stock(), 10n, 'stock');
  const [viaTransient, viaMcopy] = await thing.cancun.staticCall(0x1234n);
  equal(viaTransient, 0x1234n, 'value through transient storage');
  equal(viaMcopy, 0x1234n, 'value through MCOPY');
  return await thing.getAddress();
});

await check('a token transfer sent with exactly the estimated gas succeeds and moves the tokens', async () => {
  const amount = parseUnits('100', 18);
  const estimate = await token.transfer.estimateGas(stranger.address, amount);
  const tx = await token.transfer(stranger.address, amount, { gasLimit: estimate });
  const receipt = await tx.wait();
  equal(receipt.status, 1, 'receipt status');
  assert(receipt.gasUsed <= estimate, `gasUsed ${receipt.gasUsed} is above the estimate ${estimate}`);
  equal(await token.balanceOf(stranger.address), amount, 'recipient token balance');
  equal(await token.balanceOf(wallet.address), 10n ** 24n - amount, 'sender token balance');
  return `estimate ${estimate}, used ${receipt.gasUsed}`;
});

await check('a second token transfer (type 2, from another account) succeeds', async () => {
  const amount = parseUnits('7', 18);
  await (await token.transfer(other.address, amount)).wait();
  const tx = await token.connect(other).transfer(stranger.address, amount);
  equal((await tx.wait()).status, 1, 'receipt status');
  equal(await token.balanceOf(stranger.address), parseUnits('107', 18), 'recipient token balance');
  equal(await token.balanceOf(other.address), 0n, 'sender token balance');
});

await check('Transfer events come back through eth_getLogs (queryFilter) with their decoded arguments', async () => {
  const logs = await token.queryFilter(token.filters.Transfer(null, stranger.address), 0, 'latest');
  equal(logs.length, 2, 'number of Transfer logs to the recipient');
  equal(getAddress(logs[0].args.from), wallet.address, 'first log: from');
  equal(logs[0].args.value, parseUnits('100', 18), 'first log: value');
  equal(getAddress(logs[1].args.from), other.address, 'second log: from');
  const mint = await token.queryFilter(token.filters.Transfer('0x0000000000000000000000000000000000000000'));
  equal(mint.length, 1, 'number of mint logs');
  equal(mint[0].args.value, 10n ** 24n, 'minted value');
  const byBlockHash = await provider.getLogs({ blockHash: logs[0].blockHash, address: await token.getAddress() });
  assert(byBlockHash.some((l) => l.transactionHash === logs[0].transactionHash), 'getLogs by blockHash misses the transfer');
  return `${logs.length} logs, blocks ${logs.map((l) => l.blockNumber).join(', ')}`;
});

await check('a Transfer event comes through an HTTP filter (eth_newFilter, eth_getFilterChanges)', async () => {
  const amount = 31337n;
  let listener;
  const received = new Promise((resolve) => {
    // ethers passes the decoded arguments and then the ContractEventPayload, or (for a prepared topic filter, as here)
    // only the payload; the payload, always last, carries the decoded arguments.
    listener = (...params) => resolve(params.at(-1));
  });
  const filter = token.filters.Transfer(wallet.address, stranger.address);
  await token.on(filter, listener);
  let event;
  try {
    // ethers falls back to polling eth_getLogs when eth_newFilter fails, so the filter's installation is checked here.
    await until(() => provider.answered('eth_newFilter') || provider.failures('eth_newFilter').length > 0, 10000, 'eth_newFilter');
    assert(provider.answered('eth_newFilter'), `eth_newFilter failed: ${provider.failures('eth_newFilter').join('; ')}`);
    await (await token.transfer(stranger.address, amount)).wait();
    event = await within(15000, received, 'the Transfer event through the filter');
  } finally {
    await token.off(filter, listener);
  }
  equal(event.args.value, amount, 'event value');
  equal(getAddress(event.args.to), stranger.address, 'event to');
  assert(provider.answered('eth_getFilterChanges'), 'ethers never got an answer to eth_getFilterChanges');
  return `block ${event.log.blockNumber}`;
});

const socket = new RecordingSocketProvider(wsUrl, undefined, { cacheTimeout: -1 });

await check('the WebSocket provider connects and sees chain id 1337', async () => {
  equal((await socket.getNetwork()).chainId, devChainId, 'chain id over WebSocket');
});

await check('a Transfer event and a new head come through WebSocket subscriptions (eth_subscribe)', async () => {
  const amount = 4242n;
  const wsToken = token.connect(socket);
  let onTransfer;
  let onBlock;
  const transfer = new Promise((resolve) => {
    onTransfer = (...params) => resolve(params.at(-1));
  });
  const head = new Promise((resolve) => {
    onBlock = (number) => resolve(number);
  });
  await wsToken.on('Transfer', onTransfer);
  await socket.on('block', onBlock);
  let receipt;
  let event;
  let number;
  try {
    await until(() => socket.confirmed.length >= 2, 10000, 'the answers to eth_subscribe');
    const refused = socket.confirmed.filter((c) => !c.ok);
    assert(refused.length === 0, `eth_subscribe refused: ${JSON.stringify(refused)}`);
    receipt = await (await token.transfer(stranger.address, amount)).wait();
    event = await within(15000, transfer, 'the Transfer event through eth_subscribe logs');
    number = await within(15000, head, 'a newHeads notification');
  } finally {
    await wsToken.off('Transfer', onTransfer);
    await socket.off('block', onBlock);
  }
  equal(event.args.value, amount, 'event value');
  equal(event.log.transactionHash, receipt.hash, 'event transaction hash');
  assert(number >= receipt.blockNumber - 1, `newHeads gave block ${number}, before ${receipt.blockNumber}`);
  return `log in block ${event.log.blockNumber}, head ${number}`;
});

await check('a revert with the custom error InsufficientThing(need) is decoded by ethers (eth_call)', async () => {
  const e = await rejects(() => thing.take.staticCall(25n), 'take(25) with stock 10');
  assert(isError(e, 'CALL_EXCEPTION'), `expected CALL_EXCEPTION, got ${e.code}: ${e.message}`);
  assert(e.revert !== null && e.revert !== undefined, `ethers did not decode the revert (data ${e.data})`);
  equal(e.revert.name, 'InsufficientThing', 'decoded error name');
  equal(e.revert.args[0], 15n, 'decoded need');
  return `${e.revert.signature} need=${e.revert.args[0]}`;
});

// ethers decodes a custom error itself only for calls (staticCall); estimateGas and sendTransaction reject with
// CALL_EXCEPTION and the raw revert data, which the contract's interface decodes.
await check('estimateGas of a reverting call rejects with CALL_EXCEPTION and data that decodes to the custom error', async () => {
  const e = await rejects(() => thing.take.estimateGas(11n), 'estimateGas of take(11)');
  assert(isError(e, 'CALL_EXCEPTION'), `expected CALL_EXCEPTION, got ${e.code}: ${e.message}`);
  const decoded = thing.interface.parseError(e.data);
  equal(decoded?.name, 'InsufficientThing', `decoded error name (data ${e.data})`);
  equal(decoded.args[0], 1n, 'decoded need');
  return `${decoded.signature} need=${decoded.args[0]}`;
});

await check('sending a reverting transaction fails before sending, with data that decodes to the custom error', async () => {
  const nonce = await provider.getTransactionCount(wallet.address, 'pending');
  const e = await rejects(() => thing.take(100n), 'take(100)');
  assert(isError(e, 'CALL_EXCEPTION'), `expected CALL_EXCEPTION, got ${e.code}: ${e.message}`);
  const decoded = thing.interface.parseError(e.data);
  equal(decoded?.name, 'InsufficientThing', `decoded error name (data ${e.data})`);
  equal(decoded.args[0], 90n, 'decoded need');
  equal(await provider.getTransactionCount(wallet.address, 'pending'), nonce, 'pending nonce (nothing was sent)');
});

await check('a state change and its event: set(42) emits ThingSet and take(2) leaves 40', async () => {
  const receipt = await (await thing.set(42n)).wait();
  const parsed = receipt.logs.map((l) => thing.interface.parseLog(l)).filter((l) => l !== null);
  equal(parsed.length, 1, 'ThingSet logs in the receipt');
  equal(parsed[0].name, 'ThingSet', 'event name');
  equal(parsed[0].args.previous, 10n, 'previous');
  equal(parsed[0].args.value, 42n, 'value');
  equal(await thing.take.staticCall(2n), 40n, 'take(2) result');
  await (await thing.take(2n)).wait();
  equal(await thing.stock(), 40n, 'stock after take(2)');
});

await check('a transaction with a used nonce is classified NONCE_EXPIRED (nonce too low)', async () => {
  const e = await rejects(
    () => wallet.sendTransaction({ to: stranger.address, value: 1n, nonce: 0, gasLimit: 21000n }),
    'a transfer with nonce 0',
  );
  assert(isError(e, 'NONCE_EXPIRED'), `expected NONCE_EXPIRED, got ${e.code}: ${e.message}`);
  return e.shortMessage;
});

await check('a transfer from an empty account is classified INSUFFICIENT_FUNDS (eth_sendRawTransaction)', async () => {
  const empty = Wallet.createRandom().connect(provider);
  const fees = await provider.getFeeData();
  const e = await rejects(
    () => empty.sendTransaction({
      to: wallet.address, value: parseEther('1'), gasLimit: 21000n,
      maxFeePerGas: fees.maxFeePerGas, maxPriorityFeePerGas: fees.maxPriorityFeePerGas,
    }),
    'a transfer from an empty account',
  );
  assert(isError(e, 'INSUFFICIENT_FUNDS'), `expected INSUFFICIENT_FUNDS, got ${e.code}: ${e.message}`);
  return e.shortMessage;
});

await check('a transfer from an empty account without a gas limit is classified INSUFFICIENT_FUNDS (eth_estimateGas)', async () => {
  const empty = Wallet.createRandom().connect(provider);
  const e = await rejects(() => empty.sendTransaction({ to: wallet.address, value: parseEther('1') }), 'a transfer from an empty account');
  assert(isError(e, 'INSUFFICIENT_FUNDS'), `expected INSUFFICIENT_FUNDS, got ${e.code}: ${e.message}`);
  return e.shortMessage;
});

await socket.destroy();
provider.destroy();
done('ethers');
