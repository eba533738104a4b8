using System.Text;
using System.Text.Json;
using Glow.Core;
using Glow.Core.Crypto;
using Glow.Core.Numerics;
using Glow.Core.Transactions;
using Glow.JsonRpc.Eth;
using Glow.Node.Api;
using Glow.Node.Chain;
using Glow.Node.Dev;

namespace Glow.JsonRpc.Dev;

/// <summary>
/// Dev mode's methods (rpc.md, "Dev mode"; the anvil and Hardhat Network experience): <c>evm_</c> mining, snapshots and
/// time, <c>anvil_</c> state edits and impersonation (each also under its <c>hardhat_</c> name), and
/// <c>eth_sendTransaction</c>, <c>eth_signTransaction</c>, <c>eth_sign</c> and <c>personal_sign</c> for the funded accounts.
/// </summary>
public sealed class DevModule
{
    /// <summary>The most blocks one <c>anvil_mine</c> / <c>hardhat_mine</c> call builds.</summary>
    public const ulong MaxBlocksPerMine = 100_000;

    /// <summary>The largest <c>evm_increaseTime</c> step: a thousand years, far beyond any test and far from overflowing timestamps.</summary>
    public const ulong MaxTimeIncrease = 1000UL * 366 * 24 * 3600;

    private readonly DevChain _chain;

    /// <summary>The dev methods of <paramref name="chain"/>.</summary>
    public DevModule(DevChain chain)
    {
        ArgumentNullException.ThrowIfNull(chain);
        _chain = chain;
    }

