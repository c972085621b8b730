using System.Text.RegularExpressions;
using Limber.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using static Microsoft.Playwright.Assertions;

namespace Limber.BrowserTests;

[Collection(nameof(BrowserCollection))]
public sealed class ConversationTests(BrowserFixture app)
{
    private const string Password = "conversation passphrase";
    private const string Article = "/articles/twenty-minutes-a-day-why-short-workouts-work";

    private async Task<string> MemberAsync(string name)
    {
        var email = $"{name.ToLowerInvariant()}-{Guid.NewGuid():N}@example.com";
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.Member);
        return email;
    }

    private async Task<IPage> LogInAsync(string email, string returnUrl)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl));
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(returnUrl)));
        return page;
    }

    [Fact]
    public async Task TwoMembers_Converse_AndTheFirstIsNotifiedInAppAndByEmail()
    {
        var aEmail = await MemberAsync("Astrid");
        var bEmail = await MemberAsync("Bruno");
        var text = $"Does the 20 minutes include the warm-up? ({Guid.NewGuid().ToString("N")[..6]})";

        var a = await LogInAsync(aEmail, Article);
        await a.GetByLabel("Comment", new() { Exact = true }).FillAsync(text);
        await a.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();
        var mine = a.Locator("[data-test=comment]", new() { HasText = text });
        await Expect(mine).ToBeVisibleAsync();

        var b = await LogInAsync(bEmail, Article);
        var theirs = b.Locator("[data-test=comment]", new() { HasText = text });
        await theirs.GetByRole(AriaRole.Button, new() { Name = "Reply" }).ClickAsync();
        await theirs.GetByLabel("Comment", new() { Exact = true }).FillAsync("Yes, warm-up included 🙂");
        await theirs.GetByRole(AriaRole.Button, new() { Name = "Post reply" }).ClickAsync();
        var reply = b.Locator("[data-test=comment]", new() { HasText = "Yes, warm-up included 🙂" });
        await Expect(reply).ToBeVisibleAsync();
        await Expect(reply).ToHaveClassAsync(new Regex("depth-1"));
        var replyId = await reply.GetAttributeAsync("id");

        await a.GotoAsync("/");
        var bell = a.GetByRole(AriaRole.Link, new() { Name = "Notifications, 1 unread", Exact = true });
        await Expect(bell).ToBeVisibleAsync();
        await bell.ClickAsync();
        await a.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("Bruno replied to your comment") }).ClickAsync();
        await Expect(a).ToHaveURLAsync(new Regex($"{Regex.Escape(Article)}#{replyId}$"));
        await Expect(a.Locator($"#{replyId}")).ToContainTextAsync("warm-up included");
        await a.Locator("#comments").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "conversation.png") });

        var mail = await MailToAsync(aEmail);
        Assert.Contains($"{Article}#{replyId}", mail.TextBody);
        Assert.Contains("Yes, warm-up included 🙂", mail.TextBody);
    }

    [Fact]
    public async Task OnAWorkout_AReplyOpensInPlace_AndTheEditFormLinesUpWithoutAReply()
    {
        const string Workout = "/workouts/postural-reset-cat-cow";
        var text = $"Is the mat needed for cat-cow? ({Guid.NewGuid().ToString("N")[..6]})";
        var a = await LogInAsync(await MemberAsync("Carla"), Workout);
        await a.GetByLabel("Comment", new() { Exact = true }).FillAsync(text);
        await a.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();
        var mine = a.Locator("[data-test=comment]", new() { HasText = text });
        await Expect(mine).ToBeVisibleAsync();
        await Expect(a).ToHaveURLAsync(new Regex($"{Regex.Escape(Workout)}#comment-"));

        var b = await LogInAsync(await MemberAsync("Dario"), Workout);
        var theirs = b.Locator("[data-test=comment]", new() { HasText = text });
        await theirs.GetByRole(AriaRole.Button, new() { Name = "Reply" }).ClickAsync();
        await theirs.GetByLabel("Comment", new() { Exact = true }).FillAsync("A folded towel works too");
        await theirs.GetByRole(AriaRole.Button, new() { Name = "Post reply" }).ClickAsync();
        var reply = b.Locator("[data-test=comment]", new() { HasText = "A folded towel works too" });
        await Expect(reply).ToHaveClassAsync(new Regex("depth-1"));
        await Expect(b).ToHaveURLAsync(new Regex($"{Regex.Escape(Workout)}#comment-"));

        await a.GotoAsync(Workout);
        await mine.GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        var field = mine.GetByLabel("Comment", new() { Exact = true });
        var save = mine.GetByRole(AriaRole.Button, new() { Name = "Save changes" });
        await Expect(save).ToBeVisibleAsync();
        // The edit form's field and buttons share one left edge, and the comment's own actions wait meanwhile.
        Assert.Equal((await field.BoundingBoxAsync())!.X, (await save.BoundingBoxAsync())!.X, 1.0);
        await Expect(mine.GetByRole(AriaRole.Link, new() { Name = "Reply" })).ToHaveCountAsync(0);
        await Expect(mine.GetByRole(AriaRole.Button, new() { Name = "Reply" })).ToHaveCountAsync(0);
        await a.Locator("#comments").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "workout-thread-editing.png") });
    }

    private async Task<MimeMessage> MailToAsync(string email)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            foreach (var file in Directory.Exists(app.MailFolder) ? Directory.GetFiles(app.MailFolder, "*.eml") : [])
            {
                var message = await MimeMessage.LoadAsync(file);
                if (message.To.Mailboxes.Any(m => m.Address == email))
                {
                    return message;
                }
            }
            await Task.Delay(200);
        }
        throw new InvalidOperationException($"No email for {email}: the job worker did not send it within 20 s.");
    }
}
