using System.Net;
using Limber.Features.Articles;
using Limber.Infrastructure.Media;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Articles.Admin;

/// <summary>The editor's round trip through the real admin forms (antiforgery included).</summary>
public sealed class PublishingArticlesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Editor = "/admin/articles/edit";

    private async Task<(HttpClient Client, AngleSharp.Html.Dom.IHtmlFormElement Form)> OpenEditorAsync(string url = Editor)
    {
        var client = app.CreateClient(await app.GivenEditorAsync());
        var page = await client.GetDocumentAsync(url);
        return (client, page.Form("form.editor"));
    }

    [Fact]
    public async Task Publish_NewArticle_AppearsOnTheHomePageAndInTheFeed()
    {
        var category = await app.GivenCategoryAsync();
        var (client, form) = await OpenEditorAsync();

        var response = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "My First Real Post",
            ["Input.Body"] = "Hello **readers**.",
            ["Input.CategoryIds"] = category.Id.ToString(),
        }, form.Button("Publish"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var edit = await client.GetDocumentAsync(response.Location()!);
        Assert.Equal("Published.", edit.Text("[role=status]"));
        var anonymous = app.CreateClient(signedInAs: null);
        Assert.Contains("My First Real Post", (await anonymous.GetDocumentAsync("/")).DocumentElement.TextContent);
        Assert.Contains("My First Real Post", await anonymous.GetStringAsync("/feed.xml"));
        var article = await anonymous.GetDocumentAsync("/articles/my-first-real-post");
        Assert.Equal("Hello readers.", article.Text("[data-test=article-body]"));
    }

    [Fact]
    public async Task SaveDraft_IsNotPublic_UntilPublished()
    {
        var (client, form) = await OpenEditorAsync();

        var response = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "Quiet draft " + Guid.NewGuid().ToString("N")[..6],
        }, form.Button("Save draft"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var slug = await app.WithDbAsync(db => db.Articles.Where(a => a.Title.StartsWith("Quiet draft")).Select(a => a.Slug).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient(signedInAs: null).GetAsync($"/articles/{slug}")).StatusCode);
        var admin = await client.GetDocumentAsync("/admin/articles");
        Assert.Contains("Quiet draft", admin.DocumentElement.TextContent);
    }

    [Fact]
    public async Task Publish_WithoutTitleBodyOrCategory_KeepsWhatWasTypedAndSaysWhatToFix()
    {
        var (client, form) = await OpenEditorAsync();
        const string excerpt = "An excerpt I typed with care ✍️";

        var response = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "",
            ["Input.Excerpt"] = excerpt,
        }, form.Button("Publish"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(SaveArticle.Messages.TitleRequired, page.FieldError("Input.Title"));
        Assert.Equal(SaveArticle.Messages.BodyRequiredToPublish, page.FieldError("Input.Body"));
        Assert.Equal(SaveArticle.Messages.CategoryRequiredToPublish, page.FieldError("Input.CategoryIds"));
        Assert.Equal(excerpt, page.QuerySelector<AngleSharp.Html.Dom.IHtmlTextAreaElement>("#Input_Excerpt")!.Value);
    }

    [Fact]
    public async Task Save_TakenSlug_IsRejectedAndTheBodyIsKept()
    {
        var existing = await app.GivenArticleAsync();
        var (client, form) = await OpenEditorAsync();

        var response = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "Another",
            ["Input.Slug"] = existing.Slug,
            ["Input.Body"] = "A long body I do not want to lose.",
        }, form.Button("Save draft"));

        var page = await Html.ParseAsync(response);
        Assert.Equal(SaveArticle.Messages.SlugTaken, page.FieldError("Input.Slug"));
        Assert.Equal("A long body I do not want to lose.", page.QuerySelector<AngleSharp.Html.Dom.IHtmlTextAreaElement>("#Input_Body")!.Value);
    }

    [Theory]
    [InlineData("Bad Slug!")]
    [InlineData("-starts-with-hyphen")]
    [InlineData("double--hyphen")]
    public async Task Save_MalformedSlug_IsRejected(string slug)
    {
        var (client, form) = await OpenEditorAsync();

        var response = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "Title",
            ["Input.Slug"] = slug,
        }, form.Button("Save draft"));

        Assert.Equal(SaveArticle.Messages.SlugInvalid, (await Html.ParseAsync(response)).FieldError("Input.Slug"));
    }

    [Fact]
    public async Task Save_NotAnImage_IsRejectedWithAClearMessage()
    {
        var (client, form) = await OpenEditorAsync();

        var response = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = "With a fake image" },
            form.Button("Save draft"),
            new Dictionary<string, (string, byte[], string)> { ["Input.Image"] = ("photo.png", "<?php echo 1; ?>"u8.ToArray(), "image/png") });

        var page = await Html.ParseAsync(response);
        Assert.Equal(ImageStore.Messages.NotAnImage, page.FieldError("Input.Image"));
        Assert.Equal("With a fake image", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Title")!.Value);
    }

    [Fact]
    public async Task Save_OversizeImage_IsRejectedWithAClearMessage()
    {
        var (client, form) = await OpenEditorAsync();
        var big = new byte[ImageStore.MaxBytes + 1];
        TestImages.Png(8, 8).CopyTo(big, 0);

        var response = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = "Too big" },
            form.Button("Save draft"),
            new Dictionary<string, (string, byte[], string)> { ["Input.Image"] = ("big.png", big, "image/png") });

        Assert.Equal(ImageStore.Messages.TooLarge, (await Html.ParseAsync(response)).FieldError("Input.Image"));
    }

    [Fact]
    public async Task Save_RealImage_IsReencodedAndServedWithALongCacheLifetime()
    {
        var (client, form) = await OpenEditorAsync();

        var response = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = "With a photo" },
            form.Button("Save draft"),
            new Dictionary<string, (string, byte[], string)> { ["Input.Image"] = ("photo.webp", TestImages.Png(2400, 1200), "application/octet-stream") });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var edit = await client.GetDocumentAsync(response.Location()!);
        var src = edit.QuerySelector("img.current-image")!.GetAttribute("src")!;
        var image = await client.GetAsync(src);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/jpeg", image.Content.Headers.ContentType!.MediaType);
        Assert.Contains("immutable", image.Headers.CacheControl!.ToString());
        var bytes = await image.Content.ReadAsByteArrayAsync();
        using var decoded = SkiaSharp.SKBitmap.Decode(bytes);
        Assert.Equal(ImageStore.MaxWidth, decoded.Width);
    }

    [Fact]
    public async Task Preview_RendersWithoutSaving()
    {
        var (client, form) = await OpenEditorAsync();
        var before = await app.WithDbAsync(db => db.Articles.CountAsync());

        var response = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "Preview me",
            ["Input.Body"] = "## A heading\n\nText.",
        }, form.Button("Preview"));

        var page = await Html.ParseAsync(response);
        Assert.Equal("A heading", page.Text(".preview h2"));
        Assert.Equal(before, await app.WithDbAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task Publish_WithAFutureTime_SchedulesTheArticle()
    {
        var category = await app.GivenCategoryAsync();
        var (client, form) = await OpenEditorAsync();

        var response = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "Coming soon",
            ["Input.Body"] = "Soon.",
            ["Input.CategoryIds"] = category.Id.ToString(),
            ["Input.PublishAt"] = app.Now.AddDays(3).ToString("yyyy-MM-ddTHH:mm"),
        }, form.Button("Publish"));

        var edit = await client.GetDocumentAsync(response.Location()!);
        Assert.Equal("Scheduled", edit.Text("[data-test=article-state]"));
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient(signedInAs: null).GetAsync("/articles/coming-soon")).StatusCode);
    }

    [Fact]
    public async Task UnpublishThenDelete_TakesTheArticleDown()
    {
        var article = await app.GivenArticleAsync(category: await app.GivenCategoryAsync());
        var (client, form) = await OpenEditorAsync($"{Editor}/{article.Id}");

        var unpublished = await client.SubmitAsync(form, submitter: form.Button("Unpublish"));
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient(signedInAs: null).GetAsync($"/articles/{article.Slug}")).StatusCode);

        var edit = await client.GetDocumentAsync(unpublished.Location()!);
        var deleteForm = edit.Form("form.editor");
        var deleted = await client.SubmitAsync(deleteForm, submitter: deleteForm.Button("Delete article"));

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Articles.AnyAsync(a => a.Id == article.Id)));
    }

    [Fact]
    public async Task Edit_UnknownArticle_Is404()
    {
        var client = app.CreateClient(await app.GivenEditorAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Editor}/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Editor}/not-a-guid")).StatusCode);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        var client = app.CreateClient(await app.GivenEditorAsync());

        var response = await client.PostAsync($"{Editor}?handler=Publish", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Title"] = "Forged",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Articles.AnyAsync(a => a.Title == "Forged")));
    }
}
