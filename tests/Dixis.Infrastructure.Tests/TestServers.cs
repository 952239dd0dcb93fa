namespace Dixis.Infrastructure.Tests;

/// <summary>
/// Addresses of the real servers the integration tests use (see scripts/test-servers.sh). A missing address
/// skips the test, unless <c>DIXIS_TEST_REQUIRE_SERVERS=1</c>, in which case the test fails: CI must never
/// turn green because a server was silently absent.
/// </summary>
internal static class TestServers
{
    public const string RequireVariable = "DIXIS_TEST_REQUIRE_SERVERS";

    /// <summary>MySqlConnector connection string without a database (each test class creates its own).</summary>
    public static string MySql => Get("DIXIS_TEST_MYSQL", "MariaDB");

    /// <summary>StackExchange.Redis configuration, e.g. 127.0.0.1:6380.</summary>
    public static string Redis => Get("DIXIS_TEST_REDIS", "Redis");

    /// <summary>The S3-compatible endpoint and its credentials.</summary>
    public static (string Url, string AccessKey, string SecretKey) S3 =>
        (Get("DIXIS_TEST_S3_URL", "S3"), Get("DIXIS_TEST_S3_ACCESS_KEY", "S3"), Get("DIXIS_TEST_S3_SECRET_KEY", "S3"));

    /// <summary>SMTP catcher (maildev): SMTP host:port and the URL of its REST API.</summary>
    public static (string Smtp, string ApiUrl) Smtp => (Get("DIXIS_TEST_SMTP", "SMTP catcher"), Get("DIXIS_TEST_MAILDEV_URL", "SMTP catcher"));

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    private static string Get(string variable, string server)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        var message = $"{variable} is not set, so the {server} tests cannot run (start the servers with: eval \"$(scripts/test-servers.sh start)\").";
        if (Required)
        {
            Assert.Fail($"{message} {RequireVariable}=1 requires every server.");
        }

        Skip.If(true, message);
        throw new InvalidOperationException(message); // unreachable: Skip.If throws
    }
}
