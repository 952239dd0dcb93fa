namespace Dixis.Infrastructure.Jobs;

/// <summary>
/// The three queues of the seed. <c>high</c>: payments, webhooks, erasure. <c>greek</c>: myDATA transmission and
/// invoice PDFs. <c>general</c>: mail, search indexing, exports, images.
/// </summary>
public static class JobQueues
{
    public const string High = "high";
    public const string Greek = "greek";
    public const string General = "general";

    /// <summary>In priority order: a worker of several queues takes from the first non-empty one.</summary>
    public static readonly IReadOnlyList<string> All = [High, Greek, General];

    /// <summary>Parses <c>high,greek</c>; throws <see cref="ArgumentException"/> on an unknown or empty list.</summary>
    public static string[] Parse(string list)
    {
        var queues = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(q => q.ToLowerInvariant()).Distinct().ToArray();
        var unknown = queues.Where(q => !All.Contains(q)).ToList();
        if (queues.Length == 0 || unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown queue(s) '{string.Join(',', unknown)}'; queues are {string.Join(", ", All)}.", nameof(list));
        }

        // Keep the priority order whatever order was typed.
        return All.Where(queues.Contains).ToArray();
    }
}
