using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Dixis.Infra.Tests;

/// <summary>Rules and dashboards use only documented metric names; every alert is tested and has a runbook.</summary>
public partial class MonitoringTests
{
    private const string MetricsDoc = "docs/metrics.md";
    private const string PlannedHeading = "## Planned metrics (rules already wait for them)";

    private static IEnumerable<(string Where, string Expression)> RuleExpressions() =>
        Directory.GetFiles(RepositoryFiles.PathOf("deploy/prometheus/rules"), "*.yml")
            .SelectMany(file => RepositoryFiles.LoadYaml(Path.GetRelativePath(RepositoryFiles.Root, file))["groups"]!.AsArray())
            .SelectMany(g => g!["rules"]!.AsArray())
            .Select(r => ($"rule {r!["alert"] ?? r["record"]}", r["expr"]!.ToString()));

    private static IEnumerable<JsonObject> AlertRules() =>
        Directory.GetFiles(RepositoryFiles.PathOf("deploy/prometheus/rules"), "*.yml")
            .SelectMany(file => RepositoryFiles.LoadYaml(Path.GetRelativePath(RepositoryFiles.Root, file))["groups"]!.AsArray())
            .SelectMany(g => g!["rules"]!.AsArray())
            .Select(r => r!.AsObject())
            .Where(r => r["alert"] is not null);

    private static IEnumerable<(string Where, string Expression)> DashboardExpressions() =>
        Directory.GetFiles(RepositoryFiles.PathOf("deploy/grafana/dashboards"), "*.json")
            .SelectMany(file =>
            {
                var dashboard = JsonNode.Parse(File.ReadAllText(file))!;
                return dashboard["panels"]!.AsArray().SelectMany(p => p!["targets"]!.AsArray()
                    .Select(t => ($"{Path.GetFileName(file)}: {p["title"]}", t!["expr"]!.ToString())));
            });

    /// <summary>Every name written in backticks in docs/metrics.md (exported, planned, or exporters').</summary>
    private static HashSet<string> DocumentedNames(string? onlySection = null)
    {
        var text = RepositoryFiles.ReadText(MetricsDoc);
        if (onlySection is not null)
        {
            var start = text.IndexOf(onlySection, StringComparison.Ordinal);
            Assert.True(start >= 0, $"{MetricsDoc} has no section '{onlySection}'");
            var next = text.IndexOf("\n## ", start + onlySection.Length, StringComparison.Ordinal);
            text = next < 0 ? text[start..] : text[start..next];
        }

        return Backticked().Matches(text).Select(m => m.Groups[1].Value).ToHashSet();
    }

    private static bool IsDocumented(string name, HashSet<string> documented) =>
        documented.Contains(name)
        || new[] { "_bucket", "_sum", "_count" }.Any(suffix => name.EndsWith(suffix, StringComparison.Ordinal) && documented.Contains(name[..^suffix.Length]));

