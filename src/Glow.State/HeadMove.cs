namespace Glow.State;

/// <summary>What <see cref="StateStore.MoveHead"/> changed in the flat tables (its cost follows these counts).</summary>
/// <param name="AccountsChanged">Accounts whose flat row was rewritten or deleted.</param>
/// <param name="SlotsChanged">Flat storage rows written or deleted.</param>
public readonly record struct HeadMove(int AccountsChanged, int SlotsChanged);
