using System.Text.Json.Serialization;

namespace Glow.JsonRpc.Tests;

/// <summary>Source-generated JSON metadata for the test objects (no reflection, as in production).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(TestCallObject))]
internal sealed partial class TestJsonContext : JsonSerializerContext;
