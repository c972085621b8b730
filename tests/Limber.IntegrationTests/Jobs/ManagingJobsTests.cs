using System.Net;
using Limber.Features.Accounts;
using Limber.Infrastructure.Jobs;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Jobs;

/// <summary><c>/admin/jobs</c>: admins see the queue and retry or delete dead jobs; nobody else gets in.</summary>
public sealed class ManagingJobsTests : IAsyncLifetime
{
    private readonly JobsFactory _app = new();

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task JobsPage_OnlyAdminsGetIn()
    {
        var anonymous = await _app.CreateClient(signedInAs: null).GetAsync("/admin/jobs");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/login?ReturnUrl=" + Uri.EscapeDataString("/admin/jobs"), anonymous.Headers.Location!.PathAndQuery);

        foreach (var role in new[] { Roles.Member, Roles.Moderator, Roles.Editor })
        {
            var response = await _app.CreateClient(await _app.GivenUserAsync(role)).GetAsync("/admin/jobs");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery);
        }

        var admin = _app.CreateClient(await _app.GivenUserAsync(Roles.Admin));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/jobs")).StatusCode);
        Assert.NotNull((await admin.GetDocumentAsync("/admin")).QuerySelector("nav.admin-nav a[href='/admin/jobs']"));
        var editorsNav = (await _app.CreateClient(await _app.GivenUserAsync(Roles.Editor)).GetDocumentAsync("/admin")).QuerySelector("nav.admin-nav");
        Assert.NotNull(editorsNav);
        Assert.Null(editorsNav.QuerySelector("a[href='/admin/jobs']"));
    }

    [Fact]
    public async Task DeadJob_ShowsOnTheJobsPage_AndRetryRunsItAgain()
    {
        var job = await GivenDeadChoreAsync("flaky");
        var admin = _app.CreateClient(await _app.GivenUserAsync(Roles.Admin));

        var page = await admin.GetDocumentAsync("/admin/jobs");

        var row = page.QuerySelector($"[data-test=failed-job][data-job='{job.Id}']");
        Assert.NotNull(row);
        Assert.Contains(JobsFactory.ChoreKind, row.TextContent, StringComparison.Ordinal);
        Assert.Contains($"{JobsFactory.MaxAttempts} of {JobsFactory.MaxAttempts}", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("The chore flaky broke.", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("1", page.Text("[data-test=jobs-failed] strong"));

        var retried = await admin.SubmitAsync(page.Form($"[data-job='{job.Id}'] form[action*='handler=Retry']"));
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        var queued = await _app.JobAsync(job.Id);
        Assert.Equal((JobState.Queued, 0, _app.Now, null), (queued.State, queued.Attempts, queued.RunAfterUtc, queued.FinishedAtUtc));
        Assert.Contains("queued again", (await admin.GetDocumentAsync("/admin/jobs")).Text(".flash"), StringComparison.Ordinal);

        await _app.SendOutboxAsync();
        Assert.Equal(JobState.Succeeded, (await _app.JobAsync(job.Id)).State);
        Assert.Equal(["flaky"], _app.Chores.Done);
    }

    [Fact]
    public async Task DeadJob_DeleteRemovesIt()
    {
        var job = await GivenDeadChoreAsync("hopeless");
        var admin = _app.CreateClient(await _app.GivenUserAsync(Roles.Admin));
        var page = await admin.GetDocumentAsync("/admin/jobs");

        await admin.SubmitAsync(page.Form($"[data-job='{job.Id}'] form[action*='handler=Delete']"));

        Assert.False(await _app.WithDbAsync(db => db.Jobs.AnyAsync(j => j.Id == job.Id)));
        Assert.Null((await admin.GetDocumentAsync("/admin/jobs")).QuerySelector("[data-test=failed-job]"));
    }

    [Fact]
    public async Task RetryOrDelete_ByAnEditor_ChangesNothing()
    {
        var job = await GivenDeadChoreAsync("not yours");
        var editor = _app.CreateClient(await _app.GivenUserAsync(Roles.Editor));

        foreach (var handler in new[] { "Retry", "Delete" })
        {
            var response = await editor.PostAsync($"/admin/jobs?handler={handler}&id={job.Id}", new FormUrlEncodedContent([]));
            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(JobState.Failed, (await _app.JobAsync(job.Id)).State);
    }

    [Fact]
    public async Task JobsPage_CountsByKindAndState_AndListsRetryingAndRunningJobs()
    {
        _app.Chores.FailNext(1);
        var retrying = await _app.QueueChoreAsync("retrying");
        await _app.SendOutboxAsync();
        await _app.QueueEmailAsync("reader@example.com");
        await _app.SendOutboxAsync();
        var running = await _app.WithDbAsync(async db =>
        {
            var job = new Job
            {
                Kind = JobsFactory.ChoreKind,
                Payload = """{"name":"busy"}""",
                State = JobState.Running,
                Attempts = 1,
                MaxAttempts = 3,
                RunAfterUtc = _app.Now,
                LockedBy = "node-7",
                LockedUntilUtc = _app.Now.AddMinutes(5),
                CreatedAtUtc = _app.Now
            };
            db.Jobs.Add(job);
            await db.SaveChangesAsync();
            return job;
        });

        var page = await _app.CreateClient(await _app.GivenUserAsync(Roles.Admin)).GetDocumentAsync("/admin/jobs");

        var rows = page.QuerySelectorAll("[data-test=jobs-kind]").Select(r => string.Join(" ", r.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.Equal(["email 0 0 1 0", $"{JobsFactory.ChoreKind} 1 1 0 0"], rows);
        Assert.Contains("The chore retrying broke.", page.QuerySelector($"[data-test=retrying-job][data-job='{retrying.Id}']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("node-7", page.QuerySelector($"[data-test=running-job][data-job='{running.Id}']")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("busy", page.Body!.TextContent, StringComparison.Ordinal); // payloads are not shown
    }

    private async Task<Job> GivenDeadChoreAsync(string name)
    {
        _app.Chores.FailNext(JobsFactory.MaxAttempts);
        var job = await _app.QueueChoreAsync(name);
        for (var attempt = 1; attempt <= JobsFactory.MaxAttempts; attempt++)
        {
            await _app.SendOutboxAsync();
            _app.Clock.Advance(TimeSpan.FromHours(1));
        }
        Assert.Equal(JobState.Failed, (await _app.JobAsync(job.Id)).State);
        return job;
    }
}
