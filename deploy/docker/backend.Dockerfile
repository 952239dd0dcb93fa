# syntax=docker/dockerfile:1
# Backend image (Dixis.Api): one program, one image per role. Build from the repository root:
#   DOCKER_BUILDKIT=1 docker build -f deploy/docker/backend.Dockerfile --target production -t dixis/backend .
# Targets: base, deps, builder, production, development, testing, queue-worker, scheduler, migrator.
#
# PUBLISHED=prebuilt takes the output of `dotnet publish` made beforehand on the host (for machines whose
# builds cannot reach a package registry) instead of the builder stage:
#   dotnet publish src/Dixis.Api -c Release -o artifacts/publish/api -p:UseAppHost=false
#   DOCKER_BUILDKIT=1 docker build -f deploy/docker/backend.Dockerfile --build-arg PUBLISHED=prebuilt --target production .
# BuildKit builds only the stages the chosen target needs, so the prebuilt path never runs the SDK stages.

# Pinned: the SDK and runtime of the build machines (docs/operations.md says how to move them together).
ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0.401-noble
# Chiseled "-extra": no shell, no package manager, but ICU and tzdata (el-GR, Europe/Athens).
ARG RUNTIME_IMAGE=mcr.microsoft.com/dotnet/aspnet:10.0.12-noble-chiseled-extra
ARG PUBLISHED=builder
ARG VERSION=0.0.0-dev
ARG REVISION=unknown
ARG CREATED=1970-01-01T00:00:00Z

# --- base: the runtime every backend role shares ---------------------------------------------------
FROM ${RUNTIME_IMAGE} AS base
ARG VERSION
ARG REVISION
ARG CREATED
LABEL org.opencontainers.image.title="dixis-backend" \
      org.opencontainers.image.description="Dixis marketplace backend (Dixis.Api): API, queue workers, scheduler, migrator" \
      org.opencontainers.image.vendor="Dixis" \
      org.opencontainers.image.licenses="proprietary" \
      org.opencontainers.image.source="https://github.com/dixis/dixis" \
      org.opencontainers.image.documentation="docs/operations.md" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.created="${CREATED}" \
      org.opencontainers.image.base.name="mcr.microsoft.com/dotnet/aspnet:10.0.12-noble-chiseled-extra"
# Fit for a read-only root file system with a tmpfs on /tmp:
#  - DOTNET_EnableDiagnostics=0: no diagnostics IPC socket / perf map files in /tmp;
#  - TMPDIR=/tmp: the only writable place; DOTNET_RUNNING_IN_CONTAINER=true turns on JSON logs;
#  - full ICU (not invariant) for el-GR collation, number and date formats; TZ for business dates.
ENV ASPNETCORE_URLS=http://0.0.0.0:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_RUNNING_IN_CONTAINER=true \
    DOTNET_EnableDiagnostics=0 \
    DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false \
    TMPDIR=/tmp \
    TZ=Europe/Athens \
    DataProtection__KeysPath=/tmp/keys
WORKDIR /app
# UID 1001 as the seed and issue 7 ask (the image's own `app` user is 1654). A chiseled image has no
# /etc/passwd entry for 1001; .NET does not need one. Files under /app stay root-owned: the process can read
# but never change its own code.
USER 1001:1001

# --- deps: restore in its own layer (changes only when a project file or the package versions change) --
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

# --- builder: compile and publish ------------------------------------------------------------------
FROM deps AS builder
COPY src/ src/
COPY tests/ tests/
RUN dotnet publish src/Dixis.Api/Dixis.Api.csproj -c Release --no-restore -o /app/publish -p:UseAppHost=false

# --- where the runtime targets take /app/publish from (selected by PUBLISHED) ------------------------
FROM builder AS published-builder
FROM scratch AS published-prebuilt
COPY artifacts/publish/api/ /app/publish/
# hadolint ignore=DL3006
FROM published-${PUBLISHED} AS published

