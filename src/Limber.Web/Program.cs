using Limber.Features.Accounts;
using Limber.Features.Articles;
using Limber.Features.Categories;
using Limber.Features.Comments;
using Limber.Features.Home;
using Limber.Features.Memberships;
using Limber.Features.Search;
using Limber.Features.Workouts;
using Limber.Infrastructure;
using Limber.Infrastructure.Cli;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatform();
builder.Services
    .AddAccounts()
    .AddArticles()
    .AddCategories()
    .AddComments()
    .AddMemberships()
    .AddSearch()
    .AddWorkouts(builder.Configuration);

var app = builder.Build();
if (AdminCommands.IsCommand(args))
{
    return await AdminCommands.RunAsync(app, args);
}

app.UsePlatform();
app.MapSeo();
app.MapAccounts();
app.MapArticles();
app.MapComments();
app.MapMemberships();
app.MapWorkouts();

await app.RunAsync();
return 0;
