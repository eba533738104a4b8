namespace Glow.JsonRpc.Tests;

/// <summary>A tiny call object read by <c>test_object</c>, to test <see cref="RpcParams.Object{T}"/>.</summary>
public sealed record TestCallObject(string? To, long Gas);
