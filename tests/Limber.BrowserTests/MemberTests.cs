using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MimeKit;
using static Microsoft.Playwright.Assertions;

namespace Limber.BrowserTests;

[Collection(nameof(BrowserCollection))]
public sealed partial class MemberTests(BrowserFixture app)
{
    private const string Password = "my very own passphrase";

    [Fact]
    public async Task Member_Registers_Confirms_LogsIn_SetsAPictureAndGoesPrivate()
    {
        var email = $"newbie-{Guid.NewGuid():N}@example.com";
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Register" }).ClickAsync();
        await Expect(page.GetByText("All fields are required.")).ToBeVisibleAsync();
        await page.GetByLabel("Display name").FillAsync("Nora Newbie");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Confirm password").FillAsync("not the same one");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Expect(page.GetByText("The two passwords do not match.")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Display name")).ToHaveValueAsync("Nora Newbie");

        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Confirm password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your email" })).ToBeVisibleAsync();

        await page.GotoAsync(await ConfirmationLinkAsync(email));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your email is confirmed" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Log in" }).First.ClickAsync();
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Expect(page.Locator(".who")).ToHaveTextAsync("Nora Newbie");

        await page.GotoAsync("/account/profile");
        await page.GetByLabel("Profile picture").SetInputFilesAsync(new FilePayload { Name = "me.png", MimeType = "image/png", Buffer = Png() });
        await page.GetByLabel("Location").FillAsync("Jura, France");
        await page.GetByLabel("Show my name publicly").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Profile saved.");
        await Expect(page.Locator("[data-test=public-name]")).ToHaveTextAsync("Private");
        await Expect(page.Locator(".profile-preview")).ToContainTextAsync("| Jura, France");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "private avatar image" })).ToBeVisibleAsync();
        await Expect(page.Locator(".avatar-row img")).ToHaveAttributeAsync("src", new Regex("^/uploads/avatars/.+-64\\.jpg$"));
        await Expect(page.GetByLabel("Show my name publicly")).Not.ToBeCheckedAsync();
        await BrowserFixture.ScreenshotAsync(page, "profile-wide");
    }

    private async Task<string> ConfirmationLinkAsync(string email)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            foreach (var file in Directory.Exists(app.MailFolder) ? Directory.GetFiles(app.MailFolder, "*.eml") : [])
            {
                var message = await MimeMessage.LoadAsync(file);
                if (message.To.Mailboxes.Any(m => m.Address == email) && message.Subject == "Confirm your email")
                {
                    return Link().Match(message.TextBody ?? "").Value;
                }
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"No confirmation email for {email} in {app.MailFolder}.");
    }

    private static byte[] Png()
    {
        using var bitmap = new SkiaSharp.SKBitmap(400, 300);
        bitmap.Erase(new SkiaSharp.SKColor(0xe1, 0x1d, 0x48));
        using var data = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
