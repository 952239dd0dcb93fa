# syntax=docker/dockerfile:1
# Storefront image (Dixis.Web, Blazor static server rendering). Build from the repository root:
#   DOCKER_BUILDKIT=1 docker build -f deploy/docker/frontend.Dockerfile --target runner -t dixis/frontend .
# Targets: base, deps, builder, runner, development, testing.
#
# PUBLISHED=prebuilt takes output published beforehand on the host instead of the builder stage:
#   dotnet publish src/Dixis.Web -c Release -o artifacts/publish/web -p:UseAppHost=false
#   DOCKER_BUILDKIT=1 docker build -f deploy/docker/frontend.Dockerfile --build-arg PUBLISHED=prebuilt --target runner .

ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0.401-noble
ARG RUNTIME_IMAGE=mcr.microsoft.com/dotnet/aspnet:10.0.12-noble-chiseled-extra
ARG PUBLISHED=builder
ARG VERSION=0.0.0-dev
ARG REVISION=unknown
ARG CREATED=1970-01-01T00:00:00Z

# --- base: chiseled runtime with ICU and time zones ---------------------------------------------------
FROM ${RUNTIME_IMAGE} AS base
ARG VERSION
ARG REVISION
ARG CREATED
LABEL org.opencontainers.image.title="dixis-frontend" \
      org.opencontainers.image.description="Dixis marketplace storefront (Dixis.Web)" \
      org.opencontainers.image.vendor="Dixis" \
      org.opencontainers.image.licenses="proprietary" \
      org.opencontainers.image.source="https://github.com/dixis/dixis" \
      org.opencontainers.image.documentation="docs/operations.md" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.created="${CREATED}" \
      org.opencontainers.image.base.name="mcr.microsoft.com/dotnet/aspnet:10.0.12-noble-chiseled-extra"
# Same read-only-root settings as the backend (see backend.Dockerfile).
ENV ASPNETCORE_URLS=http://0.0.0.0:3000 \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_RUNNING_IN_CONTAINER=true \
    DOTNET_EnableDiagnostics=0 \
    DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false \
    TMPDIR=/tmp \
    TZ=Europe/Athens \
    DataProtection__KeysPath=/tmp/keys
WORKDIR /app
USER 1001:1001

# --- deps: restore in its own layer ---------------------------------------------------------------------
FROM ${SDK_IMAGE} AS deps
WORKDIR /src
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
COPY global.json Directory.Build.props Directory.Packages.props Dixis.slnx dotnet-tools.json .editorconfig ./
COPY src/Dixis.Domain/Dixis.Domain.csproj src/Dixis.Domain/
COPY src/Dixis.Infrastructure/Dixis.Infrastructure.csproj src/Dixis.Infrastructure/
COPY src/Dixis.Migrations.MySql/Dixis.Migrations.MySql.csproj src/Dixis.Migrations.MySql/
COPY src/Dixis.Migrations.Sqlite/Dixis.Migrations.Sqlite.csproj src/Dixis.Migrations.Sqlite/
COPY src/Dixis.ServiceDefaults/Dixis.ServiceDefaults.csproj src/Dixis.ServiceDefaults/
COPY src/Dixis.Api/Dixis.Api.csproj src/Dixis.Api/
COPY src/Dixis.Web/Dixis.Web.csproj src/Dixis.Web/
COPY tests/Dixis.Domain.Tests/Dixis.Domain.Tests.csproj tests/Dixis.Domain.Tests/
COPY tests/Dixis.Infrastructure.Tests/Dixis.Infrastructure.Tests.csproj tests/Dixis.Infrastructure.Tests/
COPY tests/Dixis.Api.Tests/Dixis.Api.Tests.csproj tests/Dixis.Api.Tests/
COPY tests/Dixis.Web.Tests/Dixis.Web.Tests.csproj tests/Dixis.Web.Tests/
COPY tests/Dixis.Infra.Tests/Dixis.Infra.Tests.csproj tests/Dixis.Infra.Tests/
COPY tests/Dixis.E2E/Dixis.E2E.csproj tests/Dixis.E2E/
COPY benchmarks/Dixis.Benchmarks/Dixis.Benchmarks.csproj benchmarks/Dixis.Benchmarks/
COPY benchmarks/Dixis.CheckoutBenchmark/Dixis.CheckoutBenchmark.csproj benchmarks/Dixis.CheckoutBenchmark/
COPY benchmarks/Dixis.JobsBenchmark/Dixis.JobsBenchmark.csproj benchmarks/Dixis.JobsBenchmark/
COPY benchmarks/Dixis.PageBenchmark/Dixis.PageBenchmark.csproj benchmarks/Dixis.PageBenchmark/
RUN dotnet restore Dixis.slnx

# --- builder ----------------------------------------------------------------------------------------------
FROM deps AS builder
COPY src/ src/
COPY tests/ tests/
RUN dotnet publish src/Dixis.Web/Dixis.Web.csproj -c Release --no-restore -o /app/publish -p:UseAppHost=false

FROM builder AS published-builder
FROM scratch AS published-prebuilt
COPY artifacts/publish/web/ /app/publish/
FROM published-${PUBLISHED} AS published

# --- runner: production storefront (3 replicas behind nginx); set Api__BaseUrl ---------------------------
FROM base AS runner
COPY --from=published /app/publish/ /app/
EXPOSE 3000
# Dixis.Api.dll ships with the storefront (project reference), so its healthcheck command is available.
HEALTHCHECK --interval=15s --timeout=6s --start-period=30s --retries=3 \
  CMD ["dotnet", "Dixis.Api.dll", "healthcheck", "http://127.0.0.1:3000/api/health/live"]
ENTRYPOINT ["dotnet", "Dixis.Web.dll"]

# --- development: dotnet watch (hot reload of Razor components) on the mounted source --------------------
FROM deps AS development
RUN mkdir -p /home/dixis /src/data && chown -R 1001:1001 /home/dixis /src
ENV HOME=/home/dixis \
    ASPNETCORE_URLS=http://0.0.0.0:3000 \
    ASPNETCORE_ENVIRONMENT=Development \
    DOTNET_USE_POLLING_FILE_WATCHER=true \
    DOTNET_WATCH_RESTART_ON_RUDE_EDIT=true \
    UseArtifactsOutput=true \
    ArtifactsPath=/home/dixis/artifacts \
    TZ=Europe/Athens
USER 1001:1001
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=6s --start-period=120s --retries=5 \
  CMD ["dotnet", "/home/dixis/artifacts/bin/Dixis.Web/debug/Dixis.Api.dll", "healthcheck", "http://127.0.0.1:3000/api/health/live"]
ENTRYPOINT ["dotnet", "watch", "--project", "src/Dixis.Web/Dixis.Web.csproj", "run", "--no-launch-profile"]

# --- testing: storefront tests; the browser end-to-end suite (Dixis.E2E) joins when it exists ------------
FROM builder AS testing
ENV DIXIS_TEST_REQUIRE_SERVERS=1
ENTRYPOINT ["dotnet", "test", "tests/Dixis.Web.Tests/Dixis.Web.Tests.csproj", "-c", "Release", "--no-restore"]
CMD ["--logger", "console;verbosity=normal"]
