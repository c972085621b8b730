using Limber.Features.Accounts;
using Limber.Features.Articles;
using Limber.Features.BackCare;
using Limber.Features.Categories;
using Limber.Features.Comments;
using Limber.Features.Favorites;
using Limber.Features.FoodJournal;
using Limber.Features.Foods;
using Limber.Features.Memberships;
using Limber.Features.Notifications;
using Limber.Features.Recipes;
using Limber.Features.Schedules;
using Limber.Features.Settings;
using Limber.Features.Workouts;
using Limber.Infrastructure.Jobs;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Limber.Infrastructure.Data;

/// <summary>
/// The one DbContext. Features query it directly; each entity's mapping sits beside the entity as
/// an <c>IEntityTypeConfiguration</c> and is picked up here. Two provider subclasses
/// (<see cref="SqliteAppDbContext"/>, <see cref="PostgresAppDbContext"/>) only pin the migration
/// sets; features never see them.
/// </summary>
public class AppDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<Comment> Comments => Set<Comment>();

    public DbSet<CommentReport> CommentReports => Set<CommentReport>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<SiteSettings> SiteSettings => Set<SiteSettings>();

    public DbSet<Tier> Tiers => Set<Tier>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<ComplimentaryGrant> ComplimentaryGrants => Set<ComplimentaryGrant>();

    public DbSet<ProcessedPaymentEvent> ProcessedPaymentEvents => Set<ProcessedPaymentEvent>();

    public DbSet<Workout> Workouts => Set<Workout>();

    public DbSet<WorkoutInterval> WorkoutIntervals => Set<WorkoutInterval>();

    public DbSet<Series> Series => Set<Series>();

    public DbSet<SeriesItem> SeriesItems => Set<SeriesItem>();

    public DbSet<WorkoutSession> WorkoutSessions => Set<WorkoutSession>();

    public DbSet<Favorite> Favorites => Set<Favorite>();

    public DbSet<EndedSession> EndedSessions => Set<EndedSession>();

    public DbSet<Job> Jobs => Set<Job>();

    public DbSet<Schedule> Schedules => Set<Schedule>();

    public DbSet<ScheduleDay> ScheduleDays => Set<ScheduleDay>();

    public DbSet<Enrolment> Enrolments => Set<Enrolment>();

    public DbSet<EnrolmentDay> EnrolmentDays => Set<EnrolmentDay>();

    public DbSet<SchedulePreferences> SchedulePreferences => Set<SchedulePreferences>();

    public DbSet<SelfCheck> SelfChecks => Set<SelfCheck>();

    public DbSet<InversionSession> InversionSessions => Set<InversionSession>();

    public DbSet<PainEntry> PainEntries => Set<PainEntry>();

    public DbSet<Food> Foods => Set<Food>();

    public DbSet<Recipe> Recipes => Set<Recipe>();

    public DbSet<RecipeIngredient> RecipeIngredients => Set<RecipeIngredient>();

    public DbSet<JournalEntry> JournalEntries => Set<JournalEntry>();

    public DbSet<NutritionGoals> NutritionGoals => Set<NutritionGoals>();

    public DbSet<BackCareSettings> BackCareSettings => Set<BackCareSettings>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
