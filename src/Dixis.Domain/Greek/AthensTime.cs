namespace Dixis.Domain.Greek;

/// <summary>
/// Greek business time. Times are stored in UTC; invoice dates, daily reports and schedules are Europe/Athens
/// dates, summer or winter, whatever zone the server runs in.
/// </summary>
public static class AthensTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Athens");

    /// <summary>The Athens wall-clock time of an instant.</summary>
    public static DateTimeOffset At(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>Today's date in Athens.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>The Europe/Athens calendar date of <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(At(instant).DateTime);
}
