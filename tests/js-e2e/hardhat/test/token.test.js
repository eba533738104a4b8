// Mocha tests run by `npx hardhat test --network glow` against a running `utg dev`.
import assert from 'node:assert/strict';
import hre from 'hardhat';

const { ethers } = hre;

describe('utg dev as an external Hardhat network', function () {
  before(async function () {
    assert.equal(hre.network.name, 'glow', 'run with --network glow (not the in-process Hardhat network)');
    const network = await ethers.provider.getNetwork();
    assert.equal(network.chainId, 1337n);
  });

  it('deploys the OpenZeppelin ERC-20 and transfers tokens', async function () {
    const [owner, alice] = await ethers.getSigners();
    const token = await ethers.deployContract('Token');
    await token.waitForDeployment();
    assert.equal(await token.symbol(), 'GT');
    assert.equal(await token.balanceOf(owner.address), 10n ** 24n);

    const receipt = await (await token.transfer(alice.address, 1234n)).wait();
    assert.equal(receipt.status, 1);
    assert.equal(await token.balanceOf(alice.address), 1234n);
    const [transfer] = await token.queryFilter(token.filters.Transfer(owner.address, alice.address), receipt.blockNumber);
    assert.equal(transfer.args.value, 1234n);
  });

  // Against an external network, hardhat-ethers passes the node's JSON-RPC error through (code 3, data = the revert
  // bytes), and the contract's interface decodes it, as hardhat-chai-matchers' revertedWithCustomError does.
  it('reverts with the custom error InsufficientThing(need)', async function () {
    const thing = await ethers.deployContract('Thing', [10n]);
    await thing.waitForDeployment();
    const expectInsufficient = (need) => (e) => {
      const decoded = thing.interface.parseError(e.data ?? '0x');
      assert.equal(decoded?.name, 'InsufficientThing', `revert data ${e.data} of ${e.message}`);
      assert.equal(decoded.args[0], need);
      return true;
    };
    await assert.rejects(thing.take.staticCall(25n), expectInsufficient(15n));
    await assert.rejects(thing.take(11n), expectInsufficient(1n));
    await (await thing.take(4n)).wait();
    assert.equal(await thing.stock(), 6n);
  });
});
