namespace Dixis.Api.Features.Greek;

/// <summary>Business dates are Europe/Athens dates, whatever zone the server runs in.</summary>
public static class GreekTime
{
    public static readonly TimeZoneInfo Athens = TimeZoneInfo.FindSystemTimeZoneById("Europe/Athens");

    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Athens).DateTime);
}
