using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HauGiang.LegalKb.Web.Shared;

/// <summary>Server-rendered pages: a Razor component with one <c>Model</c> parameter, rendered to HTML (everything encoded).</summary>
public static class Pages
{
    /// <summary>Razor components rendered on the server; Vietnamese letters stay letters, only what HTML needs is escaped.</summary>
    public static IServiceCollection AddPages(this IServiceCollection services)
    {
        services.AddRazorComponents();

        // No form posts and no cookies: keys live in memory, so the service writes nothing to disk.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }

    /// <summary>The page <typeparamref name="TPage"/> showing <paramref name="model"/>.</summary>
    public static RazorComponentResult<TPage> Of<TPage>(object model, int status = StatusCodes.Status200OK)
        where TPage : IComponent =>
        new(new Dictionary<string, object?> { ["Model"] = model }) { StatusCode = status };

    /// <summary>A page with a title and a message (not found, bad input).</summary>
    public static RazorComponentResult<MessagePage> Message(int status, string message) =>
        Of<MessagePage>(new MessageModel(Errors.ErrorResponses.TitleOf(status), message), status);
}
