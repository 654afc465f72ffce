# The portal as a container: built with the .NET SDK (plus Node.js/npm, which the build uses to
# restore the U.S. Web Design System), run on the ASP.NET Core runtime as a non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src

# Restore first (NuGet and npm) so that code changes do not invalidate those layers.
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/MsixPortal/MsixPortal.csproj src/MsixPortal/FrontEndAssets.targets src/MsixPortal/
COPY src/MsixPortal/package.json src/MsixPortal/package-lock.json src/MsixPortal/
RUN dotnet restore src/MsixPortal/MsixPortal.csproj \
    && cd src/MsixPortal && npm ci --no-audit --no-fund --loglevel=error \
    && touch node_modules/.msix-npm-restore.stamp

COPY src/MsixPortal/ src/MsixPortal/
COPY docs/submissions/ docs/submissions/
RUN dotnet publish src/MsixPortal/MsixPortal.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "MsixPortal.dll"]
