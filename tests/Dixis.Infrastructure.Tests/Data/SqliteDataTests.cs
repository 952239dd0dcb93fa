namespace Dixis.Infrastructure.Tests.Data;

public sealed class SqliteDataTests(SqliteDatabaseFixture database) : DataTestsBase(database), IClassFixture<SqliteDatabaseFixture>;
