namespace Lancens.Contracts.WireMockHost;

/// <summary>The pinned standalone jar, installed with npm ci on first use.</summary>
internal static class WireMockJar
{
    public const string Version = "3.13.2";

    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(10);

    public static string PathIn(string packageDirectory) =>
        Path.Combine(packageDirectory, "node_modules", "wiremock", "build", $"wiremock-standalone-{Version}.jar");

    /// <summary>Returns the jar's path, installing it first when it is missing.</summary>
    /// <remarks>Always takes the lock, even when the jar exists: another process may be writing it right now.</remarks>
    public static async Task<string> EnsureAsync(string packageDirectory, CancellationToken cancellationToken)
    {
        var jar = PathIn(packageDirectory);
        using (await InstallLock.AcquireAsync(packageDirectory, LockTimeout, cancellationToken).ConfigureAwait(false))
        {
            if (File.Exists(jar))
            {
                return jar;
            }

            if (!File.Exists(Path.Combine(packageDirectory, "package-lock.json")))
            {
                throw new WireMockException(
                    $"WireMock is not installed: {jar} is missing and {packageDirectory} has no package-lock.json to install it from.");
            }

            await NpmCi.RunAsync(packageDirectory, cancellationToken).ConfigureAwait(false);
        }

        return File.Exists(jar)
            ? jar
            : throw new WireMockException($"npm ci in {packageDirectory} succeeded but {jar} is still missing: is wiremock {Version} in package.json?");
    }
}
