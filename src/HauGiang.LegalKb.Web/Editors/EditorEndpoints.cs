using HauGiang.LegalKb.Web.Editors.Accounts;
using HauGiang.LegalKb.Web.Editors.Audit;
using HauGiang.LegalKb.Web.Editors.Drafts;
using HauGiang.LegalKb.Web.Editors.Forms;
using HauGiang.LegalKb.Web.Editors.Publishing;
using HauGiang.LegalKb.Web.Editors.Published;

namespace HauGiang.LegalKb.Web.Editors;

/// <summary>
/// Maps the editor area: every address rate-limited, every form checked for its antiforgery token; the sign-in form
/// open to all, the documents' pages to editors and admins, the log and accounts to admins only.
/// </summary>
public static class EditorEndpoints
{
    public static void MapEditorArea(this IEndpointRouteBuilder routes)
    {
        var area = routes.MapGroup(EditorArea.Prefix)
            .ExcludeFromDescription()
            .DisableAntiforgery() // checked by RequireFormToken, after authorization and with a Vietnamese answer
            .RequireFormToken()
            .RequireRateLimiting(EditorPolicies.AreaLimit);
        SignInPages.Map(area);

        var editors = area.MapGroup(string.Empty).RequireAuthorization(EditorPolicies.Edit);
        UploadPages.Map(editors);
        DraftPages.Map(editors);
        JobPages.Map(editors);
        PublishedPages.Map(editors);

        var admins = area.MapGroup(string.Empty).RequireAuthorization(EditorPolicies.Administer);
        AuditPages.Map(admins);
        AccountPages.Map(admins);
    }
}
