using Microsoft.Extensions.Hosting;

namespace Glow.JsonRpc.Server;

/// <summary>
/// The web host's lifetime when the server is part of a larger process: it starts at once and never listens to SIGTERM
/// or Ctrl+C itself (the default console lifetime would swallow them and stop only the web host), so the process's own
/// shutdown (the <c>utg</c> command) hears the signal and stops everything in order.
/// </summary>
internal sealed class HostedByCallerLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
