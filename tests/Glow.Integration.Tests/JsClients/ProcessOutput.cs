using System.Diagnostics;
using System.Text;

namespace Glow.Integration.Tests.JsClients;

/// <summary>
/// Collects a child process's standard output and error as they arrive (so a chatty process never blocks on a full pipe),
/// interleaved in arrival order, with the lines of standard output also handed to an optional observer.
/// </summary>
internal sealed class ProcessOutput
{
    private readonly StringBuilder _text = new();
    private readonly Action<string>? _onOutputLine;

    public ProcessOutput(Action<string>? onOutputLine = null) => _onOutputLine = onOutputLine;

    /// <summary>Everything read so far, standard error lines prefixed with <c>stderr| </c>.</summary>
    public string Text
    {
        get
        {
            lock (_text)
            {
                return _text.ToString();
            }
        }
    }

    /// <summary>Starts <paramref name="start"/> (whose output must be redirected) and begins reading both streams.</summary>
    public Process Start(ProcessStartInfo start)
    {
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                Append(line);
                _onOutputLine?.Invoke(line);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                Append("stderr| " + line);
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>The last <paramref name="count"/> lines read.</summary>
    public string Tail(int count)
    {
        var lines = Text.Split('\n');
        return string.Join('\n', lines[Math.Max(0, lines.Length - count)..]);
    }

    private void Append(string line)
    {
        lock (_text)
        {
            _text.Append(line).Append('\n');
        }
    }
}
