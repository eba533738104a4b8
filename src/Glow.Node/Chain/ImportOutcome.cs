namespace Glow.Node.Chain;

/// <summary>What became of a block given to <see cref="BlockTree.Import"/>.</summary>
public enum ImportOutcome
{
    /// <summary>It extends the canonical chain and is the new head.</summary>
    NewHead,

    /// <summary>It is valid and stored on a side branch that is not heavier than the canonical chain.</summary>
    SideBranch,

    /// <summary>It made its branch heavier than the canonical chain: the chain reorganised onto it.</summary>
    Reorganised,

    /// <summary>It is stored already.</summary>
    AlreadyKnown,

    /// <summary>Its parent is not known, so it cannot be checked.</summary>
    UnknownParent,

    /// <summary>It breaks a rule; see <see cref="ImportResult.Rejection"/>.</summary>
    Invalid,
}
