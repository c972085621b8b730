using Limber.Features.Accounts;
using Limber.Features.Articles;
using Limber.Features.Categories;
using Limber.Features.Home;
using Limber.Features.Search;
using Limber.Infrastructure;
using Limber.Infrastructure.Cli;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatform();
builder.Services
    .AddAccounts()
    .AddArticles()
    .AddCategories()
    .AddSearch();

var app = builder.Build();
if (AdminCommands.IsCommand(args))
{
    return await AdminCommands.RunAsync(app, args);
}

app.UsePlatform();
app.MapSeo();
app.MapAccounts();
app.MapArticles();

await app.RunAsync();
return 0;
