using System.Net;
using Limber.Features.Categories;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Categories;

public sealed class ManagingCategoriesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Create_Category_MakesItsPageAndSlug()
    {
        var client = app.CreateClient(await app.GivenEditorAsync());
        var form = (await client.GetDocumentAsync("/admin/categories")).Form("aside form");
        var name = "Mobility " + Guid.NewGuid().ToString("N")[..5];

        var response = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Description"] = "Moving well.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var slug = await app.WithDbAsync(db => db.Categories.Where(c => c.Name == name).Select(c => c.Slug).SingleAsync());
        Assert.StartsWith("mobility-", slug);
        var page = await app.CreateClient(signedInAs: null).GetDocumentAsync($"/categories/{slug}");
        Assert.Equal(name, page.Text("h1"));
    }

    [Fact]
    public async Task Create_EmptyName_SaysSoAndKeepsTheDescription()
    {
        var client = app.CreateClient(await app.GivenEditorAsync());
        var form = (await client.GetDocumentAsync("/admin/categories")).Form("aside form");

        var response = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Description"] = "Kept text" });

        var page = await Html.ParseAsync(response);
        Assert.Equal(SaveCategory.Messages.NameRequired, page.FieldError("Input.Name"));
        Assert.Equal("Kept text", page.QuerySelector<AngleSharp.Html.Dom.IHtmlTextAreaElement>("#Input_Description")!.Value);
    }

    [Fact]
    public async Task Create_TakenSlug_IsRejected()
    {
        var existing = await app.GivenCategoryAsync();
        var client = app.CreateClient(await app.GivenEditorAsync());
        var form = (await client.GetDocumentAsync("/admin/categories")).Form("aside form");

        var response = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Name"] = "Copy", ["Input.Slug"] = existing.Slug });

        Assert.Equal(SaveCategory.Messages.SlugTaken, (await Html.ParseAsync(response)).FieldError("Input.Slug"));
    }

    [Fact]
    public async Task Delete_Category_KeepsItsArticles()
    {
        var category = await app.GivenCategoryAsync();
        var article = await app.GivenArticleAsync(category: category);
        var client = app.CreateClient(await app.GivenEditorAsync());
        var page = await client.GetDocumentAsync("/admin/categories");
        var deleteForm = page.QuerySelectorAll<AngleSharp.Html.Dom.IHtmlFormElement>("form.inline-form")
            .Single(f => f.TextContent.Contains(category.Name, StringComparison.Ordinal));

        var response = await client.SubmitAsync(deleteForm);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/categories/{category.Slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/articles/{article.Slug}")).StatusCode);
    }

    [Fact]
    public async Task Edit_UnknownCategory_Is404()
    {
        var client = app.CreateClient(await app.GivenEditorAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/categories?id={Guid.NewGuid()}")).StatusCode);
    }
}