    [Fact]
    public void Every_metric_used_by_rules_and_dashboards_is_documented_as_exported_planned_or_from_an_exporter()
    {
        var documented = DocumentedNames();
        var used = RuleExpressions().Concat(DashboardExpressions())
            .SelectMany(e => PromQl.MetricNames(e.Expression).Select(name => (e.Where, Name: name)))
            .ToList();
        Assert.True(used.Count > 30, "expected the rules and dashboards to use many metric names");
        var missing = used.Where(u => !IsDocumented(u.Name, documented)).Select(u => $"{u.Name} ({u.Where})").Distinct().ToList();
        Assert.True(missing.Count == 0, $"metric names not in {MetricsDoc}:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Planned_metrics_are_an_explicit_list_of_dixis_names_used_by_some_rule_or_dashboard()
    {
        var planned = DocumentedNames(PlannedHeading).Where(n => n.StartsWith("dixis_", StringComparison.Ordinal)).ToHashSet();
        // Exported since issues 5 and 4: they must have left the planned list.
        Assert.DoesNotContain("dixis_payments_total", planned);
        Assert.DoesNotContain("dixis_jobs_failed_total", planned);
        Assert.DoesNotContain("dixis_tls_certificate_expiry_timestamp_seconds", planned);
        var used = RuleExpressions().Concat(DashboardExpressions()).SelectMany(e => PromQl.MetricNames(e.Expression)).ToHashSet();
        Assert.All(planned, name => Assert.True(used.Contains(name), $"{name} is planned but nothing uses it: remove it from the list"));
    }

    [Theory]
    [InlineData("sum by (le, http_route) (rate(http_server_request_duration_seconds_bucket{job=\"backend\",http_route=~\"/api/.*\"}[5m]))", "http_server_request_duration_seconds_bucket")]
    [InlineData("1 - node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes > 0.85", "node_memory_MemAvailable_bytes,node_memory_MemTotal_bytes")]
    [InlineData("sum(rate(a_total[5m])) / ignoring (cache) group_left b_total and on (job) up == 0", "a_total,b_total,up")]
    [InlineData("dixis_tls_certificate_expiry_timestamp_seconds - time() < 7 * 86400", "dixis_tls_certificate_expiry_timestamp_seconds")]
    public void Metric_names_are_read_from_promql(string expression, string expected)
    {
        Assert.Equal(expected.Split(',').Order(), PromQl.MetricNames(expression).Order());
    }

    [Fact]
    public void Every_alert_has_severity_summary_description_and_a_runbook_anchor_that_exists()
    {
        var anchors = Heading().Matches(RepositoryFiles.ReadText("docs/runbooks.md"))
            .Select(m => Regex.Replace(m.Groups[1].Value.Trim().ToLowerInvariant(), @"[^\w\- ]", "").Replace(' ', '-'))
            .ToHashSet();
        var alerts = AlertRules().ToList();
        Assert.True(alerts.Count >= 12, "the seed's ten alerts plus target down");
        foreach (var rule in alerts)
        {
            var name = rule["alert"]!.ToString();
            Assert.Contains(rule["labels"]?["severity"]?.ToString(), new[] { "critical", "warning" });
            Assert.NotNull(rule["for"]);
            Assert.False(string.IsNullOrWhiteSpace(rule["annotations"]?["summary"]?.ToString()), $"{name}: summary");
            Assert.False(string.IsNullOrWhiteSpace(rule["annotations"]?["description"]?.ToString()), $"{name}: description");
            var runbook = rule["annotations"]?["runbook_url"]?.ToString() ?? "";
            Assert.Matches(@"/docs/runbooks\.md#[a-z0-9-]+$", runbook);
            var anchor = runbook[(runbook.IndexOf('#', StringComparison.Ordinal) + 1)..];
            Assert.True(anchors.Contains(anchor), $"{name}: docs/runbooks.md has no heading for #{anchor}");
            Assert.Equal(name.ToLowerInvariant(), anchor);
        }
    }

    [Fact]
    public void The_seed_alerts_are_all_defined()
    {
        var names = AlertRules().Select(r => r["alert"]!.ToString()).ToHashSet();
        Assert.Superset(new HashSet<string> {"PaymentFailures", "DatabaseUnreachable", "TlsCertificateExpiresSoon", "HighMemoryUsage", "QueueJobsFailing",
            "SlowDatabaseQueries", "HighErrorRate", "DiskSpaceLow", "HighCacheMissRate", "SearchIndexUnhealthy", "TargetDown"}, names);
    }

    [Fact]
    public void Every_alert_has_a_promtool_test_where_it_fires_and_one_where_it_stays_silent()
    {
        var cases = Directory.GetFiles(RepositoryFiles.PathOf("deploy/prometheus/tests"), "*-test.yml")
            .SelectMany(f => RepositoryFiles.LoadYaml(Path.GetRelativePath(RepositoryFiles.Root, f))["tests"]!.AsArray())
            .SelectMany(t => t!["alert_rule_test"]?.AsArray() ?? [])
            .Select(c => (Alert: c!["alertname"]!.ToString(), Fires: c["exp_alerts"] is JsonArray { Count: > 0 }))
            .ToList();
        foreach (var name in AlertRules().Select(r => r["alert"]!.ToString()))
        {
            Assert.True(cases.Any(c => c.Alert == name && c.Fires), $"{name} has no test where it fires");
            Assert.True(cases.Any(c => c.Alert == name && !c.Fires), $"{name} has no test where it stays silent");
        }
    }

    [GeneratedRegex(@"`([a-zA-Z_:][a-zA-Z0-9_:]*)`")]
    private static partial Regex Backticked();

    [GeneratedRegex(@"^#{2,3}\s+(.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
