using System.Text;

namespace Lancens.Contracts.Proxy.Recording;

/// <summary>
/// Appends masked exchanges to a HAR file as they are judged, keeping the file a whole, valid HAR after every entry (the
/// closing brackets are written again each time), so a recording stopped at any moment still opens.
/// </summary>
internal sealed class HarRecorder : IDisposable
{
    private static readonly byte[] Closing = Encoding.UTF8.GetBytes("]}}");

    private readonly FileStream _file;
    private readonly Uri _upstreamRoot;
    private bool _empty = true;

    public HarRecorder(string path, Uri upstreamRoot, string version)
    {
        _upstreamRoot = upstreamRoot;
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        _file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read);
        var head = Encoding.UTF8.GetBytes(Har.Head(version));
        _file.Write(head);
        _file.Flush();
    }

    public void Append(MaskedExchange exchange)
    {
        var entry = Encoding.UTF8.GetBytes((_empty ? string.Empty : ",") + Har.Entry(exchange, _upstreamRoot).ToJsonString(Har.Json));
        _empty = false;
        _file.Seek(-Closing.Length, SeekOrigin.End);
        _file.Write(entry);
        _file.Write(Closing);
        _file.Flush();
    }

    public void Dispose() => _file.Dispose();
}