    /// <summary>Adds the methods to <paramref name="registry"/>.</summary>
    public void Register(RpcMethodRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        Add(registry, "evm_mine", 1, p =>
        {
            var timestamp = p.IsMissing(0) || p.Raw(0).ValueKind == JsonValueKind.Object ? (ulong?)null : Number(p, 0);
            if (timestamp > DevChain.MaxTimestamp)
            {
                throw RpcParams.InvalidArgument(0, $"a timestamp is at most {DevChain.MaxTimestamp}");
            }

            _chain.Mine(timestamp);
            return RpcResult.String("0x0");
        });
        foreach (var name in new[] { "anvil_mine", "hardhat_mine" })
        {
            Add(registry, name, 2, p =>
            {
                var count = p.IsMissing(0) ? 1 : Number(p, 0);
                var interval = p.IsMissing(1) ? 1 : Number(p, 1);
                if (count > MaxBlocksPerMine)
                {
                    // Each block is built and stored (about 0.2 ms each in memory), unlike Hardhat's reserved ranges.
                    throw RpcParams.InvalidArgument(0, $"at most {MaxBlocksPerMine} blocks per call: this node builds every block");
                }

                if (interval > MaxTimeIncrease)
                {
                    // With at most MaxBlocksPerMine blocks, timestamps then stay far below DevChain.MaxTimestamp.
                    throw RpcParams.InvalidArgument(1, $"at most {MaxTimeIncrease} seconds between blocks");
                }

                for (ulong i = 0; i < count; i++)
                {
                    var head = _chain.Tree.Head.Timestamp;
                    if (i > 0 && head > DevChain.MaxTimestamp - interval)
                    {
                        // Only after evm_setNextBlockTimestamp went to the very end of time.
                        throw RpcParams.InvalidArgument(1, $"block {i + 1} of {count} would be timestamped past {DevChain.MaxTimestamp}");
                    }

                    _chain.Mine(i == 0 ? null : head + interval);
                }

                return RpcResult.Null;
            });
        }

        foreach (var name in new[] { "anvil_reset", "hardhat_reset" })
        {
            Add(registry, name, 1, p =>
            {
                // Forking needs an upstream node; a reset without one (no argument, null, or an object without
                // "forking") returns to genesis.
                if (!p.IsMissing(0) && p.Raw(0) is { ValueKind: JsonValueKind.Object } options
                    && options.TryGetProperty("forking", out var forking) && forking.ValueKind != JsonValueKind.Null)
                {
                    throw new RpcErrorException(RpcError.InvalidParams("forking is not supported: this node resets to its own genesis only"));
                }

                if (!p.IsMissing(0) && p.Raw(0).ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                {
                    throw RpcParams.InvalidArgument(0, "reset options must be an object");
                }

                _chain.Reset();
                return RpcResult.Bool(true);
            });
        }

        Add(registry, "evm_snapshot", 0, _ => RpcResult.Quantity(_chain.Snapshot()));
        Add(registry, "evm_revert", 1, p => RpcResult.Bool(_chain.Revert(Number(p, 0))));
        Add(registry, "evm_increaseTime", 1, p =>
        {
            var seconds = Number(p, 0);
            return seconds > MaxTimeIncrease
                ? throw RpcParams.InvalidArgument(0, $"at most {MaxTimeIncrease} seconds at a time")
                : RpcResult.Quantity((ulong)Math.Max(0, _chain.IncreaseTime((long)seconds)));
        });
        Add(registry, "evm_setNextBlockTimestamp", 1, p =>
        {
            try
            {
                _chain.SetNextBlockTimestamp(Number(p, 0));
            }
            catch (ArgumentException e)
            {
                return RpcError.Server(e.Message.Split(" (Parameter", 2)[0]);
            }

            return RpcResult.Null;
        });
        Add(registry, "evm_setAutomine", 1, p =>
        {
            _chain.SetAutomine(p.Bool(0));
            return RpcResult.Null;
        });
        Add(registry, "evm_setIntervalMining", 1, p =>
        {
            var milliseconds = Number(p, 0);
            if (milliseconds / 1000 > MaxTimeIncrease)
            {
                throw RpcParams.InvalidArgument(0, $"at most {MaxTimeIncrease} seconds between blocks");
            }

            _chain.SetIntervalMining(milliseconds);
            return RpcResult.Null;
        });
        // Every argument is read before the edit is made, so a bad one changes nothing.
        AddBoth(registry, "setBalance", 2, p => Patch(StateEdit.Balance(p.Address(0), p.Quantity(1))));
        AddBoth(registry, "setCode", 2, p => Patch(StateEdit.SetCode(p.Address(0), p.Data(1))));
        AddBoth(registry, "setNonce", 2, p => Patch(StateEdit.Nonce(p.Address(0), p.QuantityUInt64(1))));
        AddBoth(registry, "setStorageAt", 3, p =>
        {
            var (address, slot, value) = (p.Address(0), JsonArgs.StorageSlot(p, 1), UInt256.FromBigEndian(p.Data(2)));
            return Patch(StateEdit.Storage(address, slot, value));
        });
        AddBoth(registry, "impersonateAccount", 1, p =>
        {
            _chain.Impersonate(p.Address(0));
            return RpcResult.Bool(true);
        });
        AddBoth(registry, "stopImpersonatingAccount", 1, p =>
        {
            _chain.StopImpersonating(p.Address(0));
            return RpcResult.Bool(true);
        });
        AddBoth(registry, "dropTransaction", 1, p =>
        {
            var hash = p.Hash(0);
            if (!_chain.Pool.TryGet(hash, out var tx))
            {
                return RpcResult.Null;
            }

            _chain.Pool.RemoveIncluded([tx]);
            return RpcResult.Hash(hash);
        });
        AddBoth(registry, "setAutomine", 1, p =>
        {
            _chain.SetAutomine(p.Bool(0));
            return RpcResult.Null;
        });
        Add(registry, "eth_sendTransaction", 1, p =>
        {
            var (from, unsigned) = Fill(p);
            var (tx, result) = _chain.SendTransaction(from, unsigned);
            return result.IsAccepted ? RpcResult.Hash(tx.Hash) : RpcError.Server(result.Message);
        });
        Add(registry, "eth_signTransaction", 1, p =>
        {
            var (from, unsigned) = Fill(p);
            return RpcResult.Data(TransactionEncoder.Encode(_chain.SignFor(from, unsigned)));
        });
        Add(registry, "eth_sign", 2, p => RpcResult.Data(PersonalSign(p.Address(0), p.Data(1))));
        Add(registry, "personal_sign", 2, p => RpcResult.Data(PersonalSign(p.Address(1), p.Data(0))));
    }

    private static void AddBoth(RpcMethodRegistry registry, string name, int maxParameters, Func<RpcParams, RpcResult> handler)
    {
        Add(registry, "anvil_" + name, maxParameters, handler);
        Add(registry, "hardhat_" + name, maxParameters, handler);
    }

    private static void Add(RpcMethodRegistry registry, string name, int maxParameters, Func<RpcParams, RpcResult> handler) =>
        EthModule.AddGuarded(registry, name, maxParameters, p =>
        {
            try
            {
                return handler(p);
            }
            catch (InvalidOperationException e)
            {
                return RpcError.Server(e.Message);
            }
        });

    private RpcResult Patch(StateEdit edit)
    {
        _chain.Patch(edit);
        return RpcResult.Bool(true);
    }

    /// <summary>A number given as a JSON number or a hex or decimal string (Hardhat's tools send all three).</summary>
    private static ulong Number(RpcParams p, int index) => p.HexOrDecimalUInt64(index);

    private (Address From, Transaction Unsigned) Fill(RpcParams p)
    {
        var request = JsonArgs.CallRequest(p.Raw(0), 0);
        var from = request.From ?? throw RpcParams.InvalidArgument(0, "missing \"from\"");
        if (!_chain.CanSendFrom(from))
        {
            throw new InvalidOperationException($"unknown account {from}: not one of this node's accounts and not impersonated");
        }

        var api = _chain.Api;
        var nonce = request.Nonce ?? api.Pool.GetPendingNonce(from);
        var gas = request.Gas ?? api.Calls.EstimateGas(request with { Nonce = null }, BlockTag.Pending);
        var legacy = request.GasPrice is not null;
        var tip = request.MaxPriorityFeePerGas ?? api.Fees.SuggestTip();
        var maxFee = request.MaxFeePerGas ?? ((api.Fees.NextBaseFee * 2) + tip);
        var unsigned = new Transaction
        {
            Type = legacy ? (request.AccessList is null ? TxType.Legacy : TxType.AccessList) : TxType.DynamicFee,
            ChainId = api.ChainId,
            Nonce = nonce,
            GasPrice = request.GasPrice ?? UInt256.Zero,
            MaxFeePerGas = legacy ? request.GasPrice!.Value : maxFee,
            MaxPriorityFeePerGas = legacy ? request.GasPrice!.Value : UInt256.Min(tip, maxFee),
            GasLimit = gas,
            To = request.To,
            Value = request.Value ?? UInt256.Zero,
            Data = request.Input,
            AccessList = request.AccessList ?? [],
        };
        return (from, unsigned);
    }


    private byte[] PersonalSign(in Address address, byte[] message)
    {
        var key = _chain.KeyOf(address) ?? throw new InvalidOperationException($"unknown account {address}");
        var prefix = Encoding.ASCII.GetBytes($"\u0019Ethereum Signed Message:\n{message.Length}");
        var hash = Keccak256.Compute([.. prefix, .. message]);
        var signature = new byte[65];
        if (!Secp256k1.Sign(hash.Bytes, key.Span, signature.AsSpan(0, 64), out var recoveryId))
        {
            throw new InvalidOperationException("signing failed");
        }

        signature[64] = (byte)(27 + recoveryId);
        return signature;
    }
}
