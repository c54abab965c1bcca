using Microsoft.AspNetCore.Antiforgery;

namespace HauGiang.LegalKb.Web.Editors.Forms;

/// <summary>The antiforgery token a page's forms carry (a hidden field), matched against its cookie when a form comes back.</summary>
/// <param name="FieldName">The hidden field's name.</param>
/// <param name="Value">The request token.</param>
public sealed record FormToken(string FieldName, string Value)
{
    /// <summary>A token for <paramref name="context"/>'s user, its cookie set on the answer.</summary>
    public static FormToken For(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return new FormToken(tokens.FormFieldName, tokens.RequestToken ?? string.Empty);
    }
}
