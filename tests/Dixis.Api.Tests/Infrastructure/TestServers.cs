namespace Dixis.Api.Tests.Infrastructure;

/// <summary>
/// Connection settings of the servers the test command starts. Missing servers skip a test on a developer's
/// machine, and fail it when DIXIS_TEST_REQUIRE_SERVERS=1 (the README's test command and CI).
/// </summary>
public static class TestServers
{
    public static string? MySql => Environment.GetEnvironmentVariable("DIXIS_TEST_MYSQL");

    public static string? Redis => Environment.GetEnvironmentVariable("DIXIS_TEST_REDIS");

    public static string? Smtp => Environment.GetEnvironmentVariable("DIXIS_TEST_SMTP");

    public static string? MaildevUrl => Environment.GetEnvironmentVariable("DIXIS_TEST_MAILDEV_URL");

    public static bool Required => Environment.GetEnvironmentVariable("DIXIS_TEST_REQUIRE_SERVERS") == "1";

    public static void Require(string? value, string name)
    {
        if (string.IsNullOrEmpty(value))
        {
            if (Required)
            {
                Assert.Fail($"{name} is required (DIXIS_TEST_REQUIRE_SERVERS=1) but its environment variable is not set; run scripts/test.sh.");
            }

            Skip.If(true, $"{name} not available; run scripts/test-servers.sh start");
        }
    }
}
