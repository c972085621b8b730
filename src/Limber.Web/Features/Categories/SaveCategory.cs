using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Categories;

/// <summary>Creates or renames a category.</summary>
public sealed class SaveCategory(AppDbContext db, PageCacheEvictions cache)
{
    public static class Messages
    {
        public const string NameRequired = "Give the category a name.";
        public const string NameTooLong = "The name is at most 50 characters.";
        public const string SlugInvalid = "Use lower-case letters, digits and single hyphens, e.g. back-care.";
        public const string SlugTaken = "Another category already uses this slug.";
        public const string DescriptionTooLong = "The description is at most 500 characters.";
    }

    public sealed record Input(string? Name, string? Slug, string? Description);

    /// <param name="id">The category to rename, or null to create one.</param>
    /// <returns>The saved category; not found when <paramref name="id"/> names none; else the fields to fix (nothing saved).</returns>
    public async Task<Result<Category>> HandleAsync(Guid? id, Input input, CancellationToken cancellationToken)
    {
        var category = id is null ? new Category() : await db.Categories.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null)
        {
            return Result.NotFound();
        }
        var errors = new Dictionary<string, string>();
        var name = input.Name?.Trim() ?? "";
        var slug = string.IsNullOrWhiteSpace(input.Slug) ? Slugs.From(name) : input.Slug.Trim();
        var description = input.Description?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors[nameof(Input.Name)] = Messages.NameRequired;
        }
        else if (name.Length > Category.NameMaxLength)
        {
            errors[nameof(Input.Name)] = Messages.NameTooLong;
        }
        if (name.Length > 0 && (!Slugs.IsValid(slug) || slug.Length > Category.SlugMaxLength))
        {
            errors[nameof(Input.Slug)] = Messages.SlugInvalid;
        }
        else if (name.Length > 0 && await db.Categories.AnyAsync(c => c.Slug == slug && c.Id != category.Id, cancellationToken))
        {
            errors[nameof(Input.Slug)] = Messages.SlugTaken;
        }
        if (description.Length > Category.DescriptionMaxLength)
        {
            errors[nameof(Input.Description)] = Messages.DescriptionTooLong;
        }
        if (errors.Count > 0)
        {
            return Result.Invalid(errors);
        }
        category.Name = name;
        category.Slug = slug;
        category.Description = description;
        if (id is null)
        {
            db.Categories.Add(category);
        }
        await db.SaveChangesAsync(cancellationToken);
        await cache.ContentChangedAsync(cancellationToken);
        return Result.Ok(category);
    }
}
