# CoopAssistant bot host. Not built or tested here (no Docker engine on these machines): kept simple on purpose.
# docker build -t coopassistant . && docker run -p 8080:8080 -e MicrosoftAppId=... -e MicrosoftAppPassword=... coopassistant
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Bot -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "CoopAssistant.Bot.dll"]
