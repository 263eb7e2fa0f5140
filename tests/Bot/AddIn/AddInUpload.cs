using System.Net.Http.Headers;

namespace CoopAssistant.Bot.Tests.AddIn;

/// <summary>Builds the multipart body the task pane sends.</summary>
internal static class AddInUpload
{
    public static MultipartFormDataContent File(string fileName, byte[] bytes, string contentType = "application/pdf")
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        // Set the disposition by hand: HttpClient must not tidy the name ("../x.pdf" has to reach the server as sent).
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileName = "\"" + fileName + "\"" };
        content.Add(file);
        return content;
    }

    public static byte[] Pdf(int size)
    {
        var bytes = new byte[size];
        "%PDF-1.4\n"u8.CopyTo(bytes);
        for (var i = 9; i < size; i++)
        {
            bytes[i] = (byte)('a' + (i % 26));
        }

        return bytes;
    }
}
