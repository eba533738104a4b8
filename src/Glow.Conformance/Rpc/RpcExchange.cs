namespace Glow.Conformance.Rpc;

/// <summary>A request of a conformance case and the response it must get, both as JSON text.</summary>
/// <param name="Request">The request sent as the body of an HTTP POST.</param>
/// <param name="ExpectedResponse">The response expected.</param>
public sealed record RpcExchange(string Request, string ExpectedResponse);
