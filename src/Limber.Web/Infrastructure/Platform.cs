using System.Text.Json;
using System.Text.Json.Serialization;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Email;
using Limber.Infrastructure.Jobs;
using Limber.Infrastructure.Media;
using Limber.Infrastructure.Security;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Limber.Infrastructure;

/// <summary>What every feature stands on: options, data, pages, security, compression, health, API docs.</summary>
public static class Platform
{
    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        // `dotnet run` serves CSS/JS from the build output in every environment, not only Development;
        // a published app has no static-web-assets manifest, so this is a no-op there.
        builder.WebHost.UseStaticWebAssets();
        var services = builder.Services;
        services.AddOptions<LimberOptions>().BindConfiguration(LimberOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddData(builder.Configuration);

        services.AddRazorPages(options => options.Conventions.Add(new AdminFolderConvention()))
            .WithRazorPagesRoot("/Features")
            // Use cases own their validation messages; a non-nullable string is not "required" by itself.
            .AddMvcOptions(o =>
            {
                o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                o.ModelBinderProviders.Insert(0, new ControlCharacters.BinderProvider());
            });
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "limber.af";
            // Marked Secure whenever the request came over HTTPS (directly or through a known proxy).
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.HeaderName = AntiforgeryFilter.HeaderName;
        });
        services.AddJobs();
        services.AddEmail();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });
        services.AddOpenApi();
        services.AddRateLimits();
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true; // pages carry no secrets an attacker could recover through BREACH-style compression oracles
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/atom+xml", "image/svg+xml"]);
        });
        services.AddPublicAddress();
        services.AddDataProtection().PersistKeysToFileSystem(
            new DirectoryInfo(Path.Combine(Path.GetFullPath(builder.Configuration[$"{LimberOptions.Section}:DataPath"] ?? "./data"), "keys")));
        services.AddPageCache();
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<ImageStore>();
        services.AddSingleton<PendingImages>();
        services.AddSingleton<SiteUrls>();
        return builder;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseWhen(IsApi, api => api.UseExceptionHandler().UseStatusCodePages());
        app.UseWhen(context => !IsApi(context), site => site
            .UseExceptionHandler("/error/500")
            .UseStatusCodePagesWithReExecute("/error/{0}"));
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        app.UseSecurityHeaders();
        app.UseControlCharacterFilter();
        // Videos are served by their feature, which asks MemberAccess (WorkoutVideos); the ones uploaded
        // into the uploads folder before that must not be reachable here by their old address.
        app.UseWhen(context => !context.Request.Path.StartsWithSegments(GatedUploads), uploads => uploads.UseStaticFiles(UploadedFiles(app)));
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        if (app.Services.GetRequiredService<IOptions<PageCacheOptions>>().Value.Enabled)
        {
            app.UseOutputCache();
        }
        // Inside the output cache, so a cached page is kept compressed and a hit costs no compression
        // (with compression outside it, every hit was compressed again: a third of the throughput).
        // Uploads are images and video, already compressed; the site's CSS and JS come precompressed.
        app.UseResponseCompression();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapHealthChecks("/healthz", new() { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new() { Predicate = check => check.Tags.Contains("ready") });
        app.MapOpenApi();
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "api/docs";
            o.SwaggerEndpoint("/openapi/v1.json", "Limber API v1");
            o.DocumentTitle = "Limber API reference";
        });
        app.Lifetime.ApplicationStarted.Register(() => AnnounceAddresses(app));
        return app;
    }

    /// <summary>The part of <c>/uploads</c> the static handler refuses: media behind an access check.</summary>
    public const string GatedUploads = "/uploads/videos";

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    /// <summary>Uploads live in the data folder; their names are unique, so they may be cached for a year.</summary>
    private static StaticFileOptions UploadedFiles(WebApplication app)
    {
        var path = app.Services.GetRequiredService<IOptions<LimberOptions>>().Value.UploadsPath;
        Directory.CreateDirectory(path);
        return new StaticFileOptions
        {
            RequestPath = "/uploads",
            FileProvider = new PhysicalFileProvider(path),
            OnPrepareResponse = context =>
                context.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable",
        };
    }

    private static void AnnounceAddresses(WebApplication app)
    {
        var limber = app.Services.GetRequiredService<IOptions<LimberOptions>>().Value;
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        foreach (var url in app.Urls)
        {
            app.Logger.LogInformation("Limber is running. Open {Url} in your browser.", url);
        }
        app.Logger.LogInformation("Data folder: {DataPath} (database: {Provider}).", limber.FullDataPath, database.Provider);
        PublicAddress.WarnWhenUnset(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PublicAddress)), app.Services.GetRequiredService<SiteUrls>());
    }
}
