using Glow.Core;

namespace Glow.Node.Api;

/// <summary>
/// Which logs to return (the execution-apis filter): a block range or one block hash, contract addresses (any of them;
/// none = all), and topics by position, each position null (anything) or a list of alternatives.
/// </summary>
public sealed record LogFilter
{
    /// <summary>First block of the range (default: latest).</summary>
    public BlockTag FromBlock { get; init; } = BlockTag.Latest;

    /// <summary>Last block of the range (default: latest).</summary>
    public BlockTag ToBlock { get; init; } = BlockTag.Latest;

    /// <summary>One block, instead of a range.</summary>
    public Hash256? BlockHash { get; init; }

    /// <summary>Emitting contracts (any of them); empty for all.</summary>
    public IReadOnlyList<Address> Addresses { get; init; } = [];

    /// <summary>Topics by position: null matches anything, otherwise any of the listed hashes.</summary>
    public IReadOnlyList<IReadOnlyList<Hash256>?> Topics { get; init; } = [];

    /// <summary>True when <paramref name="log"/> passes the address and topic conditions.</summary>
    public bool Matches(Core.Blocks.Log log)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (Addresses.Count > 0 && !Contains(Addresses, log.Address))
        {
            return false;
        }

        if (Topics.Count > log.Topics.Count)
        {
            // Positions beyond the log's topics must be wildcards.
            for (var i = log.Topics.Count; i < Topics.Count; i++)
            {
                if (Topics[i] is { Count: > 0 })
                {
                    return false;
                }
            }
        }

        for (var i = 0; i < Topics.Count && i < log.Topics.Count; i++)
        {
            if (Topics[i] is { Count: > 0 } wanted && !Contains(wanted, log.Topics[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when a block with <paramref name="bloom"/> may hold a matching log.</summary>
    public bool MayMatch(in Core.Blocks.Bloom bloom)
    {
        if (Addresses.Count > 0)
        {
            var any = false;
            foreach (var address in Addresses)
            {
                any |= bloom.MightContain(address);
            }

            if (!any)
            {
                return false;
            }
        }

        foreach (var position in Topics)
        {
            if (position is not { Count: > 0 })
            {
                continue;
            }

            var any = false;
            foreach (var topic in position)
            {
                any |= bloom.MightContain(topic);
            }

            if (!any)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Contains<T>(IReadOnlyList<T> list, in T value)
        where T : IEquatable<T>
    {
        foreach (var item in list)
        {
            if (item.Equals(value))
            {
                return true;
            }
        }

        return false;
    }
}
