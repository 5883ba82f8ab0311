using System.Buffers;
using Lancens.Contracts.Model.Checking;
using Microsoft.AspNetCore.Http;

namespace Lancens.Contracts.MockServer.Pipeline;

/// <summary>
/// Reads a request body once, up to the spec's limit, into the model's <see cref="JsonBody"/>: a JSON object, or the
/// reason it is not one. Never throws on bad input.
/// </summary>
internal static class BodyReader
{
    public static async Task<JsonBody> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return JsonBody.TooLarge(maxBytes);
        }

        byte[]? rented = null;
        try
        {
            rented = ArrayPool<byte>.Shared.Rent(Math.Min(maxBytes + 1, (int?)request.ContentLength + 1 ?? 4096));
            var length = 0;
            while (true)
            {
                if (length == rented.Length)
                {
                    if (length > maxBytes)
                    {
                        return JsonBody.TooLarge(maxBytes);
                    }

                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(maxBytes + 1, rented.Length * 2));
                    rented.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(rented);
                    rented = larger;
                }

                var read = await request.Body.ReadAsync(rented.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            return JsonBody.Parse(rented.AsSpan(0, length), maxBytes);
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException exception)
        {
            // A broken chunked encoding or a body that stops short of its Content-Length.
            return JsonBody.Unreadable(exception.Message);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
