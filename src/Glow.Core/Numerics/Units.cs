using System.Globalization;

namespace Glow.Core.Numerics;

/// <summary>Amounts of UTG as people read them: 18 decimals (1 UTG = 10^18 wei, protocol.md §1).</summary>
public static class Units
{
    /// <summary>Wei in one UTG.</summary>
    public static readonly UInt256 WeiPerUtg = UInt256.Parse("1000000000000000000");

    /// <summary><paramref name="wei"/> in UTG, exact, without trailing zeros: <c>10000</c>, <c>0.5</c>, <c>0.000000000000000001</c>.</summary>
    public static string FormatUtg(in UInt256 wei)
    {
        var whole = wei / WeiPerUtg;
        var fraction = wei % WeiPerUtg;
        if (fraction.IsZero)
        {
            return whole.ToString(null, CultureInfo.InvariantCulture);
        }

        var digits = fraction.ToString(null, CultureInfo.InvariantCulture).PadLeft(18, '0').TrimEnd('0');
        return $"{whole.ToString(null, CultureInfo.InvariantCulture)}.{digits}";
    }
}
