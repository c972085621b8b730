using Limber.Features.Accounts;
using Limber.Features.Categories;
using Limber.Features.Favorites;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Media;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Articles.Admin;

[RequestFormLimits(MultipartBodyLengthLimit = 3 * ImageStore.MaxBytes)]
[RequestSizeLimit(3 * ImageStore.MaxBytes)]
public sealed class EditModel(AppDbContext db, SaveArticle save, MarkdownRenderer markdown, ImageStore images, PendingImages pending,
    PageCacheEvictions cache, Comments.CommentTargets comments, TimeProvider clock) : PageModel
{
    public static class Messages
    {
        public const string NotSaved = "Not saved: please fix the fields marked below.";
        public const string ChooseBodyImage = "Choose an image to insert.";
        public const string Inserted = "Image inserted into the body. Save to keep it.";
    }

    [BindProperty]
    public ArticleForm Input { get; set; } = new();

    public Article? Existing { get; private set; }

    public List<Category> AllCategories { get; private set; } = [];

    public string? PreviewHtml { get; private set; }

    /// <summary>The featured image the preview shows: the one chosen in this form, or else the saved one (unless removed).</summary>
    public string? PreviewImage => Input.RemoveImage ? null : Input.PendingImage ?? Existing?.FeaturedImagePath;

    /// <summary>Said once after a body image was inserted (not kept for the next request, as <see cref="Flash"/> is).</summary>
    public string? Notice { get; private set; }

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
        await KeepChosenImageAsync(cancellationToken);
        PreviewHtml = markdown.ToSafeHtml(Input.Body ?? "");
        return Page();
    }

    /// <summary>
    /// "Insert image" without JavaScript: the posted form comes back with everything typed, the
    /// uploaded image stored and its Markdown in the body (at the cursor when the script said where).
    /// </summary>
    public async Task<IActionResult> OnPostInsertImageAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        await KeepChosenImageAsync(cancellationToken);
        if (AltText.Clean(Input.BodyImageAlt)?.Length > AltText.MaxLength)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.BodyImageAlt)}", AltText.Messages.TooLong);
            return Page();
        }
        if (Input.BodyImage is not { Length: > 0 } file)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.BodyImage)}", Messages.ChooseBodyImage);
            return Page();
        }
        var saved = await images.SaveAsync(file, "images", cancellationToken);
        if (saved.Error is not null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.BodyImage)}", saved.Error);
            return Page();
        }
        Input.Body = BodyImage.Insert(Input.Body, Input.InsertAt, BodyImage.Markdown(Input.BodyImageAlt, SiteUrls.Upload(saved.Path!)));
        Input.BodyImageAlt = null;
        Input.InsertAt = null;
        // The fields show the values set here, not the ones posted.
        ModelState.Remove($"{nameof(Input)}.{nameof(Input.Body)}");
        ModelState.Remove($"{nameof(Input)}.{nameof(Input.BodyImageAlt)}");
        ModelState.Remove($"{nameof(Input)}.{nameof(Input.InsertAt)}");
        Notice = Messages.Inserted;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, [FromServices] FavoritesService favorites, CancellationToken cancellationToken)
    {
        var article = await db.Articles.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }
        // Its discussion and the favorites pointing at it go with it, together: no foreign key ties them to articles (docs/decisions/0014).
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await comments.DeleteThreadAsync(ArticleCommentTarget.TargetKind, article.Id, cancellationToken);
            await favorites.ContentDeletedAsync(ArticleFavorites.Kind, article.Id, cancellationToken);
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
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        // Only binding can fail before the use case (e.g. a malformed date); the form comes back with what was typed.
        if (!await KeepChosenImageAsync(cancellationToken) || !ModelState.IsValid)
        {
            ModelState.AddModelError("", Messages.NotSaved);
            return Page();
        }
        var saved = await save.HandleAsync(id, Input.ToInput(action), User.UserId(), cancellationToken);
        if (!saved.Succeeded)
        {
            return this.Failed(saved, nameof(Input), Messages.NotSaved);
        }
        var article = saved.Value;
        Flash = (action, article.StateAt(Now)) switch
        {
            (SaveArticle.Action.Publish, ArticleState.Scheduled) => $"Scheduled for {article.PublishedAtUtc:d MMM yyyy HH:mm} UTC.",
            (SaveArticle.Action.Publish, _) => "Published.",
            (SaveArticle.Action.Unpublish, _) => "Unpublished: the article is a draft again.",
            _ => "Saved.",
        };
        return RedirectToPage(new { id = article.Id });
    }

    /// <summary>
    /// A featured image chosen in this post is checked and stored as pending at once, so a preview
    /// or a refused save does not lose it; its key goes back in the form. False (with the error under
    /// the field) when the file is refused or an earlier key is malformed or gone.
    /// </summary>
    private async Task<bool> KeepChosenImageAsync(CancellationToken cancellationToken)
    {
        var fresh = Input.Image is { Length: > 0 };
        var (key, error) = await pending.ChooseAsync(Input.Image, Input.PendingImage, Existing?.FeaturedImagePath, cancellationToken);
        ModelState.Remove($"{nameof(Input)}.{nameof(Input.PendingImage)}");
        Input.PendingImage = key;
        if (fresh && key is not null)
        {
            // A file chosen now is a new image, even with "Remove" still ticked from before.
            Input.RemoveImage = false;
            ModelState.Remove($"{nameof(Input)}.{nameof(Input.RemoveImage)}");
        }
        if (error is not null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Image)}", error);
        }
        return error is null;
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
