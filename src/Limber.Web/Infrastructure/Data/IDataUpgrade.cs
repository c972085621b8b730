namespace Limber.Infrastructure.Data;

/// <summary>
/// A change to stored data that SQL cannot make (it needs the app's code, such as the Markdown
/// renderer), run after the migrations whenever a start or the <c>migrate</c> command applied some:
/// once per upgrade of the site, not on every start. Each must be idempotent.
/// </summary>
public interface IDataUpgrade
{
    Task RunAsync(AppDbContext db, CancellationToken cancellationToken);
}
