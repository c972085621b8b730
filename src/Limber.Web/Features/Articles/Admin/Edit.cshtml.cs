using Limber.Features.Accounts;
using Limber.Features.Categories;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Media;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Articles.Admin;

[RequestFormLimits(MultipartBodyLengthLimit = 3 * ImageStore.MaxBytes)]
[RequestSizeLimit(3 * ImageStore.MaxBytes)]
public sealed class EditModel(AppDbContext db, SaveArticle save, MarkdownRenderer markdown, ImageStore images, PageCacheEvictions cache,
    Comments.CommentTargets comments, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ArticleForm Input { get; set; } = new();

    public Article? Existing { get; private set; }

    public List<Category> AllCategories { get; private set; } = [];

    public string? PreviewHtml { get; private set; }

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    [TempData]
    public string? Flash { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (Existing is not null)
        {
            Input = ArticleForm.From(Existing);
        }
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(Guid? id, CancellationToken ct) => SaveAsync(id, SaveArticle.Action.Save, ct);

    public Task<IActionResult> OnPostPublishAsync(Guid? id, CancellationToken ct) => SaveAsync(id, SaveArticle.Action.Publish, ct);

    public Task<IActionResult> OnPostUnpublishAsync(Guid? id, CancellationToken ct) => SaveAsync(id, SaveArticle.Action.Unpublish, ct);

    public async Task<IActionResult> OnPostPreviewAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        PreviewHtml = markdown.ToSafeHtml(Input.Body ?? "");
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var article = await db.Articles.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }
        // Its discussion goes with it, together: no foreign key ties comments to articles (docs/decisions/0014).
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await comments.DeleteThreadAsync(ArticleCommentTarget.TargetKind, article.Id, cancellationToken);
            db.Articles.Remove(article);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await cache.ContentChangedAsync(cancellationToken);
        images.Delete(article.FeaturedImagePath);
        Flash = $"Deleted “{article.Title}”.";
        return RedirectToPage("/Articles/Admin/Index");
    }

    private async Task<IActionResult> SaveAsync(Guid? id, SaveArticle.Action action, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            // Only binding can fail here (e.g. a malformed date); the form comes back with what was typed.
            await LoadAsync(id, cancellationToken);
            return Page();
        }
        var result = await save.HandleAsync(id, Input.ToInput(action), User.UserId(), cancellationToken);
        if (result is null)
        {
            return NotFound();
        }
        if (!result.Succeeded)
        {
            foreach (var (field, message) in result.Errors)
            {
                ModelState.AddModelError($"{nameof(Input)}.{field}", message);
            }
            await LoadAsync(id, cancellationToken);
            return Page();
        }
        var article = result.Article!;
        Flash = (action, article.StateAt(Now)) switch
        {
            (SaveArticle.Action.Publish, ArticleState.Scheduled) => $"Scheduled for {article.PublishedAtUtc:d MMM yyyy HH:mm} UTC.",
            (SaveArticle.Action.Publish, _) => "Published.",
            (SaveArticle.Action.Unpublish, _) => "Unpublished: the article is a draft again.",
            _ => "Saved.",
        };
        return RedirectToPage(new { id = article.Id });
    }

    private async Task<bool> LoadAsync(Guid? id, CancellationToken cancellationToken)
    {
        AllCategories = await db.Categories.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);
        if (id is null)
        {
            return true;
        }
        Existing = await db.Articles.AsNoTracking().Include(a => a.Categories).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return Existing is not null;
    }
}
