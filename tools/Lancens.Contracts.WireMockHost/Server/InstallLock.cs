using System.Security.Cryptography;
using System.Text;

namespace Lancens.Contracts.WireMockHost;

/// <summary>
/// Serialises npm installs of one package folder across processes (two test projects may start together on a fresh clone).
/// </summary>
/// <remarks>
/// The lock file lives in the temp folder, not in node_modules: npm ci empties node_modules, and a lock file deleted
/// while held no longer excludes anyone, because the next process simply creates a new one.
/// </remarks>
internal static class InstallLock
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(100);

    public static async Task<IDisposable> AcquireAsync(string packageDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var path = PathFor(packageDirectory);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(RetryDelay, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException exception)
            {
                throw new WireMockException(
                    $"Gave up after {timeout.TotalSeconds:0} s waiting for another process to finish installing WireMock " +
                    $"in {packageDirectory} (lock file {path}).", exception);
            }
        }
    }

    private static string PathFor(string packageDirectory)
    {
        var key = SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(packageDirectory)));
        return Path.Combine(Path.GetTempPath(), $"lancens-wiremock-install-{Convert.ToHexStringLower(key, 0, 8)}.lock");
    }
}
