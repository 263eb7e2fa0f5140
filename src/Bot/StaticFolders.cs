using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace CoopAssistant.Bot;

/// <summary>Serves a folder of <c>wwwroot</c> (the add-in's task pane, the dashboard tab) at a path, revalidated on every load.</summary>
internal static partial class StaticFolders
{
    /// <summary>Serves <c>{content root}/wwwroot/{folder}</c> (dotnet run, tests), else the copy beside the binaries, at
    /// <paramref name="requestPath"/>; logs a warning and serves nothing when neither holds <paramref name="marker"/>.</summary>
    public static WebApplication UseStaticFolder(this WebApplication app, string requestPath, string folder, string marker, string? defaultDocument = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var directory = new[] { Path.Combine(app.Environment.ContentRootPath, "wwwroot", folder), Path.Combine(AppContext.BaseDirectory, "wwwroot", folder) }
            .FirstOrDefault(d => File.Exists(Path.Combine(d, marker)));
        if (directory is null)
        {
            LogNotFound(app.Logger, folder, requestPath);
            return app;
        }

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
        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "wwwroot/{Folder} was not found; {Path}/ is not served.")]
    private static partial void LogNotFound(ILogger logger, string folder, string path);
}
