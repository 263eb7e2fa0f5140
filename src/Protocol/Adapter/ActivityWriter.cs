using System.Globalization;
using System.Text.Json;
using CoopAssistant.Protocol.Schema;

namespace CoopAssistant.Protocol.Adapter;

/// <summary>Writes the adapter's HTTP answers: an invoke's response, 200, or the Bot Framework's error shape.</summary>
internal static class ActivityWriter
{
    /// <summary>Step 6 (write the response): an invoke's response (status and body) in the HTTP response; 200 for everything else.</summary>
    public static async Task WriteResponseAsync(HttpContext http, Activity activity, InvokeResponse? response)
    {
        if (!string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.OrdinalIgnoreCase))
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        response ??= new InvokeResponse(StatusCodes.Status200OK);
        http.Response.StatusCode = response.Status;
        if (response.Body is { } responseBody)
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            await using var writer = new Utf8JsonWriter(http.Response.BodyWriter);
            responseBody.WriteTo(writer);
        }
    }

    /// <summary><c>{"error":{"code","message"}}</c> with <paramref name="status"/>.</summary>
    public static Task WriteErrorAsync(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        var body = new ErrorBody(new ErrorDetail(status.ToString(CultureInfo.InvariantCulture), message));
        return http.Response.WriteAsJsonAsync(body, ErrorJsonContext.Default.ErrorBody);
    }
}
