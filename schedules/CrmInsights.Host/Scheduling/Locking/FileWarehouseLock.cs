using CrmInsights.Warehouse.Foundation;

namespace CrmInsights.Host.Scheduling.Locking;

/// <summary>
/// <c>locks/&lt;resource&gt;.lock</c> in the workspace opened with <see cref="FileShare.None"/>: the
/// operating system holds the lock (flock on Linux, a share lock on Windows) and drops it when the
/// process dies, so a crash never leaves a stale lock behind. The file keeps the holder's node and
/// process id for operators.
/// </summary>
public sealed class FileWarehouseLock(WorkspacePaths workspace, TimeProvider time) : IWarehouseLock
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public string DirectoryPath => Path.Combine(workspace.Root, "locks");

    public async Task<IAsyncDisposable?> TryAcquireAsync(string resource, TimeSpan wait, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(DirectoryPath);
        var path = Path.Combine(DirectoryPath, WorkspacePaths.SafeName(resource) + ".lock");
        var deadline = time.GetUtcNow() + wait;
        while (true)
        {
            try
            {
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                stream.SetLength(0);
                var holder = System.Text.Encoding.UTF8.GetBytes($"{Environment.MachineName} pid {Environment.ProcessId} since {time.GetUtcNow():O}\n");
                await stream.WriteAsync(holder, cancellationToken);
                await stream.FlushAsync(cancellationToken);
                return stream;
            }
            catch (IOException) when (time.GetUtcNow() < deadline)
            {
                await Task.Delay(PollInterval, time, cancellationToken);
            }
            catch (IOException)
            {
                return null;
            }
        }
    }
}
