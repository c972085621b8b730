using System.Buffers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.Extensions.Primitives;

namespace Limber.Infrastructure.Web;

/// <summary>
/// Control characters (NUL and the rest of C0 and C1, but tab and line breaks) are taken out of
/// everything a request says as text, where it enters: form fields and query values bound to a page,
/// JSON strings read by the API, and query strings of any endpoint. No one types them; PostgreSQL
/// refuses a NUL in text (the error page, and the comment lost), and elsewhere they hide in stored
/// text. Stripped rather than refused: what the member typed is kept, less what no one can see.
/// </summary>
public static class ControlCharacters
{
    private static readonly SearchValues<char> Unwanted = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not '\t' and not '\n' and not '\r').Concat(Enumerable.Range(0x7f, 0x21)).Select(c => (char)c)]);

    public static bool Any(string? text) => text is not null && text.AsSpan().ContainsAny(Unwanted);

    public static string? Strip(string? text) => Any(text) ? string.Concat(text!.Where(c => !Unwanted.Contains(c))) : text;

    /// <summary>The largest form or JSON body cleaned here (a comment is at most a few KB); a larger one is left to the framework's limits.</summary>
    public const int MaxCleanedBodyBytes = 1024 * 1024;

    /// <summary>
    /// Query strings of every endpoint, URL-encoded form bodies and JSON bodies, before anything reads
    /// them (the framework's form reader refuses an encoded NUL with an exception: the antiforgery
    /// check fails and the member's text is lost). Done on the bytes, so the JSON the API binds keeps
    /// its ordinary string types (and its OpenAPI schema). A path with control characters is no address of ours.
    /// </summary>
    public static IApplicationBuilder UseControlCharacterFilter(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (Any(request.Path.Value))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        if (request.QueryString.HasValue && request.Query.Any(q => Any(q.Key) || q.Value.Any(Any)))
        {
            // Keys are matched without regard to case, as in the collection it replaces ("Q" binds from ?q=).
            request.Query = new QueryCollection(request.Query
                .GroupBy(q => Strip(q.Key)!, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => new StringValues([.. g.SelectMany(q => q.Value).Select(Strip)]), StringComparer.OrdinalIgnoreCase));
        }
        var form = request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true;
        var json = !form && request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true;
        if ((form || json) && request.ContentLength is > 0 and <= MaxCleanedBodyBytes)
        {
            var body = new byte[(int)request.ContentLength.Value];
            await request.Body.ReadExactlyAsync(body, context.RequestAborted);
            request.Body = new MemoryStream(form ? EncodedFormWithoutControlCharacters(body) : JsonWithoutControlCharacters(body), writable: false);
        }
        await next(context);
    });

    /// <summary>
    /// The form's bytes less its control characters, raw or percent-encoded (%00-%1F but tab and line
    /// breaks, %7F, and C1's UTF-8 form %C2%80-%C2%9F).
    /// </summary>
    public static byte[] EncodedFormWithoutControlCharacters(byte[] form)
    {
        var clean = new List<byte>(form.Length);
        for (var i = 0; i < form.Length; i++)
        {
            var b = form[i];
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' || b == 0x7f)
            {
                continue;
            }
            if (b == '%' && Hex(form, i + 1) is { } code)
            {
                if (code is < 0x20 and not 0x09 and not 0x0a and not 0x0d or 0x7f)
                {
                    i += 2;
                    continue;
                }
                if (code == 0xc2 && i + 5 < form.Length && form[i + 3] == '%' && Hex(form, i + 4) is >= 0x80 and <= 0x9f)
                {
                    i += 5;
                    continue;
                }
            }
            clean.Add(b);
        }
        return clean.Count == form.Length ? form : [.. clean];
    }

    /// <summary>
    /// The JSON's bytes less the escapes that make control characters inside strings (<c>\u0000</c> to
    /// <c>\u001f</c> but tab and line breaks, <c>\u007f</c> to <c>\u009f</c>, <c>\b</c>, <c>\f</c>).
    /// A raw control character is no valid JSON string: the reader refuses the body (400).
    /// </summary>
    public static byte[] JsonWithoutControlCharacters(byte[] json)
    {
        var clean = new List<byte>(json.Length);
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] != '\\' || i + 1 >= json.Length)
            {
                clean.Add(json[i]);
                continue;
            }
            var next = json[i + 1];
            if (next is (byte)'b' or (byte)'f')
            {
                i += 1;
                continue;
            }
            if (next == 'u' && i + 5 < json.Length && Hex(json, i + 2) is 0 && Hex(json, i + 4) is { } code
                && (code is < 0x20 and not 0x09 and not 0x0a and not 0x0d || code is >= 0x7f and <= 0x9f))
            {
                i += 5;
                continue;
            }
            // Any other escape, an escaped backslash included, is copied whole.
            clean.Add(json[i]);
            clean.Add(next);
            i += 1;
        }
        return clean.Count == json.Length ? json : [.. clean];
    }

    private static int? Hex(byte[] bytes, int at) =>
        at + 1 < bytes.Length && Digit(bytes[at]) is { } high && Digit(bytes[at + 1]) is { } low ? high * 16 + low : null;

    private static int? Digit(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => null,
    };

    /// <summary>For the pages' model binding (forms, including multipart ones, whose size limits only the page knows).</summary>
    public sealed class BinderProvider : IModelBinderProvider
    {
        public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
            context.Metadata.ModelType == typeof(string) && context.BindingInfo.BindingSource?.IsGreedy != true
                ? new Binder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()))
                : null;
    }

    private sealed class Binder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (bindingContext.Result.IsModelSet && bindingContext.Result.Model is string text && Any(text))
            {
                var clean = Strip(text);
                bindingContext.ModelState.SetModelValue(bindingContext.ModelName, clean, clean);
                bindingContext.Result = ModelBindingResult.Success(clean);
            }
        }
    }
}
