namespace Dixis.Infrastructure.Data;

/// <summary>The database engines Dixis runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded default: a file under ./data.</summary>
    Sqlite,

    /// <summary>MariaDB or MySQL through Pomelo, in the stacks.</summary>
    MySql,
}
