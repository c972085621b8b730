using System.Net;
using Limber.Features.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Limber.BrowserTests;

/// <summary>
/// The app on a real Kestrel port on 127.0.0.1 with a fresh data folder and the demo content, and
/// Debian's Chromium driven by Playwright (no browser download: <c>/usr/bin/chromium</c>).
/// </summary>
public sealed class BrowserFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string EditorPassword = "a long editor passphrase";

    private readonly string _dataPath = Directory.CreateTempSubdirectory("limber-browser-").FullName;

    public BrowserFixture() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    public string BaseUrl { get; private set; } = "";

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string EditorEmail { get; } = $"editor-{Guid.NewGuid():N}@example.com";

    /// <summary>Where the app writes its mail as .eml files (no SMTP server in the browser tests).</summary>
    public string MailFolder => Path.Combine(_dataPath, "mail");

    /// <summary>Where screenshots go: <c>LIMBER_SCREENSHOTS</c>, or a folder in the temp directory.</summary>
    public static string ScreenshotFolder { get; } =
        Environment.GetEnvironmentVariable("LIMBER_SCREENSHOTS") is { Length: > 0 } folder
            ? Directory.CreateDirectory(folder).FullName
            : Directory.CreateTempSubdirectory("limber-screenshots-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Limber:DataPath", _dataPath);
        builder.UseSetting("Limber:DemoContent", "true");
        builder.UseSetting("Limber:Database:Provider", "Sqlite");
        builder.UseSetting("Limber:Database:ConnectionString", "");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Error");
        builder.UseSetting("Logging:LogLevel:Limber.Infrastructure.Data.DatabaseInitializer", "Error");
    }

    public async ValueTask InitializeAsync()
    {
        StartServer();
        BaseUrl = ClientOptions.BaseAddress.ToString().TrimEnd('/');
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var editor = new AppUser { UserName = EditorEmail, Email = EditorEmail, EmailConfirmed = true, DisplayName = "Eddie Editor" };
            var created = await users.CreateAsync(editor, EditorPassword);
            Assert.True(created.Succeeded);
            await users.AddToRoleAsync(editor, Roles.Editor);
        }
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, BaseURL = BaseUrl });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        Playwright?.Dispose();
        await base.DisposeAsync();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // Best effort; it is a temp folder.
        }
    }
}

[CollectionDefinition(nameof(BrowserCollection))]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;
