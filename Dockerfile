# CoopAssistant bot host: a small, non-root image that runs with a read-only root filesystem.
#   docker build -t coopassistant .
#   docker run --read-only -p 8080:8080 -e MicrosoftAppId=... -e MicrosoftAppPassword=... \
#     -e ConnectionStrings__CoopAssistant="Host=...;Database=coopassistant;..." coopassistant
# Writable paths are the volumes below (SQLite and the local evidence folder in /data when no PostgreSQL/Graph is configured;
# temporary upload files in /tmp). Health: GET /healthz (the process answers), GET /readyz (database and scheduler work);
# infra/ uses both as the Container Apps probes. See docs/deploy.md.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Build.targets Directory.Packages.props ./
COPY src/ src/
# linux-x64 only: the Q&A's sentence model (issue 20e) brings ONNX Runtime's native libraries for every platform, which a
# publish without a runtime identifier copies in full (407 MB of output against 202 MB for linux-x64).
RUN dotnet restore src/Bot/CoopAssistant.Bot.csproj -r linux-x64
RUN dotnet publish src/Bot/CoopAssistant.Bot.csproj --no-restore -c Release -r linux-x64 --self-contained false -o /app -p:UseAppHost=false
# The runtime image has no shell: its writable folders are made here and copied in owned by the app user (APP_UID 1654 in the
# .NET images), so the volumes mounted on them start out writable by that user.
RUN mkdir -p /writable/data /writable/tmp && chmod 0750 /writable/data && chmod 1777 /writable/tmp

# Chiseled (distroless) ASP.NET Core runtime: no shell, no package manager; "extra" adds ICU and time zones, which the bot
# needs for pt-BR formatting and reminders at 09:00 in each owner's time zone.
FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra AS final
WORKDIR /app
COPY --from=build /app .
COPY --from=build --chown=1654:1654 /writable/ /
# DOTNET_GCgen0size: a 64 MiB gen0 budget instead of the few MiB the GC picks by itself. A turn allocates ~15 KiB, so at
# thousands of turns/s the default meant 15-40 collections a second, enough for one in a hundred turns to wait for one (the
# p99); with 64 MiB it is a few a second, each as short (only the turns in flight survive). The runtime reads this setting from
# the environment only (not from runtimeconfig.json). Workstation GC is chosen in src/Bot's csproj. See docs/benchmarks.md.
ENV DOTNET_GCgen0size=0x4000000
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    ConnectionStrings__CoopAssistant="Data Source=/data/coopassistant.db" \
    Evidence__DataDirectory=/data \
    TMPDIR=/tmp
VOLUME ["/data", "/tmp"]
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "CoopAssistant.Bot.dll"]
