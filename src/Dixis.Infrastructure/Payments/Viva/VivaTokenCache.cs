namespace Dixis.Infrastructure.Payments.Viva;

/// <summary>
/// The OAuth2 access token and the webhook key, kept per process: a token until a minute before it expires,
/// the key (static per merchant) for good.
/// </summary>
public sealed class VivaTokenCache(TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private DateTimeOffset _expires;

    /// <summary>The webhook verification key once fetched.</summary>
    public string? WebhookKey { get; set; }

    /// <summary>A valid token, requested through <paramref name="request"/> only when there is none.</summary>
    public async Task<string> GetAsync(Func<CancellationToken, Task<(string Token, int ExpiresInSeconds)>> request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_token is { } cached && clock.GetUtcNow() < _expires)
        {
            return cached;
        }

        await _gate.WaitAsync(ct);
        try
        {
            if (_token is { } fresh && clock.GetUtcNow() < _expires)
            {
                return fresh;
            }

            var (token, expiresIn) = await request(ct);
            _token = token;
            _expires = clock.GetUtcNow().AddSeconds(Math.Max(0, expiresIn - 60));
            return token;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets the token (Viva answered 401 with it).</summary>
    public void Invalidate() => _token = null;

    public void Dispose() => _gate.Dispose();
}
