using System.Text;

namespace Glow.JsonRpc;

/// <summary>
/// The methods the server answers, by name. Safe to read from any number of threads while methods are added:
/// each change publishes a new table (methods are registered at start-up, so changes are rare and lookups are
/// lock-free and allocation-free).
/// </summary>
public sealed class RpcMethodRegistry
{
    private const int MaxNameLength = 128;

    private readonly Lock _writeLock = new();
    private volatile Dictionary<string, RpcMethod> _methods = new(StringComparer.Ordinal);

    /// <summary>How many methods are registered.</summary>
    public int Count => _methods.Count;

    /// <summary>The registered names, sorted.</summary>
    public IReadOnlyList<string> Names
    {
        get
        {
            var names = new List<string>(_methods.Keys);
            names.Sort(StringComparer.Ordinal);
            return names;
        }
    }

    /// <summary>Registers <paramref name="handler"/> under <paramref name="name"/>.</summary>
    /// <param name="name">The method name, such as <c>eth_getBalance</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <param name="maxParameters">The most arguments it takes (more are rejected with -32602); negative for no limit.</param>
    /// <exception cref="ArgumentException">A method of that name is already registered, or the name is empty or too long.</exception>
    public void Add(string name, RpcHandler handler, int maxParameters = -1)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(handler);
        if (name.Length > MaxNameLength)
        {
            throw new ArgumentException($"Method names are at most {MaxNameLength} characters.", nameof(name));
        }

        lock (_writeLock)
        {
            if (_methods.ContainsKey(name))
            {
                throw new ArgumentException($"The method {name} is already registered.", nameof(name));
            }

            _methods = new Dictionary<string, RpcMethod>(_methods, StringComparer.Ordinal) { [name] = new RpcMethod(name, handler, maxParameters) };
        }
    }

    /// <summary>Registers or replaces the method <paramref name="name"/> (dev-mode aliases, tests).</summary>
    public void Set(string name, RpcHandler handler, int maxParameters = -1)
    {
        lock (_writeLock)
        {
            Remove(name);
            Add(name, handler, maxParameters);
        }
    }

    /// <summary>Removes the method <paramref name="name"/>; false when it was not registered.</summary>
    public bool Remove(string name)
    {
        lock (_writeLock)
        {
            if (!_methods.ContainsKey(name))
            {
                return false;
            }

            var copy = new Dictionary<string, RpcMethod>(_methods, StringComparer.Ordinal);
            copy.Remove(name);
            _methods = copy;
            return true;
        }
    }

    /// <summary>Finds the method <paramref name="name"/>.</summary>
    public bool TryGet(string name, out RpcMethod method) => _methods.TryGetValue(name, out method!);

    /// <summary>Finds a method by its UTF-8 name without allocating a string.</summary>
    public bool TryGet(ReadOnlySpan<byte> utf8Name, out RpcMethod method)
    {
        method = null!;
        if (utf8Name.Length > MaxNameLength * 3)
        {
            return false;
        }

        Span<char> chars = stackalloc char[MaxNameLength * 3];
        if (!Encoding.UTF8.TryGetChars(utf8Name, chars, out int written))
        {
            return false;
        }

        return _methods.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(chars[..written], out method!);
    }

    /// <summary>The namespaces with at least one method, each with version <c>1.0</c> (the answer of <c>rpc_modules</c>).</summary>
    public IReadOnlyDictionary<string, string> Modules()
    {
        var modules = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var method in _methods.Values)
        {
            modules[method.Namespace] = "1.0";
        }

        return modules;
    }
}
