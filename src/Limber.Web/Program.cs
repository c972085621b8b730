using Limber.Features.Accounts;
using Limber.Features.Articles;
using Limber.Features.BackCare;
using Limber.Features.Categories;
using Limber.Features.Comments;
using Limber.Features.Favorites;
using Limber.Features.FoodJournal;
using Limber.Features.Foods;
using Limber.Features.Home;
using Limber.Features.Memberships;
using Limber.Features.Notifications;
using Limber.Features.Recipes;
using Limber.Features.Schedules;
using Limber.Features.Search;
using Limber.Features.Settings;
using Limber.Features.Workouts;
using Limber.Infrastructure;
using Limber.Infrastructure.Cli;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatform();
builder.Services
    .AddAccounts()
    .AddArticles()
    .AddBackCare()
    .AddCategories()
    .AddComments()
    .AddFavorites()
    .AddFoodJournal()
    .AddFoods()
    .AddMemberships()
    .AddNotifications()
    .AddRecipes()
    .AddSchedules()
    .AddSearch()
    .AddSettings()
    .AddWorkouts(builder.Configuration);

var app = builder.Build();
if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(app, args);
}

app.UsePlatform();
app.MapSeo();
app.MapAccounts();
app.MapArticles();
app.MapBackCare();
app.MapComments();
app.MapFavorites();
app.MapFoodJournal();
app.MapFoods();
app.MapMemberships();
app.MapNotifications();
app.MapRecipes();
app.MapSchedules();
app.MapWorkouts();

await app.RunAsync();
return 0;
