namespace Glow.Core.Transactions;

/// <summary>Why a transaction was rejected: the rule, and a message worded as geth words it (rpc.md §6) where one exists.</summary>
/// <param name="Error">The rule that was broken.</param>
/// <param name="Message">A message for people.</param>
public sealed record TxRejection(TxError Error, string Message);
