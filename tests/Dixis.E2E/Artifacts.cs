namespace Dixis.E2E;

/// <summary>
/// Where a failing test leaves its screenshot and page HTML: <c>TestResults/e2e/</c> at the repository root
/// (or <c>DIXIS_E2E_ARTIFACTS</c>), one <c>&lt;test&gt;.png</c> and <c>&lt;test&gt;.html</c> per failure, beside
/// <c>storefront.log</c> (the storefront process's output).
/// </summary>
public static class Artifacts
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Folder { get; } =
        Environment.GetEnvironmentVariable("DIXIS_E2E_ARTIFACTS") is { Length: > 0 } folder ? folder : Path.Combine(RepositoryRoot, "TestResults", "e2e");

    public static string SafeName(string name) =>
        string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_'));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dixis.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Dixis.slnx not found above " + AppContext.BaseDirectory);
    }
}
