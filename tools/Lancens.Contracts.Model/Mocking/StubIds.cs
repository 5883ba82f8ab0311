using System.Security.Cryptography;
using System.Text;

namespace Lancens.Contracts.Model.Mocking;

/// <summary>Stable stub ids: a name-based UUID (RFC 4122 version 5) of the stub's unique name, so regenerating or registering again changes nothing.</summary>
public static class StubIds
{
    private static readonly byte[] Namespace = Guid.Parse("9b1c0a52-6f4e-4e0f-9d2a-3c8b7e1f5a60").ToByteArray(bigEndian: true);

    public static Guid For(string name)
    {
        var hash = SHA1.HashData([.. Namespace, .. Encoding.UTF8.GetBytes(name)]);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
