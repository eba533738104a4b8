using Glow.Core;
using Glow.Core.Blocks;
using Glow.Node.CrashHarness;

namespace Glow.Node.Tests.Support;

/// <summary>The whole chain of <see cref="CrashChain"/>, generated once in memory for the tests that check the harness's work.</summary>
public sealed class GeneratedCrashChain : IDisposable
{
    private readonly List<Block> _blocks = [];

    public GeneratedCrashChain()
    {
        Generator = new CrashChain();
        _blocks.Add(Generator.Tree.Chain.GetBlock(0)!);
        for (var n = 0; n < CrashChain.DefaultBlocks; n++)
        {
            _blocks.Add(Generator.Next());
        }
    }

    /// <summary>The generator, at its last block, with every state (archive).</summary>
    public CrashChain Generator { get; }

    /// <summary>Block n at index n, genesis first.</summary>
    public IReadOnlyList<Block> Blocks => _blocks;

    /// <summary>The funded accounts, the sealer and every account a transaction of blocks 1..<paramref name="last"/> paid.</summary>
    public IReadOnlyList<Address> Accounts(ulong last)
    {
        var accounts = new HashSet<Address>();
        for (var i = 0; i < CrashChain.Senders; i++)
        {
            accounts.Add(CrashChain.Account(i));
        }

        for (var n = 1; n <= (int)Math.Min(last, (ulong)(_blocks.Count - 1)); n++)
        {
            accounts.Add(_blocks[n].Header.Coinbase);
            foreach (var tx in _blocks[n].Transactions)
            {
                if (tx.To is { } to)
                {
                    accounts.Add(to);
                }
            }
        }

        return [.. accounts];
    }

    public void Dispose() => Generator.Dispose();
}
