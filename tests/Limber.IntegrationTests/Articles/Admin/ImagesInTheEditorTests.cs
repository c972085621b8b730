using System.Net;
using Limber.Features.Articles;
using Limber.Features.Articles.Admin;
using Limber.Infrastructure.Media;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Articles.Admin;

/// <summary>Featured images with alt text, kept across a preview or a refused save, and pictures inserted into the body.</summary>
public sealed class ImagesInTheEditorTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Editor = "/admin/articles/edit";

    private static Dictionary<string, (string, byte[], string)> File(string field, byte[]? bytes = null) =>
        new() { [field] = ("photo.png", bytes ?? TestImages.Png(640, 480), "image/png") };

    private async Task<(HttpClient Client, IHtmlFormElement Form)> OpenEditorAsync()
    {
        var client = app.CreateClient(await app.GivenEditorAsync());
        return (client, (await client.GetDocumentAsync(Editor)).Form("form.editor"));
    }

    private int UploadedFiles() =>
        Directory.Exists(Path.Combine(app.DataPath, "uploads")) ? Directory.EnumerateFiles(Path.Combine(app.DataPath, "uploads"), "*", SearchOption.AllDirectories).Count() : 0;

    private static string Unique(string text) => $"{text} {Guid.NewGuid().ToString("N")[..8]}";

    [Fact]
    public async Task Publish_WithAltText_ShowsItOnTheArticleAndItsCard_AndNoneIsDecorative()
    {
        var category = await app.GivenCategoryAsync();
        var (client, form) = await OpenEditorAsync();
        var title = Unique("Described");

        var response = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Body"] = "Body.",
            ["Input.CategoryIds"] = category.Id.ToString(),
            ["Input.ImageAlt"] = "  A woman on an inversion table,\n  tilted back  ",
        }, form.Button("Publish"), File("Input.Image"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var article = await app.WithDbAsync(db => db.Articles.SingleAsync(a => a.Title == title));
        Assert.Equal("A woman on an inversion table, tilted back", article.FeaturedImageAlt);
        var anonymous = app.CreateClient(signedInAs: null);
        var page = await anonymous.GetDocumentAsync($"/articles/{article.Slug}");
        Assert.Equal("A woman on an inversion table, tilted back", page.QuerySelector("img.article-image")!.GetAttribute("alt"));
        var card = (await anonymous.GetDocumentAsync($"/categories/{category.Slug}")).QuerySelector($".card-image[href='/articles/{article.Slug}'] img")!;
        Assert.Equal("A woman on an inversion table, tilted back", card.GetAttribute("alt"));

        var edit = (await client.GetDocumentAsync(response.Location()!)).Form("form.editor");
        Assert.Equal("A woman on an inversion table, tilted back", ((IHtmlInputElement)edit["Input.ImageAlt"]!).Value);
        await client.SubmitAsync(edit, new Dictionary<string, string> { ["Input.ImageAlt"] = "" }, edit.Button("Update"));
        Assert.Equal("", (await anonymous.GetDocumentAsync($"/articles/{article.Slug}")).QuerySelector("img.article-image")!.GetAttribute("alt"));
    }

    [Fact]
    public async Task Save_AltTextOver300Characters_SaysSoUnderTheField()
    {
        var (client, form) = await OpenEditorAsync();

        var response = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = Unique("Long alt"),
            ["Input.ImageAlt"] = new string('a', AltText.MaxLength + 1),
        }, form.Button("Save draft"));

        Assert.Equal(AltText.Messages.TooLong, (await Html.ParseAsync(response)).FieldError("Input.ImageAlt"));
    }

    [Fact]
    public async Task Preview_AfterChoosingAnImage_ShowsIt_AndTheNextSaveUsesIt()
    {
        var (client, form) = await OpenEditorAsync();
        var title = Unique("Previewed");

        var preview = await Html.ParseAsync(await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Body"] = "Text.",
            ["Input.ImageAlt"] = "Chosen picture",
        }, form.Button("Preview"), File("Input.Image")));

        var key = ((IHtmlInputElement)preview.Form("form.editor")["Input.PendingImage"]!).Value;
        Assert.Matches("^pending/[0-9a-f]{32}\\.jpg$", key);
        var shown = preview.QuerySelector("[data-test=preview-image]")!;
        Assert.Equal("/uploads/" + key, shown.GetAttribute("src"));
        Assert.Equal("Chosen picture", shown.GetAttribute("alt"));
        Assert.Equal("image/jpeg", (await client.GetAsync("/uploads/" + key)).Content.Headers.ContentType!.MediaType);

        // The browser does not send the file again: the key in the form carries it.
        var again = preview.Form("form.editor");
        var saved = await client.SubmitAsync(again, submitter: again.Button("Save draft"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var article = await app.WithDbAsync(db => db.Articles.SingleAsync(a => a.Title == title));
        Assert.Equal(PendingImages.SavedPath(key), article.FeaturedImagePath);
        Assert.True(System.IO.File.Exists(Path.Combine(app.DataPath, "uploads", article.FeaturedImagePath!)));
        Assert.False(System.IO.File.Exists(Path.Combine(app.DataPath, "uploads", key)));
        var edit = await client.GetDocumentAsync(saved.Location()!);
        Assert.Equal("/uploads/" + article.FeaturedImagePath, edit.QuerySelector("img.current-image")!.GetAttribute("src"));
    }

    [Fact]
    public async Task Publish_RefusedForAnotherField_KeepsTheChosenImage_ForTheNextTry()
    {
        var category = await app.GivenCategoryAsync();
        var (client, form) = await OpenEditorAsync();
        var title = Unique("Second try");

        var refused = await Html.ParseAsync(await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = title, ["Input.Body"] = "Body." },
            form.Button("Publish"), File("Input.Image")));

        Assert.Equal(SaveArticle.Messages.CategoryRequiredToPublish, refused.FieldError("Input.CategoryIds"));
        Assert.NotNull(refused.QuerySelector("[data-test=pending-image]"));
        var retry = refused.Form("form.editor");
        var published = await client.SubmitAsync(retry, new Dictionary<string, string> { ["Input.CategoryIds"] = category.Id.ToString() }, retry.Button("Publish"));

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.NotNull(await app.WithDbAsync(db => db.Articles.Where(a => a.Title == title).Select(a => a.FeaturedImagePath).SingleAsync()));
    }

    [Fact]
    public async Task Update_SameFormPostedTwice_KeepsTheImageTheFirstPostSaved()
    {
        var article = await app.GivenArticleAsync(category: await app.GivenCategoryAsync());
        var client = app.CreateClient(await app.GivenEditorAsync());
        var form = (await client.GetDocumentAsync($"{Editor}/{article.Id}")).Form("form.editor");
        var preview = (await Html.ParseAsync(await client.SubmitAsync(form, submitter: form.Button("Preview"), files: File("Input.Image")))).Form("form.editor");
        var key = ((IHtmlInputElement)preview["Input.PendingImage"]!).Value;

        // A double click: the second post names the pending image the first one has just saved.
        var first = await client.SubmitAsync(preview, submitter: preview.Button("Update"));
        var second = await client.SubmitAsync(preview, submitter: preview.Button("Update"));

        Assert.True(first.StatusCode == HttpStatusCode.Redirect, "first: " + (await Html.ParseAsync(first)).QuerySelector("form.editor")?.TextContent);
        Assert.True(second.StatusCode == HttpStatusCode.Redirect, "second: " + string.Join(" | ", (await Html.ParseAsync(second)).QuerySelectorAll(".field-error, .form-errors").Select(e => e.TextContent.Trim())));
        var saved = await app.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).Select(a => a.FeaturedImagePath).SingleAsync());
        Assert.Equal(PendingImages.SavedPath(key), saved);
        Assert.True(System.IO.File.Exists(Path.Combine(app.DataPath, "uploads", saved!)));
    }

    public static TheoryData<string> ForgedKeys => new()
    {
        "../keys/key-0.xml",
        "images/0193aaaabbbbccccddddeeeeffff0000.jpg",
        "pending/../images/0193aaaabbbbccccddddeeeeffff0000.jpg",
        "pending/0193aaaabbbbccccddddeeeeffff0000.jpg", // well formed, but never stored
        "pending/0193AAAABBBBCCCCDDDDEEEEFFFF0000.jpg",
        "pending/0193aaaabbbbccccddddeeeeffff0000.jpg\n",
        "/etc/passwd",
    };

    [Theory]
    [MemberData(nameof(ForgedKeys))]
    public async Task Save_WithAPendingKeyTheStoreDidNotMake_IsRefused(string key)
    {
        var (client, form) = await OpenEditorAsync();
        var title = Unique("Forged");

        foreach (var button in new[] { "Save draft", "Preview" })
        {
            var response = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = title, ["Input.PendingImage"] = key },
                form.Button(button));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await Html.ParseAsync(response);
            Assert.Equal(PendingImages.Messages.Gone, page.FieldError("Input.Image"));
            Assert.Null(page.QuerySelector("[data-test=pending-image]"));
            Assert.Null(page.QuerySelector("[data-test=preview-image]"));
        }
        Assert.False(await app.WithDbAsync(db => db.Articles.AnyAsync(a => a.Title == title)));
    }

    [Fact]
    public async Task Save_ErrorsAreShownOnce_UnderTheirFields()
    {
        var (client, form) = await OpenEditorAsync();

        var page = await Html.ParseAsync(await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = "" }, form.Button("Publish")));

        var text = page.Body!.TextContent;
        foreach (var message in new[] { SaveArticle.Messages.TitleRequired, SaveArticle.Messages.BodyRequiredToPublish, SaveArticle.Messages.CategoryRequiredToPublish })
        {
            Assert.Single(text.Split(message)[1..]);
        }
        Assert.Equal(EditModel.Messages.NotSaved, page.Text(".form-errors"));
    }

    [Fact]
    public async Task InsertImage_WithoutJavaScript_AppendsItsMarkdown_AndKeepsWhatWasTyped()
    {
        var (client, form) = await OpenEditorAsync();
        var title = Unique("Pictured");

        var response = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Excerpt"] = "My excerpt",
            ["Input.Body"] = "First line typed.\r\nSecond line.",
            ["Input.BodyImageAlt"] = "Chin tuck, [side] view",
        }, form.Button("Insert image"), File("Input.BodyImage"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        var body = page.QuerySelector<IHtmlTextAreaElement>("#Input_Body")!.Value;
        var match = System.Text.RegularExpressions.Regex.Match(body,
            @"^First line typed\.\nSecond line\.\n\n!\[Chin tuck, \\\[side\\\] view\]\((/uploads/images/[0-9a-f]{32}\.jpg)\)\n$");
        Assert.True(match.Success, body);
        Assert.Equal(title, page.QuerySelector<IHtmlInputElement>("#Input_Title")!.Value);
        Assert.Equal("My excerpt", page.QuerySelector<IHtmlTextAreaElement>("#Input_Excerpt")!.Value);
        Assert.Equal("", page.QuerySelector<IHtmlInputElement>("#Input_BodyImageAlt")!.Value);
        Assert.Equal(EditModel.Messages.Inserted, page.Text("form.editor [role=status]"));
        var image = await client.GetAsync(match.Groups[1].Value);
        Assert.Equal("image/jpeg", image.Content.Headers.ContentType!.MediaType);
        Assert.False(await app.WithDbAsync(db => db.Articles.AnyAsync(a => a.Title == title)));
    }

    [Fact]
    public async Task InsertImage_AtTheCursor_PutsItInAParagraphOfItsOwn_AndPublishedItRendersWithItsAlt()
    {
        var category = await app.GivenCategoryAsync();
        var (client, form) = await OpenEditorAsync();
        var title = Unique("Cursor");

        var inserted = await Html.ParseAsync(await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Body"] = "Before.\r\nAfter.",
            ["Input.CategoryIds"] = category.Id.ToString(),
            ["Input.BodyImageAlt"] = "Wall angels",
            ["Input.InsertAt"] = "8", // just after "Before.\n", as the browser counts
        }, form.Button("Insert image"), File("Input.BodyImage")));
        var body = inserted.QuerySelector<IHtmlTextAreaElement>("#Input_Body")!.Value;
        Assert.Matches(@"^Before\.\n\n!\[Wall angels\]\(/uploads/images/[0-9a-f]{32}\.jpg\)\n\nAfter\.$", body);

        var next = inserted.Form("form.editor");
        var published = await client.SubmitAsync(next, submitter: next.Button("Publish"));

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var slug = await app.WithDbAsync(db => db.Articles.Where(a => a.Title == title).Select(a => a.Slug).SingleAsync());
        var img = (await app.CreateClient(signedInAs: null).GetDocumentAsync($"/articles/{slug}")).QuerySelector("[data-test=article-body] img")!;
        Assert.Matches("^/uploads/images/[0-9a-f]{32}\\.jpg$", img.GetAttribute("src"));
        Assert.Equal("Wall angels", img.GetAttribute("alt"));
    }

    [Theory]
    [InlineData("not-a-number")]
    [InlineData("-5")]
    [InlineData("99999")]
    public async Task InsertImage_WithAMalformedCursor_GoesAtTheEnd(string at)
    {
        var (client, form) = await OpenEditorAsync();

        var page = await Html.ParseAsync(await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "Cursor",
            ["Input.Body"] = "Text.",
            ["Input.InsertAt"] = at,
        }, form.Button("Insert image"), File("Input.BodyImage")));

        Assert.Matches(@"^Text\.\n\n!\[\]\(/uploads/images/[0-9a-f]{32}\.jpg\)\n$", page.QuerySelector<IHtmlTextAreaElement>("#Input_Body")!.Value);
    }

    [Fact]
    public async Task InsertImage_NotAnImage_OrNoFile_SaysSo_AndKeepsTheBody()
    {
        var (client, form) = await OpenEditorAsync();
        var typed = new Dictionary<string, string> { ["Input.Title"] = "Kept", ["Input.Body"] = "Typed body." };

        var notImage = await Html.ParseAsync(await client.SubmitAsync(form, typed, form.Button("Insert image"),
            File("Input.BodyImage", "<?php echo 1; ?>"u8.ToArray())));
        var noFile = await Html.ParseAsync(await client.SubmitAsync(form, typed, form.Button("Insert image")));
        var longAlt = await Html.ParseAsync(await client.SubmitAsync(form, new Dictionary<string, string>(typed) { ["Input.BodyImageAlt"] = new string('x', 301) },
            form.Button("Insert image"), File("Input.BodyImage")));

        Assert.Equal(ImageStore.Messages.NotAnImage, notImage.FieldError("Input.BodyImage"));
        Assert.Equal(EditModel.Messages.ChooseBodyImage, noFile.FieldError("Input.BodyImage"));
        Assert.Equal(AltText.Messages.TooLong, longAlt.FieldError("Input.BodyImageAlt"));
        Assert.All(new[] { notImage, noFile, longAlt }, p => Assert.Equal("Typed body.", p.QuerySelector<IHtmlTextAreaElement>("#Input_Body")!.Value));
    }

    [Theory]
    [InlineData("Preview")]
    [InlineData("InsertImage")]
    [InlineData("Save")]
    public async Task EditorPost_AnonymousOrMember_ChangesNothing(string handler)
    {
        var title = Unique("Intruder");
        var uploadsBefore = UploadedFiles();
        foreach (var user in new[] { null, await app.GivenMemberAsync() })
        {
            var content = new MultipartFormDataContent
            {
                { new StringContent(title), "Input.Title" },
                { new ByteArrayContent(TestImages.Png(16, 16)), "Input.Image", "x.png" },
                { new ByteArrayContent(TestImages.Png(16, 16)), "Input.BodyImage", "y.png" },
            };

            var response = await app.CreateClient(user).PostAsync($"{Editor}?handler={handler}", content);

            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        }
        Assert.False(await app.WithDbAsync(db => db.Articles.AnyAsync(a => a.Title == title)));
        Assert.Equal(uploadsBefore, UploadedFiles());
    }
}
