namespace Limber.Infrastructure.Data;

/// <summary>
/// Which database the site runs on, bound from <c>Limber:Database</c>.
/// SQLite (a file in the data folder) needs no setting at all; PostgreSQL needs
/// <c>Limber:Database:Provider=Postgres</c> and a connection string, which belongs in the
/// environment (<c>Limber__Database__ConnectionString</c>), never in a committed file.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "Limber:Database";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// ADO.NET connection string. For SQLite it defaults to <c>limber.db</c> in the data folder.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Apply pending migrations when the site starts (default). A multi-node deployment turns this
    /// off and runs <c>Limber.Web migrate</c> once before the nodes roll.
    /// </summary>
    public bool MigrateOnStart { get; set; } = true;
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
