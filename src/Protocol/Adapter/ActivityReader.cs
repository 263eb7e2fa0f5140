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

    /// <summary>The activity, or null when the body is not JSON of one.</summary>
    public static Activity? Parse(byte[] body)
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

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the body is larger.</summary>
    public static async Task<byte[]?> ReadBodyAsync(HttpContext http, int limit)
    {
        if (http.Request.ContentLength > limit)
        {
            return null;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit + 1L;
        }

        try
        {
            if (http.Request.ContentLength is { } length)
            {
                // The usual case: read exactly the announced bytes into one array (a longer body is refused by Kestrel).
                var exact = new byte[length];
                var filled = 0;
                while (filled < exact.Length)
                {
                    var read = await http.Request.Body.ReadAsync(exact.AsMemory(filled), http.RequestAborted);
                    if (read == 0)
                    {
                        return exact[..filled];
                    }

                    filled += read;
                }

                return exact;
            }

            var buffer = new ArrayBufferWriter<byte>(4096);
            while (true)
            {
                var read = await http.Request.Body.ReadAsync(buffer.GetMemory(4096), http.RequestAborted);
                if (read == 0)
                {
                    return buffer.WrittenSpan.ToArray();
                }

                buffer.Advance(read);
                if (buffer.WrittenCount > limit)
                {
                    return null;
                }
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
    }
}
