using System.Buffers;
using System.Net.Mime;
using System.Text.Json;
using CoopAssistant.Protocol.Schema;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace CoopAssistant.Protocol.Adapter;

/// <summary>Reads an activity from a request: JSON content only, a bounded body, the loose schema.</summary>
internal static class ActivityReader
{
    /// <summary>True for <c>application/json</c> and <c>application/*+json</c> (any parameters), nothing else.</summary>
    public static bool IsJson(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed) || parsed.MediaType.Value is not { } mediaType)
        {
            return false;
        }

        return string.Equals(mediaType, MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase)
            || (mediaType.StartsWith("application/", StringComparison.OrdinalIgnoreCase)
                && mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
                && mediaType.Length > "application/+json".Length);
    }

    /// <summary>The activity, or null when the body is not JSON of one. Nothing parsed refers to <paramref name="body"/> afterwards
    /// (strings are copied, JSON elements cloned), so the caller may reuse it.</summary>
    public static Activity? Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, ProtocolJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Reads at most <paramref name="limit"/> bytes and parses them (<see cref="Parse"/>): TooLarge when the body is larger,
    /// Activity null when it is not JSON of one. The body is read into a pooled buffer, returned once parsed: a turn allocates
    /// the activity it reads, not a copy of the request too.
    /// </summary>
    public static async Task<(bool TooLarge, Activity? Activity)> ReadAsync(HttpContext http, int limit)
    {
        if (http.Request.ContentLength > limit)
        {
            return (true, null);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit + 1L;
        }

        byte[]? rented = null;
        try
        {
            if (http.Request.ContentLength is { } length)
            {
                // The usual case: read exactly the announced bytes (a longer body is refused by Kestrel).
                rented = ArrayPool<byte>.Shared.Rent((int)length);
                var filled = 0;
                while (filled < length)
                {
                    var read = await http.Request.Body.ReadAsync(rented.AsMemory(filled, (int)length - filled), http.RequestAborted);
                    if (read == 0)
                    {
                        break;
                    }

                    filled += read;
                }

                return (false, Parse(rented.AsSpan(0, filled)));
            }

            var buffer = new ArrayBufferWriter<byte>(4096);
            while (true)
            {
                var read = await http.Request.Body.ReadAsync(buffer.GetMemory(4096), http.RequestAborted);
                if (read == 0)
                {
                    return (false, Parse(buffer.WrittenSpan));
                }

                buffer.Advance(read);
                if (buffer.WrittenCount > limit)
                {
                    return (true, null);
                }
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (true, null);
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
