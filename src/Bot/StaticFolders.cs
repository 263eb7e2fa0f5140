using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace CoopAssistant.Bot;

/// <summary>Serves a folder of <c>wwwroot</c> (the add-in's task pane, the dashboard tab) at a path, revalidated on every load.</summary>
internal static class StaticFolders
{
    /// <summary><c>{content root}/wwwroot/{folder}</c> (dotnet run, tests), else the copy beside the binaries; null when neither holds
    /// <paramref name="marker"/>.</summary>
    public static string? Find(string contentRoot, string folder, string marker) =>
        new[] { Path.Combine(contentRoot, "wwwroot", folder), Path.Combine(AppContext.BaseDirectory, "wwwroot", folder) }
            .FirstOrDefault(d => File.Exists(Path.Combine(d, marker)));

    public static void Serve(WebApplication app, string requestPath, string directory, string? defaultDocument = null)
    {
        var files = new PhysicalFileProvider(directory);
        if (defaultDocument is not null)
        {
            var defaults = new DefaultFilesOptions { RequestPath = requestPath, FileProvider = files };
            defaults.DefaultFileNames.Clear();
            defaults.DefaultFileNames.Add(defaultDocument);
            app.UseDefaultFiles(defaults);
        }

        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".webmanifest"] = "application/manifest+json";
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = requestPath,
            FileProvider = files,
            ContentTypeProvider = types,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });
    }
}
