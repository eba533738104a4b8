using Glow.Evm.Processing;

namespace Glow.Node.Chain;

/// <summary>The result of importing a block.</summary>
/// <param name="Outcome">What became of it.</param>
/// <param name="Rejection">Why it is invalid, when <paramref name="Outcome"/> is <see cref="ImportOutcome.Invalid"/>.</param>
public sealed record ImportResult(ImportOutcome Outcome, BlockRejection? Rejection = null)
{
    /// <summary>True when the block is stored (as head, on a side branch, or before).</summary>
    public bool IsStored => Outcome is ImportOutcome.NewHead or ImportOutcome.SideBranch or ImportOutcome.Reorganised or ImportOutcome.AlreadyKnown;

    /// <inheritdoc />
    public override string ToString() => Rejection is null ? Outcome.ToString() : $"{Outcome}: {Rejection}";
}
