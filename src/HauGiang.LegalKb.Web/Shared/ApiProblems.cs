using HauGiang.LegalKb.Search.Application;
using HauGiang.LegalKb.Web.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HauGiang.LegalKb.Web.Shared;

/// <summary>The JSON API's errors: problems with a Vietnamese title and message.</summary>
public static class ApiProblems
{
    /// <summary>404 with <paramref name="message"/>.</summary>
    public static ProblemHttpResult NotFound(string message) => Problem(StatusCodes.Status404NotFound, message);

    /// <summary>410 with <paramref name="message"/>: the id was given once, to a document no longer in the knowledge base.</summary>
    public static ProblemHttpResult Gone(string message) => Problem(StatusCodes.Status410Gone, message);

    /// <summary>The problem answering a lookup that found no document or section (<see cref="Found.Message"/>).</summary>
    public static ProblemHttpResult Of(Found found) => found.Kind switch
    {
        FoundKind.Gone => Gone(found.Message!),
        FoundKind.Ambiguous or FoundKind.WrongKind => BadRequest(found.Message!),
        _ => NotFound(found.Message!),
    };

    /// <summary>400 with <paramref name="message"/>.</summary>
    public static ProblemHttpResult BadRequest(string message) => Problem(StatusCodes.Status400BadRequest, message);

    private static ProblemHttpResult Problem(int status, string message) =>
        TypedResults.Problem(detail: message, statusCode: status, title: ErrorResponses.TitleOf(status));
}
