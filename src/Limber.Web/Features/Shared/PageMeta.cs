namespace Limber.Features.Shared;

/// <summary>What the layout puts in the head: title, description, canonical link and Open Graph tags.</summary>
/// <param name="Path">Site-relative canonical path, e.g. <c>/articles/my-slug</c>.</param>
public sealed record PageMeta(string Title, string? Description, string Path, string OgType = "website", string? ImagePath = null);
