using HauGiang.LegalKb.Web.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HauGiang.LegalKb.Web.Shared;

/// <summary>The JSON API's errors: problems with a Vietnamese title and message.</summary>
public static class ApiProblems
{
    /// <summary>404 with <paramref name="message"/>.</summary>
    public static ProblemHttpResult NotFound(string message) => Problem(StatusCodes.Status404NotFound, message);

    /// <summary>400 with <paramref name="message"/>.</summary>
    public static ProblemHttpResult BadRequest(string message) => Problem(StatusCodes.Status400BadRequest, message);

    private static ProblemHttpResult Problem(int status, string message) =>
        TypedResults.Problem(detail: message, statusCode: status, title: ErrorResponses.TitleOf(status));
}
