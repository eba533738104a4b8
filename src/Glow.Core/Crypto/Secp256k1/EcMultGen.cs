namespace Glow.Core.Crypto;

/// <summary>
/// Constant-time k·G for secret k (key creation and signing).
/// </summary>
/// <remarks>
/// Fixed 4-bit windows with a table per window (<see cref="GeneratorTables.Comb"/>): k·G = Σ d_i·2^(4i)·G
/// over all 64 nibbles d_i of k, so no doubling is needed. Every window costs the same: the table row is
/// scanned in full with masks (no secret-dependent memory index), the addition formula always runs, and
/// the two special cases (a zero nibble; the accumulator still at infinity) are resolved by masked
/// selection, not by branches. The addition never meets P = ±Q: after window i the accumulator is
/// (k mod 2^(4i))·G, a multiple smaller than d_i·2^(4i), and (k mod 2^(4(i+1))) is neither 0 nor n.
/// </remarks>
internal static class EcMultGen
{
    /// <summary>k·G in constant time; infinity only for k = 0.</summary>
    public static JacobianPoint MulG(in Scalar k)
    {
        var comb = GeneratorTables.Comb;
        var ax = FieldElement.Zero;
        var ay = FieldElement.Zero;
        var az = FieldElement.Zero;
        var accIsInfinity = ulong.MaxValue;
        for (var i = 0; i < 64; i++)
        {
            var d = (k.Limb(i >> 4) >> ((i & 15) * 4)) & 15;

            // Constant-time table scan: read every entry of row i, keep the one whose index equals d.
            ulong x0 = 0, x1 = 0, x2 = 0, x3 = 0, y0 = 0, y1 = 0, y2 = 0, y3 = 0;
            var row = i * 32;
            for (var j = 0; j < 16; j++)
            {
                var m = EqualMask((ulong)j, d);
                ref readonly var ex = ref comb[row + (2 * j)];
                ref readonly var ey = ref comb[row + (2 * j) + 1];
                x0 |= ex.L0 & m;
                x1 |= ex.L1 & m;
                x2 |= ex.L2 & m;
                x3 |= ex.L3 & m;
                y0 |= ey.L0 & m;
                y1 |= ey.L1 & m;
                y2 |= ey.L2 & m;
                y3 |= ey.L3 & m;
            }

            var px = new FieldElement(x0, x1, x2, x3);
            var py = new FieldElement(y0, y1, y2, y3);
            var sum = JacobianPoint.AddMixedUnchecked(new JacobianPoint(ax, ay, az), px, py);

            // If the accumulator is still infinity the result is the table point itself; if the nibble
            // is zero the accumulator stays as it was.
            var keep = EqualMask(d, 0);
            var nx = FieldElement.Select(accIsInfinity, sum.X, px);
            var ny = FieldElement.Select(accIsInfinity, sum.Y, py);
            var nz = FieldElement.Select(accIsInfinity, sum.Z, FieldElement.One);
            ax = FieldElement.Select(keep, nx, ax);
            ay = FieldElement.Select(keep, ny, ay);
            az = FieldElement.Select(keep, nz, az);
            accIsInfinity &= keep;
        }

        return accIsInfinity != 0 ? JacobianPoint.Infinity : new JacobianPoint(ax, ay, az);
    }

    /// <summary>All ones when a = b, else zero, without branching.</summary>
    /// <remarks>For x = a ⊕ b below 2^63, the top bit of x − 1 is set exactly when x = 0.</remarks>
    private static ulong EqualMask(ulong a, ulong b) => 0UL - (((a ^ b) - 1) >> 63);
}
