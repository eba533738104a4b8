using System.Text.Json;

namespace Glow.Core.Chain;

/// <summary>
/// One JSON object of a chainspec as the loader walks it: remembers its path, refuses duplicate keys, and, once the
/// loader has taken what it knows, reports any field left over as unknown.
/// </summary>
internal sealed class ChainSpecJsonObject
{
    private readonly Dictionary<string, JsonElement> _fields = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    /// <summary>Wraps <paramref name="element"/>, which must be an object, found at <paramref name="path"/>.</summary>
    /// <exception cref="ChainSpecException">It is not an object, or names a field twice.</exception>
    public ChainSpecJsonObject(JsonElement element, string path)
    {
        Path = path;
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ChainSpecException(path, $"expected an object, got {ChainSpecValues.Show(element)}");
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!_fields.TryAdd(property.Name, property.Value))
            {
                throw new ChainSpecException(ChildPath(property.Name), "the field appears twice");
            }

            _order.Add(property.Name);
        }
    }

    /// <summary>The JSON path of this object (<c>$</c> for the document).</summary>
    public string Path { get; }

    /// <summary>The path of the field <paramref name="name"/> of this object.</summary>
    public string ChildPath(string name) => Path == "$" ? name : $"{Path}.{name}";

    /// <summary>The field <paramref name="name"/>, if present.</summary>
    public bool TryTake(string name, out JsonElement value)
    {
        _taken.Add(name);
        return _fields.TryGetValue(name, out value);
    }

    /// <summary>The field <paramref name="name"/>.</summary>
    /// <exception cref="ChainSpecException">It is missing.</exception>
    public JsonElement Take(string name) =>
        TryTake(name, out var value) ? value : throw new ChainSpecException(ChildPath(name), "required field is missing");

    /// <summary>Throws for the first field, in document order, that nobody asked for.</summary>
    /// <exception cref="ChainSpecException">A field is not one of those the format defines here.</exception>
    public void RejectUnknown()
    {
        foreach (var name in _order)
        {
            if (!_taken.Contains(name))
            {
                var known = string.Join(", ", _taken.Order(StringComparer.Ordinal));
                throw new ChainSpecException(ChildPath(name), $"unknown field (known here: {known})");
            }
        }
    }
}