# --- production: the HTTP API (3 replicas behind nginx) ----------------------------------------------
FROM base AS production
COPY --from=published /app/publish/ /app/
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=6s --start-period=30s --retries=3 \
  CMD ["dotnet", "Dixis.Api.dll", "healthcheck", "http://127.0.0.1:8080/api/v1/health/live"]
ENTRYPOINT ["dotnet", "Dixis.Api.dll"]
CMD ["serve"]

# --- queue-worker: Hangfire server for one or more queues  ----------------
# Workers serve only /api/v1/health/live and /api/v1/metrics, on 8081 (their own port; never proxied);
# their HEALTHCHECK is the heartbeat file the worker touches every 5 s (no HTTP needed).
FROM base AS queue-worker
COPY --from=published /app/publish/ /app/
ENV ASPNETCORE_URLS=http://0.0.0.0:8081
EXPOSE 8081
HEALTHCHECK --interval=30s --timeout=6s --start-period=30s --retries=3 \
  CMD ["dotnet", "Dixis.Api.dll", "healthcheck", "--heartbeat", "/tmp/dixis-worker.heartbeat", "--max-age", "30"]
ENTRYPOINT ["dotnet", "Dixis.Api.dll"]
CMD ["worker", "--queues", "high"]

# --- scheduler: recurring jobs (safe with several replicas; issue 5) --------------------------------
FROM base AS scheduler
COPY --from=published /app/publish/ /app/
ENV ASPNETCORE_URLS=http://0.0.0.0:8081
EXPOSE 8081
HEALTHCHECK --interval=30s --timeout=6s --start-period=30s --retries=3 \
  CMD ["dotnet", "Dixis.Api.dll", "healthcheck", "--heartbeat", "/tmp/dixis-worker.heartbeat", "--max-age", "30"]
ENTRYPOINT ["dotnet", "Dixis.Api.dll"]
CMD ["scheduler"]

# --- migrator: one-shot, exits 0 when the schema is current ----------------------------------------
FROM base AS migrator
COPY --from=published /app/publish/ /app/
HEALTHCHECK NONE
ENTRYPOINT ["dotnet", "Dixis.Api.dll"]
CMD ["migrate", "--seed"]

# --- development: dotnet watch on the mounted source (docker-compose.yml) ----------------------------
FROM deps AS development
# The SDK image has a shell: make a home for UID 1001 (NuGet cache, build output) and an owned /src.
# UseArtifactsOutput/ArtifactsPath (MSBuild properties read from the environment) put bin/ and obj/ inside the
# container, not in the mounted source, so backend, queue-worker and migrator can build the same tree at once.
RUN mkdir -p /home/dixis /src/data && chown -R 1001:1001 /home/dixis /src
ENV HOME=/home/dixis \
    ASPNETCORE_URLS=http://0.0.0.0:8080 \
    ASPNETCORE_ENVIRONMENT=Development \
    DOTNET_USE_POLLING_FILE_WATCHER=true \
    DOTNET_WATCH_RESTART_ON_RUDE_EDIT=true \
    UseArtifactsOutput=true \
    ArtifactsPath=/home/dixis/artifacts \
    TZ=Europe/Athens
USER 1001:1001
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=6s --start-period=120s --retries=5 \
  CMD ["dotnet", "/home/dixis/artifacts/bin/Dixis.Api/debug/Dixis.Api.dll", "healthcheck", "http://127.0.0.1:8080/api/v1/health/live"]
ENTRYPOINT ["dotnet", "watch", "--project", "src/Dixis.Api/Dixis.Api.csproj", "run", "--no-launch-profile", "--"]
CMD ["serve"]

# --- testing: the backend test suites against the servers the compose stack provides ----------------
FROM builder AS testing
ENV DIXIS_TEST_REQUIRE_SERVERS=1
ENTRYPOINT ["dotnet", "test", "Dixis.slnx", "-c", "Release", "--no-restore"]
CMD ["--logger", "console;verbosity=normal"]
