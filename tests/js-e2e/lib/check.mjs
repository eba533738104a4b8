// What every end-to-end script shares: the node's URLs from the environment, the dev accounts' keys, and
// numbered checks that print what they verify and stop the script (exit code 1) at the first failure.

/** The standard test mnemonic's first three private keys (m/44'/60'/0'/0/0..2); `utg dev` funds them. */
export const devKeys = [
  '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
  '0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d',
  '0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a',
];

export const devChainId = 1337n;

/** Reads a required environment variable or stops the script with a message naming it. */
export function env(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`FAIL: the environment variable ${name} is not set (the URL of a running utg dev)`);
    process.exit(2);
  }
  return value;
}

let count = 0;
let current = '(before the first check)';
const failed = [];
// E2E_KEEP_GOING=1 runs every check and lists the failures at the end (to survey a node); by default the first
// failure ends the script.
const keepGoing = process.env.E2E_KEEP_GOING === '1';

/**
 * Runs one named check; prints `ok N name`, or prints the failure with its cause chain and exits with code 1 (or, with
 * E2E_KEEP_GOING=1, goes on to the next check).
 */
export async function check(name, body) {
  count += 1;
  current = name;
  const started = Date.now();
  try {
    const detail = await body();
    console.log(`ok ${count} ${name}${detail === undefined ? '' : ` (${detail})`} [${Date.now() - started} ms]`);
  } catch (e) {
    console.log(`not ok ${count} ${name}`);
    console.error(`FAIL: ${name}`);
    console.error(describe(e));
    if (!keepGoing) {
      process.exit(1);
    }
    failed.push(name);
  }
}

// A client library's own background work (a subscription, a poller) can fail outside any awaited call.
process.on('unhandledRejection', (e) => {
  console.error(`FAIL: an unhandled rejection during '${current}'`);
  console.error(describe(e));
  if (!keepGoing) {
    process.exit(1);
  }
  failed.push(`unhandled rejection during '${current}'`);
});

/** Ends a script after its checks: prints the total and exits (open sockets would keep Node running). */
export function done(label) {
  if (failed.length > 0) {
    console.error(`${label}: ${failed.length} of ${count} checks failed:\n  ${failed.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`${label}: all ${count} checks passed`);
  process.exit(0);
}

/** Throws with `message` unless `condition` holds. */
export function assert(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

/** Throws unless `actual === expected` (bigints, strings, numbers), naming both. */
export function equal(actual, expected, what) {
  if (actual !== expected) {
    throw new Error(`${what}: expected ${String(expected)}, got ${String(actual)}`);
  }
}

/** Runs `body`, which must throw; returns the error. */
export async function rejects(body, what) {
  try {
    await body();
  } catch (e) {
    return e;
  }
  throw new Error(`${what}: expected an error, but it succeeded`);
}

/** Resolves with `promise`, or rejects after `ms` milliseconds naming what did not arrive. */
export function within(ms, promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not arrive within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** An error with everything a client attached to it (code, short message, the RPC error, causes). */
export function describe(e, depth = 0) {
  if (!(e instanceof Error)) {
    return typeof e === 'object' && e !== null ? safeJson(e) : String(e);
  }
  const lines = [`${e.name}: ${e.message}`];
  for (const key of ['code', 'shortMessage', 'details', 'info', 'error', 'data', 'revert']) {
    if (e[key] !== undefined && depth < 4) {
      lines.push(`  ${key}: ${safeJson(e[key])}`);
    }
  }
  if (e.cause !== undefined && depth < 6) {
    lines.push(`  cause: ${describe(e.cause, depth + 1).replaceAll('\n', '\n  ')}`);
  }
  if (depth === 0 && e.stack) {
    lines.push(e.stack.split('\n').slice(1, 6).join('\n'));
  }
  return lines.join('\n');
}

function safeJson(value) {
  try {
    return JSON.stringify(value, (_, v) => (typeof v === 'bigint' ? `${v}n` : v)).slice(0, 2000);
  } catch {
    return String(value);
  }
}
