using Dixis.Api.Commands;

namespace Dixis.Api.Tests.Health;

/// <summary>The healthcheck command the container images use as HEALTHCHECK.</summary>
public sealed class CommandTests
{
    [Fact]
    public async Task Healthcheck_refuses_a_non_http_url_with_exit_2() =>
        Assert.Equal(2, await HealthcheckCommand.RunAsync(["ftp://127.0.0.1/x"]));

    [Fact]
    public async Task Healthcheck_of_a_closed_port_exits_1()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        Assert.Equal(1, await HealthcheckCommand.RunAsync([$"http://127.0.0.1:{port}/api/v1/health/live"]));
    }

    [Fact]
    public async Task Unknown_command_exits_2() => Assert.Equal(2, await Program.Main(["make-coffee"]));
}
