namespace Glow.Evm.Precompiles.Kzg;

/// <summary>
/// The one value of the KZG ceremony's mainnet trusted setup that proof verification needs: [τ]₂, the ceremony's
/// secret τ times the G2 generator.
/// </summary>
public static class MainnetTrustedSetup
{
    /// <summary>
    /// [τ]₂ as a 96-byte compressed G2 point (hex). Source: the second entry of the G2 monomial section of
    /// <c>trusted_setup.txt</c> in ethereum/c-kzg-4844 (the section starts with the G2 generator), identical to
    /// <c>g2_monomial[1]</c> of go-ethereum's <c>crypto/kzg4844/trusted_setup.json</c>.
    /// </summary>
    public const string TauG2Hex =
        "b5bfd7dd8cdeb128843bc287230af38926187075cbfbefa81009a2ce615ac53d2914e5870cb452d2afaaab24f3499f72" +
        "185cbfee53492714734429b7b38608e23926c911cceceac9a36851477ba4c60b087041de621000edc98edada20c1def2";
}
