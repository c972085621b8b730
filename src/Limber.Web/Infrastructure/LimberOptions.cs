using System.ComponentModel.DataAnnotations;

namespace Limber.Infrastructure;

/// <summary>
/// Deploy-time configuration of the whole site, bound from the <c>Limber</c> section
/// (environment: <c>Limber__DataPath</c>, ...). Product choices an admin edits at runtime are
/// settings in the database, not here.
/// </summary>
public sealed class LimberOptions : IValidatableObject
{
    public const string Section = "Limber";

    /// <summary>
    /// The folder that holds everything the site writes: the SQLite database, uploads and outgoing
    /// mail. Relative paths are resolved against the working directory. Default <c>./data</c>.
    /// </summary>
    [Required]
    public string DataPath { get; set; } = "./data";

    /// <summary>Create demo articles and categories when the database is empty. Default on.</summary>
    public bool DemoContent { get; set; } = true;

    /// <summary>The site's name, shown in the header, titles, feeds and mail.</summary>
    [Required, StringLength(80)]
    public string SiteName { get; set; } = "Limber";

    /// <summary>One line under the name on the home page and in the feed.</summary>
    [StringLength(200)]
    public string Tagline { get; set; } = "Fitness. Simplified.";

    /// <summary>
    /// The public address of the site (e.g. <c>https://example.com</c>), used for links in email,
    /// canonical links, feeds and the sitemap; when set, requests for any other host are refused.
    /// When empty, the address the app listens on (with a warning at start): never the request's Host.
    /// </summary>
    public string? BaseUrl { get; set; }

    public string FullDataPath => Path.GetFullPath(DataPath);

    /// <summary>Files anyone may fetch, served statically at <c>/uploads</c> (images; videos uploaded before gated media moved).</summary>
    public string UploadsPath => Path.Combine(FullDataPath, "uploads");

    /// <summary>Files served only through an endpoint that checks access (workout videos); never served statically.</summary>
    public string MediaPath => Path.Combine(FullDataPath, "media");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(BaseUrl)
            && !(Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            yield return new ValidationResult("Limber:BaseUrl must be an absolute http(s) address such as https://example.com, or empty.", [nameof(BaseUrl)]);
        }
    }
}
