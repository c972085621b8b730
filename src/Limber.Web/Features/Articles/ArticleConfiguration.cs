using Limber.Infrastructure.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Limber.Features.Articles;

public sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.Slug).HasMaxLength(Article.SlugMaxLength).IsRequired();
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.Property(a => a.Title).HasMaxLength(Article.TitleMaxLength).IsRequired();
        builder.Property(a => a.Excerpt).HasMaxLength(Article.ExcerptMaxLength).IsRequired();
        builder.Property(a => a.BodyMarkdown).HasMaxLength(Article.BodyMaxLength).IsRequired();
        builder.Property(a => a.BodyHtml).IsRequired();
        builder.Property(a => a.TeaserHtml).IsRequired();
        builder.Property(a => a.FeaturedImagePath).HasMaxLength(191);
        builder.Property(a => a.FeaturedImageAlt).HasMaxLength(AltText.MaxLength);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Visibility).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(a => a.Author).WithMany().HasForeignKey(a => a.AuthorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(a => a.Categories).WithMany(c => c.Articles).UsingEntity("ArticleCategories");
        // The home page, lists and feed all read "live articles, newest first".
        builder.HasIndex(a => new { a.Status, a.PublishedAtUtc });
    }
}
