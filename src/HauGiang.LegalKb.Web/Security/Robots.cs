namespace HauGiang.LegalKb.Web.Security;

/// <summary><c>/robots.txt</c>: every public page may be indexed; the editor area may not (its pages also say noindex).</summary>
public static class Robots
{
    /// <summary>The file's text.</summary>
    public const string Text = "User-agent: *\nDisallow: /bien-tap/\nDisallow: /bien-tap\n";

    public static void MapRobots(this IEndpointRouteBuilder routes) =>
        routes.MapRead("/robots.txt", () => Results.Text(Text, "text/plain; charset=utf-8")).ExcludeFromDescription();
}
