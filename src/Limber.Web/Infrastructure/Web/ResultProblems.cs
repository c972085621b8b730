using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Limber.Infrastructure.Web;

/// <summary>How the API answers a use case that did not succeed: the one place it maps <see cref="ResultKind"/> to ProblemDetails.</summary>
public static class ResultProblems
{
    /// <summary>A failure on its own, where the endpoint decided it without a use case.</summary>
    public static UseCaseProblem ToProblem(this Failure failure) => ((Result<Done>)failure).ToProblem();

    /// <summary>400 with <c>errors</c> keyed by the request's (camel-cased) field names, 404 or 403 with the reason as <c>detail</c>.</summary>
    public static UseCaseProblem ToProblem<T>(this Result<T> result) => new(result.Kind switch
    {
        ResultKind.Invalid => new HttpValidationProblemDetails(
            result.Errors.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => new[] { e.Value }))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more fields need fixing.",
        },
        ResultKind.NotFound => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found", Detail = result.Reason },
        ResultKind.Forbidden => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Not allowed", Detail = result.Reason },
        _ => throw new InvalidOperationException("A result that succeeded has no problem to report."),
    });
}

/// <summary>A use case's failure on the wire; an endpoint that can return it documents 400, 403 and 404 in the OpenAPI document.</summary>
public sealed class UseCaseProblem(ProblemDetails details) : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    private static readonly string[] ProblemJson = ["application/problem+json"];

    public ProblemDetails Details => details;

    public int? StatusCode => details.Status;

    public Task ExecuteAsync(HttpContext httpContext) => TypedResults.Problem(details).ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ProblemJson));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status403Forbidden, typeof(ProblemDetails), ProblemJson));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status404NotFound, typeof(ProblemDetails), ProblemJson));
    }
}
