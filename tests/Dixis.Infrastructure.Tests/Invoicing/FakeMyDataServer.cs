using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dixis.Infrastructure.Tests.Invoicing;

/// <summary>
/// A local HTTP server on 127.0.0.1 that answers <c>POST /SendInvoices</c> as AADE's myDATA REST API does: a
/// <c>ResponseDoc</c> per request, or an HTTP error. Answers are scripted in order; every request is recorded.
/// </summary>
public sealed class FakeMyDataServer : IAsyncDisposable
{
    public const string UserId = "dixis-test-user";
    public const string SubscriptionKey = "0123456789abcdef0123456789abcdef";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(int Status, string Body)> _answers = new();

    private FakeMyDataServer(WebApplication app) => _app = app;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public static async Task<FakeMyDataServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeMyDataServer(app);
        app.MapPost("/SendInvoices", server.HandleAsync);
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return server;
    }

    /// <summary>Queues the next answer: an HTTP status and a body.</summary>
    public void Answer(int status, string body) => _answers.Enqueue((status, body));

    public void AnswerSuccess(long mark, string uid = "D2C9B1A7F5E3C4B2A1D0E9F8C7B6A5D4C3B2A1E0", string? qrUrl = null) =>
        Answer(200, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <ResponseDoc xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">
              <response>
                <index>1</index>
                <invoiceUid>{uid}</invoiceUid>
                <invoiceMark>{mark}</invoiceMark>
                <qrUrl>{qrUrl ?? $"https://mydataapidev.aade.gr/TimologioQR/QRInfo?q=test{mark}"}</qrUrl>
                <statusCode>Success</statusCode>
              </response>
            </ResponseDoc>
            """);

    public void AnswerValidationError(string code, string message) =>
        Answer(200, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <ResponseDoc>
              <response>
                <index>1</index>
                <errors>
                  <error>
                    <message>{message}</message>
                    <code>{code}</code>
                  </error>
                </errors>
                <statusCode>ValidationError</statusCode>
              </response>
            </ResponseDoc>
            """);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        Requests.Enqueue(new RecordedRequest(
            context.Request.Headers["aade-user-id"].ToString(),
            context.Request.Headers["Ocp-Apim-Subscription-Key"].ToString(),
            context.Request.ContentType ?? "",
            body));
        // AADE's gateway refuses a request without the subscription key before anything else.
        if (context.Request.Headers["Ocp-Apim-Subscription-Key"].ToString() != SubscriptionKey || context.Request.Headers["aade-user-id"].ToString() != UserId)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var (status, answer) = _answers.TryDequeue(out var next) ? next : (500, "no answer scripted");
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/xml";
        await context.Response.WriteAsync(answer);
    }

    public sealed record RecordedRequest(string UserId, string SubscriptionKey, string ContentType, string Body);
}
