using Polly;

namespace Dixis.Web.Hosting;

/// <summary>Production mode: which failures mean "the API is not serving" (answered with the Greek 503 page).</summary>
public static class ApiUnavailable
{
    /// <summary>Seconds a shopper (or a crawler) is asked to wait before trying again.</summary>
    public const int RetryAfterSeconds = 30;

    /// <summary>Connection refused, a 5xx answer, a timeout, or the circuit breaker open, anywhere in the chain.</summary>
    public static bool Is(Exception? exception) => exception switch
    {
        null => false,
        HttpRequestException or ExecutionRejectedException or TimeoutException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(Is),
        _ => Is(exception.InnerException),
    };
}
