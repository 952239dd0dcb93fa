namespace Dixis.Infrastructure.Jobs.Recurring;

/// <summary>Recurring jobs run on Greek time: 08:00 means 08:00 in Athens, summer or winter.</summary>
public static class AthensClock
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Athens");

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);
}
