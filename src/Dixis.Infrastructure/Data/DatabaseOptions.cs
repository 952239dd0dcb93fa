namespace Dixis.Infrastructure.Data;

/// <summary>Settings of section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default) or <c>MySql</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>MariaDB server version the MySQL provider targets (no round trip at start-up).</summary>
    public string ServerVersion { get; set; } = "10.11.0-mariadb";
}
