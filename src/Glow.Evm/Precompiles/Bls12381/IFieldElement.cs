namespace Glow.Evm.Precompiles.Bls12381;

/// <summary>
/// The field operations the curve code needs, so one implementation of the point formulas serves G1 (over
/// <see cref="Fp"/>) and G2 (over <see cref="Fp2"/>). The JIT specialises generic code per struct type, so the
/// calls are direct and inlined.
/// </summary>
/// <typeparam name="T">The field element type.</typeparam>
internal interface IFieldElement<T> : IEquatable<T>
    where T : struct, IFieldElement<T>
{
    /// <summary>Zero.</summary>
    static abstract T Zero { get; }

    /// <summary>One.</summary>
    static abstract T One { get; }

    /// <summary>True for zero.</summary>
    bool IsZero { get; }

    /// <summary>a + b.</summary>
    static abstract T operator +(in T a, in T b);

    /// <summary>a − b.</summary>
    static abstract T operator -(in T a, in T b);

    /// <summary>−a.</summary>
    static abstract T operator -(in T a);

    /// <summary>a·b.</summary>
    static abstract T operator *(in T a, in T b);

    /// <summary>a².</summary>
    T Square();

    /// <summary>2a.</summary>
    T Double();

    /// <summary>a⁻¹; zero maps to zero.</summary>
    T Inverse();
}
